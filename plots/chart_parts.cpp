#include "plots/chart_parts.hpp"

#include "plots/gnuplot_text.hpp"
#include "text/lang.hpp"

#include <fmt/format.h>

namespace veedor {

std::string value_label(const Money& m, const ChartStyle& st) {
    return data_field(large_amount_text(m, st.lang, st.numbers, st.mode));
}

std::string value_labels_element(int index, const std::string& x_expr, const std::string& y_expr, int text_column,
                                 const std::string& font_size, double raise) {
    return fmt::format("''{} using ({}):({}):{} with labels center offset 0,{} font '{}' tc rgb '#333333' notitle",
                       index < 0 ? "" : fmt::format(" index {}", index), x_expr, y_expr, text_column, raise, font_size);
}

}  // namespace veedor

#include "plots/chart_parts.hpp"

#include "plots/gnuplot_text.hpp"
#include "text/lang.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace veedor {

std::string value_label(const Money& m, const ChartStyle& st) {
    return data_field(large_amount_text(m, st.lang, st.numbers, st.mode));
}

std::string value_labels_element(int index, const std::string& x_expr, const std::string& y_expr, int text_column,
                                 const std::string& font_size, double raise) {
    return fmt::format("''{} using ({}):({}):{} with labels center offset 0,{} font '{}' tc rgb '#333333' notitle",
                       index < 0 ? "" : fmt::format(" index {}", index), x_expr, y_expr, text_column, raise, font_size);
}

void put_need_band(const SimulationRun& run, std::map<int, std::vector<std::string>>& rows, double& top) {
    for (size_t i = 0; i < run.central.years.size(); ++i) {
        const PeriodResult& r = run.central.years[i];
        auto& row = rows[r.year];
        row[1] = r.need.plain();
        top = std::max(top, to_plot(r.need));
        if (run.monte_carlo) {
            const Summary& s = run.monte_carlo->periods[i].metrics[static_cast<size_t>(Metric::need)];
            row[2] = s.p10.plain();
            row[3] = s.p90.plain();
            top = std::max(top, to_plot(s.p90));
        }
    }
}

}  // namespace veedor

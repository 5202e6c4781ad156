#pragma once
/// Pieces the charts of a model share: amounts as gnuplot plots them and as value labels say them.

#include "plots/chart.hpp"
#include "core/money.hpp"
#include "scenario/simulation.hpp"

#include <map>
#include <string>
#include <vector>

namespace veedor {

/// Bars are labelled with their values only when there are at most this many in a chart: more
/// labels than that overlap at the SVG's size and say less than the axis does.
inline constexpr size_t max_labelled_bars = 12;

/// An amount in soles as a plotted number (a double is fine for drawing; the data file holds the
/// exact text, Money::plain()).
inline double to_plot(const Money& m) { return static_cast<double>(m.raw()) / 100.0; }

/// A value label, a data-file field: "S/ 18.1 MM" (es, mef), "S/ 18,1 millones" (es, si),
/// "S/ 18.1 million" (en), rounded by the style's mode (text/lang.hpp, large_amount_text).
std::string value_label(const Money& m, const ChartStyle& st);

/// The gnuplot plot element that writes column `text_column` of the rows of data block `index`
/// (or of the only block, when `index` is negative) at the point (x_expr, y_expr), `raise` lines
/// above it (below when negative): small grey text, no legend entry.
std::string value_labels_element(int index, const std::string& x_expr, const std::string& y_expr, int text_column,
                                 const std::string& font_size, double raise = 0.7);

/// The need band of `run` in the data rows of a chart (one row a year, "?" where a column has no
/// figure): column 1 the central need, columns 2 and 3 its P10 and P90 when `run` was simulated.
/// `top` is raised to the highest value put, so the y range holds the band.
void put_need_band(const SimulationRun& run, std::map<int, std::vector<std::string>>& rows, double& top);

}  // namespace veedor

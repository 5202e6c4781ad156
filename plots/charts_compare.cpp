// Every scenario's funded path over the baseline's need band, with the actuals as points.
#include "plots/charts_compare.hpp"

#include "plots/chart_parts.hpp"
#include "plots/gnuplot_text.hpp"
#include "plots/script.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <map>

namespace veedor {

namespace {

// Funding is blue (docs/charts.md, "Visual devices"): one shade (the theme's scenarios) and one
// point shape per scenario, so the paths stay apart in a grey print; the need is purple, actual
// execution orange. Every colour is the theme's (core/chart_theme.hpp).
constexpr int path_points[] = {7, 5, 9, 11, 13, 15};

/// The actual allocation and execution of each year the tracking found, from any scenario: they
/// are the same model's figures.
std::map<int, std::pair<std::optional<Money>, std::optional<Money>>> actual_years(const Tracking& t) {
    std::map<int, std::pair<std::optional<Money>, std::optional<Money>>> out;
    for (const ScenarioTrack& s : t.scenarios)
        for (const TrackYear& y : s.years) out[y.year] = {y.funded.actual, y.executed.actual};
    return out;
}

}  // namespace

Chart overlay_chart(const std::vector<SimulationRun>& runs, size_t baseline, const Tracking& actuals,
                    const ChartStyle& st) {
    Lang l = st.lang;
    const SimulationRun& base = runs.at(baseline);
    const auto actual = actual_years(actuals);
    int from = base.scenario->from, to = base.scenario->to;
    for (const SimulationRun& r : runs) {
        from = std::min(from, r.scenario->from);
        to = std::max(to, r.scenario->to);
    }
    // Columns: year, need central, P10, P90 (of the baseline), actual allocation, actual execution,
    // then each scenario's funded path; "?" where a column has no figure that year.
    const size_t fixed = 6;
    std::map<int, std::vector<std::string>> rows;
    for (int y = from; y <= to; ++y) rows[y] = std::vector<std::string>(fixed + runs.size(), "?");
    double top = 1;
    put_need_band(base, rows, top);
    bool any_allocated = false, any_executed = false;
    for (const auto& [year, figures] : actual) {
        auto& row = rows[year];
        if (figures.first) {
            row[4] = figures.first->plain();
            top = std::max(top, to_plot(*figures.first));
            any_allocated = true;
        }
        if (figures.second) {
            row[5] = figures.second->plain();
            top = std::max(top, to_plot(*figures.second));
            any_executed = true;
        }
    }
    for (size_t k = 0; k < runs.size(); ++k)
        for (const PeriodResult& r : runs[k].central.years) {
            rows[r.year][fixed + k] = r.funded.plain();
            top = std::max(top, to_plot(r.funded));
        }
    std::string data = "# year\tneed (central)\tneed P10\tneed P90\tactual allocation\tactual execution";
    for (const SimulationRun& r : runs) data += "\tfunded: " + data_field(r.scenario->title);
    data += "\n";
    for (auto& [year, row] : rows) {
        row[0] = std::to_string(year);
        for (size_t c = 0; c < row.size(); ++c) data += (c ? "\t" : "") + row[c];
        data += "\n";
    }

    Script s("11-scenarios-overlay" + st.name_suffix, std::string(tr("chart.overlay.title", l)), st);
    s.subtitle(trf("chart.overlay.subtitle", l, base.scenario->title));
    long long max = static_cast<long long>(std::ceil(top * 1.1));
    s.line("set xtics 1")
        .line(fmt::format("set xrange [{}:{}]", from - 0.3, to + 0.3))
        .line(fmt::format("set yrange [0:{}]", nice_ticks(0, max).back()))
        .money_ticks(0, max)
        .line("set ylabel " + gnuplot_string(std::string(tr("current_soles", l))))
        .line("set style fill transparent solid 0.25 noborder");
    std::string plot = "plot " + data_file(s.name());
    const std::string need_colour = st.theme.need.hex();
    if (base.monte_carlo)
        plot += fmt::format(" using 1:3:4 with filledcurves lc rgb '{}' title {}, ''", need_colour,
                            gnuplot_string(std::string(tr("need_p10_p90", l))));
    plot += fmt::format(" using 1:2 with lines lw 2 dt 2 lc rgb '{}' title {}", need_colour,
                        gnuplot_string(std::string(tr("need_central", l))));
    for (size_t k = 0; k < runs.size(); ++k)
        plot += fmt::format(", '' using 1:{} with linespoints lw 2 pt {} ps 1.2 lc rgb '{}' title {}", fixed + 1 + k,
                            path_points[k % std::size(path_points)], st.theme.scenario_shade(k).hex(),
                            gnuplot_string(short_label(runs[k].scenario->title, 48)));
    // Actual figures are points with no line, listed only when there are some.
    if (any_allocated)
        plot += fmt::format(", '' using 1:5 with points pt 4 ps 1.8 lw 2 lc rgb '{}' title {}", st.theme.central.hex(),
                            gnuplot_string(std::string(tr("chart.overlay.actual_allocation", l))));
    if (any_executed)
        plot += fmt::format(", '' using 1:6 with points pt 8 ps 1.8 lw 2 lc rgb '{}' title {}",
                            st.theme.executed_shade(0).hex(), gnuplot_string(std::string(tr("chart.overlay.actual_execution", l))));
    return s.finish(plot, data);
}

}  // namespace veedor

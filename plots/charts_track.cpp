// The plan against actual: scenario paths, the need band, the actual figures as points.
#include "plots/charts_track.hpp"

#include "plots/chart_parts.hpp"
#include "plots/gnuplot_text.hpp"
#include "plots/script.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <map>

namespace veedor {

Money actual_half_width(const TrackYear&, bool) { return Money(); }

namespace {

struct Words {
    std::string_view en, es;
};
std::string w(const Words& words, Lang l) { return std::string(l == Lang::en ? words.en : words.es); }
constexpr Words title{"Plan against actual", "Plan frente a lo real"};
constexpr Words band{"need P10–P90", "necesidad P10–P90"}, need{"need (central case)", "necesidad (caso central)"},
    allocated{"actual allocation", "asignación real"}, executed{"actual execution", "ejecución real"},
    soles_label{"current soles", "soles corrientes"};


}  // namespace

std::optional<Chart> track_chart(const Tracking& t, const ChartStyle& st) {
    Lang l = st.lang;
    bool any = std::any_of(t.scenarios.begin(), t.scenarios.end(), [](const ScenarioTrack& s) { return !s.years.empty(); });
    if (!any) return std::nullopt;
    int from = t.scenarios.front().run->scenario->from, to = t.scenarios.front().run->scenario->to;
    for (const ScenarioTrack& s : t.scenarios) {
        from = std::min(from, s.run->scenario->from);
        to = std::max(to, s.run->scenario->to);
    }
    // Columns: year, need central, need P10, need P90 (of the first scenario), allocation with its
    // low and high, execution with its low and high, then each scenario's funded path.
    std::map<int, std::vector<std::string>> rows;
    for (int y = from; y <= to; ++y) rows[y] = std::vector<std::string>(10 + t.scenarios.size(), "?");
    double top = 1;
    const SimulationRun& first = *t.scenarios.front().run;
    put_need_band(first, rows, top);
    bool any_allocated = false, any_executed = false;  // a legend names only what is drawn
    for (const ScenarioTrack& s : t.scenarios) {
        for (const TrackYear& y : s.years) {
            auto& row = rows[y.year];
            auto put = [&](const std::optional<Money>& m, size_t col, bool is_executed) {
                if (!m) return;
                (is_executed ? any_executed : any_allocated) = true;
                Money half = actual_half_width(y, is_executed);
                row[col] = m->plain();
                row[col + 1] = (*m - half).plain();
                row[col + 2] = (*m + half).plain();
                top = std::max(top, to_plot(*m + half));
            };
            put(y.funded.actual, 4, false);
            put(y.executed.actual, 7, true);
        }
    }
    for (size_t k = 0; k < t.scenarios.size(); ++k)
        for (const PeriodResult& r : t.scenarios[k].run->central.years) {
            rows[r.year][10 + k] = r.funded.plain();
            top = std::max(top, to_plot(r.funded));
        }
    std::string data = "# year\tneed (central)\tneed P10\tneed P90\tallocated\tlow\thigh\texecuted\tlow\thigh";
    for (const ScenarioTrack& s : t.scenarios) data += "\tfunded: " + data_field(s.run->scenario->title);
    data += "\n";
    for (auto& [year, row] : rows) {
        row[0] = std::to_string(year);
        for (size_t c = 0; c < row.size(); ++c) data += (c ? "\t" : "") + row[c];
        data += "\n";
    }
    Script s("8-plan-vs-actual" + st.name_suffix, w(title, l), st);
    long long max = static_cast<long long>(std::ceil(top * 1.1));
    s.line("set xtics 1")
        .line(fmt::format("set xrange [{}:{}]", from - 0.3, to + 0.3))
        .line(fmt::format("set yrange [0:{}]", nice_ticks(0, max).back()))
        .money_ticks(0, max)
        .line("set ylabel " + gnuplot_string(w(soles_label, l)))
        .line("set style fill transparent solid 0.25 noborder");
    std::string plot = "plot " + data_file(s.name());
    // The theme's colours (core/chart_theme.hpp), each with the meaning it has in every chart: the
    // need purple, a shade per scenario's funded path, the actual allocation as the central case's
    // ink, the actual execution a dark shade of executed orange.
    const ChartTheme& th = st.theme;
    if (first.monte_carlo)
        plot += fmt::format(" using 1:3:4 with filledcurves lc rgb '{}' title {}, ''", th.need.hex(), gnuplot_string(w(band, l)));
    plot += fmt::format(" using 1:2 with lines lw 2 dt 2 lc rgb '{}' title {}", th.need.hex(), gnuplot_string(w(need, l)));
    for (size_t k = 0; k < t.scenarios.size(); ++k)
        plot += fmt::format(", '' using 1:{} with lines lw 2 lc rgb '{}' title {}", 11 + k, th.scenario_shade(k).hex(),
                            gnuplot_string(t.scenarios[k].run->scenario->title));
    if (any_allocated)
        plot += fmt::format(", '' using 1:5:6:7 with yerrorbars pt 7 ps 1.5 lc rgb '{}' title {}", th.central.hex(),
                            gnuplot_string(w(allocated, l)));
    if (any_executed)
        plot += fmt::format(", '' using 1:8:9:10 with yerrorbars pt 5 ps 1.3 lc rgb '{}' title {}", th.executed_shade(2).hex(),
                            gnuplot_string(w(executed, l)));
    return s.finish(plot, data);
}

}  // namespace veedor

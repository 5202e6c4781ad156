// Charts of a scenario: funded vs need with the Monte Carlo band, the gap by axis, the tornado.
#include "plots/charts.hpp"

#include "plots/gnuplot_text.hpp"
#include "plots/script.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace veedor {
namespace {

// Every colour is the theme's (core/chart_theme.hpp): the need purple, the axes of a need a
// palette of their own, apart from allocated blue and executed orange (docs/charts.md, "Visual
// devices"), of lightness that differs step by step for grey prints.

double to_plot(const Money& m) { return static_cast<double>(m.raw()) / 100.0; }
long long ceil_soles(double v) { return static_cast<long long>(std::ceil(std::max(v, 1.0))); }

Chart paths(const SimulationRun& run, const std::string& stem, const ChartStyle& st) {
    Lang l = st.lang;
    const Projection& p = run.central;
    std::string data = "# year\tfunded\tneed (central)\tneed P10\tneed P50\tneed P90\tfunded P10\tfunded P90\n";
    double top = 1;
    for (size_t i = 0; i < p.years.size(); ++i) {
        const PeriodResult& r = p.years[i];
        std::string mc = "?\t?\t?\t?\t?";
        if (run.monte_carlo) {
            const PeriodSummary& ps = run.monte_carlo->periods[i];
            const Summary& need = ps.metrics[static_cast<size_t>(Metric::need)];
            const Summary& funded = ps.metrics[static_cast<size_t>(Metric::funded)];
            mc = fmt::format("{}\t{}\t{}\t{}\t{}", need.p10.plain(), need.p50.plain(), need.p90.plain(),
                             funded.p10.plain(), funded.p90.plain());
            top = std::max({top, to_plot(need.p90), to_plot(funded.p90)});
        }
        data += fmt::format("{}\t{}\t{}\t{}\n", r.year, r.funded.plain(), r.need.plain(), mc);
        top = std::max({top, to_plot(r.funded), to_plot(r.need)});
    }
    Script s("5-funded-vs-need-" + stem, std::string(tr("chart.paths.title", l)), st);
    s.subtitle(run.scenario->title);
    long long max = ceil_soles(top * 1.1);
    s.line("set xtics 1")
        .line(fmt::format("set xrange [{}:{}]", run.scenario->from - 0.3, run.scenario->to + 0.3))
        .line(fmt::format("set yrange [0:{}]", nice_ticks(0, max).back()))
        .money_ticks(0, max)
        .line("set ylabel " + gnuplot_string(std::string(tr("current_soles", l))))
        .line("set style fill transparent solid 0.25 noborder");
    std::string plot = "plot ";
    // The funded band is drawn (and in the legend) only when funding is uncertain: a band of no
    // width has nothing to show.
    bool funded_varies = false;
    if (run.monte_carlo)
        for (const PeriodSummary& ps : run.monte_carlo->periods) {
            const Summary& f = ps.metrics[static_cast<size_t>(Metric::funded)];
            funded_varies |= f.p10 != f.p90;
        }
    const std::string need_colour = st.theme.need.hex();
    if (run.monte_carlo) {
        plot += fmt::format("{} using 1:4:6 with filledcurves lc rgb '{}' title {}, ", data_file(s.name()), need_colour,
                            gnuplot_string(std::string(tr("need_p10_p90", l))));
        if (funded_varies)
            plot += fmt::format("'' using 1:7:8 with filledcurves lc rgb '{}' title {}, ", st.theme.allocated_shade(0).hex(),
                                gnuplot_string(std::string(tr("funded_p10_p90", l))));
        plot += fmt::format("'' using 1:5 with lines lw 2 dt 3 lc rgb '{}' title {}, ", need_colour,
                            gnuplot_string(std::string(tr("need_median", l))));
    }
    plot += fmt::format("{} using 1:3 with linespoints lw 2 dt 2 pt 9 ps 1.3 lc rgb '{}' title {}, "
                        "'' using 1:2 with linespoints lw 3 dt 1 pt 7 ps 1.3 lc rgb '{}' title {}",
                        run.monte_carlo ? "''" : data_file(s.name()), need_colour, gnuplot_string(std::string(tr("need_central", l))),
                        st.theme.central.hex(), gnuplot_string(std::string(tr("funded", l))));
    return s.finish(plot, data);
}

Chart gap_by_axis(const SimulationRun& run, const std::string& stem, const ChartStyle& st) {
    Lang l = st.lang;
    const Projection& p = run.central;
    std::string data = "# year";
    for (int a = 0; a < axis_count; ++a) data += fmt::format("\tneed up to {}", to_string(static_cast<Axis>(a)));
    data += "\tfunded\tgap (need - funded)\n";
    double top = 1;
    for (const PeriodResult& r : p.years) {
        data += std::to_string(r.year);
        Money running;
        for (int a = 0; a < axis_count; ++a) {
            running += r.need_by_axis[static_cast<size_t>(a)];
            data += "\t" + running.plain();
        }
        Money gap = r.need - r.funded;
        data += fmt::format("\t{}\t{}\n", r.funded.plain(), gap.is_negative() ? "0" : gap.plain());
        top = std::max({top, to_plot(r.need), to_plot(r.funded)});
    }
    Script s("6-gap-by-axis-" + stem, std::string(tr("chart.gap.title", l)), st);
    s.subtitle(run.scenario->title);
    long long max = ceil_soles(top * 1.15);
    s.line("set style fill solid 1.0 border lc rgb '#333333'")
        .line("set boxwidth 0.6 absolute")
        .line("set xtics 1")
        .line(fmt::format("set xrange [{}:{}]", run.scenario->from - 0.6, run.scenario->to + 0.6))
        .line(fmt::format("set yrange [0:{}]", nice_ticks(0, max).back()))
        .money_ticks(0, max)
        .line("set ylabel " + gnuplot_string(std::string(tr("current_soles", l))));
    // Stacked by drawing each cumulative total, tallest first, so the shorter ones cover them.
    std::string plot = "plot ";
    for (int a = axis_count - 1; a >= 0; --a) {
        std::string fill = "fs solid 1.0";
        plot += fmt::format("{} using 1:{} with boxes lc rgb '{}' {} title {}, ", a == axis_count - 1 ? data_file(s.name()) : "''",
                            2 + a, st.theme.axis_shade(static_cast<size_t>(a)).hex(), fill,
                            gnuplot_string(std::string(tr("axis." + std::string(to_string(static_cast<Axis>(a))), l))));
    }
    plot += fmt::format("'' using 1:{} with linespoints lw 3 pt 7 ps 1.3 lc rgb '{}' title {}, ", 2 + axis_count,
                        st.theme.central.hex(), gnuplot_string(std::string(tr("funded", l))));
    plot += fmt::format("'' using 1:{}:(sprintf('{}', ${} / 1e6)) with labels offset 0,1.2 font ',9' notitle",
                        1 + axis_count, std::string(tr("gap", l)) + ": %.1f M", 3 + axis_count);
    // The label column is the cumulative need (its top) and the text the gap in millions.
    return s.finish(plot, data);
}

/// The tornado of the funding gap (need - funded), or of the spending gap (need - expected
/// executed), which execution rates also move.
Chart tornado(const SimulationRun& run, const std::string& stem, const ChartStyle& st,
              SensitivityTarget target = SensitivityTarget::gap_funded) {
    Lang l = st.lang;
    const bool funded = target == SensitivityTarget::gap_funded;
    const auto& rows = funded ? run.sensitivity : run.spending_sensitivity;
    const size_t shown = std::min<size_t>(rows.size(), 12);
    const PeriodResult& c = run.central.cumulative;
    Money central = c.need - (funded ? c.funded : c.executed);
    std::string data = "# y\tgap at P10\tgap at P90\tlow end\thigh end\n";
    double lo = to_plot(central), hi = to_plot(central);
    std::string ytics;
    for (size_t i = 0; i < shown; ++i) {
        const SensitivityRow& r = rows[i];
        size_t y = shown - 1 - i;  // the largest swing on top
        const Money at_low = r.at_low(target), at_high = r.at_high(target);
        Money a = at_low < at_high ? at_low : at_high;
        Money b = at_low < at_high ? at_high : at_low;
        data += fmt::format("{}\t{}\t{}\t{}\t{}\n", y, at_low.plain(), at_high.plain(), a.plain(), b.plain());
        lo = std::min(lo, to_plot(a));
        hi = std::max(hi, to_plot(b));
        ytics += (ytics.empty() ? "" : ", ") + gnuplot_tic_label(input_label_text(r.label, l)) + " " + std::to_string(y);
    }
    Script s((funded ? "7-tornado-" : "7-tornado-spending-") + stem,
             std::string(tr(funded ? "chart.tornado.title" : "chart.tornado_spend.title", l)), st);
    s.subtitle(run.scenario->title);
    double pad = std::max(1.0, (hi - lo) * 0.08);
    long long min = static_cast<long long>(std::floor(lo - pad)), max = ceil_soles(hi + pad);
    auto ticks = nice_ticks(min, max, 5);
    s.line("set style fill solid 1.0 border lc rgb '#333333'")
        .line(fmt::format("set xrange [{}:{}]", ticks.front(), ticks.back()))
        .money_ticks(min, max, "xtics")
        .line("set xtics rotate by 20 right")
        .line(fmt::format("set yrange [-0.7:{}.7]", shown == 0 ? 0 : shown - 1))
        .line("set ytics (" + (ytics.empty() ? std::string("'' 0") : ytics) + ")")
        .line("set grid xtics noytics lc rgb '#dddddd'")
        .line("set lmargin 42")
        .line("set xlabel " + gnuplot_string(std::string(tr(funded ? "gap_five_years" : "spend_gap_five_years", l))))
        .line(fmt::format("set arrow 1 from {}, graph 0 to {}, graph 1 nohead dt 2 lw 2 lc rgb '{}'", central.plain(),
                          central.plain(), st.theme.central.hex()));
    std::string plot = fmt::format(
        "plot {} using (($4+$5)/2):1:4:5:($1-0.35):($1+0.35) with boxxyerror lc rgb '{}' fs solid 1.0 notitle, "
        "'' using 2:1 with points pt 11 ps 1.6 lc rgb '{}' title {}, "
        "'' using 3:1 with points pt 9 ps 1.6 lc rgb '{}' title {}, "
        "NaN with lines dt 2 lw 2 lc rgb '{}' title {}",
        data_file(s.name()), st.theme.range.hex(), st.theme.allocated_shade(0).hex(),
        gnuplot_string(std::string(tr("low_p10", l))), st.theme.executed_shade(0).hex(),
        gnuplot_string(std::string(tr("high_p90", l))), st.theme.central.hex(),
        gnuplot_string(std::string(tr("central_gap", l)) + ": " + money_text(central, l)));
    return s.finish(plot, data);
}

}  // namespace

std::vector<Chart> scenario_charts(const SimulationRun& run, const std::string& stem, const ChartStyle& style) {
    std::vector<Chart> charts{paths(run, stem, style)};
    if (!run.scenario->needs.empty()) charts.push_back(gap_by_axis(run, stem, style));
    if (!run.sensitivity.empty()) {
        charts.push_back(tornado(run, stem, style));
        charts.push_back(tornado(run, stem, style, SensitivityTarget::gap_executed));
    }
    return charts;
}

}  // namespace veedor

// Charts of a model: allocated vs executed, execution rates, the national series, change drivers.
#include "plots/charts.hpp"

#include "analysis/compare.hpp"
#include "plots/chart_parts.hpp"
#include "plots/gnuplot_text.hpp"
#include "text/format.hpp"
#include "plots/script.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace veedor {
namespace {

// One meaning per visual device across all charts (docs/charts.md, "Visual devices"): blue is
// allocated money, orange executed money, grey an incomplete figure (a partial year or a partial
// sum), a pale bar a printed total without its breakdown, red a fall. No hatching: Chromium prints
// every hatched bar as its own tiled image (the brief's PDF grew from 0.6 to 25 MB).
// The colours are the theme's (core/chart_theme.hpp): the defaults, or the user's `--style`.

/// The entities' names as the x axis shows them (shortened), and a data-file comment with each
/// full name beside its id, so that a reader of the data knows which bar is which.
std::vector<std::string> name_labels(const std::vector<const Entity*>& entities, std::string& data) {
    std::vector<std::string> labels;
    data += "# x\tentity id\tfull name\n";
    for (size_t i = 0; i < entities.size(); ++i) {
        labels.push_back(short_label(entities[i]->name.empty() ? entities[i]->id : entities[i]->name));
        data += fmt::format("# {}\t{}\t{}\n", i, data_field(entities[i]->id), data_field(entities[i]->name));
    }
    return labels;
}

std::string plain(const Money& m) { return m.plain(); }

long long ceil_soles(double v) { return static_cast<long long>(std::ceil(std::max(v, 1.0))); }

/// x positions of bar k of n in the cluster of entity i.
double bar_x(size_t i, size_t k, size_t n) {
    double width = 0.8 / static_cast<double>(n);
    return static_cast<double>(i) - 0.4 + (static_cast<double>(k) + 0.5) * width;
}

std::string xtics(const std::vector<std::string>& labels) {
    std::string s;
    for (size_t i = 0; i < labels.size(); ++i)
        s += (i ? ", " : "") + gnuplot_tic_label(labels[i]) + " " + std::to_string(i);
    // Names slope down to the left: a bottom margin deep enough for them above the notes and source line.
    return "set xtics (" + s + ") rotate by 35 right\nset bmargin 13";
}

Chart allocated_vs_executed(const GroupComparison& g, const std::vector<int>& years, const ChartStyle& st) {
    Lang l = st.lang;
    std::vector<const Entity*> entities;
    for (const EntityYear& r : g.rows)
        if (std::find(entities.begin(), entities.end(), r.entity) == entities.end()) entities.push_back(r.entity);
    const size_t series = years.size() * 2;
    // Each bar's value above it when the bars are few (a third column of the data).
    const bool labelled = series * entities.size() <= max_labelled_bars;
    std::string data, markers;
    double top = 1;
    // The blocks (a year's allocated or executed) with at least one amount: gnuplot 5.4 crashes on
    // a labels element without a single point.
    std::vector<bool> labelled_blocks;
    for (size_t j = 0; j < years.size(); ++j) {
        for (int kind = 0; kind < 2; ++kind) {
            labelled_blocks.push_back(false);
            data += fmt::format("# {} {}\n", kind ? "executed" : "allocated", years[j]);
            for (size_t i = 0; i < entities.size(); ++i) {
                const Figure* f = entities[i]->figure(years[j]);
                double x = bar_x(i, j * 2 + static_cast<size_t>(kind), series);
                const Value* v = f ? (kind ? &f->executed : &f->allocated) : nullptr;
                if (v && v->is_amount()) {
                    labelled_blocks.back() = true;
                    data += fmt::format("{:.4f}\t{}{}\n", x, plain(v->amount),
                                        labelled ? "\t" + value_label(v->amount, st) : std::string());
                    top = std::max(top, to_plot(v->amount));
                } else {
                    data += fmt::format("{:.4f}\t?\n", x);
                    markers += fmt::format("{:.4f}\t{}\n", x, v ? std::string(report_symbol(v->kind)) : std::string("-"));
                }
            }
            data += "\n\n";
        }
    }
    if (!markers.empty()) data += "# markers of missing values\n" + markers;
    std::vector<std::string> labels = name_labels(entities, data);

    Script s("1-allocated-vs-executed-" + g.id, std::string(tr("chart.alloc_exec.title", l)), st);
    s.subtitle(g.name);
    long long max = ceil_soles(top * 1.08);
    s.line("set style fill solid 1.0 border lc rgb '#333333'")
        .line(fmt::format("set boxwidth {:.4f} absolute", 0.8 / static_cast<double>(series) * 0.92))
        .line(xtics(labels))
        .line(fmt::format("set xrange [-0.6:{}.6]", entities.size() - 1))
        .line(fmt::format("set yrange [0:{}]", nice_ticks(0, max).back()))
        .money_ticks(0, max)
        .line("set ylabel " + gnuplot_string(std::string(tr("soles", l))))
        .line("set label 1002 " + gnuplot_string(std::string(tr("unknown_mark", l))) +
              " at screen 0.01, screen 0.05 left font ',9' noenhanced");
    std::string plot = "plot ";
    size_t block = 0;
    for (size_t j = 0; j < years.size(); ++j) {
        std::string ya = std::string(tr("allocated", l)) + " " + std::to_string(years[j]);
        std::string ye = std::string(tr("executed", l)) + " " + std::to_string(years[j]);
        plot += fmt::format("{} index {} using 1:2 with boxes lc rgb '{}' fs solid 1.0 title {}, ", data_file(s.name()),
                            block++, st.theme.allocated_shade(j).hex(), gnuplot_string(ya));
        plot += fmt::format("'' index {} using 1:2 with boxes lc rgb '{}' fs solid 1.0 title {}, ", block++,
                            st.theme.executed_shade(j).hex(), gnuplot_string(ye));
    }
    if (labelled)
        for (size_t b = 0; b < block; ++b)
            if (labelled_blocks[b]) plot += value_labels_element(static_cast<int>(b), "$1", "$2", 3, s.font_size(8)) + ", ";
    if (!markers.empty())
        plot += fmt::format("'' index {} using 1:({}):2 with labels font ',8' rotate by 90 left tc rgb '#333333' notitle",
                            block, top * 0.01);
    else
        plot.resize(plot.size() - 2);  // the trailing ", "
    return s.finish(plot, data);
}

Chart execution_rates(const GroupComparison& g, const Model& m, const std::vector<int>& years, const ChartStyle& st) {
    Lang l = st.lang;
    // Rows are computed as they are read (EntityRows): looked up below for every bar, so made once.
    const std::vector<EntityYear> rows(g.rows.begin(), g.rows.end());
    std::vector<const Entity*> entities;
    for (const EntityYear& r : rows)
        if (std::find(entities.begin(), entities.end(), r.entity) == entities.end()) entities.push_back(r.entity);
    std::string data, markers, partial_note;
    double top = 100;
    for (size_t j = 0; j < years.size(); ++j) {
        data += fmt::format("# execution rate {}\n", years[j]);
        for (size_t i = 0; i < entities.size(); ++i) {
            double x = bar_x(i, j, years.size());
            auto it = std::find_if(rows.begin(), rows.end(),
                                   [&](const EntityYear& r) { return r.entity == entities[i] && r.year == years[j]; });
            if (it != rows.end() && it->rate) {
                std::string rate = round_ratio(*it->rate, 2, st.mode).plain();
                data += fmt::format("{:.4f}\t{}\n", x, rate);
                top = std::max(top, std::stod(rate));
            } else {
                data += fmt::format("{:.4f}\t?\n", x);
                markers += fmt::format("{:.4f}\t{}\n", x, tr("value.not_applicable", st.lang));  // tab-separated
            }
        }
        data += "\n\n";
        if (const YearInfo* y = m.year(years[j]); y && y->executed_through)
            partial_note = std::string(tr("partial_mark", l)) + " " + y->executed_through->iso();
    }
    if (!markers.empty()) data += "# rates that cannot be computed\n" + markers;
    std::vector<std::string> labels = name_labels(entities, data);
    Script s("2-execution-rate-" + g.id, std::string(tr("chart.rate.title", l)), st);
    s.subtitle(g.name);
    s.line("set style fill solid 1.0 border lc rgb '#333333'")
        .line(fmt::format("set boxwidth {:.4f} absolute", 0.8 / static_cast<double>(years.size()) * 0.92))
        .line(xtics(labels))
        .line(fmt::format("set xrange [-0.6:{}.6]", entities.size() - 1))
        .line(fmt::format("set yrange [0:{}]", top * 1.1))
        .percent_ticks(top * 1.1)
        .line("set ylabel " + gnuplot_string(std::string(tr("rate_pct", l))));
    if (!partial_note.empty())
        s.line("set label 1002 " + gnuplot_string(partial_note) + " at screen 0.01, screen 0.05 left font ',9' noenhanced");
    std::string plot = "plot ";
    for (size_t j = 0; j < years.size(); ++j) {
        bool partial = m.year(years[j]) && m.year(years[j])->executed_through;
        plot += fmt::format("{} index {} using 1:2 with boxes lc rgb '{}' fs {} title {}, ", j ? "''" : data_file(s.name()), j,
                            partial ? st.theme.incomplete.hex() : st.theme.allocated_shade(j).hex(), "solid 1.0",
                            gnuplot_string(std::to_string(years[j]) + (partial ? " *" : "")));
    }
    if (!markers.empty())
        plot += fmt::format("'' index {} using 1:(1):2 with labels font ',8' rotate by 90 left tc rgb '#333333' notitle",
                            years.size());
    else
        plot.resize(plot.size() - 2);
    return s.finish(plot, data);
}

Chart national_series_chart(const Model& m, const ChartStyle& st) {
    Lang l = st.lang;
    std::string data = "# year\tspecific budget\tshare of the general budget (%)\tbreakdown (1), printed total (0) "
                       "or partial sum (2)\tvalue label\n";
    double top = 1, top_share = 0.001;
    std::vector<std::pair<const SeriesYear*, std::string>> incomplete;  // years to label, with their label
    const std::vector<SeriesYear> series = national_series(m);
    for (const SeriesYear& y : series) {
        if (!y.specific) continue;
        std::string share = y.share ? round_ratio(*y.share, 6, st.mode).plain() : "?";
        bool partial = y.origin == SeriesOrigin::partial_sum;
        data += fmt::format("{}\t{}\t{}\t{}\t{}\n", y.year, plain(*y.specific), share,
                            y.origin == SeriesOrigin::breakdown ? 1 : partial ? 2 : 0, value_label(*y.specific, st));
        top = std::max(top, to_plot(*y.specific));
        if (y.share) top_share = std::max(top_share, std::stod(share));
        if (y.incomplete() && partial)
            incomplete.emplace_back(&y, fmt::format(fmt::runtime(tr("chart.partial_label", l)), y.with_figure, y.members));
        else if (y.incomplete() && y.entity_sum)
            incomplete.emplace_back(&y, fmt::format(fmt::runtime(tr("chart.entity_sum_label", l)), y.with_figure,
                                                    y.members, money_text(*y.entity_sum, l)));
    }
    Script s("3-national-series", std::string(tr("chart.series.title", l)), st);
    // Each year's amount above its bar when the years are few; an incomplete year's note goes above that.
    const bool labelled = series.size() <= max_labelled_bars;
    long long max = ceil_soles(top * 1.1);
    auto years = sorted_years(m);
    s.line("set style fill solid 1.0 border lc rgb '#333333'")
        .line("set boxwidth 0.6 absolute")
        .line("set xtics 1")
        .line(fmt::format("set xrange [{}:{}]", years.front() - 0.6, years.back() + 0.6))
        .line(fmt::format("set yrange [0:{}]", nice_ticks(0, max).back()))
        .money_ticks(0, max)
        .line("set ylabel " + gnuplot_string(std::string(tr("specific_budget", l)) + " (S/)"))
        .line(fmt::format("set y2range [0:{}]", top_share * 1.2))
        .percent_ticks(top_share * 1.2, "y2tics")
        .line("set y2label " + gnuplot_string(std::string(tr("share_pct", l))))
        .line("set border 11");
    // An incomplete year says so above its bar: the partial sum's coverage, or the entity sum
    // that the printed total stands over. The label ends at the bar's right edge (half the box
    // width past the year) and runs leftwards over the plot: centred, the last year's label ran
    // past the plot's right edge.
    for (size_t i = 0; i < incomplete.size(); ++i)
        s.line(fmt::format("set label {} {} at {}.3, {} right front offset 0,{} font ',8' noenhanced", 1010 + i,
                           gnuplot_string(incomplete[i].second), incomplete[i].first->year,
                           plain(*incomplete[i].first->specific), labelled ? 2 : 1));
    bool any_partial = std::any_of(series.begin(), series.end(),
                                   [](const SeriesYear& y) { return y.origin == SeriesOrigin::partial_sum; });
    std::string plot = fmt::format(
        "plot {0} using 1:($4 == 1 ? $2 : 1/0) with boxes lc rgb '{1}' fs solid 1.0 title {2}, "
        "'' using 1:($4 == 0 ? $2 : 1/0) with boxes lc rgb '{3}' fs solid 0.35 title {4}, ",
        data_file(s.name()), st.theme.allocated_shade(0).hex(), gnuplot_string(std::string(tr("specific_budget", l))),
        st.theme.allocated_shade(0).hex(), gnuplot_string(std::string(tr("printed_total_only", l))));
    if (any_partial)
        plot += fmt::format("'' using 1:($4 == 2 ? $2 : 1/0) with boxes lc rgb '{}' fs solid 1.0 title {}, ",
                            st.theme.incomplete.hex(), gnuplot_string(std::string(tr("partial_sum", l))));
    if (labelled) plot += value_labels_element(-1, "$1", "$2", 5, s.font_size(8)) + ", ";
    plot += fmt::format("'' using 1:3 axes x1y2 with linespoints lw 2 dt 1 pt 7 ps 1.2 lc rgb '#000000' title {}",
                        gnuplot_string(std::string(tr("share", l))));
    return s.finish(plot, data);
}

std::optional<Chart> change_drivers(const Model& m, const ChartStyle& st) {
    Lang l = st.lang;
    std::vector<const Entity*> members = headline_members(m);
    std::vector<int> with_breakdown;
    for (int y : sorted_years(m))
        // Only years where every member has a figure: a change to or from a partial year is coverage.
        if (total_of(m, members, y, nullptr).coverage.complete()) with_breakdown.push_back(y);
    if (with_breakdown.size() < 2) return std::nullopt;
    int y0 = with_breakdown[with_breakdown.size() - 2], y1 = with_breakdown.back();
    struct Row {
        std::string label;
        Money change;
        bool status_changed;
    };
    std::vector<Row> rows;
    Money total;
    for (const Entity* e : members) {
        const Figure* f0 = e->figure(y0);
        const Figure* f1 = e->figure(y1);
        bool a0 = f0 && f0->allocated.is_amount(), a1 = f1 && f1->allocated.is_amount();
        Money change = (a1 ? f1->allocated.amount : Money{}) - (a0 ? f0->allocated.amount : Money{});
        total += change;
        if (change.is_zero()) continue;
        rows.push_back({short_label(e->name.empty() ? e->id : e->name) + (a0 != a1 ? " \u2020" : ""), change, a0 != a1});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.change < b.change; });
    std::string data = "# x\tchange in allocation\tfalls (1) or rises (0)\tvalue label\n";
    double lo = 0, hi = 0;
    std::vector<std::string> labels;
    for (size_t i = 0; i < rows.size(); ++i) {
        data += fmt::format("{}\t{}\t{}\t{}\n", i, plain(rows[i].change), rows[i].change.is_negative() ? 1 : 0,
                            value_label(rows[i].change, st));
        lo = std::min(lo, to_plot(rows[i].change));
        hi = std::max(hi, to_plot(rows[i].change));
        labels.push_back(rows[i].label);
    }
    std::string title = fmt::format("{}, {}-{}: {}", tr("chart.drivers.title", l), y0, y1, money_text(total, l));
    Script s("4-change-drivers", title, st);
    long long min = static_cast<long long>(std::floor(lo * 1.1)), max = ceil_soles(hi * 1.1);
    auto ticks = nice_ticks(min, max);
    s.line("set style fill solid 1.0 border lc rgb '#333333'")
        .line("set boxwidth 0.7 absolute")
        .line(xtics(labels))
        .line(fmt::format("set xrange [-0.6:{}.4]", rows.empty() ? 0 : rows.size() - 1))
        .line(fmt::format("set yrange [{}:{}]", ticks.front(), ticks.back()))
        .money_ticks(min, max)
        .line("set xzeroaxis lt -1")
        .line("set ylabel " + gnuplot_string(std::string(tr("change_by_entity", l)) + " (S/)"))
        .line("set label 1002 " + gnuplot_string("\u2020 " + std::string(tr("status_changed", l))) +
              " at screen 0.01, screen 0.05 left font ',9' noenhanced");
    std::string plot = fmt::format(
        "plot {} using 1:($3 == 1 ? $2 : 1/0) with boxes lc rgb '{}' fs solid 1.0 title {}, "
        "'' using 1:($3 == 0 ? $2 : 1/0) with boxes lc rgb '{}' fs solid 1.0 title {}",
        data_file(s.name()), st.theme.fall.hex(), gnuplot_string(std::string(l == Lang::en ? "Falls" : "Caídas")),
        st.theme.allocated_shade(0).hex(), gnuplot_string(std::string(l == Lang::en ? "Rises" : "Aumentos")));
    // Each change written at its bar's end (above a rise, below a fall) when the bars are few.
    // (gnuplot 5.4 crashes on a labels element without a single point: each only when it has one.)
    const bool any_fall = std::any_of(rows.begin(), rows.end(), [](const Row& r) { return r.change.is_negative(); });
    const bool any_rise = std::any_of(rows.begin(), rows.end(), [](const Row& r) { return !r.change.is_negative(); });
    if (rows.size() <= max_labelled_bars && any_rise)
        plot += ", " + value_labels_element(-1, "$1", "$3 == 0 ? $2 : 1/0", 4, s.font_size(8));
    if (rows.size() <= max_labelled_bars && any_fall)
        plot += ", " + value_labels_element(-1, "$1", "$3 == 1 ? $2 : 1/0", 4, s.font_size(8), -0.7);
    return s.finish(plot, data);
}

}  // namespace

std::string chart_source(const Model& m, Lang lang) {
    std::string line;
    for (const Source& s : m.sources)
        if (s.within.empty()) line += (line.empty() ? "" : "; ") + short_label(s.title, 70);
    if (line.empty()) line = m.title;
    return line + "; " + std::string(tr("made_with", lang));
}

std::vector<Chart> model_charts(const Model& m, const ChartStyle& st) {
    std::vector<Chart> charts;
    Comparison c = compare(m);
    for (const GroupComparison& g : c.groups) {
        if (g.id.empty() || g.rows.empty()) continue;
        std::vector<int> years;
        for (const GroupYear& t : g.totals) years.push_back(t.year);
        charts.push_back(allocated_vs_executed(g, years, st));
        charts.push_back(execution_rates(g, m, years, st));
    }
    charts.push_back(national_series_chart(m, st));
    if (auto d = change_drivers(m, st)) charts.push_back(*d);
    return charts;
}

}  // namespace veedor

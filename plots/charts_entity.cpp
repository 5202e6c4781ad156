// Charts of one entity or one group over the years (`plot --entity`, `plot --group`).
#include "plots/charts.hpp"

#include "analysis/compare.hpp"
#include "plots/chart_parts.hpp"
#include "plots/gnuplot_text.hpp"
#include "plots/script.hpp"
#include "text/format.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace veedor {
namespace {

// A group's members, one line each: colours that mean nothing else in any chart (docs/charts.md,
// "Visual devices"), dashed so that they never read as the funding or share lines.
constexpr const char* member_colours[] = {"#8c510a", "#c51b7d", "#7f7f00", "#17becf", "#b8860b", "#5f6f7f"};
constexpr size_t max_member_lines = std::size(member_colours);

/// The bars of two series per year: allocated left of the year, executed right of it.
constexpr double half_pair = 0.2;

bool partial_year(const Model& m, int y) { return m.year(y) && m.year(y)->executed_through; }

/// "2016*" for a partial year: the x axis of charts over the years.
std::string year_tics(const Model& m, const std::vector<int>& years) {
    std::string s;
    for (int y : years)
        s += (s.empty() ? "" : ", ") + gnuplot_tic_label(std::to_string(y) + (partial_year(m, y) ? "*" : "")) + " " +
             std::to_string(y);
    return "set xtics (" + s + ")";
}

/// The note under a chart over the years: "* execution counted only to 2016-06-30", when a year is partial.
std::string partial_note(const Model& m, const std::vector<int>& years, Lang l) {
    for (int y : years)
        if (partial_year(m, y)) return std::string(tr("partial_mark", l)) + " " + m.year(y)->executed_through->iso();
    return "";
}

/// A money cell of a data file ("?" when missing) and its label.
struct Cell {
    std::string value = "?", label = "?";
};

Cell money_cell(const Value* v, const ChartStyle& st, double& top) {
    if (!v || !v->is_amount()) return {};
    top = std::max(top, to_plot(v->amount));
    return {v->amount.plain(), value_label(v->amount, st)};
}

/// Settings both charts share: the money axis on the left, the years below, the notes at the foot.
void years_axes(Script& s, const Model& m, const std::vector<int>& years, double top, const ChartStyle& st,
                bool markers) {
    Lang l = st.lang;
    long long max = static_cast<long long>(std::ceil(std::max(top * 1.18, 1.0)));
    s.line("set style fill solid 1.0 border lc rgb '#333333'")
        .line(fmt::format("set boxwidth {:.2f} absolute", half_pair * 2 * 0.9))
        .line(year_tics(m, years))
        .line(fmt::format("set xrange [{}:{}]", years.front() - 0.6, years.back() + 0.6))
        .line(fmt::format("set yrange [0:{}]", nice_ticks(0, max).back()))
        .money_ticks(0, max)
        .line("set ylabel " + gnuplot_string(std::string(tr("soles", l))));
    double foot = 0.05;
    if (std::string note = partial_note(m, years, l); !note.empty()) {
        s.line(fmt::format("set label 1002 {} at screen 0.01, screen {} left font '{}' noenhanced", gnuplot_string(note),
                           foot, s.font_size(9)));
        foot += 0.03;
    }
    if (markers)
        s.line(fmt::format("set label 1003 {} at screen 0.01, screen {} left font '{}' noenhanced",
                           gnuplot_string(std::string(tr("unknown_mark", l))), foot, s.font_size(9)));
}

/// The bars of allocated (column 2) and executed (column 3, grey in a partial year: column 4 is 1)
/// of data block 0, with their value labels (columns `label_column` and the next) when `labelled`.
std::string pair_bars(const Script& s, const ChartStyle& st, bool any_allocated, bool any_complete, bool any_partial,
                      bool labelled, int label_column, const std::string& allocated_title,
                      const std::string& executed_title) {
    Lang l = st.lang;
    std::string plot = fmt::format("plot {} index 0 using ($1-{}):2 with boxes lc rgb '{}' fs solid 1.0 title {}",
                                   data_file(s.name()), half_pair, st.theme.allocated_shade(0).hex(),
                                   gnuplot_string(allocated_title));
    if (any_complete)
        plot += fmt::format(", '' index 0 using ($1+{}):($4 == 0 ? $3 : 1/0) with boxes lc rgb '{}' fs solid 1.0 title {}",
                            half_pair, st.theme.executed_shade(0).hex(), gnuplot_string(executed_title));
    if (any_partial)
        plot += fmt::format(", '' index 0 using ($1+{}):($4 == 1 ? $3 : 1/0) with boxes lc rgb '{}' fs solid 1.0 title {}",
                            half_pair, st.theme.incomplete.hex(),
                            gnuplot_string(std::string(tr("chart.executed_partial", l))));
    // gnuplot 5.4 crashes on a labels element without a single point: each only when it has one.
    if (labelled && any_allocated)
        plot += ", " + value_labels_element(0, fmt::format("$1-{}", half_pair), "$2", label_column, s.font_size(8));
    if (labelled && (any_complete || any_partial))
        plot += ", " + value_labels_element(0, fmt::format("$1+{}", half_pair), "$3", label_column + 1, s.font_size(8));
    return plot;
}

/// The markers of missing values (x, text), as chart 1 writes them: where the bar would be.
std::string markers_element(int index, double top, const Script& s) {
    return fmt::format(", '' index {} using 1:({}):2 with labels font '{}' rotate by 90 left tc rgb '#333333' notitle",
                       index, top * 0.01, s.font_size(8));
}

}  // namespace

Chart entity_chart(const Model& m, const Entity& e, const ChartStyle& st) {
    Lang l = st.lang;
    // The years from the entity's first figure to its last (every year of the model when it has
    // none): a year between them without a figure is marked, not left out.
    std::vector<int> years;
    for (int y : sorted_years(m))
        if (e.figure(y)) years.push_back(y);
    if (!years.empty()) {
        auto all = sorted_years(m);
        std::erase_if(all, [&](int y) { return y < years.front() || y > years.back(); });
        years = all;
    } else {
        years = sorted_years(m);
    }
    std::vector<EntityYear> rows;
    for (const EntityYear& r : EntityRows(m, {&e}, sorted_years(m), years)) rows.push_back(r);

    std::string data = fmt::format("# entity\t{}\t{}\n", data_field(e.id), data_field(e.name));
    data += "# year\tallocated\texecuted\tpartial year (1)\texecution rate (%)\tallocated label\texecuted label\t"
            "rate label\n";
    std::string markers;
    double top = 1, top_rate = 100;
    bool any_allocated = false, any_complete = false, any_partial = false, any_rate = false;
    for (int y : years) {
        const Figure* f = e.figure(y);
        Cell a = money_cell(f ? &f->allocated : nullptr, st, top), x = money_cell(f ? &f->executed : nullptr, st, top);
        bool partial = partial_year(m, y);
        any_allocated |= a.value != "?";
        (partial ? any_partial : any_complete) |= x.value != "?";
        std::string rate = "?", rate_label = "?";
        auto row = std::find_if(rows.begin(), rows.end(), [y](const EntityYear& r) { return r.year == y; });
        if (row != rows.end() && row->rate) {
            rate = round_ratio(*row->rate, 2, st.mode).plain();
            rate_label = data_field(percent_text(round_ratio(*row->rate, 1, st.mode), l, st.numbers) + (partial ? "*" : ""));
            top_rate = std::max(top_rate, std::stod(rate));
            any_rate = true;
        }
        data += fmt::format("{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n", y, a.value, x.value, partial ? 1 : 0, rate, a.label,
                            x.label, rate_label);
        auto mark = [&](const Value* v) { return v ? std::string(report_symbol(v->kind)) : std::string("-"); };
        if (a.value == "?") markers += fmt::format("{}\t{}\n", y - half_pair, mark(f ? &f->allocated : nullptr));
        if (x.value == "?") markers += fmt::format("{}\t{}\n", y + half_pair, mark(f ? &f->executed : nullptr));
    }
    if (!markers.empty()) data += "\n\n# markers of missing values\n" + markers;

    Script s("9-entity-" + e.id, std::string(tr("chart.entity.title", l)), st);
    s.subtitle(e.name.empty() ? e.id : e.name);
    years_axes(s, m, years, top, st, !markers.empty());
    const bool labelled = years.size() * 2 <= max_labelled_bars;
    if (any_rate)
        s.line(fmt::format("set y2range [0:{:.2f}]", top_rate * 1.15))
            .percent_ticks(top_rate * 1.15, "y2tics")
            .line("set y2label " + gnuplot_string(std::string(tr("rate_pct", l))))
            .line("set border 11");
    std::string plot = pair_bars(s, st, any_allocated, any_complete, any_partial, labelled, 6, std::string(tr("allocated", l)),
                                 std::string(tr("executed", l)));
    if (any_rate) {
        plot += fmt::format(", '' index 0 using 1:5 axes x1y2 with linespoints lw 2 dt 1 pt 7 ps 1.2 lc rgb '{}' title {}",
                            st.theme.executed_shade(2).hex(), gnuplot_string(std::string(tr("chart.rate_line", l))));
        if (labelled)
            plot += fmt::format(", '' index 0 using 1:5:8 axes x1y2 with labels left offset 0.8,0 font '{}' tc rgb '{}' notitle",
                                s.font_size(8), st.theme.executed_shade(2).hex());
    }
    if (!markers.empty()) plot += markers_element(1, top, s);
    return s.finish(plot, data);
}

Chart group_chart(const Model& m, const GroupComparison& g, const ChartStyle& st) {
    Lang l = st.lang;
    std::vector<int> years;
    for (const GroupYear& t : g.totals) years.push_back(t.year);
    if (years.empty()) years = sorted_years(m);

    // The members drawn as lines: the largest (by their largest allocation), at most six; every
    // member is in the data file.
    std::vector<const Entity*> members = m.members(g.id);
    std::vector<std::pair<Money, const Entity*>> by_size;
    for (const Entity* e : members) {
        Money most;
        for (int y : years)
            if (const Figure* f = e->figure(y); f && f->allocated.is_amount()) most = std::max(most, f->allocated.amount);
        by_size.emplace_back(most, e);
    }
    std::stable_sort(by_size.begin(), by_size.end(), [](const auto& a, const auto& b) { return b.first < a.first; });
    if (by_size.size() > max_member_lines) by_size.resize(max_member_lines);

    std::string data = fmt::format("# group\t{}\t{}\n", data_field(g.id), data_field(g.name));
    data += "# year\tallocated, group total\texecuted, group total\tpartial year (1)\tallocated label\texecuted label\n";
    std::string markers;
    double top = 1;
    bool any_allocated = false, any_complete = false, any_partial = false;
    for (int y : years) {
        auto t = std::find_if(g.totals.begin(), g.totals.end(), [y](const GroupYear& x) { return x.year == y; });
        Cell a, x;
        if (t != g.totals.end() && t->allocated_known) {
            top = std::max(top, to_plot(t->allocated));
            a = {t->allocated.plain(), value_label(t->allocated, st)};
        }
        if (t != g.totals.end() && t->executed_known) {
            top = std::max(top, to_plot(t->executed));
            x = {t->executed.plain(), value_label(t->executed, st)};
        }
        bool partial = partial_year(m, y);
        any_allocated |= a.value != "?";
        (partial ? any_partial : any_complete) |= x.value != "?";
        data += fmt::format("{}\t{}\t{}\t{}\t{}\t{}\n", y, a.value, x.value, partial ? 1 : 0, a.label, x.label);
        if (a.value == "?") markers += fmt::format("{}\tSD\n", y - half_pair);
        if (x.value == "?") markers += fmt::format("{}\tSD\n", y + half_pair);
    }
    data += "\n\n# allocated per member (the largest members: one column each)\n# year";
    for (const auto& [most, e] : by_size) data += "\t" + data_field(e->id) + " " + data_field(e->name);
    data += "\n";
    for (int y : years) {
        data += std::to_string(y);
        for (const auto& [most, e] : by_size) {
            const Figure* f = e->figure(y);
            data += "\t" + (f && f->allocated.is_amount() ? f->allocated.amount.plain() : std::string("?"));
        }
        data += "\n";
    }
    if (!markers.empty()) data += "\n\n# markers of missing values\n" + markers;

    Script s("10-group-" + g.id, std::string(tr("chart.group.title", l)), st);
    s.subtitle(g.name.empty() ? g.id : g.name);
    years_axes(s, m, years, top, st, !markers.empty());
    if (members.size() > by_size.size())
        s.line(fmt::format("set label 1004 {} at screen 0.99, screen 0.05 right font '{}' noenhanced",
                           gnuplot_string(fmt::format(fmt::runtime(tr("chart.more_members", l)),
                                                      members.size() - by_size.size())),
                           s.font_size(9)));
    std::string plot = pair_bars(s, st, any_allocated, any_complete, any_partial, years.size() * 2 <= max_labelled_bars, 5,
                                 std::string(tr("chart.group_allocated", l)), std::string(tr("chart.group_executed", l)));
    for (size_t k = 0; k < by_size.size(); ++k) {
        // A member with no allocation above zero in these years is not drawn, nor listed in the legend.
        if (by_size[k].first.is_zero()) continue;
        const Entity* e = by_size[k].second;
        plot += fmt::format(", '' index 1 using 1:{} with linespoints lw 1.5 dt 2 pt 7 ps 0.8 lc rgb '{}' title {}", k + 2,
                            member_colours[k], gnuplot_string(short_label(e->name.empty() ? e->id : e->name)));
    }
    if (!markers.empty()) plot += markers_element(2, top, s);
    return s.finish(plot, data);
}

}  // namespace veedor

#include "writers/scenario_compare_writer.hpp"

#include "text/lang.hpp"

#include <algorithm>

namespace veedor {

namespace {

using Row = std::vector<std::string>;

std::string period_name(const Scenario& s, int year) {
    return year ? std::to_string(year) : std::to_string(s.from) + "-" + std::to_string(s.to);
}

bool any_trials(const ScenarioComparison& c) {
    return std::any_of(c.scenarios.begin(), c.scenarios.end(),
                       [](const ComparedScenario& s) { return s.run->monte_carlo.has_value(); });
}

std::vector<std::string> human_headers(const ScenarioComparison& c, const Style& s) {
    std::vector<std::string> h;
    for (const char* k : {"sim.h.scenario", "sim.h.year", "sim.h.funded", "sim.h.executed", "sim.h.need",
                          "sim.h.need_funded"})
        h.emplace_back(tr(k, s.lang));
    if (any_trials(c))
        for (const char* k : {"scmp.h.need_p50", "scmp.h.need_mean", "scmp.h.gap_p50", "scmp.h.gap_mean"})
            h.emplace_back(tr(k, s.lang));
    return h;
}

/// A difference for people: "+1,234.00", "-1,234.00", "0.00".
std::string signed_money(const Money& m, const Style& s) {
    std::string text = format_money(m, s);
    return m.is_negative() || m == Money() ? text : "+" + text;
}

Row human_row(const ScenarioComparison& c, const ComparedScenario& cs, const ComparedPeriod& p,
              const ComparedFigures& f, bool first, bool signed_figures, const Style& s) {
    auto money = [&](const Money& m) { return signed_figures ? signed_money(m, s) : format_money(m, s); };
    auto opt = [&](const std::optional<Money>& m) { return m ? money(*m) : not_applicable_text(s); };
    Row row{first ? cs.run->scenario->title : "", period_name(*cs.run->scenario, p.year), money(f.funded),
            money(f.executed), money(f.need), money(f.gap)};
    if (any_trials(c))
        for (const auto* m : {&f.need_p50, &f.need_mean, &f.gap_p50, &f.gap_mean}) row.push_back(opt(*m));
    return row;
}

Table human_table(const ScenarioComparison& c, const Style& s) {
    Table t;
    t.headers = human_headers(c, s);
    t.right_aligned = std::vector<bool>(t.headers.size(), true);
    t.right_aligned[0] = t.right_aligned[1] = false;
    return t;
}

}  // namespace

Table scenarios_per_year_table(const ScenarioComparison& c, const Style& s) {
    Table t = human_table(c, s);
    t.title = tr("scmp.per_year_title", s.lang);
    for (const ComparedScenario& cs : c.scenarios)
        for (size_t i = 0; i < cs.periods.size(); ++i)
            t.rows.push_back(human_row(c, cs, cs.periods[i], cs.periods[i].figures, i == 0, false, s));
    if (any_trials(c)) t.notes.emplace_back(tr("scmp.per_year_note", s.lang));
    return t;
}

Table against_baseline_table(const ScenarioComparison& c, const Style& s) {
    Table t = human_table(c, s);
    const Scenario& base = *c.scenarios.at(c.baseline).run->scenario;
    t.title = trf("scmp.against_title", s.lang, base.title);
    for (size_t k = 0; k < c.scenarios.size(); ++k) {
        if (k == c.baseline) continue;
        const ComparedScenario& cs = c.scenarios[k];
        bool first = true;
        for (const ComparedPeriod& p : cs.periods) {
            if (!p.against_baseline) continue;
            t.rows.push_back(human_row(c, cs, p, *p.against_baseline, first, true, s));
            first = false;
        }
    }
    t.notes.emplace_back(trf("scmp.against_note", s.lang, base.title, base.file));
    return t;
}

Table figure_by_year_table(const ScenarioComparison& c, Money ComparedFigures::*figure, bool against,
                           std::string title, const Style& s) {
    Table t;
    t.title = std::move(title);
    const ComparedScenario& base = c.scenarios.at(c.baseline);
    t.headers = {std::string(tr("sim.h.scenario", s.lang))};
    for (const ComparedPeriod& p : base.periods) t.headers.push_back(period_name(*base.run->scenario, p.year));
    t.right_aligned = std::vector<bool>(t.headers.size(), true);
    t.right_aligned[0] = false;
    for (size_t k = 0; k < c.scenarios.size(); ++k) {
        if (against && k == c.baseline) continue;
        const ComparedScenario& cs = c.scenarios[k];
        Row row{cs.run->scenario->title};
        // The baseline's columns: a scenario with another horizon shows what it shares.
        for (const ComparedPeriod& b : base.periods) {
            auto p = std::find_if(cs.periods.begin(), cs.periods.end(), [&](const ComparedPeriod& x) {
                return x.year == b.year && (x.year != 0 || x.against_baseline);
            });
            if (p == cs.periods.end() || (against && !p->against_baseline)) row.push_back(not_applicable_text(s));
            else row.push_back(against ? signed_money((*p->against_baseline).*figure, s) : format_money(p->figures.*figure, s));
        }
        t.rows.push_back(std::move(row));
    }
    return t;
}

Table comparison_machine_table(const ScenarioComparison& c) {
    const Style& s = Style::machine;
    Table t;
    t.headers = {"scenario", "title", "baseline", "year", "funded", "executed", "need", "gap_need_minus_funded",
                 "need_p50", "need_mean", "gap_p50", "gap_mean", "funded_minus_baseline", "executed_minus_baseline",
                 "need_minus_baseline", "gap_minus_baseline", "need_p50_minus_baseline", "need_mean_minus_baseline",
                 "gap_p50_minus_baseline", "gap_mean_minus_baseline"};
    const Scenario& base = *c.scenarios.at(c.baseline).run->scenario;
    auto opt = [&](const std::optional<Money>& m) { return m ? format_money(*m, s) : std::string(); };
    for (const ComparedScenario& cs : c.scenarios)
        for (const ComparedPeriod& p : cs.periods) {
            const ComparedFigures& f = p.figures;
            Row row{cs.run->scenario->file, cs.run->scenario->title, base.file, period_name(*cs.run->scenario, p.year),
                    format_money(f.funded, s), format_money(f.executed, s), format_money(f.need, s),
                    format_money(f.gap, s), opt(f.need_p50), opt(f.need_mean), opt(f.gap_p50), opt(f.gap_mean)};
            const std::optional<ComparedFigures>& d = p.against_baseline;
            for (auto field : {&ComparedFigures::funded, &ComparedFigures::executed, &ComparedFigures::need,
                               &ComparedFigures::gap})
                row.push_back(d ? format_money((*d).*field, s) : std::string());
            for (auto field : {&ComparedFigures::need_p50, &ComparedFigures::need_mean, &ComparedFigures::gap_p50,
                               &ComparedFigures::gap_mean})
                row.push_back(d ? opt((*d).*field) : std::string());
            t.rows.push_back(std::move(row));
        }
    return t;
}

}  // namespace veedor

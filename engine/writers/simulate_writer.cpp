#include "writers/simulate_writer.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <string_view>

#include "scenario/scenario_rules.hpp"
#include "writers/scenario_compare_writer.hpp"
#include "writers/scope_table.hpp"

namespace veedor {

std::string micro_text(std::int64_t micro) {
    std::string s = Decimal(BigInt(micro), 6).plain();
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
    return s;
}

namespace {

using Row = std::vector<std::string>;

std::string period_name(const Scenario& s, int year) {
    return year ? std::to_string(year) : fmt::format("{}-{}", s.from, s.to);
}

std::optional<Ratio> coverage(const Money& funded, const Money& need) { return percent_of(funded, need); }

/// The texts of `keys` in `l`: a table's headers.
std::vector<std::string> words(Lang l, std::initializer_list<const char*> keys) {
    std::vector<std::string> out;
    for (const char* k : keys) out.emplace_back(tr(k, l));
    return out;
}

/// An uncertain input for people: rounded to 2 decimal places by the output's rounding, grouped,
/// without trailing zeros ("4,163,035.91", "2.5", "10").
std::string input_text(std::int64_t micro, const Presentation& p, const Style& s) {
    std::string out = number_text(round_ratio(*Ratio::of(BigInt(micro), BigInt(1'000'000)), 2, p.mode), s.lang, s.numbers);
    std::string_view point = s.lang == Lang::es && s.numbers == NumberStyle::si ? "," : ".";
    if (out.find(point) != std::string::npos) {
        while (out.back() == '0') out.pop_back();
        if (out.ends_with(point)) out.resize(out.size() - point.size());
    }
    return out;
}

/// The central projection, year by year and for the horizon together.
Table years_table(const SimulationRun& run, const Presentation& p, const Style& s, bool constant) {
    const Scenario& sc = *run.scenario;
    Table t;
    t.title = constant ? trf("sim.central_constant", s.lang, sc.prices_of) : std::string(tr("sim.central_current", s.lang));
    if (!s.is_human()) {
        t.headers = {"scenario", "year", "general_budget", "population", "price_index", "funded", "executed", "need",
                     "gap_need_minus_funded", "gap_need_minus_executed", "coverage_pct", "share_of_general_budget_pct",
                     "per_capita", "funded_constant", "executed_constant", "need_constant",
                     "gap_need_minus_funded_constant", "gap_need_minus_executed_constant"};
    } else if (constant) {
        t.headers = words(s.lang, {"sim.h.year", "sim.h.funded", "sim.h.executed", "sim.h.need", "sim.h.need_funded",
                                   "sim.h.need_executed"});
    } else {
        t.headers = words(s.lang, {"sim.h.year", "sim.h.general", "sim.h.funded", "sim.h.executed", "sim.h.need",
                                   "sim.h.need_funded", "sim.h.need_executed", "sim.h.coverage", "sim.h.share",
                                   "sim.h.per_capita"});
    }
    t.right_aligned = std::vector<bool>(t.headers.size(), s.is_human());
    if (s.is_human()) t.right_aligned[0] = false;
    std::vector<const PeriodResult*> rows;
    for (const PeriodResult& r : run.central.years) rows.push_back(&r);
    rows.push_back(&run.central.cumulative);
    for (const PeriodResult* r : rows) {
        std::string year = period_name(sc, r->year);
        auto share = r->year ? percent_of(r->funded, r->general_budget) : std::nullopt;
        auto per_capita = r->year && r->population
                              ? Ratio::of(r->funded.cents().convert_to<BigInt>(), BigInt(*r->population) * 100)
                              : std::nullopt;
        std::string cov = format_percent(coverage(r->funded, r->need), p.percent_places, p.mode, s);
        if (!s.is_human()) {
            t.rows.push_back({sc.file, year, r->year ? format_money(r->general_budget, s) : "",
                              r->population ? std::to_string(*r->population) : "",
                              r->year ? Decimal(BigInt(r->price_index_nano), 9).plain() : "", format_money(r->funded, s),
                              format_money(r->executed, s), format_money(r->need, s), format_money(r->need - r->funded, s),
                              format_money(r->need - r->executed, s), cov,
                              format_percent(share, p.share_places, p.mode, s),
                              format_ratio(per_capita, p.per_capita_places, p.mode), format_money(r->funded_constant, s),
                              format_money(r->executed_constant, s), format_money(r->need_constant, s),
                              format_money(r->need_constant - r->funded_constant, s),
                              format_money(r->need_constant - r->executed_constant, s)});
        } else if (constant) {
            t.rows.push_back({year, format_money(r->funded_constant, s), format_money(r->executed_constant, s),
                              format_money(r->need_constant, s), format_money(r->need_constant - r->funded_constant, s),
                              format_money(r->need_constant - r->executed_constant, s)});
        } else {
            t.rows.push_back({year, r->year ? format_money(r->general_budget, s) : "", format_money(r->funded, s),
                              format_money(r->executed, s), format_money(r->need, s),
                              format_money(r->need - r->funded, s), format_money(r->need - r->executed, s), cov,
                              r->year ? format_percent(share, p.share_places, p.mode, s) : "",
                              r->year ? (per_capita ? std::string(sol_sign(s.lang)) +
                                                          format_ratio(per_capita, p.per_capita_places, p.mode, s)
                                                    : not_applicable_text(s))
                                      : ""});
        }
    }
    if (s.is_human() && !constant) t.notes.emplace_back(tr("sim.years_note", s.lang));
    return t;
}

Table axes_table(const SimulationRun& run, const Style& s) {
    const Scenario& sc = *run.scenario;
    Table t;
    t.title = tr("sim.axes_title", s.lang);
    if (!s.is_human()) {
        t.headers = {"scenario", "axis", "year", "need", "need_constant"};
        for (int a = 0; a < axis_count; ++a) {
            auto add = [&](const PeriodResult& r) {
                t.rows.push_back({sc.file, std::string(to_string(static_cast<Axis>(a))), period_name(sc, r.year),
                                  format_money(r.need_by_axis[static_cast<size_t>(a)], s),
                                  format_money(r.need_by_axis_constant[static_cast<size_t>(a)], s)});
            };
            for (const PeriodResult& r : run.central.years) add(r);
            add(run.central.cumulative);
        }
        return t;
    }
    t.headers = {std::string(tr("sim.h.axis", s.lang))};
    for (const PeriodResult& r : run.central.years) t.headers.push_back(std::to_string(r.year));
    t.headers.push_back(period_name(sc, 0));
    t.right_aligned = std::vector<bool>(t.headers.size(), true);
    t.right_aligned[0] = false;
    for (int a = 0; a < axis_count; ++a) {
        Row row{enum_words("axis.", static_cast<Axis>(a), s.lang)};
        for (const PeriodResult& r : run.central.years) row.push_back(format_money(r.need_by_axis[static_cast<size_t>(a)], s));
        row.push_back(format_money(run.central.cumulative.need_by_axis[static_cast<size_t>(a)], s));
        t.rows.push_back(row);
    }
    return t;
}

Table entities_table(const SimulationRun& run, const Style& s) {
    const Scenario& sc = *run.scenario;
    const Projection& pr = run.central;
    Table t;
    t.title = trf("sim.entities_title", s.lang, period_name(sc, 0));
    if (!s.is_human()) t.headers = {"scenario", "entity", "year", "funded", "executed", "need"};
    else
        t.headers = words(s.lang, {"sim.h.entity", "sim.h.funded", "sim.h.executed", "sim.h.need", "sim.h.need_funded"});
    t.right_aligned = std::vector<bool>(t.headers.size(), s.is_human());
    if (s.is_human()) t.right_aligned[0] = false;
    for (size_t e = 0; e < pr.entities.size(); ++e) {
        auto opt = [&](const std::optional<Money>& m) { return format_optional_money(m, s); };
        if (!s.is_human()) {
            auto add = [&](const PeriodResult& r) {
                t.rows.push_back({sc.file, pr.entities[e], period_name(sc, r.year), opt(r.funded_by_entity[e]),
                                  opt(r.executed_by_entity[e]), format_money(r.need_by_entity[e], s)});
            };
            for (const PeriodResult& r : pr.years) add(r);
            add(pr.cumulative);
        } else {
            const PeriodResult& c = pr.cumulative;
            t.rows.push_back({pr.entities[e], opt(c.funded_by_entity[e]), opt(c.executed_by_entity[e]),
                              format_money(c.need_by_entity[e], s),
                              c.funded_by_entity[e] ? format_money(c.need_by_entity[e] - *c.funded_by_entity[e], s)
                                                    : not_applicable_text(s)});
        }
    }
    if (s.is_human()) t.notes.emplace_back(tr("sim.entities_note", s.lang));
    return t;
}

Table needs_table(const SimulationRun& run, const Style& s) {
    const Scenario& sc = *run.scenario;
    Table t;
    t.title = tr("sim.needs_title", s.lang);
    if (!s.is_human()) {
        t.headers = {"scenario", "need", "axis", "entity", "year", "cost"};
        for (size_t k = 0; k < sc.needs.size(); ++k) {
            const Need& n = sc.needs[k];
            for (const PeriodResult& r : run.central.years)
                t.rows.push_back({sc.file, n.id, std::string(to_string(n.axis)), n.entity, std::to_string(r.year),
                                  format_money(r.need_by_line[k], s)});
            t.rows.push_back({sc.file, n.id, std::string(to_string(n.axis)), n.entity, period_name(sc, 0),
                              format_money(run.central.cumulative.need_by_line[k], s)});
        }
        return t;
    }
    t.headers = words(s.lang, {"sim.h.need", "sim.h.axis", "sim.h.entity"});
    for (const PeriodResult& r : run.central.years) t.headers.push_back(std::to_string(r.year));
    t.headers.push_back(period_name(sc, 0));
    t.right_aligned = std::vector<bool>(t.headers.size(), true);
    t.right_aligned[0] = t.right_aligned[1] = t.right_aligned[2] = false;
    for (size_t k = 0; k < sc.needs.size(); ++k) {
        Row row{sc.needs[k].id, enum_words("axis.", sc.needs[k].axis, s.lang), sc.needs[k].entity};
        for (const PeriodResult& r : run.central.years) row.push_back(format_money(r.need_by_line[k], s));
        row.push_back(format_money(run.central.cumulative.need_by_line[k], s));
        t.rows.push_back(row);
    }
    return t;
}

/// The horizon's need and gap (need - funded) three ways, each named for what it is: the central
/// case (every uncertain input at its mode), the Monte Carlo median (P50, nearest rank) and mean
/// (the trials' totals summed and divided by their count, half-up to the céntimo: docs/numerics.md).
/// The central case alone sits low in the trials' spread when the costs are skewed to the right.
Table headline_table(const SimulationRun& run, const Style& s) {
    const Scenario& sc = *run.scenario;
    const PeriodSummary& horizon = run.monte_carlo->periods.back();
    std::string period = period_name(sc, horizon.year);
    Table t;
    t.title = trf("sim.headline_title", s.lang, period);
    if (!s.is_human())
        t.headers = {"scenario", "period", "figure", "central_modes", "p50", "mean"};
    else
        t.headers = words(s.lang, {"sim.h.figure", "sim.h.central_modes", "sim.h.median", "sim.h.mean"});
    t.right_aligned = std::vector<bool>(t.headers.size(), s.is_human());
    if (s.is_human()) t.right_aligned[0] = false;
    const PeriodResult& central = run.central.cumulative;
    for (Metric m : {Metric::need, Metric::gap_funded}) {
        const Summary& x = horizon.metrics[static_cast<size_t>(m)];
        Money mode = m == Metric::need ? central.need : central.need - central.funded;
        Row row{s.is_human() ? enum_words("metric.", m, s.lang) : std::string(to_string(m)), format_money(mode, s),
                format_money(x.p50, s), format_money(x.mean, s)};
        if (!s.is_human()) row.insert(row.begin(), {sc.file, period});
        t.rows.push_back(row);
    }
    if (s.is_human()) t.notes = {trf("sim.headline_note", s.lang, format_count(run.monte_carlo->trials, s))};
    return t;
}

Table monte_carlo_table(const SimulationRun& run, const Presentation& p, const Style& s) {
    const Scenario& sc = *run.scenario;
    const MonteCarloResult& mc = *run.monte_carlo;
    Table t;
    t.title = trf("sim.mc_title", s.lang, format_count(mc.trials, s), mc.seed);
    if (!s.is_human())
        t.headers = {"scenario", "period", "figure", "p5", "p10", "p50", "p90", "p95", "mean", "trials", "seed"};
    else
        t.headers = {std::string(tr("sim.h.period", s.lang)), std::string(tr("sim.h.figure", s.lang)), "P5", "P10", "P50",
                     "P90", "P95", std::string(tr("sim.h.mean", s.lang))};
    t.right_aligned = std::vector<bool>(t.headers.size(), s.is_human());
    if (s.is_human()) t.right_aligned[0] = t.right_aligned[1] = false;
    for (const PeriodSummary& ps : mc.periods) {
        for (int m = 0; m < metric_count; ++m) {
            const Summary& x = ps.metrics[static_cast<size_t>(m)];
            std::string metric = s.is_human() ? enum_words("metric.", static_cast<Metric>(m), s.lang)
                                              : std::string(to_string(static_cast<Metric>(m)));
            Row row{period_name(sc, ps.year), metric, format_money(x.p5, s),
                    format_money(x.p10, s), format_money(x.p50, s), format_money(x.p90, s), format_money(x.p95, s),
                    format_money(x.mean, s)};
            if (!s.is_human()) {
                row.insert(row.begin(), sc.file);
                row.push_back(std::to_string(mc.trials));
                row.push_back(std::to_string(mc.seed));
            }
            t.rows.push_back(row);
        }
    }
    if (s.is_human()) {
        std::string funded(tr("sim.p_funded", s.lang)), executed(tr("sim.p_executed", s.lang));
        for (const PeriodSummary& ps : mc.periods) {
            auto pct = [&](long k) {
                return format_percent(Ratio::of(BigInt(k), BigInt(mc.trials))->times(100), p.percent_places, p.mode, s);
            };
            funded += fmt::format(" {} {};", period_name(sc, ps.year), pct(ps.funded_covers_need));
            executed += fmt::format(" {} {};", period_name(sc, ps.year), pct(ps.executed_covers_need));
        }
        funded.back() = '.';
        executed.back() = '.';
        t.notes = {funded, executed, trf("sim.percentiles_note", s.lang, period_name(sc, 0))};
    }
    return t;
}

Table probability_table(const SimulationRun& run, const Presentation& p) {
    const Scenario& sc = *run.scenario;
    const MonteCarloResult& mc = *run.monte_carlo;
    Table t;
    t.headers = {"scenario", "period", "trials", "funded_covers_need", "executed_covers_need", "p_funded_covers_need_pct",
                 "p_executed_covers_need_pct"};
    for (const PeriodSummary& ps : mc.periods) {
        auto pct = [&](long k) {
            return format_percent(Ratio::of(BigInt(k), BigInt(mc.trials))->times(100), p.percent_places, p.mode,
                                  Style::machine);
        };
        t.rows.push_back({sc.file, period_name(sc, ps.year), std::to_string(mc.trials),
                          std::to_string(ps.funded_covers_need), std::to_string(ps.executed_covers_need),
                          pct(ps.funded_covers_need), pct(ps.executed_covers_need)});
    }
    return t;
}

/// The sensitivity of one target's horizon gap: the funding gap (need - funded) ranked as
/// `run.sensitivity`, or the spending gap (need - expected executed) as `run.spending_sensitivity`.
Table sensitivity_table(const SimulationRun& run, const Presentation& p, const Style& s,
                        SensitivityTarget target = SensitivityTarget::gap_funded) {
    const Scenario& sc = *run.scenario;
    const bool funded = target == SensitivityTarget::gap_funded;
    Table t;
    t.title = trf(funded ? "sim.sens_title" : "sim.sens_spend_title", s.lang, period_name(sc, 0));
    if (!s.is_human())
        t.headers = {"scenario", "rank", "input", "central", "low_p10", "high_p90", "gap_at_low", "gap_at_high", "swing"};
    else
        t.headers = {"#",
                     std::string(tr("sim.h.input", s.lang)),
                     std::string(tr("sim.h.central", s.lang)),
                     std::string(tr("sim.h.low", s.lang)),
                     std::string(tr("sim.h.high", s.lang)),
                     std::string(tr("sim.h.gap_low", s.lang)),
                     std::string(tr("sim.h.gap_high", s.lang)),
                     std::string(tr("sim.h.swing", s.lang))};
    t.right_aligned = std::vector<bool>(t.headers.size(), s.is_human());
    if (s.is_human()) t.right_aligned[1] = false;
    // For people an input reads "4,163,035.91", not the micro-unit "4163035.909196".
    auto input = [&](std::int64_t micro) { return s.is_human() ? input_text(micro, p, s) : micro_text(micro); };
    int rank = 0;
    for (const SensitivityRow& r : funded ? run.sensitivity : run.spending_sensitivity) {
        Row row{std::to_string(++rank), s.is_human() ? input_label_text(r.label, s.lang) : r.label, input(r.central), input(r.low), input(r.high),
                format_money(r.at_low(target), s), format_money(r.at_high(target), s), format_money(r.swing(target), s)};
        if (!s.is_human()) row.insert(row.begin(), sc.file);
        t.rows.push_back(row);
    }
    if (s.is_human()) t.notes.push_back(trf("sim.sens_note", s.lang, enum_words("rounding.", p.mode, s.lang)));
    // A cut whose probability is below 50% does not happen in the central case, so its share
    // swings nothing here: say so, and where the cut's weight shows.
    const auto& rules = sc.funding;
    if (s.is_human() && std::any_of(rules.begin(), rules.end(), [](const FundingRule& r) { return r.cut_risk.has_value(); }))
        t.notes.push_back(std::string(tr("sim.sens_cut_note", s.lang)));
    return t;
}

Table spending_sensitivity_table(const SimulationRun& run, const Presentation& p, const Style& s) {
    return sensitivity_table(run, p, s, SensitivityTarget::gap_executed);
}

Table side_by_side(const std::vector<SimulationRun>& runs, const Presentation& p, const Style& s) {
    Table t;
    t.title = tr("sim.side_title", s.lang);
    t.headers = words(s.lang, {"sim.h.scenario", "sim.h.funded", "sim.h.executed", "sim.h.need", "sim.h.need_funded",
                               "sim.h.coverage", "sim.h.p_covers"});
    t.right_aligned = std::vector<bool>(t.headers.size(), true);
    t.right_aligned[0] = false;
    for (const SimulationRun& r : runs) {
        const PeriodResult& c = r.central.cumulative;
        std::string prob = r.monte_carlo ? format_percent(Ratio::of(BigInt(r.monte_carlo->periods.back().funded_covers_need),
                                                                    BigInt(r.monte_carlo->trials))->times(100),
                                                          p.percent_places, p.mode, s)
                                         : std::string(tr("no_trials", s.lang));
        t.rows.push_back({r.scenario->title, format_money(c.funded, s), format_money(c.executed, s),
                          format_money(c.need, s), format_money(c.need - c.funded, s),
                          format_percent(coverage(c.funded, c.need), p.percent_places, p.mode, s), prob});
    }
    return t;
}

std::string head(const SimulationRun& r, const Presentation& p, const Style& people) {
    const Scenario& s = *r.scenario;
    std::string out = trf("sim.head", people.lang, s.title, s.file, s.model_path, s.from, s.to, s.prices_of,
                          s.params.size(), presentation_line(p, people.lang));
    // A base taken from a year whose entity figures are incomplete says which figure it is.
    for (const ModelBase& b : model_bases(s))
        if (std::string w = headline_warning(b.figure, headline_name(s.model), people); !w.empty())
            out += trf("sim.base", people.lang, b.field, w);
    return out;
}

template <class Render>
std::string render_all(const std::vector<SimulationRun>& runs, const Presentation& p, const Style& people,
                       Render render, const std::string& (*wrap_head)(const std::string&), size_t baseline) {
    std::string out;
    if (runs.size() > 1) {
        ScenarioComparison c = compare_scenarios(runs, baseline);
        out += render(side_by_side(runs, p, people)) + "\n";
        out += render(scenarios_per_year_table(c, people)) + "\n";
        out += render(against_baseline_table(c, people)) + "\n";
    }
    for (const SimulationRun& r : runs) {
        out += wrap_head(head(r, p, people)) + "\n";
        out += render(years_table(r, p, people, false)) + "\n";
        out += render(years_table(r, p, people, true)) + "\n";
        if (!r.scenario->needs.empty()) {
            out += render(axes_table(r, people)) + "\n";
            out += render(needs_table(r, people)) + "\n";
        }
        if (r.scopes) out += render(scope_table(r, p, people)) + "\n";
        out += render(entities_table(r, people)) + "\n";
        if (r.monte_carlo) out += render(headline_table(r, people)) + "\n" + render(monte_carlo_table(r, p, people)) + "\n";
        if (!r.sensitivity.empty())
            out += render(sensitivity_table(r, p, people)) + "\n" + render(spending_sensitivity_table(r, p, people)) + "\n";
    }
    return out;
}

const std::string& as_is(const std::string& s) { return s; }

}  // namespace

std::string simulation_text(const std::vector<SimulationRun>& runs, const Presentation& p, const Style& people,
                            size_t width, size_t baseline) {
    return render_all(runs, p, people, [width](const Table& t) { return render_text(t, width); }, as_is, baseline);
}

std::string simulation_markdown(const std::vector<SimulationRun>& runs, const Presentation& p, const Style& people,
                                size_t baseline) {
    std::string out = "# " + std::string(tr("sim.title", people.lang)) + "\n\n";
    if (runs.size() > 1) {
        ScenarioComparison c = compare_scenarios(runs, baseline);
        out += render_markdown(side_by_side(runs, p, people), 2);
        out += render_markdown(scenarios_per_year_table(c, people), 2);
        out += render_markdown(against_baseline_table(c, people), 2);
    }
    for (const SimulationRun& r : runs) {
        out += "## " + markdown_safe(r.scenario->title) + "\n\n" + markdown_safe(head(r, p, people)) + "\n";
        out += render_markdown(years_table(r, p, people, false));
        out += render_markdown(years_table(r, p, people, true));
        if (!r.scenario->needs.empty()) {
            out += render_markdown(axes_table(r, people));
            out += render_markdown(needs_table(r, people));
        }
        if (r.scopes) out += render_markdown(scope_table(r, p, people));
        out += render_markdown(entities_table(r, people));
        if (r.monte_carlo) out += render_markdown(headline_table(r, people)) + render_markdown(monte_carlo_table(r, p, people));
        if (!r.sensitivity.empty())
            out += render_markdown(sensitivity_table(r, p, people)) + render_markdown(spending_sensitivity_table(r, p, people));
    }
    return out;
}

std::vector<NamedTable> simulation_csv_tables(const std::vector<SimulationRun>& runs, const Presentation& p,
                                              size_t baseline) {
    std::vector<NamedTable> out = {{"simulate-years", {}}, {"simulate-axes", {}}, {"simulate-entities", {}},
                                   {"simulate-needs", {}}, {"simulate-montecarlo", {}}, {"simulate-probability", {}},
                                   {"simulate-sensitivity", {}}, {"simulate-headline", {}},
                                   {"simulate-spending-sensitivity", {}}};
    auto append = [](Table& into, const Table& t) {
        into.headers = t.headers;
        into.rows.insert(into.rows.end(), t.rows.begin(), t.rows.end());
    };
    for (const SimulationRun& r : runs) {
        append(out[0].table, years_table(r, p, Style::machine, false));
        append(out[1].table, axes_table(r, Style::machine));
        append(out[2].table, entities_table(r, Style::machine));
        append(out[3].table, needs_table(r, Style::machine));
        if (r.monte_carlo) {
            append(out[4].table, monte_carlo_table(r, p, Style::machine));
            append(out[5].table, probability_table(r, p));
            append(out[7].table, headline_table(r, Style::machine));
        }
        append(out[6].table, sensitivity_table(r, p, Style::machine));
        append(out[8].table, spending_sensitivity_table(r, p, Style::machine));
    }
    if (runs.size() > 1) out.push_back({"simulate-compare", comparison_machine_table(compare_scenarios(runs, baseline))});
    // The gap like for like only when some scenario declares scopes (opt-in: no new file otherwise).
    Table scopes;
    for (const SimulationRun& r : runs)
        if (r.scopes) append(scopes, scope_table(r, p, Style::machine));
    if (!scopes.headers.empty()) out.push_back({"simulate-scopes", std::move(scopes)});
    return out;
}

std::string simulation_json(const std::vector<SimulationRun>& runs, const Presentation& p, size_t baseline) {
    using nlohmann::json;
    json out = json::array();
    // The machine tables write a missing figure as "" (a year's cell of the horizon row) or "n/a"
    // (an undefined ratio, an entity no rule funds), as the CSV files do; JSON writes null
    // (docs/numerics.md). Only figure columns: a name or an id is text whatever it reads.
    auto table_json = [](const Table& t) {
        static constexpr std::array<std::string_view, 10> names = {"scenario", "year",  "period", "axis",  "entity",
                                                                   "need",     "input", "figure", "title", "baseline"};
        json rows = json::array();
        for (const auto& r : t.rows) {
            json row;
            for (size_t i = 0; i < t.headers.size() && i < r.size(); ++i) {
                bool figure = std::find(names.begin(), names.end(), t.headers[i]) == names.end();
                row[t.headers[i]] = figure && (r[i].empty() || r[i] == not_applicable) ? json(nullptr) : json(r[i]);
            }
            rows.push_back(row);
        }
        return rows;
    };
    // With several scenarios each gets its rows of simulate-compare.csv: figures and differences
    // against the baseline.
    std::optional<Table> compared;
    if (runs.size() > 1) compared = comparison_machine_table(compare_scenarios(runs, baseline));
    size_t next_row = 0;
    for (const SimulationRun& r : runs) {
        json j;
        j["scenario"] = {{"file", r.scenario->file}, {"title", r.scenario->title}, {"model", r.scenario->model_path},
                         {"horizon", {r.scenario->from, r.scenario->to}}, {"prices_of", r.scenario->prices_of}};
        j["rounding"] = {{"mode", to_string(p.mode)}, {"percent_places", p.percent_places}};
        j["bases"] = json::array();
        for (const ModelBase& b : model_bases(*r.scenario)) {
            const SeriesYear& y = b.figure;
            json base = {{"field", b.field}, {"year", y.year}, {"origin", to_string(y.origin)},
                         {"amount", y.specific ? json(y.specific->plain()) : json(nullptr)}};
            base.update(headline_json(y));
            j["bases"].push_back(base);
        }
        j["years"] = table_json(years_table(r, p, Style::machine, false));
        j["axes"] = table_json(axes_table(r, Style::machine));
        j["entities"] = table_json(entities_table(r, Style::machine));
        j["needs"] = table_json(needs_table(r, Style::machine));
        if (r.monte_carlo) {
            j["monte_carlo"] = {{"trials", r.monte_carlo->trials}, {"seed", r.monte_carlo->seed},
                                {"headline", table_json(headline_table(r, Style::machine))},
                                {"summaries", table_json(monte_carlo_table(r, p, Style::machine))},
                                {"probabilities", table_json(probability_table(r, p))}};
        }
        j["sensitivity"] = table_json(sensitivity_table(r, p, Style::machine));
        if (compared) {
            // Its rows are the next ones of the table: one per horizon year, and the horizon.
            Table mine{"", compared->headers, {}, {}, {}};
            for (size_t k = 0; k <= r.central.years.size(); ++k) mine.rows.push_back(compared->rows[next_row++]);
            j["comparison"] = {{"baseline", runs[baseline].scenario->file}, {"periods", table_json(mine)}};
        }
        j["spending_sensitivity"] = table_json(spending_sensitivity_table(r, p, Style::machine));
        if (r.scopes) j["scopes"] = table_json(scope_table(r, p, Style::machine));
        out.push_back(j);
    }
    return out.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace veedor

#include "writers/simulate_writer.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "scenario/scenario_rules.hpp"

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

/// The central projection, year by year and for the horizon together.
Table years_table(const SimulationRun& run, const Presentation& p, Style s, bool constant) {
    const Scenario& sc = *run.scenario;
    Table t;
    t.title = constant ? fmt::format("Central case, constant soles of {}", sc.prices_of) : "Central case, current soles";
    if (s == Style::machine) {
        t.headers = {"scenario", "year", "general_budget", "population", "price_index", "funded", "executed", "need",
                     "gap_need_minus_funded", "gap_need_minus_executed", "coverage_pct", "share_of_general_budget_pct",
                     "per_capita", "funded_constant", "executed_constant", "need_constant",
                     "gap_need_minus_funded_constant", "gap_need_minus_executed_constant"};
    } else if (constant) {
        t.headers = {"Year", "Funded", "Expected executed", "Need", "Need - funded", "Need - executed"};
    } else {
        t.headers = {"Year", "General budget", "Funded", "Expected executed", "Need", "Need - funded",
                     "Need - executed", "Coverage", "Share", "Per capita"};
    }
    t.right_aligned = std::vector<bool>(t.headers.size(), s == Style::human);
    if (s == Style::human) t.right_aligned[0] = false;
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
        if (s == Style::machine) {
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
                              r->year ? (per_capita ? "S/ " + format_ratio(per_capita, p.per_capita_places, p.mode)
                                                    : std::string(not_applicable))
                                      : ""});
        }
    }
    if (s == Style::human && !constant)
        t.notes.push_back("Coverage = funded / need. Share = funded / general budget. Per capita = funded / population.");
    return t;
}

Table axes_table(const SimulationRun& run, Style s) {
    const Scenario& sc = *run.scenario;
    Table t;
    t.title = "Need by axis, current soles";
    if (s == Style::machine) {
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
    t.headers = {"Axis"};
    for (const PeriodResult& r : run.central.years) t.headers.push_back(std::to_string(r.year));
    t.headers.push_back(period_name(sc, 0));
    t.right_aligned = std::vector<bool>(t.headers.size(), true);
    t.right_aligned[0] = false;
    for (int a = 0; a < axis_count; ++a) {
        Row row{std::string(to_string(static_cast<Axis>(a)))};
        for (const PeriodResult& r : run.central.years) row.push_back(format_money(r.need_by_axis[static_cast<size_t>(a)], s));
        row.push_back(format_money(run.central.cumulative.need_by_axis[static_cast<size_t>(a)], s));
        t.rows.push_back(row);
    }
    return t;
}

Table entities_table(const SimulationRun& run, Style s) {
    const Scenario& sc = *run.scenario;
    const Projection& pr = run.central;
    Table t;
    t.title = fmt::format("By entity, {}, current soles", period_name(sc, 0));
    if (s == Style::machine) t.headers = {"scenario", "entity", "year", "funded", "executed", "need"};
    else t.headers = {"Entity", "Funded", "Expected executed", "Need", "Need - funded"};
    t.right_aligned = std::vector<bool>(t.headers.size(), s == Style::human);
    if (s == Style::human) t.right_aligned[0] = false;
    for (size_t e = 0; e < pr.entities.size(); ++e) {
        auto opt = [&](const std::optional<Money>& m) { return m ? format_money(*m, s) : std::string(not_applicable); };
        if (s == Style::machine) {
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
                                                    : std::string(not_applicable)});
        }
    }
    if (s == Style::human)
        t.notes.push_back("Funded and executed per entity exist only where a funding rule targets the entity.");
    return t;
}

Table needs_table(const SimulationRun& run, Style s) {
    const Scenario& sc = *run.scenario;
    Table t;
    t.title = "Costed needs, current soles";
    if (s == Style::machine) {
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
    t.headers = {"Need", "Axis", "Entity"};
    for (const PeriodResult& r : run.central.years) t.headers.push_back(std::to_string(r.year));
    t.headers.push_back(period_name(sc, 0));
    t.right_aligned = std::vector<bool>(t.headers.size(), true);
    t.right_aligned[0] = t.right_aligned[1] = t.right_aligned[2] = false;
    for (size_t k = 0; k < sc.needs.size(); ++k) {
        Row row{sc.needs[k].id, std::string(to_string(sc.needs[k].axis)), sc.needs[k].entity};
        for (const PeriodResult& r : run.central.years) row.push_back(format_money(r.need_by_line[k], s));
        row.push_back(format_money(run.central.cumulative.need_by_line[k], s));
        t.rows.push_back(row);
    }
    return t;
}

Table monte_carlo_table(const SimulationRun& run, const Presentation& p, Style s) {
    const Scenario& sc = *run.scenario;
    const MonteCarloResult& mc = *run.monte_carlo;
    Table t;
    t.title = fmt::format("Monte Carlo: {} trials, seed {}, current soles", mc.trials, mc.seed);
    if (s == Style::machine)
        t.headers = {"scenario", "period", "figure", "p5", "p10", "p50", "p90", "p95", "mean", "trials", "seed"};
    else
        t.headers = {"Period", "Figure", "P5", "P10", "P50", "P90", "P95", "Mean"};
    t.right_aligned = std::vector<bool>(t.headers.size(), s == Style::human);
    if (s == Style::human) t.right_aligned[0] = t.right_aligned[1] = false;
    for (const PeriodSummary& ps : mc.periods) {
        for (int m = 0; m < metric_count; ++m) {
            const Summary& x = ps.metrics[static_cast<size_t>(m)];
            Row row{period_name(sc, ps.year), std::string(to_string(static_cast<Metric>(m))), format_money(x.p5, s),
                    format_money(x.p10, s), format_money(x.p50, s), format_money(x.p90, s), format_money(x.p95, s),
                    format_money(x.mean, s)};
            if (s == Style::machine) {
                row.insert(row.begin(), sc.file);
                row.push_back(std::to_string(mc.trials));
                row.push_back(std::to_string(mc.seed));
            }
            t.rows.push_back(row);
        }
    }
    if (s == Style::human) {
        std::string funded = "Probability that funding covers the need:", executed = "Probability that expected execution covers the need:";
        for (const PeriodSummary& ps : mc.periods) {
            auto pct = [&](long k) {
                return format_percent(Ratio::of(BigInt(k), BigInt(mc.trials))->times(100), p.percent_places, p.mode, s);
            };
            funded += fmt::format(" {} {};", period_name(sc, ps.year), pct(ps.funded_covers_need));
            executed += fmt::format(" {} {};", period_name(sc, ps.year), pct(ps.executed_covers_need));
        }
        funded.back() = '.';
        executed.back() = '.';
        t.notes = {funded, executed,
                   "Percentiles by nearest rank; each year and the five-year total are ranked separately."};
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

Table sensitivity_table(const SimulationRun& run, Style s) {
    const Scenario& sc = *run.scenario;
    Table t;
    t.title = fmt::format("Sensitivity of the {} gap (need - funded), current soles", period_name(sc, 0));
    if (s == Style::machine)
        t.headers = {"scenario", "rank", "input", "central", "low_p10", "high_p90", "gap_at_low", "gap_at_high", "swing"};
    else
        t.headers = {"#", "Uncertain input", "Central", "Low (P10)", "High (P90)", "Gap at low", "Gap at high", "Swing"};
    t.right_aligned = std::vector<bool>(t.headers.size(), s == Style::human);
    if (s == Style::human) t.right_aligned[1] = false;
    int rank = 0;
    for (const SensitivityRow& r : run.sensitivity) {
        Row row{std::to_string(++rank), r.label, micro_text(r.central), micro_text(r.low), micro_text(r.high),
                format_money(r.gap_low, s), format_money(r.gap_high, s), format_money(r.swing(), s)};
        if (s == Style::machine) row.insert(row.begin(), sc.file);
        t.rows.push_back(row);
    }
    if (s == Style::human)
        t.notes.push_back("Each input at its P10 and P90 with every other at its central value (the data of a tornado chart).");
    return t;
}

Table side_by_side(const std::vector<SimulationRun>& runs, const Presentation& p, Style s) {
    Table t;
    t.title = "Scenarios side by side, horizon totals, current soles";
    t.headers = {"Scenario", "Funded", "Expected executed", "Need", "Need - funded", "Coverage",
                 "P(funded covers need)"};
    t.right_aligned = std::vector<bool>(t.headers.size(), true);
    t.right_aligned[0] = false;
    for (const SimulationRun& r : runs) {
        const PeriodResult& c = r.central.cumulative;
        std::string prob = r.monte_carlo ? format_percent(Ratio::of(BigInt(r.monte_carlo->periods.back().funded_covers_need),
                                                                    BigInt(r.monte_carlo->trials))->times(100),
                                                          p.percent_places, p.mode, s)
                                         : "no trials";
        t.rows.push_back({r.scenario->title, format_money(c.funded, s), format_money(c.executed, s),
                          format_money(c.need, s), format_money(c.need - c.funded, s),
                          format_percent(coverage(c.funded, c.need), p.percent_places, p.mode, s), prob});
    }
    return t;
}

std::string head(const SimulationRun& r, const Presentation& p) {
    const Scenario& s = *r.scenario;
    std::string out = fmt::format("Scenario: {}\nFile: {}; model: {}; horizon {}-{}; constant soles of {}; {} uncertain "
                                  "inputs\nRounding of presented rates: {}\n",
                                  s.title, s.file, s.model_path, s.from, s.to, s.prices_of, s.params.size(),
                                  presentation_line(p));
    // A base taken from a year whose entity figures are incomplete says which figure it is.
    for (const ModelBase& b : model_bases(s))
        if (std::string w = headline_warning(b.figure, headline_name(s.model)); !w.empty())
            out += "Base (" + b.field + ") " + w + ".\n";
    return out;
}

template <class Render>
std::string render_all(const std::vector<SimulationRun>& runs, const Presentation& p, Render render,
                       const std::string& (*wrap_head)(const std::string&)) {
    std::string out;
    if (runs.size() > 1) out += render(side_by_side(runs, p, Style::human)) + "\n";
    for (const SimulationRun& r : runs) {
        out += wrap_head(head(r, p)) + "\n";
        out += render(years_table(r, p, Style::human, false)) + "\n";
        out += render(years_table(r, p, Style::human, true)) + "\n";
        if (!r.scenario->needs.empty()) {
            out += render(axes_table(r, Style::human)) + "\n";
            out += render(needs_table(r, Style::human)) + "\n";
        }
        out += render(entities_table(r, Style::human)) + "\n";
        if (r.monte_carlo) out += render(monte_carlo_table(r, p, Style::human)) + "\n";
        if (!r.sensitivity.empty()) out += render(sensitivity_table(r, Style::human)) + "\n";
    }
    return out;
}

const std::string& as_is(const std::string& s) { return s; }

}  // namespace

std::string simulation_text(const std::vector<SimulationRun>& runs, const Presentation& p, size_t width) {
    return render_all(runs, p, [width](const Table& t) { return render_text(t, width); }, as_is);
}

std::string simulation_markdown(const std::vector<SimulationRun>& runs, const Presentation& p) {
    std::string out = "# Funding scenarios\n\n";
    if (runs.size() > 1) out += render_markdown(side_by_side(runs, p, Style::human), 2);
    for (const SimulationRun& r : runs) {
        out += "## " + markdown_safe(r.scenario->title) + "\n\n" + markdown_safe(head(r, p)) + "\n";
        out += render_markdown(years_table(r, p, Style::human, false));
        out += render_markdown(years_table(r, p, Style::human, true));
        if (!r.scenario->needs.empty()) {
            out += render_markdown(axes_table(r, Style::human));
            out += render_markdown(needs_table(r, Style::human));
        }
        out += render_markdown(entities_table(r, Style::human));
        if (r.monte_carlo) out += render_markdown(monte_carlo_table(r, p, Style::human));
        if (!r.sensitivity.empty()) out += render_markdown(sensitivity_table(r, Style::human));
    }
    return out;
}

std::vector<NamedTable> simulation_csv_tables(const std::vector<SimulationRun>& runs, const Presentation& p) {
    std::vector<NamedTable> out = {{"simulate-years", {}}, {"simulate-axes", {}}, {"simulate-entities", {}},
                                   {"simulate-needs", {}}, {"simulate-montecarlo", {}}, {"simulate-probability", {}},
                                   {"simulate-sensitivity", {}}};
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
        }
        append(out[6].table, sensitivity_table(r, Style::machine));
    }
    return out;
}

std::string simulation_json(const std::vector<SimulationRun>& runs, const Presentation& p) {
    using nlohmann::json;
    json out = json::array();
    auto table_json = [](const Table& t) {
        json rows = json::array();
        for (const auto& r : t.rows) {
            json row;
            for (size_t i = 0; i < t.headers.size() && i < r.size(); ++i) row[t.headers[i]] = r[i];
            rows.push_back(row);
        }
        return rows;
    };
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
                                {"summaries", table_json(monte_carlo_table(r, p, Style::machine))},
                                {"probabilities", table_json(probability_table(r, p))}};
        }
        j["sensitivity"] = table_json(sensitivity_table(r, Style::machine));
        out.push_back(j);
    }
    return out.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

}  // namespace veedor

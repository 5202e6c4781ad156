// Scenarios compared (issue 15, item 7): figures and differences computed by hand from
// tests/track/plan.yaml and tests/compare/plan-b.yaml (see their comments).
#include "analysis/audit.hpp"
#include "plots/charts_compare.hpp"
#include "plots/charts_track.hpp"
#include "report/brief.hpp"
#include "readers/model_reader.hpp"
#include "readers/scenario_reader.hpp"
#include "scenario/scenario_compare.hpp"
#include "scenario/track.hpp"
#include "writers/scenario_compare_writer.hpp"
#include "writers/simulate_writer.hpp"

#include <doctest/doctest.h>

using namespace veedor;

namespace {

std::string dir() { return std::string(VEEDOR_SOURCE_DIR) + "/tests/"; }
Money sol(long long s) { return Money::from_soles(s); }
bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

struct Compared {
    std::vector<Scenario> scenarios;
    std::vector<SimulationRun> runs;
};

/// plan.yaml then plan-b.yaml, with `trials` Monte Carlo trials (0: none).
Compared two_plans(long trials) {
    Compared out;
    Diagnostics d;
    out.scenarios.push_back(load_scenario(dir() + "track/plan.yaml", d));
    out.scenarios.push_back(load_scenario(dir() + "compare/plan-b.yaml", d));
    REQUIRE_FALSE(d.has_errors());
    SimulationOptions o;
    if (trials) {
        o.trials = trials;
        o.seed = 1;
    }
    o.threads = 1;
    out.runs = simulate_all(out.scenarios, o).runs;
    REQUIRE(out.runs.size() == 2);
    return out;
}

}  // namespace

TEST_CASE("scenario compare: each figure per year and the horizon minus the baseline's") {
    Compared c = two_plans(0);
    ScenarioComparison cmp = compare_scenarios(c.runs, 0);
    REQUIRE(cmp.scenarios.size() == 2);
    const ComparedScenario& b = cmp.scenarios[1];
    REQUIRE(b.periods.size() == 5);  // 2017-2020 and the horizon
    CHECK(b.periods[0].year == 2017);
    CHECK(b.periods[4].year == 0);
    CHECK(b.periods[0].figures.funded == sol(3000));
    CHECK(b.periods[0].figures.executed == sol(2400));
    CHECK(b.periods[0].figures.gap == sol(1000));
    const ComparedFigures& d17 = *b.periods[0].against_baseline;
    CHECK(d17.funded == sol(900));
    CHECK(d17.executed == sol(510));
    CHECK(d17.need == sol(0));
    CHECK(d17.gap == sol(-900));
    const ComparedFigures& d20 = *b.periods[3].against_baseline;
    CHECK(d20.funded == sol(500));
    CHECK(d20.executed == sol(150));
    const ComparedFigures& horizon = *b.periods[4].against_baseline;
    CHECK(horizon.funded == sol(3200));
    CHECK(horizon.executed == sol(1680));
    CHECK(horizon.gap == sol(-3200));
    CHECK_FALSE(horizon.need_p50);  // no trials
    // The baseline against itself: zero.
    CHECK(cmp.scenarios[0].periods[4].against_baseline->funded == sol(0));
}

TEST_CASE("scenario compare: another baseline turns the signs") {
    Compared c = two_plans(0);
    ScenarioComparison cmp = compare_scenarios(c.runs, 1);
    CHECK(cmp.scenarios[0].periods[4].against_baseline->funded == sol(-3200));
    CHECK(cmp.scenarios[0].periods[1].against_baseline->executed == sol(-420));
}

TEST_CASE("scenario compare: the median and mean of the trials beside the central case") {
    Compared c = two_plans(20);
    ScenarioComparison cmp = compare_scenarios(c.runs, 0);
    const ComparedPeriod& h = cmp.scenarios[1].periods[4];
    // Nothing is uncertain: every trial gives the central case.
    CHECK(*h.figures.need_p50 == sol(16000));
    CHECK(*h.figures.need_mean == sol(16000));
    CHECK(*h.figures.gap_p50 == sol(4000));
    CHECK(*h.against_baseline->gap_mean == sol(-3200));
}

TEST_CASE("scenario compare: a horizon of other years is compared year by year only") {
    Compared c = two_plans(0);
    c.scenarios[1].to = 2019;  // a shorter horizon: 2017-2019
    c.runs = simulate_all(c.scenarios, {}).runs;
    ScenarioComparison cmp = compare_scenarios(c.runs, 0);
    const ComparedScenario& b = cmp.scenarios[1];
    REQUIRE(b.periods.size() == 4);
    CHECK(b.periods[2].against_baseline->funded == sol(1000));  // 2019: 3,000 - 2,000
    CHECK_FALSE(b.periods[3].against_baseline);                  // 2017-2019 against 2017-2020
}

TEST_CASE("scenario compare writer: titles for people and files for machines") {
    Compared c = two_plans(0);
    ScenarioComparison cmp = compare_scenarios(c.runs, 0);
    Table t = against_baseline_table(cmp, Style{Style::people, Lang::es, NumberStyle::mef});
    CHECK(t.title == "Frente a la línea de base (Track test plan): escenario menos línea de base, soles corrientes");
    REQUIRE(t.rows.size() == 5);
    CHECK(t.rows[0] == std::vector<std::string>{"Plan B: S/ 3,000 a year", "2017", "+S/\u00A0900.00",
                                                "+S/\u00A0510.00", "S/\u00A00.00", "-S/\u00A0900.00"});
    CHECK(t.rows[4][1] == "2017-2020");
    Table m = comparison_machine_table(cmp);
    REQUIRE(m.rows.size() == 10);
    const auto& row = m.rows[9];
    CHECK(row[0] == dir() + "compare/plan-b.yaml");
    CHECK(row[1] == "Plan B: S/ 3,000 a year");
    CHECK(row[2] == dir() + "track/plan.yaml");
    CHECK(row[3] == "2017-2020");
    CHECK(row[4] == "12000.00");
    CHECK(row[8] == "");  // no trials: no median
    CHECK(row[12] == "3200.00");
    CHECK(row[15] == "-3200.00");
    // simulate --out DIR writes it as simulate-compare.csv, with several scenarios only.
    std::vector<NamedTable> csv = simulation_csv_tables(c.runs, Presentation{});
    CHECK(csv.back().name == "simulate-compare");
    CHECK(has(render_csv(csv.back().table), ",\"Plan B: S/ 3,000 a year\"," + dir() + "track/plan.yaml,2017,"));
    std::vector<SimulationRun> one(c.runs.begin(), c.runs.begin() + 1);
    for (const NamedTable& t : simulation_csv_tables(one, Presentation{})) CHECK(t.name != "simulate-compare");
    Table f = figure_by_year_table(cmp, &ComparedFigures::funded, true, "t", Style::human);
    REQUIRE(f.rows.size() == 1);
    CHECK(f.rows[0] == std::vector<std::string>{"Plan B: S/ 3,000 a year", "+S/ 900.00", "+S/ 800.00", "+S/ 1,000.00",
                                                "+S/ 500.00", "+S/ 3,200.00"});
}

TEST_CASE("scenario overlay chart: every funded path and the actual years as points") {
    Compared c = two_plans(20);
    Diagnostics d;
    Model actual = load_model(dir() + "track/model.yaml", d);
    REQUIRE_FALSE(d.has_errors());
    ChartStyle st;
    st.lang = Lang::es;
    Chart chart = overlay_chart(c.runs, 1, track(c.runs, actual), st);
    CHECK(chart.name == "11-scenarios-overlay");
    CHECK(has(chart.script, "'Necesidad de la línea de base: Plan B: S/ 3,000 a year'"));
    CHECK(has(chart.script, "title 'Track test plan'"));
    CHECK(has(chart.script, "title 'Asignación real'"));
    CHECK(has(chart.data, "# year\tneed (central)\tneed P10\tneed P90\tactual allocation\tactual execution\t"
                          "funded: Track test plan\tfunded: Plan B: S/ 3,000 a year\n"));
    CHECK(has(chart.data, "\n2017\t4000.00\t4000.00\t4000.00\t2000.00\t"));
    CHECK(has(chart.data, "\t2100.00\t3000.00\n"));
    // Without actual years, no point and no legend entry for them.
    Chart bare = overlay_chart(c.runs, 0, Tracking{}, st);
    CHECK_FALSE(has(bare.script, "Asignación real"));
    CHECK(has(bare.data, "\n2020\t4000.00\t4000.00\t4000.00\t?\t?\t2500.00\t3000.00\n"));
}

TEST_CASE("a theme colours the overlay and the plan-against-actual charts") {
    Compared c = two_plans(20);
    Diagnostics d;
    Model actual = load_model(dir() + "track/model.yaml", d);
    REQUIRE_FALSE(d.has_errors());
    ChartStyle st;
    st.theme.need = {0x7b2cbf};
    st.theme.central = {0x222222};
    st.theme.executed = {{0xe76f51}};
    st.theme.scenarios = {{0x264653}, {0x2a9d8f}};
    Tracking t = track(c.runs, actual);
    Chart overlay = overlay_chart(c.runs, 1, t, st);
    CHECK(has(overlay.script, "using 1:3:4 with filledcurves lc rgb '#7b2cbf' title 'Need, P10-P90'"));
    CHECK(has(overlay.script, "using 1:2 with lines lw 2 dt 2 lc rgb '#7b2cbf'"));
    CHECK(has(overlay.script, "pt 7 ps 1.2 lc rgb '#264653' title 'Track test plan'"));
    CHECK(has(overlay.script, "pt 5 ps 1.2 lc rgb '#2a9d8f' title 'Plan B: S/ 3,000 a year'"));
    CHECK(has(overlay.script, "pt 4 ps 1.8 lw 2 lc rgb '#222222' title 'Actual allocation'"));
    std::optional<Chart> plan = track_chart(t, st);
    REQUIRE(plan);
    // The need is the theme's need colour here too (it was executed orange, a second meaning).
    CHECK(has(plan->script, "using 1:2 with lines lw 2 dt 2 lc rgb '#7b2cbf'"));
    CHECK(has(plan->script, "using 1:11 with lines lw 2 lc rgb '#264653'"));
    CHECK(has(plan->script, "using 1:12 with lines lw 2 lc rgb '#2a9d8f'"));
    CHECK(has(plan->script, "using 1:5:6:7 with yerrorbars pt 7 ps 1.5 lc rgb '#222222'"));
    CHECK(has(plan->script, "using 1:8:9:10 with yerrorbars pt 5 ps 1.3 lc rgb '#e76f51'"));
}

TEST_CASE("the brief compares several scenarios year by year in both languages") {
    Compared c = two_plans(0);
    Diagnostics d;
    Model m = load_model(dir() + "track/model.yaml", d);
    REQUIRE_FALSE(d.has_errors());
    std::string es = render_markdown(build_brief(m, audit(m, RoundingMode::half_up), c.runs, {}, Lang::es, Presentation{}));
    CHECK(has(es, "### Brecha (necesidad - financiado) menos la de Track test plan, por año, soles corrientes\n\n"
                  "| Escenario | 2017 | 2018 | 2019 | 2020 | 2017-2020 |\n"));
    CHECK(has(es, "| Plan B: S/ 3,000 a year | -S/\u00A0900.00 | -S/\u00A0800.00 | -S/\u00A01,000.00 | -S/\u00A0500.00 | "
                  "-S/\u00A03,200.00 |"));
    std::string en = render_markdown(build_brief(m, audit(m, RoundingMode::half_up), c.runs, {}, Lang::en, Presentation{}));
    CHECK(has(en, "### Gap (need - funded) minus that of Track test plan, per year, current soles\n"));
    CHECK(has(en, "| Plan B: S/ 3,000 a year | -S/ 900.00 | -S/ 800.00 | -S/ 1,000.00 | -S/ 500.00 | -S/ 3,200.00 |"));
    // One scenario: nothing to compare.
    std::vector<SimulationRun> one(c.runs.begin(), c.runs.begin() + 1);
    CHECK_FALSE(has(render_markdown(build_brief(m, audit(m, RoundingMode::half_up), one, {}, Lang::en, Presentation{})),
                    "minus that of"));
}

TEST_CASE("the brief compares against the baseline report --baseline names in both languages") {
    Compared c = two_plans(0);
    Diagnostics d;
    Model m = load_model(dir() + "track/model.yaml", d);
    REQUIRE_FALSE(d.has_errors());
    // Plan B (S/ 3,000 a year) as the baseline: the track plan funds S/ 900, 800, 1,000 and 500
    // less, so its gap is that much larger (simulate --baseline plan-b gives the same).
    std::string en =
        render_markdown(build_brief(m, audit(m, RoundingMode::half_up), c.runs, {}, Lang::en, Presentation{}, 1));
    CHECK(has(en, "Year by year, against the baseline, Plan B: S/ 3,000 a year (the first scenario unless --baseline names another)"));
    CHECK(has(en, "### Gap (need - funded) minus that of Plan B: S/ 3,000 a year, per year, current soles\n"));
    CHECK(has(en, "| Track test plan | +S/ 900.00 | +S/ 800.00 | +S/ 1,000.00 | +S/ 500.00 | +S/ 3,200.00 |"));
    CHECK_FALSE(has(en, "| Plan B: S/ 3,000 a year | -S/ 900.00"));
    std::string es =
        render_markdown(build_brief(m, audit(m, RoundingMode::half_up), c.runs, {}, Lang::es, Presentation{}, 1));
    CHECK(has(es, "### Brecha (necesidad - financiado) menos la de Plan B: S/ 3,000 a year, por año, soles corrientes\n"));
    CHECK(has(es, "| Track test plan | +S/\u00A0900.00 | +S/\u00A0800.00 | +S/\u00A01,000.00 | +S/\u00A0500.00 | +S/\u00A03,200.00 |"));
}

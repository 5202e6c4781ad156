// The outputs of `veedor simulate`: JSON (null where a figure does not exist, docs/numerics.md)
// and Markdown. The scenario is the costed-needs case of test_scenario.cpp, figures by hand.
#include "scenario/projection.hpp"
#include "writers/simulate_writer.hpp"
#include "scenario_fixture.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

using namespace veedor;

namespace {

// Funded 2,000.00 a year (the 2016 level, flat) for the total, no rule for entity A; needs
// 2,200.00, 3,631.00 and 5,324.00 in current soles (test_scenario.cpp), 11,155.00 in all.
const char* const costed =
    "funding:\n  - {target: total, flat: {base-year: 2016}}\n"
    "needs:\n  - id: places\n    activity: \"Shelter places\"\n    axis: protection\n    entity: A\n    unit: \"place-year\"\n"
    "    quantity: {path: {start-year: 2016, start: 10, target: 40, by: 2019}, assumption: x}\n"
    "    unit-cost: {value: 100, assumption: x}\n"
    "  - id: talks\n    activity: \"Talks\"\n    axis: prevention\n    entity: A\n    unit: \"talk\"\n"
    "    quantity: {per-year: [{year: 2018, value: 2.5}], assumption: x}\n"
    "    unit-cost: {value: 0.333333, assumption: x}\n";

struct Run {
    Scenario scenario;
    SimulationRun run;
};

Run costed_run() {
    Diagnostics d;
    Run r{test::load(costed, d), {}};
    REQUIRE_FALSE(d.has_errors());
    Projector p(r.scenario);
    r.run.central = p.evaluate(p.central_values());
    return r;
}

}  // namespace

TEST_CASE("simulate JSON writes null for a figure that does not exist") {
    Run r = costed_run();
    r.run.scenario = &r.scenario;
    nlohmann::json j = nlohmann::json::parse(simulation_json({r.run}, Presentation{}));
    REQUIRE(j.size() == 1);
    const nlohmann::json& s = j[0];
    // No rule funds entity A: its funded and executed do not exist; its need does.
    REQUIRE(s["entities"].size() == 4);  // 2017, 2018, 2019 and the horizon
    const nlohmann::json& a = s["entities"][3];
    CHECK(a["entity"] == "A");
    CHECK(a["year"] == "2017-2019");
    CHECK(a["funded"].is_null());
    CHECK(a["executed"].is_null());
    CHECK(a["need"] == "11155.00");
    // The horizon row has no general budget, population, price index, share or per capita.
    REQUIRE(s["years"].size() == 4);
    const nlohmann::json& h = s["years"][3];
    CHECK(h["year"] == "2017-2019");
    CHECK(h["funded"] == "6000.00");
    CHECK(h["gap_need_minus_funded"] == "5155.00");
    CHECK(h["general_budget"].is_null());
    CHECK(h["population"].is_null());
    CHECK(h["price_index"].is_null());
    CHECK(h["share_of_general_budget_pct"].is_null());
    CHECK(h["per_capita"].is_null());
    // 2017: 2,000.00 of a general budget of 3,000,000.00 is 0.0667%; 110 people: 18.1818 each.
    const nlohmann::json& y = s["years"][0];
    CHECK(y["general_budget"] == "3000000.00");
    CHECK(y["share_of_general_budget_pct"] == "0.0667");
    CHECK(y["per_capita"] == "18.1818");
    CHECK(y["coverage_pct"] == "90.91");  // 2,000 / 2,200
    std::string text = j.dump();
    CHECK(text.find("\"n/a\"") == std::string::npos);
    CHECK(text.find("\"\"") == std::string::npos);
}

TEST_CASE("simulate Markdown: the scenario heading and its tables") {
    Run r = costed_run();
    r.run.scenario = &r.scenario;
    std::string md = simulation_markdown({r.run}, Presentation{});
    CHECK(md.rfind("# Funding scenarios\n\n## Test\n\n", 0) == 0);
    CHECK(md.find("| 2017 | S/ 3,000,000.00 | S/ 2,000.00 | S/ 2,000.00 | S/ 2,200.00 | S/ 200.00 | S/ 200.00 | 90.91% "
                  "| 0.0667% | S/ 18.1818 |\n") != std::string::npos);
    CHECK(md.find("| 2017-2019 |  | S/ 6,000.00 | S/ 6,000.00 | S/ 11,155.00 | S/ 5,155.00 | S/ 5,155.00 | 53.79% |  |  |\n") !=
          std::string::npos);
    CHECK(md.find("| A | n/a | n/a | S/ 11,155.00 | n/a |\n") != std::string::npos);
}

namespace {

// Three trials whose five-year need totals are 11,155.00 (the central case), 12,000.00 and
// 13,000.02, funding fixed at 6,000.00: gaps 5,155.00, 6,000.00 and 7,000.02. Median by nearest
// rank: rank ceil(0.5 × 3) = 2, so 12,000.00 and 6,000.00. Mean: 36,155.02 / 3 = 12,051.6733…
// and 18,155.02 / 3 = 6,051.6733…, half-up to the céntimo 12,051.67 and 6,051.67.
Run with_three_trials() {
    Run r = costed_run();
    r.run.scenario = &r.scenario;
    MonteCarloResult mc;
    mc.trials = 3;
    mc.seed = 1;
    PeriodSummary horizon;
    horizon.metrics[static_cast<size_t>(Metric::need)].p50 = Money::from_cents(1'200'000);
    horizon.metrics[static_cast<size_t>(Metric::need)].mean = Money::from_cents(1'205'167);
    horizon.metrics[static_cast<size_t>(Metric::gap_funded)].p50 = Money::from_cents(600'000);
    horizon.metrics[static_cast<size_t>(Metric::gap_funded)].mean = Money::from_cents(605'167);
    mc.periods.push_back(horizon);
    r.run.monte_carlo = mc;
    return r;
}

}  // namespace

TEST_CASE("simulate shows the central case beside the trials' median and mean in every output") {
    Run r = with_three_trials();
    std::string text = simulation_text({r.run}, Presentation{}, Style::human, 200);
    CHECK(text.find("Need and gap, 2017-2019, three ways, current soles\n") != std::string::npos);
    CHECK(text.find("Central case (modes)") != std::string::npos);
    CHECK(text.find("Median (P50)") != std::string::npos);
    CHECK(text.find("need                         S/ 11,155.00  S/ 12,000.00  S/ 12,051.67\n") != std::string::npos);
    CHECK(text.find("gap (need - funded)           S/ 5,155.00   S/ 6,000.00   S/ 6,051.67\n") != std::string::npos);
    CHECK(text.find("Central case: every uncertain input at its mode. Median and mean: of the 3 trials' totals; the "
                    "mean is their sum divided by their count, rounded half-up to the céntimo.") != std::string::npos);
    std::string md = simulation_markdown({r.run}, Presentation{});
    CHECK(md.find("| need | S/ 11,155.00 | S/ 12,000.00 | S/ 12,051.67 |\n") != std::string::npos);
    CHECK(md.find("| gap (need - funded) | S/ 5,155.00 | S/ 6,000.00 | S/ 6,051.67 |\n") != std::string::npos);
    Style es{Style::people, Lang::es, NumberStyle::mef};
    std::string spanish = simulation_text({r.run}, Presentation{}, es, 200);
    CHECK(spanish.find("Necesidad y brecha, 2017-2019, de tres maneras, soles corrientes\n") != std::string::npos);
    CHECK(spanish.find("Caso central (modas)") != std::string::npos);
    CHECK(spanish.find("Mediana (P50)") != std::string::npos);
    nlohmann::json j = nlohmann::json::parse(simulation_json({r.run}, Presentation{}));
    const nlohmann::json& h = j[0]["monte_carlo"]["headline"];
    REQUIRE(h.size() == 2);
    CHECK(h[0]["period"] == "2017-2019");
    CHECK(h[0]["figure"] == "need");
    CHECK(h[0]["central_modes"] == "11155.00");
    CHECK(h[0]["p50"] == "12000.00");
    CHECK(h[0]["mean"] == "12051.67");
    CHECK(h[1]["figure"] == "gap (need - funded)");
    CHECK(h[1]["central_modes"] == "5155.00");
    CHECK(h[1]["p50"] == "6000.00");
    CHECK(h[1]["mean"] == "6051.67");
    std::vector<NamedTable> csv = simulation_csv_tables({r.run}, Presentation{});
    auto headline = std::find_if(csv.begin(), csv.end(), [](const NamedTable& t) { return t.name == "simulate-headline"; });
    REQUIRE(headline != csv.end());
    REQUIRE(headline->table.rows.size() == 2);
    CHECK(headline->table.headers == std::vector<std::string>{"scenario", "period", "figure", "central_modes", "p50", "mean"});
    CHECK(headline->table.rows[0][3] == "11155.00");
    CHECK(headline->table.rows[0][5] == "12051.67");
}

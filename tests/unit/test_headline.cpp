// The headline rule (docs/methodology.md): the national figure of a year whose entity figures are
// incomplete is the printed total, with the partial sum and its coverage beside it, or else the
// partial sum marked partial; never silently a partial sum. Figures computed by hand.
#include "analysis/audit.hpp"
#include "analysis/compare.hpp"
#include "writers/compare_writer.hpp"
#include "readers/model_reader.hpp"
#include "series_csv.hpp"
#include "readers/scenario_reader.hpp"
#include "writers/simulate_writer.hpp"
#include "report/brief.hpp"
#include "scenario/projection.hpp"
#include "scenario/scenario_rules.hpp"
#include "plots/charts.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace veedor;

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

/// The report's model with 2017 figures for MININTER (3,000,000.00) and MIMP (2,450,000.00) only.
const Model& two_ministries() {
    static const Model model = [] {
        Diagnostics d;
        Model m = load_model(std::string(VEEDOR_SOURCE_DIR) + "/tests/years/model-2017-two-ministries.yaml", d);
        REQUIRE_FALSE(d.has_errors());
        return m;
    }();
    return model;
}

const SeriesYear& year_of(const std::vector<SeriesYear>& series, int year) {
    auto it = std::find_if(series.begin(), series.end(), [&](const SeriesYear& s) { return s.year == year; });
    REQUIRE(it != series.end());
    return *it;
}

/// A and B in the headline group: 2015 both (100.00 + 300.00), 2016 only A (150.00), 2017 both
/// (200.00 + 300.00). No printed total. General budget 1,000,000.00 every year, population 10.
Model small(const std::string& published = "") {
    std::string text = R"(format: veedor-model/1
title: "Small"
currency: PEN
headline: all
years:
  - {year: 2015, general-budget: 1000000.00, population: 10}
  - {year: 2016, general-budget: 1000000.00, population: 10}
  - {year: 2017, general-budget: 1000000.00, population: 10}
sources:
  - {id: press, title: "Press"}
groups:
  - {id: all, name: "Ministries"}
entities:
  - id: A
    name: "A"
    level: national
    kind: ministry
    groups: [all]
    figures:
      - {year: 2015, allocated: 100.00, executed: 50.00}
      - {year: 2016, allocated: 150.00, executed: 60.00}
      - {year: 2017, allocated: 200.00, executed: 70.00}
  - id: B
    name: "B"
    level: national
    kind: ministry
    groups: [all]
    figures:
      - {year: 2015, allocated: 300.00, executed: 90.00}
      - {year: 2017, allocated: 300.00, executed: 90.00}
)" + published;
    Diagnostics d;
    Model m = load_model_text(text, "small.yaml", d);
    REQUIRE_MESSAGE(!d.has_errors(), (d.all().empty() ? "" : d.all().front().str()));
    return m;
}

}  // namespace

TEST_CASE("a year with figures for 2 of 15 sectors keeps the printed total as its national figure") {
    std::vector<SeriesYear> series = national_series(two_ministries());
    const SeriesYear& y = year_of(series, 2017);
    CHECK(y.origin == SeriesOrigin::published_total);
    CHECK(y.specific->plain() == "3224738.00");
    CHECK(y.entity_sum->plain() == "5450000.00");  // 3,000,000.00 + 2,450,000.00
    CHECK(y.with_figure == 2);
    CHECK(y.members == 15);
    CHECK(y.incomplete());
    CHECK(y.printed_source == "series-table");
    CHECK(y.change->plain() == "-3260311.50");  // 3,224,738.00 - 6,485,049.50, as without the two figures
    CHECK_FALSE(y.executed.has_value());
    // The complete years are untouched.
    CHECK(year_of(series, 2016).origin == SeriesOrigin::breakdown);
    CHECK(year_of(series, 2016).specific->plain() == "6485049.50");
    CHECK_FALSE(year_of(series, 2016).incomplete());
}

TEST_CASE("without a printed total a partial year is the partial sum and has no change") {
    std::vector<SeriesYear> series = national_series(small());
    const SeriesYear& y = year_of(series, 2016);
    CHECK(y.origin == SeriesOrigin::partial_sum);
    CHECK(y.specific->plain() == "150.00");
    CHECK(y.entity_sum->plain() == "150.00");
    CHECK(y.with_figure == 1);
    CHECK(y.members == 2);
    CHECK_FALSE(y.change.has_value());                             // against 2015's 400.00: coverage, not budget
    CHECK(round_ratio(*y.share, 6, RoundingMode::half_up).plain() == "0.015000");  // 150 / 1,000,000 in %
    CHECK_FALSE(year_of(series, 2017).change.has_value());          // 500.00 against a partial 150.00
    CHECK(year_of(series, 2017).origin == SeriesOrigin::breakdown);
    CHECK(year_of(series, 2015).specific->plain() == "400.00");
}

TEST_CASE("a printed total of a partial year wins over the partial sum") {
    Model m = small(R"(published:
  - source: press
    figures:
      - {year: 2016, measure: allocated, total-of: all, amount: 420.00}
)");
    const SeriesYear y = year_of(national_series(m), 2016);
    CHECK(y.origin == SeriesOrigin::published_total);
    CHECK(y.specific->plain() == "420.00");
    CHECK(y.entity_sum->plain() == "150.00");
    CHECK(y.change->plain() == "20.00");  // 420.00 - 400.00
    CHECK(y.printed_source == "press");
}

TEST_CASE("the warning and the coverage words name the figure and what it is not") {
    const SeriesYear y = year_of(national_series(two_ministries()), 2017);
    CHECK(coverage_words(y, "Sectors") == "2 of 15 sectors");
    CHECK(headline_warning(y, "Sectors") ==
          "2017: only 2 of 15 sectors have a figure; the national figure is the printed total S/ 3,224,738.00 "
          "(series-table), not their partial sum S/ 5,450,000.00");
    const SeriesYear partial = year_of(national_series(small()), 2016);
    CHECK(headline_warning(partial, "Ministries") ==
          "2016: only 1 of 2 ministries have a figure and no total was printed; the national figure is their "
          "partial sum S/ 150.00, marked partial");
    CHECK(headline_warning(year_of(national_series(small()), 2017), "Ministries").empty());
}

TEST_CASE("the series table marks a partial sum in text and in its CSV and JSON columns") {
    Model m = small();
    Comparison c = compare(m);
    std::string text = comparison_text(c, m, Presentation{});
    CHECK(has(text, "S/ 150.00 (partial)"));
    CHECK(has(text, "PARTIAL: 1 of 2 ministries"));
    CHECK(has(text, "2016: only 1 of 2 ministries have a figure and no total was printed;"));
    std::string csv = series_csv(c);
    CHECK(has(csv, ",entity_sum,members_with_figure,members,partial,share_note,per_capita_note\r\n"));
    CHECK(has(csv, "2016,150.00,partial-sum,60.00,1000000.00,0.0150,n/a,n/a,10,15.0000,,150.00,1,2,true,,\r\n"));
    CHECK(has(csv, "2015,400.00,breakdown,140.00,1000000.00,0.0400,n/a,n/a,10,40.0000,,400.00,2,2,false,,\r\n"));
    std::string json = comparison_json(c, m, Presentation{});
    CHECK(has(json, "\"origin\": \"partial-sum\""));
    CHECK(has(json, "\"partial\": true"));
    CHECK(has(json, "\"with_figure\": 1"));
}

TEST_CASE("the series table of the two-ministry model shows the printed total with the sum beside it") {
    Comparison c = compare(two_ministries());
    std::string text = comparison_text(c, two_ministries(), Presentation{});
    CHECK(has(text, "printed total; entities 2 of 15 sectors"));
    CHECK(has(text, "not their partial sum S/ 5,450,000.00."));
    std::string json = comparison_json(c, two_ministries(), Presentation{});
    CHECK(has(json, "\"entity_sum\": \"5450000.00\""));
    CHECK(has(json, "\"printed_source\": \"series-table\""));
}

TEST_CASE("the brief's headline keeps the printed 2017 total and says what the entity figures add up to") {
    const Model& m = two_ministries();
    std::string md = render_markdown(build_brief(m, audit(m, RoundingMode::half_up), {}, {}, Lang::en, Presentation{}));
    CHECK(has(md, "S/ 3,224,738.00 (printed total; the entity figures, 2 of 15 sectors, add up to only S/ 5,450,000.00)"));
    CHECK_FALSE(has(md, "-15.96"));  // the change a partial sum made up
    CHECK(has(md, "\u2021 2017: only 2 of 15 sectors have a figure; the specific budget shown is the printed total, "
                  "not their sum S/ 5,450,000.00."));
    Model partial = small();
    std::string es = render_markdown(build_brief(partial, audit(partial, RoundingMode::half_up), {}, {}, Lang::es,
                                                 Presentation{}));
    CHECK(has(es, "S/\u00A0150.00 (PARCIAL: la suma de 1 de 2 ministries)"));
}

TEST_CASE("the national series chart labels an incomplete year") {
    auto charts = model_charts(two_ministries(), ChartStyle{});
    auto it = std::find_if(charts.begin(), charts.end(), [](const Chart& c) { return c.name == "3-national-series"; });
    REQUIRE(it != charts.end());
    CHECK(has(it->data, "2017\t3224738.00\t0.002263\t0\tS/ 3.2 million\n"));
    // The label ends at the bar's right edge (2017 + 0.3, half the box width): centred on 2017 it ran past the plot.
    CHECK(has(it->script, "'printed total; entities 2 of 15: S/ 5,450,000.00' at 2017.3, 3224738.00 right front"));
    Model m = small();
    auto small_charts = model_charts(m, ChartStyle{});
    auto s = std::find_if(small_charts.begin(), small_charts.end(),
                          [](const Chart& c) { return c.name == "3-national-series"; });
    CHECK(has(s->data, "2016\t150.00\t0.015000\t2\tS/ 150.00\n"));
    CHECK(has(s->script, "'partial: 1 of 2' at 2016.3, 150.00 right front"));
    CHECK(has(s->script, "title 'Partial sum (some entities lack a figure)'"));
}

TEST_CASE("the bill held flat on the two-ministry model funds the printed 2017 total and names it") {
    Diagnostics d;
    Scenario s = load_scenario(std::string(VEEDOR_SOURCE_DIR) + "/tests/years/bill-2017-flat.yaml", d);
    REQUIRE_FALSE(d.has_errors());
    Projector p(s);
    Projection central = p.evaluate(p.central_values());
    CHECK(central.cumulative.funded.plain() == "16123690.00");  // 5 × 3,224,738.00, not 5 × 5,450,000.00
    std::vector<ModelBase> bases = model_bases(s);
    REQUIRE(bases.size() == 1);
    CHECK(bases[0].field == "base-year");
    CHECK(bases[0].figure.year == 2017);
    CHECK(bases[0].figure.specific->plain() == "3224738.00");
    CHECK(bases[0].figure.with_figure == 2);
    SimulationRun run;
    run.scenario = &s;
    run.central = central;
    CHECK(has(simulation_text({run}, Presentation{}),
              "Base (base-year) 2017: only 2 of 15 sectors have a figure; the national figure is the printed total "
              "S/ 3,224,738.00 (series-table), not their partial sum S/ 5,450,000.00.\n"));
    std::string json = simulation_json({run}, Presentation{});
    CHECK(has(json, "\"field\": \"base-year\""));
    CHECK(has(json, "\"amount\": \"3224738.00\""));
}

TEST_CASE("the audit recomputes nothing from a partial sum and finds no change across it") {
    AuditResult a = audit(two_ministries(), RoundingMode::half_up);
    int checked_2017 = 0;
    for (const Check& c : a.checks) {
        if (c.printed->year != 2017 || c.printed->total_of() != "sectors") continue;
        if (c.printed->measure == Measure::allocated) {
            ++checked_2017;
            CHECK(c.status == CheckStatus::unverifiable);
            CHECK(c.why.reason == Unverifiable::incomplete_breakdown);
        }
        if (c.printed->measure == Measure::share_of_general_budget) {
            ++checked_2017;
            CHECK(c.status == CheckStatus::agrees);  // 3,224,738.00 / 142,471,518,545.00 = 0.0023%
        }
    }
    CHECK(checked_2017 == 2);
    // No mismatch of the printed total and no change made of coverage: in 2017 only the shipped
    // model's finding on the mistyped General Budget remains.
    for (const Finding& f : a.findings)
        if (f.year == 2017) CHECK(f.measure == Measure::general_budget);
    CHECK(a.findings.size() == 20);
    // The shipped model's counts stay: 44 agree, 7 differ, 3 cannot be recomputed; here 2017's
    // printed total cannot be recomputed for another reason, so the counts are the same.
    CHECK(a.count(CheckStatus::agrees) == 44);
    CHECK(a.count(CheckStatus::differs) == 7);
    CHECK(a.count(CheckStatus::unverifiable) == 3);
}

TEST_CASE("a group's change across a year where only some members have a figure is n/a") {
    Model m = small();
    GroupYear t15 = total_of(m, m.members("all"), 2015, nullptr);
    GroupYear t16 = total_of(m, m.members("all"), 2016, &t15);
    GroupYear t17 = total_of(m, m.members("all"), 2017, &t16);
    CHECK(t16.allocated.plain() == "150.00");  // A alone: a partial sum
    CHECK(t16.coverage.reporting == 2);
    CHECK_FALSE(t16.coverage.complete());
    CHECK_FALSE(t16.change.has_value());       // 150.00 - 400.00 would be coverage, not budget
    CHECK_FALSE(t17.change.has_value());
    CHECK(t17.coverage.complete());
    std::string text = comparison_text(compare(m), m, Presentation{});
    CHECK(has(text, "Only 1 of 2 members have a figure: the totals are partial sums."));
}

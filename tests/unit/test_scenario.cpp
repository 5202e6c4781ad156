// Funding rules, execution and costed needs on small scenarios computed by hand.
#include "scenario/projection.hpp"
#include "core/error.hpp"
#include "scenario/scenario_rules.hpp"
#include "peru.hpp"
#include "scenario_fixture.hpp"

#include <doctest/doctest.h>

#include <unistd.h>

using namespace veedor;

namespace {

Projection central(const std::string& body) {
    Diagnostics d;
    static std::vector<Scenario> keep;  // the projection refers to its scenario
    keep.push_back(test::load(body, d));
    std::string all;
    for (const auto& x : d.all()) all += x.str() + "\n";
    REQUIRE_MESSAGE(!d.has_errors(), all);
    Projector p(keep.back());
    return p.evaluate(p.central_values());
}

std::vector<std::string> funded(const Projection& p) {
    std::vector<std::string> out;
    for (const auto& y : p.years) out.push_back(y.funded.plain());
    return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("flat: the base level every year, and constant soles divide by the price index") {
    Projection p = central("funding:\n  - {target: total, flat: {base-year: 2016}}\n");
    CHECK(funded(p) == V{"2000.00", "2000.00", "2000.00"});
    CHECK(p.years[0].price_index_nano == 1'100'000'000);
    CHECK(p.years[2].price_index_nano == 1'331'000'000);
    CHECK(p.years[0].funded_constant.plain() == "1818.18");  // 2000 / 1.1
    CHECK(p.years[1].funded_constant.plain() == "1652.89");  // 2000 / 1.21 = 1652.8925
    CHECK(p.years[2].funded_constant.plain() == "1502.63");  // 2000 / 1.331 = 1502.6296
    CHECK(p.cumulative.funded.plain() == "6000.00");
    CHECK(p.years[0].executed.plain() == "2000.00");  // no execution rule: all of it
}

TEST_CASE("grow: compounding from the base year, rounded each year") {
    Projection p = central("funding:\n  - target: total\n    grow: {base-year: 2016, rate-pct: {value: 5, assumption: \"x\"}}\n");
    CHECK(funded(p) == V{"2100.00", "2205.00", "2315.25"});
}

TEST_CASE("index-to-inflation from a base year before the horizon") {
    Projection p = central("funding:\n  - {target: total, index-to-inflation: {base-year: 2015}}\n");
    CHECK(funded(p) == V{"1210.00", "1331.00", "1464.10"});  // 1000 × 1.1^2, ^3, ^4
    CHECK(p.years[0].funded_constant.plain() == "1100.00");
}

TEST_CASE("share of the general budget: as in a year (exact), or given") {
    Projection p = central("funding:\n  - {target: total, share-of-general-budget: {as-in-year: 2015}}\n");
    CHECK(funded(p) == V{"3000.00", "3300.00", "3630.00"});  // 0.1% of 3,000,000, 3,300,000, 3,630,000
    Projection q = central("funding:\n  - target: total\n    share-of-general-budget: {share-pct: {value: 0.05, source: note}}\n"
                           "sources:\n  - {id: note, title: \"A note\"}\n");
    CHECK(funded(q) == V{"1500.00", "1650.00", "1815.00"});
    CHECK(q.years[0].general_budget.plain() == "3000000.00");
}

TEST_CASE("restore: a straight line to a past level, then the rule that follows") {
    Projection p = central("funding:\n  - target: total\n    restore: {from-year: 2016, level-of-year: 2015, by: 2018, then: index-to-inflation}\n");
    CHECK(funded(p) == V{"1500.00", "1000.00", "1100.00"});
}

TEST_CASE("amounts, given year by year") {
    Projection p = central("funding:\n  - target: {entity: A}\n    amounts:\n      - {year: 2017, amount: 10.00, assumption: x}\n"
                           "      - {year: 2018, amount: 20.00, assumption: x}\n      - {year: 2019, amount: 30.01, assumption: x}\n");
    CHECK(funded(p) == V{"10.00", "20.00", "30.01"});
    REQUIRE(p.entities == V{"A"});
    CHECK(p.years[2].funded_by_entity[0]->plain() == "30.01");
}

TEST_CASE("execution: a fixed rate, and the entity's own history") {
    Projection p = central("funding:\n  - {target: total, flat: {base-year: 2016}}\n"
                           "execution:\n  - target: total\n    rate-pct: {value: 50, assumption: x}\n");
    CHECK(p.years[0].executed.plain() == "1000.00");
    // matched history 2015-2016: (500 + 1500) / (1000 + 2000) = 66.666667% (micro-percent, half-up)
    Projection q = central("funding:\n  - {target: {entity: A}, flat: {base-year: 2016}}\n"
                           "execution:\n  - {target: {entity: A}, own-history: {rate: matched, years: [2015, 2016]}}\n");
    CHECK(q.years[0].executed.plain() == "1333.33");  // 2000 × 0.66666667 = 1333.33334
}

TEST_CASE("costed needs: a path of quantities times a unit cost, in constant and current soles") {
    Projection p = central(
        "funding:\n  - {target: total, flat: {base-year: 2016}}\n"
        "needs:\n  - id: places\n    activity: \"Shelter places\"\n    axis: protection\n    entity: A\n    unit: \"place-year\"\n"
        "    quantity: {path: {start-year: 2016, start: 10, target: 40, by: 2019}, assumption: x}\n"
        "    unit-cost: {value: 100, assumption: x}\n"
        "  - id: talks\n    activity: \"Talks\"\n    axis: prevention\n    entity: A\n    unit: \"talk\"\n"
        "    quantity: {per-year: [{year: 2018, value: 2.5}], assumption: x}\n"
        "    unit-cost: {value: 0.333333, assumption: x}\n");
    CHECK(p.years[0].need_constant.plain() == "2000.00");  // 20 × 100
    CHECK(p.years[1].need_constant.plain() == "3000.83");  // 30 × 100 + 2.5 × 0.333333 = 0.8333325 -> 0.83
    CHECK(p.years[2].need_constant.plain() == "4000.00");
    CHECK(p.years[0].need.plain() == "2200.00");           // × 1.1
    CHECK(p.years[1].need.plain() == "3631.00");           // 3000.83 × 1.21 = 3631.0043
    CHECK(p.years[2].need.plain() == "5324.00");           // × 1.331
    CHECK(p.cumulative.need_by_axis[static_cast<size_t>(Axis::protection)].plain() == "11154.00");
    CHECK(p.years[1].need_by_axis[static_cast<size_t>(Axis::prevention)].plain() == "1.00");  // 0.83 × 1.21 = 1.0043
    CHECK((p.cumulative.need - p.cumulative.funded).plain() == "5155.00");
}

TEST_CASE("cover-need: the path from the base level to the central need") {
    Projection p = central(
        "funding:\n  - {target: total, cover-need: {from-year: 2016, by: 2019}}\n"
        "needs:\n  - id: places\n    activity: \"Shelter places\"\n    axis: protection\n    entity: A\n    unit: \"place-year\"\n"
        "    quantity: {path: {start-year: 2016, start: 10, target: 40, by: 2019}, assumption: x}\n"
        "    unit-cost: {value: {triangular: [50, 100, 300]}, assumption: x}\n");
    CHECK(funded(p) == V{"3108.00", "4216.00", "5324.00"});  // 2000 + 3324 × 1/3, 2/3, then the need
}

TEST_CASE("per capita and share use the projected population and general budget") {
    Projection p = central("funding:\n  - {target: total, flat: {base-year: 2016}}\n");
    CHECK(*p.years[0].population == 110);
    CHECK(*p.years[2].population == 133);  // 121 × 1.1 = 133.1 -> 133
}

// ---- Overflow: every compounding is checked; the error names the entry that overflowed. ----

namespace {

/// A scenario over the small model, horizon 2017-`to` in soles of 2016, with its own macro block
/// (indented under 'macro:') and a flat funding rule.
std::string macro_scenario(int to, const std::string& macro, const std::string& funding = "") {
    return "format: veedor-scenario/1\ntitle: \"Overflow\"\nmodel: model.yaml\nhorizon: {from: 2017, to: " +
           std::to_string(to) + "}\nprices-of: 2016\nmacro:\n" + macro +
           "  general-budget:\n    - {from: 2017, to: " + std::to_string(to) +
           ", amount: 3000000.00, assumption: x}\nfunding:\n" +
           (funding.empty() ? "  - {target: total, flat: {base-year: 2016}}\n" : funding);
}

Projection evaluate_text(const std::string& text) {
    Diagnostics d;
    static std::vector<Scenario> keep;  // the projection refers to its scenario
    keep.push_back(load_scenario(test::write_files(text).string(), d));
    std::string all;
    for (const auto& x : d.all()) all += x.str() + "\n";
    REQUIRE_MESSAGE(!d.has_errors(), all);
    Projector p(keep.back());
    return p.evaluate(p.central_values());
}

/// The error of loading `text`, from the file name on ("s.yaml:8:7: error: ..."): the loader
/// projects the central case, so that `check` finds it. The projection itself throws the same.
std::string evaluation_error(const std::string& text) {
    Diagnostics d;
    static std::vector<Scenario> keep;
    keep.push_back(load_scenario(test::write_files(text).string(), d));
    std::string loaded = d.has_errors() ? d.sorted().front().str() : "no error";
    std::string thrown = "no error";
    try {
        collect_params(keep.back());
        Projector p(keep.back());
        p.evaluate(p.central_values());
    } catch (const InputError& e) {
        thrown = e.what();
    }
    CHECK(loaded == thrown);
    return loaded.substr(std::min(loaded.size(), loaded.find("s.yaml")));
}

std::string inflation(int to, const std::string& pct) {
    return "  inflation-pct:\n    - {from: 2017, to: " + std::to_string(to) + ", value: " + pct + ", assumption: x}\n";
}

}  // namespace

TEST_CASE("1000% inflation: 11^9 is exact in 2025 and 11^10 in 2026 is a located overflow") {
    Projection p = evaluate_text(macro_scenario(2025, inflation(2025, "1000")));
    CHECK(p.years[8].price_index_nano == 2'357'947'691'000'000'000);  // 11^9 exactly, × 10^9
    CHECK(p.years[8].funded_constant.plain() == "0.00");              // 2000 / 11^9
    // Before: the index wrapped to 7,490,680,527.29.
    CHECK(evaluation_error(macro_scenario(2026, inflation(2026, "1000"))) ==
          "s.yaml:8:7: error: the price index of 2026 overflows: prices would be more than 9,223,372,036.854775807 "
          "times those of 2016");
}

TEST_CASE("100% inflation: 2^33 in 2049 is exact and 2^34 in 2050 is a located overflow, never a negative index") {
    Projection p = evaluate_text(macro_scenario(2049, inflation(2049, "100")));
    CHECK(p.years.back().price_index_nano == 8'589'934'592'000'000'000);  // 2^33 × 10^9
    CHECK(evaluation_error(macro_scenario(2050, inflation(2050, "100"))) ==
          "s.yaml:8:7: error: the price index of 2050 overflows: prices would be more than 9,223,372,036.854775807 "
          "times those of 2016");
}

TEST_CASE("population growth of 10^9 % overflows in its third year with the entry's location") {
    std::string population = "  population:\n    - {from: 2017, to: 2019, growth-pct: 1000000000, assumption: x}\n";
    Projection p = evaluate_text(macro_scenario(2018, inflation(2019, "0") + population));
    CHECK(*p.years[0].population == 1'000'000'100);             // 100 × (1 + 10^7)
    CHECK(*p.years[1].population == 10'000'002'000'000'100);    // × (1 + 10^7) again
    CHECK(evaluation_error(macro_scenario(2019, inflation(2019, "0") + population)) ==
          "s.yaml:10:7: error: the population of 2019 overflows: more than 9,223,372,036,854,775,807 people");
}

TEST_CASE("a grow rule that compounds beyond the range of money is a located overflow") {
    // 2,000.00 × (1 + 9×10^10) a year: 1.8×10^14 soles in 2017, 1.6×10^25 in 2018, 1.5×10^36 in 2019,
    // and in 2020 beyond the 1.7×10^36 soles a 128-bit count of céntimos holds.
    std::string grow = "  - target: total\n    grow: {base-year: 2016, rate-pct: {value: 9000000000000, assumption: x}}\n";
    Projection p = evaluate_text(macro_scenario(2019, inflation(2019, "0"), grow));
    CHECK(p.years[0].funded.plain() == "180000000002000.00");
    CHECK(evaluation_error(macro_scenario(2020, inflation(2020, "0"), grow)) ==
          "s.yaml:12:5: error: the funding of 'total' in 2020 overflows: more than 1.7 × 10^36 soles");
}

TEST_CASE("own-history rate all for an entity adds every allocated and every executed amount") {
    // MINEDU 2015-2016: allocated 761,114.00 and unknown ("SD"), executed 4,000.00 and 791,000.00.
    // all: (4,000 + 791,000) / 761,114 = 104.45%; matched (2015 only): 4,000 / 761,114 = 0.53%.
    // MINJUS: allocated 199,519.00 and 401,812.00, executed unknown and 293,851.91.
    // all: 293,851.91 / 601,331 = 48.87%; matched (2016 only): 293,851.91 / 401,812 = 73.13%.
    auto rate = [](const char* entity, HistoryScope scope) {
        HistoryRate h = own_history_rate(peru_model(), Target{entity}, OwnHistory{scope, {2015, 2016}});
        REQUIRE_MESSAGE(h.micro_pct, h.problem);
        return Money::from_raw(mul_div_half_up(*h.micro_pct, 1, 10'000)).plain();  // micro-% to hundredths
    };
    CHECK(rate("MINEDU", HistoryScope::all) == "104.45");
    CHECK(rate("MINEDU", HistoryScope::matched) == "0.53");
    CHECK(rate("MINJUS", HistoryScope::all) == "48.87");
    CHECK(rate("MINJUS", HistoryScope::matched) == "73.13");
}

TEST_CASE("an own-history rate enters the projection in micro-percent as a written rate-pct would") {
    // A's matched 2015-2016: 2,000 / 3,000 = 66.666667% (half-up to 10^-6 %, docs/numerics.md); on
    // 3,000,000.00 funded that is 2,000,000.01, as rate-pct 66.666667 gives (exactly 2/3: 2,000,000.00).
    std::string funding = "funding:\n  - {target: {entity: A}, amounts: [{year: 2017, amount: 3000000.00, assumption: x}, "
                          "{year: 2018, amount: 0.00, assumption: x}, {year: 2019, amount: 0.00, assumption: x}]}\n";
    Projection history = central(funding + "execution:\n  - {target: {entity: A}, own-history: {rate: matched, years: [2015, 2016]}}\n");
    Projection written = central(funding + "execution:\n  - {target: {entity: A}, rate-pct: {value: 66.666667, assumption: x}}\n");
    CHECK(history.years[0].executed.plain() == "2000000.01");
    CHECK(written.years[0].executed.plain() == "2000000.01");
}

TEST_CASE("restore from the first horizon year: from the 2017 bill back to the 2015 level by 2019") {
    // National series: 2017 bill 3,224,738.00, 2015 14,163,523.00; 2018 is halfway:
    // 3,224,738.00 + 10,938,785.00 / 2 = 8,694,130.50.
    test::TempDir dir("restore-test");
    std::ofstream(dir.path() / "s.yaml")
        << "format: veedor-scenario/1\ntitle: \"Restore\"\nmodel: " << VEEDOR_SOURCE_DIR
        << "/scenarios/peru/model.yaml\nhorizon: {from: 2017, to: 2019}\nmacro:\n  inflation-pct:\n"
           "    - {from: 2017, to: 2019, value: 2, assumption: x}\n  general-budget:\n"
           "    - {from: 2018, to: 2019, growth-pct: 0, assumption: x}\nfunding:\n  - target: total\n"
           "    restore: {from-year: 2017, level-of-year: 2015, by: 2019, then: flat}\n";
    Diagnostics d;
    Scenario s = load_scenario((dir.path() / "s.yaml").string(), d);
    std::string all;
    for (const auto& x : d.all()) all += x.str() + "\n";
    REQUIRE_MESSAGE(!d.has_errors(), all);
    Projector p(s);
    CHECK(funded(p.evaluate(p.central_values())) == V{"3224738.00", "8694130.50", "14163523.00"});
}

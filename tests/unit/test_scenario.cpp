// Funding rules, execution and costed needs on small scenarios computed by hand.
#include "scenario/projection.hpp"
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

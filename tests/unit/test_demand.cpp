// Quantities driven by demand (scenario/demand.hpp): the central case computed by hand.
#include "scenario/demand.hpp"
#include "scenario/projection.hpp"
#include "scenario_fixture.hpp"

#include "text/messages.hpp"

#include <doctest/doctest.h>

using namespace veedor;

namespace {
// Identified victims in 2015: 1,387, the Public Prosecutor's SISTRA-MP estimate ("Estimate of
// registered victims in the SISTRA-MP in 2015 and July 2016", alternative report 2015-2016).
const std::string demand_body = R"(funding:
  - {target: total, flat: {base-year: 2016}}
demand:
  - id: victims
    unit: identified victims a year
    base-year: 2015
    base: {value: 1387, assumption: "SISTRA-MP estimate for 2015"}
    growth-pct: {value: 5, assumption: "round"}
needs:
  - id: places
    activity: "Shelter places"
    axis: protection
    entity: A
    unit: place
    quantity: {demand: victims, per-unit: {value: 0.25, assumption: "one in four needs a place"}, assumption: x}
    unit-cost: {value: 1000, assumption: "round"}
)";
}  // namespace

TEST_CASE("a quantity driven by demand: victims grow 5% a year from 2015 and a quarter need a place") {
    Diagnostics d;
    Scenario s = test::load(demand_body, d);
    REQUIRE_FALSE(d.has_errors());
    Projector p(s);
    Projection r = p.evaluate(p.central_values());
    // Victims: 2016 1,456.35; 2017 1,529.1675; 2018 1,605.625875; 2019 1,685.90716875 -> 1,685.907169.
    // Places = victims x 0.25 (to micro units); cost = places x S/ 1,000 of 2016 (to the céntimo);
    // current soles x 1.1, 1.21, 1.331 (10% inflation a year).
    // 2017: 382.291875 places, S/ 382,291.88 of 2016, S/ 420,521.07 current.
    // 2018: 401.40646875 -> 401.406469 places, S/ 401,406.47, S/ 485,701.83.
    // 2019: 421.47679225 -> 421.476792 places, S/ 421,476.79, S/ 560,985.61.
    CHECK(r.years[0].need_constant.plain() == "382291.88");
    CHECK(r.years[0].need.plain() == "420521.07");
    CHECK(r.years[1].need_constant.plain() == "401406.47");
    CHECK(r.years[1].need.plain() == "485701.83");
    CHECK(r.years[2].need_constant.plain() == "421476.79");
    CHECK(r.years[2].need.plain() == "560985.61");
    CHECK(r.cumulative.need.plain() == "1467208.51");  // 420,521.07 + 485,701.83 + 560,985.61
}

TEST_CASE("demand levels compound year by year from the base year and round to a micro unit") {
    Demand x;
    x.id = "victims";
    x.base_year = 2015;
    x.base.dist.shape = Distribution::Fixed{1387'000000};
    x.growth_pct.dist.shape = Distribution::Fixed{5'000000};
    std::vector<std::int64_t> levels = demand_levels(x, {2015, 2016, 2019}, {});
    CHECK(levels == std::vector<std::int64_t>{1387'000000, 1456'350000, 1685'907169});
    CHECK(driven_quantity(1605'625875, 250000, {}) == 401'406469);  // 401.40646875 half-up
}

TEST_CASE("uncertain demand and per-unit ratios are uncertain numbers of the scenario") {
    std::string body = demand_body;
    body.replace(body.find("value: 1387"), 11, "value: {triangular: [1111, 1387, 2477]}");
    Diagnostics d;
    Scenario s = test::load(body, d);
    REQUIRE_FALSE(d.has_errors());
    REQUIRE(s.params.size() == 1);
    CHECK(s.params[0].label == "victims in 2015");
}

/// The one message of the scenario whose `from` text (in demand_body) is replaced by `to`.
static std::string refusal(const std::string& from, const std::string& to) {
    std::string body = demand_body;
    body.replace(body.find(from), from.size(), to);
    Diagnostics d;
    test::load(body, d);
    REQUIRE(d.all().size() == 1);
    return message_text(d.all()[0].message, Lang::en);
}

TEST_CASE("a need driven by a demand series the scenario does not list is refused at the need") {
    CHECK(refusal("demand: victims,", "demand: migrants,") ==
          "need 'places' is driven by demand 'migrants', which the scenario's 'demand' does not list");
}

TEST_CASE("a quantity with both a demand and per-year quantities is refused") {
    CHECK(refusal("demand: victims,", "demand: victims, per-year: [],") ==
          "a quantity driven by demand has 'demand' and 'per-unit', and neither 'per-year' nor 'path'");
}

TEST_CASE("the refusals of demand series are in Spanish too") {
    std::string body = demand_body;
    body.replace(body.find("demand: victims,"), 16, "demand: migrants,");
    Diagnostics d;
    test::load(body, d);
    REQUIRE(d.all().size() == 1);
    CHECK(message_text(d.all()[0].message, Lang::es) ==
          "la necesidad 'places' depende de la demanda 'migrants', que 'demand' del escenario no incluye");
    // An overflow while projecting names the series and the year, in the run's language.
    Message m = msg("proj.demand-overflows", msg("proj.the-demand-of", "victims", 2019));
    CHECK(message_text(m, Lang::es) == "la demanda 'victims' de 2019 desborda: más de 9,223,372,036,854.775807 unidades");
    CHECK(message_text(m, Lang::en) == "the demand 'victims' of 2019 overflows: more than 9,223,372,036,854.775807 units");
}

// Issue 15 items 3 and 4: the risk of a funding cut, execution by year and absorption capacity,
// and cover-need aiming at the need in money executed; small scenarios computed by hand.
#include "scenario/montecarlo.hpp"
#include "scenario/projection.hpp"
#include "scenario_fixture.hpp"

#include <doctest/doctest.h>

using namespace veedor;

namespace {

const Scenario& loaded(const std::string& body) {
    Diagnostics d;
    static std::vector<std::unique_ptr<Scenario>> keep;  // a projector refers to its scenario
    keep.push_back(std::make_unique<Scenario>(test::load(body, d)));
    std::string all;
    for (const auto& x : d.all()) all += x.str() + "\n";
    REQUIRE_MESSAGE(!d.has_errors(), all);
    return *keep.back();
}

Projection central(const std::string& body) {
    Projector p(loaded(body));
    return p.evaluate(p.central_values());
}

using V = std::vector<std::string>;
V funded(const Projection& p) {
    V out;
    for (const auto& y : p.years) out.push_back(y.funded.plain());
    return out;
}
V executed(const Projection& p) {
    V out;
    for (const auto& y : p.years) out.push_back(y.executed.plain());
    return out;
}

/// The central need: 20, 30, 40 places at S/ 100 of 2016, × 1.1, 1.21, 1.331: 2200, 3630, 5324.
const std::string places =
    "needs:\n  - id: places\n    activity: \"Shelter places\"\n    axis: protection\n    entity: A\n    unit: \"place-year\"\n"
    "    quantity: {path: {start-year: 2016, start: 10, target: 40, by: 2019}, assumption: x}\n"
    "    unit-cost: {value: 100, assumption: x}\n";

std::string flat_with_cut(const std::string& probability, const std::string& share) {
    return "funding:\n  - target: total\n    flat: {base-year: 2016}\n    cut-risk:\n"
           "      probability-pct: {value: " + probability + ", assumption: x}\n"
           "      share-pct: {value: " + share + ", assumption: x}\n      from: 2018\n";
}

}  // namespace

TEST_CASE("cover-need aim executed: funding is the need divided by the central execution rate") {
    // 2019: 5324 / 30% = 17746.666... -> 17746.67 (half-up to the céntimo); the line from the
    // 2016 level 2000 reaches it in 2019: 2000 + 15746.67 × 1/3 = 7248.89, × 2/3 = 12497.78.
    Projection p = central("funding:\n  - {target: total, cover-need: {from-year: 2016, by: 2019, aim: executed}}\n"
                           "execution:\n  - {target: total, rate-pct: {value: {triangular: [20, 30, 60]}, assumption: x}}\n" +
                           places);
    CHECK(funded(p) == V{"7248.89", "12497.78", "17746.67"});
    CHECK(p.years[2].executed.plain() == "5324.00");  // 17746.67 × 30% = 5324.001: the need, executed
    CHECK(p.years[2].need.plain() == "5324.00");
    // aim: funded (the default) is the path of before.
    Projection q = central("funding:\n  - {target: total, cover-need: {from-year: 2016, by: 2019, aim: funded}}\n"
                           "execution:\n  - {target: total, rate-pct: {value: 30, assumption: x}}\n" + places);
    CHECK(funded(q) == V{"3108.00", "4216.00", "5324.00"});
}

TEST_CASE("what-it-takes aiming at executed money: the 2021 need at 51.89% takes about S/ 86.8 M") {
    Diagnostics d;
    Scenario s = load_scenario(std::string(VEEDOR_SOURCE_DIR) + "/scenarios/peru/what-it-takes-executed.yaml", d);
    REQUIRE_FALSE(d.has_errors());
    Projector p(s);
    Projection r = p.evaluate(p.central_values());
    const PeriodResult& y2021 = r.years.back();
    REQUIRE(y2021.year == 2021);
    // By hand (Python decimal): the central need of 2021, 45,024,595.67, / 0.5189 =
    // 86,769,311.370206... -> 86,769,311.37 (half-up); × 51.89% = 45,024,595.670... -> the need.
    CHECK(y2021.need.plain() == "45024595.67");
    CHECK(y2021.funded.plain() == "86769311.37");
    CHECK(y2021.executed.plain() == "45024595.67");
}

TEST_CASE("cut-risk: a cut of share-pct in each year from 'from' whose draw is below the probability") {
    // The central draw is 50 (the midpoint of 0-100): a probability of 60 cuts, 40 does not.
    CHECK(funded(central(flat_with_cut("60", "25"))) == V{"2000.00", "1500.00", "1500.00"});
    CHECK(funded(central(flat_with_cut("40", "25"))) == V{"2000.00", "2000.00", "2000.00"});
    // 2000 × 33.333333% = 666.666666 -> 666.67 cut (half-up), 1333.33 left.
    CHECK(funded(central(flat_with_cut("100", "33.333333"))) == V{"2000.00", "1333.33", "1333.33"});
    CHECK(funded(central(flat_with_cut("0", "100"))) == V{"2000.00", "2000.00", "2000.00"});
    CHECK(funded(central(flat_with_cut("100", "100"))) == V{"2000.00", "0.00", "0.00"});
}

TEST_CASE("cut-risk draws are uncertain inputs: in the sensitivity table and after every rule's own numbers") {
    const Scenario& s = loaded(flat_with_cut("36.36", "{triangular: [25, 40, 55]}") +
                               "execution:\n  - {target: total, rate-pct: {value: {triangular: [40, 50, 60]}, assumption: x}}\n");
    std::vector<std::string> labels;
    for (const Param& p : s.params) labels.push_back(p.label);
    CHECK(labels == V{"funding cut share total (%)", "funding cut total 2018 (draw, %)", "funding cut total 2019 (draw, %)",
                      "execution rate total (%)"});
    Projector p(s);
    std::vector<SensitivityRow> rows = sensitivity(p);
    REQUIRE(rows.size() == 4);
    // A cut in 2019 at its P10 draw (10 < 36.36: cut 40%, 800) against none at P90: a swing of 800.
    for (const SensitivityRow& r : rows)
        if (r.label == "funding cut total 2019 (draw, %)") {
            CHECK(r.low == 10'000'000);
            CHECK(r.high == 90'000'000);
            CHECK((r.gap_low - r.gap_high).plain() == "800.00");
        }
}

TEST_CASE("P(funded covers need) includes the risk of a cut - the same on 1 and 2 threads") {
    // Funding 3000 a year; need 2200, 3630, 5324: only 2017 is covered, unless 2017 is cut by 50%.
    auto body = [&](const std::string& probability) {
        return "funding:\n  - target: total\n    amounts:\n      - {year: 2017, amount: 3000.00, assumption: x}\n"
               "      - {year: 2018, amount: 3000.00, assumption: x}\n      - {year: 2019, amount: 3000.00, assumption: x}\n"
               "    cut-risk:\n      probability-pct: {value: " + probability + ", assumption: x}\n"
               "      share-pct: {value: 50, assumption: x}\n" + places;
    };
    auto covered_2017 = [&](const std::string& probability, int threads) {
        Projector p(loaded(body(probability)));
        return run_monte_carlo(p, {1000, 42, threads, {}}).periods[0].funded_covers_need;
    };
    CHECK(covered_2017("0", 1) == 1000);
    CHECK(covered_2017("100", 1) == 0);
    long half = covered_2017("50", 1);
    CHECK(half == covered_2017("50", 2));
    CHECK(half > 450);
    CHECK(half < 550);
}

TEST_CASE("execution: a year's own rate and an absorption capacity in executed money") {
    Projection p = central("funding:\n  - {target: total, flat: {base-year: 2016}}\n"
                           "execution:\n  - target: total\n    rate-pct: {value: 50, assumption: x}\n"
                           "    rate-pct-by-year:\n      - {year: 2018, value: 25, assumption: x}\n"
                           "      - {year: 2019, value: {triangular: [20, 45, 50]}, assumption: x}\n"
                           "    capacity: {max-executed: 800.00, assumption: x}\n");
    // 2017: 2000 × 50% = 1000, capped at 800; 2018: 2000 × 25% = 500; 2019: 2000 × 45% = 900 -> 800.
    CHECK(executed(p) == V{"800.00", "500.00", "800.00"});
}

TEST_CASE("cut-risk lasting: a cut stays for its year and the lasting - 1 after - two cuts compound") {
    // Flat 2000 a year, 25% cuts from 2018 with probability 60: the central draws (50) cut 2018
    // and 2019. Lasting 2: 2018's cut also takes 2019's funding to 1500, and 2019's own cut takes
    // 25% of that: 1500 - 375 = 1125. (Lasting 1, the default: 1500 and 1500.)
    const std::string body = flat_with_cut("60", "25");
    CHECK(funded(central(body + "      lasting: 2\n")) == V{"2000.00", "1500.00", "1125.00"});
    CHECK(funded(central(body + "      lasting: 1\n")) == V{"2000.00", "1500.00", "1500.00"});
    // 33.333333%: 2018 2000 - 666.67 = 1333.33; 2019 1333.33 - 444.44 (1333.33 × 0.33333333 =
    // 444.443328..., half-up) = 888.89.
    CHECK(funded(central(flat_with_cut("60", "33.333333") + "      lasting: 2\n")) == V{"2000.00", "1333.33", "888.89"});
    // One cut only, in 2018 (2019's draw set to 90, above the probability): the level stays cut
    // in 2019 with lasting 2, and comes back with lasting 1.
    for (const auto& [lasting, in_2019] : std::vector<std::pair<std::string, std::string>>{{"2", "1500.00"}, {"1", "2000.00"}}) {
        const Scenario& s = loaded(body + "      lasting: " + lasting + "\n");
        Projector p(s);
        std::vector<std::int64_t> v = p.central_values();
        for (size_t i = 0; i < s.params.size(); ++i)
            if (s.params[i].label == "funding cut total 2019 (draw, %)") v[i] = 90'000'000;
        CHECK(funded(p.evaluate(v)) == V{"2000.00", "1500.00", in_2019});
    }
}

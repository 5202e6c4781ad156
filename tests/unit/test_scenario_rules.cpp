// Broken scenarios: each rule with its located message.
#include "scenario_fixture.hpp"

#include <doctest/doctest.h>

#include <unistd.h>

using namespace veedor;

namespace {
std::string messages(const std::string& body) {
    Diagnostics d;
    test::load(body, d);
    std::string out;
    for (const Diagnostic& x : d.sorted()) out += x.str().substr(x.str().find("s.yaml")) + "\n";
    return out;
}
}  // namespace

TEST_CASE("a number without source or assumption is an error") {
    CHECK(messages("funding:\n  - target: total\n    grow: {base-year: 2016, rate-pct: {value: 5}}\n") ==
          "s.yaml:16:39: error: 'rate-pct' needs a 'source' or an 'assumption' note saying where it comes from\n");
}

TEST_CASE("distributions need ordered parameters") {
    CHECK(messages("funding:\n  - target: total\n    grow: {base-year: 2016, rate-pct: {value: {triangular: [5, 1, 9]}, "
                   "assumption: x}}\n") ==
          "s.yaml:16:60: error: triangular [min, mode, max] needs min <= mode <= max and min < max\n");
    CHECK(messages("funding:\n  - target: total\n    grow: {base-year: 2016, rate-pct: {value: {uniform: [5, 5]}, "
                   "assumption: x}}\n") == "s.yaml:16:57: error: uniform [min, max] needs min < max\n");
    CHECK(messages("funding:\n  - target: total\n    grow: {base-year: 2016, rate-pct: {value: {normal: {mean: 5, sd: 0, "
                   "min: 0, max: 9}}, assumption: x}}\n") ==
          "s.yaml:16:56: error: normal needs sd > 0 and min <= mean <= max with min < max\n");
}

TEST_CASE("unknown entities and years outside the horizon are errors") {
    CHECK(messages("funding:\n  - {target: {entity: B}, flat: {base-year: 2016}}\n") ==
          "s.yaml:15:5: error: unknown entity 'B'\ns.yaml:15:5: error: base year 2016: the model has no allocated amount "
          "for 'B' that year\n");
    CHECK(messages("funding:\n  - {target: total, flat: {base-year: 2016}}\nneeds:\n  - id: x\n    activity: a\n    axis: "
                   "protection\n    entity: A\n    unit: u\n    quantity: {per-year: [{year: 2025, value: 1}], assumption: x}\n"
                   "    unit-cost: {value: 1, assumption: x}\n") ==
          "s.yaml:22:47: error: year 2025 is outside the horizon 2017-2019\n");
}

TEST_CASE("trials need a seed") {
    CHECK(messages("funding:\n  - {target: total, flat: {base-year: 2016}}\nmonte-carlo: {trials: 10}\n") ==
          "s.yaml:16:14: error: Monte Carlo trials need a 'seed', so that the run can be reproduced\n");
}

TEST_CASE("a cycle of extends is an error naming the files") {
    test::write_files("format: veedor-scenario/1\ntitle: \"B\"\nextends: c.yaml\n", "b.yaml");
    auto path = test::write_files("format: veedor-scenario/1\ntitle: \"C\"\nextends: b.yaml\n", "c.yaml");
    Diagnostics d;
    load_scenario(path.string(), d);
    REQUIRE(d.error_count() == 1);
    CHECK(d.all()[0].text().find("'extends' makes a cycle: ") == 0);
    CHECK(d.all()[0].text().find("c.yaml -> ") != std::string::npos);
}

TEST_CASE("a broken base model is reported with its own messages") {
    auto dir = test::write_files("x").parent_path();
    std::ofstream(dir / "broken.yaml") << "format: veedor-model/1\ntitle: x\n";
    std::ofstream(dir / "s2.yaml") << "format: veedor-scenario/1\ntitle: \"T\"\nmodel: broken.yaml\nhorizon: {from: 2017, to: 2019}\n"
                                      "funding:\n  - {target: total, flat: {base-year: 2016}}\n";
    Diagnostics d;
    load_scenario((dir / "s2.yaml").string(), d);
    REQUIRE(d.error_count() >= 2);
    bool named = false;
    for (const auto& x : d.all())
        named |= x.text() == "the base model " + (dir / "broken.yaml").string() + " cannot be used; its own messages name it";
    CHECK(named);
}

TEST_CASE("extends overrides funding per target and keeps the rest") {
    auto dir = test::write_files(test::scenario_text("funding:\n  - {target: total, flat: {base-year: 2016}}\n"), "parent.yaml")
                   .parent_path();
    std::ofstream(dir / "child.yaml") << "format: veedor-scenario/1\ntitle: \"Child\"\nextends: parent.yaml\n"
                                         "funding:\n  - {target: total, index-to-inflation: {base-year: 2016}}\n";
    Diagnostics d;
    Scenario s = load_scenario((dir / "child.yaml").string(), d);
    CHECK_FALSE(d.has_errors());
    CHECK(s.title == "Child");
    REQUIRE(s.funding.size() == 1);
    const auto* carry = std::get_if<funding::Carry>(&s.funding[0].how);
    REQUIRE(carry);
    CHECK(std::holds_alternative<Indexed>(carry->growth));
    CHECK(carry->base_year == 2016);
    CHECK(s.from == 2017);
    CHECK(s.macro.inflation_pct.size() == 1);
}

TEST_CASE("a grow rate below -100% would fund negative amounts: an error at check time") {
    CHECK(messages("funding:\n  - target: total\n    grow: {base-year: 2016, rate-pct: {value: -150, assumption: x}}\n") ==
          "s.yaml:16:39: error: a growth rate in % must be at least -100: a lower rate would fund a negative amount\n");
    CHECK(messages("funding:\n  - target: total\n    grow: {base-year: 2016, rate-pct: {value: {uniform: [-120, 5]}, "
                   "assumption: x}}\n") ==
          "s.yaml:16:39: error: a growth rate in % must be at least -100: a lower rate would fund a negative amount\n");
    CHECK(messages("funding:\n  - target: total\n    grow: {base-year: 2016, rate-pct: {value: -100, assumption: x}}\n") ==
          "");
}

TEST_CASE("an invalid seed says what is wrong with the seed, not that the seed is missing") {
    CHECK(messages("funding:\n  - {target: total, flat: {base-year: 2016}}\nmonte-carlo: {trials: 10, seed: 1.5}\n") ==
          "s.yaml:16:33: error: 'seed' is a whole number from 0 to 18446744073709551615\n");
}

TEST_CASE("an unknown distribution lists the three it could be and no empty one") {
    std::string m = messages("funding:\n  - {target: total, flat: {base-year: 2016}}\nexecution:\n"
                             "  - {target: total, rate-pct: {value: {triangle: [1, 2, 3]}, assumption: x}}\n");
    CHECK_MESSAGE(m.find("unknown key 'triangle' in distribution; expected one of: triangular, uniform, normal\n") !=
                      std::string::npos,
                  m);
}

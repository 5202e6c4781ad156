// The gap like for like: need lines with a scope, reconciled by hand.
#include "scenario/scope_reconciliation.hpp"
#include "scenario/simulation.hpp"
#include "scenario_fixture.hpp"
#include "writers/scope_table.hpp"

#include "text/messages.hpp"

#include <doctest/doctest.h>

#include <fstream>

using namespace veedor;

namespace {

/// Entities A (2016 allocated 2,000.00) and B (2016 allocated 6,000.00).
const char* const two_entities = R"(format: veedor-model/1
title: "Two"
currency: PEN
headline: all
years:
  - {year: 2016, general-budget: 2000000.00, population: 100}
groups:
  - {id: all, name: "All"}
entities:
  - {id: A, name: "Ministry A", level: national, kind: ministry, groups: [all], figures: [{year: 2016, allocated: 2000.00, executed: 1500.00}]}
  - {id: B, name: "Public Ministry B", level: national, kind: autonomous-body, groups: [all], figures: [{year: 2016, allocated: 6000.00, executed: 3000.00}]}
)";

// Funded: the 2016 total of 8,000.00 flat, 24,000.00 over 2017-2019; prices × 1.1, 1.21, 1.331.
const char* const needs = R"(funding:
  - {target: total, flat: {base-year: 2016}}
execution:
  - {target: total, rate-pct: {value: 50, assumption: x}}
needs:
  - id: shelter
    activity: a
    axis: protection
    entity: A
    unit: u
    quantity: {per-year: [{year: 2017, value: 10}, {year: 2018, value: 10}, {year: 2019, value: 3}], assumption: x}
    unit-cost: {value: 100, assumption: x}
    scope: {budget: specific, service: existing, existing-quantity: 4, overlaps-with: [legal], assumption: "4 places ran in 2016"}
  - id: prosecutors
    activity: a
    axis: prosecution
    entity: B
    unit: u
    quantity: {per-year: [{year: 2017, value: 1}, {year: 2018, value: 1}, {year: 2019, value: 1}], assumption: x}
    unit-cost: {value: 1000, assumption: x}
    scope: {budget: outside, service: new, assumption: "B's money is not in the specific budget"}
  - id: legal
    activity: a
    axis: protection
    entity: A
    unit: u
    quantity: {per-year: [{year: 2017, value: 5}, {year: 2018, value: 5}, {year: 2019, value: 5}], assumption: x}
    unit-cost: {value: 100, assumption: x}
)";

Scenario load_two(const std::string& body, Diagnostics& d) {
    std::string text = test::scenario_text(body);
    text.replace(text.find("model: model.yaml"), 17, "model: two.yaml");
    auto path = test::write_files(text, "scoped.yaml");
    std::ofstream(path.parent_path() / "two.yaml") << two_entities;
    return load_scenario(path.string(), d);
}

}  // namespace

TEST_CASE("the gap like for like: need in scope and its increment, funding of the sectors with a need line") {
    Diagnostics d;
    Scenario s = load_two(needs, d);
    REQUIRE_FALSE(d.has_errors());
    Projector p(s);
    Projection central = p.evaluate(p.central_values());
    auto r = reconcile_scopes(p, central);
    REQUIRE(r);
    // shelter: 10 × 100 × 1.1 + 10 × 100 × 1.21 + 3 × 100 × 1.331 = 1,100.00 + 1,210.00 + 399.30;
    // prosecutors: 1,000 × 3.641 = 3,641.00; legal: 500 × 3.641 = 1,820.50. Total 8,170.80.
    CHECK(r->need_total.plain() == "8170.80");
    CHECK(r->need_outside.plain() == "3641.00");
    CHECK(r->need_in_scope.plain() == "4529.80");
    // shelter's existing 4 places: 440.00 + 484.00, and in 2019 the line's own 3 places, 399.30.
    CHECK(r->need_existing.plain() == "1323.30");
    CHECK(r->need_increment.plain() == "3206.50");
    // A had 2,000.00 of the 8,000.00 allocated in 2016: 25% of 24,000.00.
    CHECK(r->share_year == 2016);
    CHECK(r->funded_total.plain() == "24000.00");
    CHECK(r->funded_matching.plain() == "6000.00");
    CHECK(r->funded_unmatched.plain() == "18000.00");
    CHECK(r->gap_total().plain() == "-15829.20");
    CHECK(r->gap_in_scope().plain() == "-1470.20");
    CHECK(r->outside_lines == std::vector<std::string>{"prosecutors"});
    CHECK(r->existing_lines == std::vector<std::string>{"shelter"});
    CHECK(r->matched_entities == std::vector<std::string>{"A"});
    CHECK(r->unmatched_entities == std::vector<std::string>{"B"});
    REQUIRE(r->overlaps.size() == 1);
    CHECK(r->overlaps[0] == std::pair<std::string, std::string>{"shelter", "legal"});
}

TEST_CASE("the reconciliation table in words and for machines") {
    Diagnostics d;
    static Scenario s = load_two(needs, d);
    REQUIRE_FALSE(d.has_errors());
    SimulationOptions o;
    o.threads = 1;
    static const std::vector<Scenario> scenarios{s};
    Simulation sim = simulate_all(scenarios, o);
    REQUIRE(sim.runs.size() == 1);
    Table machine = scope_table(sim.runs[0], Presentation{}, Style::machine);
    REQUIRE(machine.rows.size() == 10);
    CHECK(machine.rows[1] == std::vector<std::string>{machine.rows[1][0], "need_outside", "-3641.00"});
    CHECK(machine.rows[9][2] == "-1470.20");
    Style es{Style::people, Lang::es};
    Table people = scope_table(sim.runs[0], Presentation{}, es);
    CHECK(people.rows[1][0] == "menos líneas pagadas fuera del presupuesto específico (prosecutors)");
    CHECK(people.rows[3][0] == "menos servicios que ya funcionaban en 2016 (shelter)");
    CHECK(people.notes[0] == "El financiamiento se reparte entre sectores según sus asignaciones de 2016: los sectores con una "
                             "línea de necesidad en el alcance (A) tuvieron el 25.00\u00A0% de ellas.");
}

TEST_CASE("a scenario whose needs declare no scope has no reconciliation") {
    Diagnostics d;
    std::string plain = needs;
    for (size_t at; (at = plain.find("    scope:")) != std::string::npos;) plain.erase(at, plain.find('\n', at) + 1 - at);
    Scenario s = load_two(plain, d);
    REQUIRE_FALSE(d.has_errors());
    Projector p(s);
    CHECK_FALSE(reconcile_scopes(p, p.evaluate(p.central_values())));
}

TEST_CASE("scope mistakes are reported where they are") {
    auto messages = [](const std::string& from, const std::string& to) {
        Diagnostics d;
        std::string bad = needs;
        bad.replace(bad.find(from), from.size(), to);
        Scenario s = load_two(bad, d);
        std::string all;
        for (const Diagnostic& m : d.all()) all += message_text(m.message, Lang::en) + "\n";
        return all;
    };
    CHECK(messages("overlaps-with: [legal]", "overlaps-with: [lega]") == "'overlaps-with' names an unknown need 'lega'\n");
    CHECK(messages("service: new,", "service: new, existing-quantity: 2,") ==
          "'existing-quantity' is the part of an existing service: it goes with 'service: existing'\n");
    CHECK(messages("budget: outside", "budget: elsewhere").find("'budget'") != std::string::npos);
}

// Years with what is known: a year may leave out the General Budget and the population; its share
// and per capita are then n/a with the reason, in every output. Figures computed by hand.
#include "analysis/audit.hpp"
#include "analysis/compare.hpp"
#include "writers/compare_writer.hpp"
#include "readers/model_reader.hpp"
#include "series_csv.hpp"
#include "scenario_fixture.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <unistd.h>

using namespace veedor;

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

/// 2015: general budget 1,000,000.00, population 10; 2016: neither. A allocated 100.00 and 200.00.
/// The source printed a 2016 share of 0.02%.
Model known_model() {
    Diagnostics d;
    Model m = load_model_text(R"(format: veedor-model/1
title: "Small"
currency: PEN
headline: all
sources:
  - {id: press, title: "Press"}
years:
  - {year: 2015, general-budget: 1000000.00, population: 10}
  - {year: 2016}
groups:
  - {id: all, name: "All"}
entities:
  - id: A
    name: "A"
    level: national
    kind: ministry
    groups: [all]
    figures:
      - {year: 2015, allocated: 100.00, executed: 50.00}
      - {year: 2016, allocated: 200.00, executed: 60.00}
published:
  - source: press
    figures:
      - {year: 2016, measure: share-of-general-budget, total-of: all, percent: 0.02}
)",
                              "known.yaml", d);
    REQUIRE_MESSAGE(!d.has_errors(), (d.all().empty() ? "" : d.all().front().str()));
    return m;
}

}  // namespace

TEST_CASE("a year without general budget or population has share and per capita n/a with the reason") {
    Model m = known_model();
    CHECK_FALSE(m.year(2016)->general_budget.has_value());
    std::vector<SeriesYear> s = national_series(m);
    CHECK(s[0].share_na == NotAvailable::none);
    CHECK(round_ratio(*s[0].share, 4, RoundingMode::half_up).plain() == "0.0100");  // 100 / 1,000,000 in %
    CHECK(round_ratio(*s[0].per_capita, 4, RoundingMode::half_up).plain() == "10.0000");
    CHECK(s[1].specific->plain() == "200.00");
    CHECK(s[1].change->plain() == "100.00");
    CHECK_FALSE(s[1].share.has_value());
    CHECK(s[1].share_na == NotAvailable::no_general_budget);
    CHECK_FALSE(s[1].per_capita.has_value());
    CHECK(s[1].per_capita_na == NotAvailable::no_population);
}

TEST_CASE("the reasons reach the terminal notes and the CSV and JSON fields") {
    Model m = known_model();
    Comparison c = compare(m);
    std::string text = comparison_text(c, m, Presentation{});
    CHECK(has(text, "2016: share n/a: the model gives no General Budget for the year."));
    CHECK(has(text, "2016: per capita n/a: the model gives no population for the year."));
    CHECK(has(text, "not given"));
    std::string csv = series_csv(c);
    CHECK(has(csv, ",partial,share_note,per_capita_note\r\n"));
    CHECK(has(csv, "2016,200.00,breakdown,60.00,,n/a,100.00,100.00,,n/a,,200.00,1,1,false,no-general-budget,no-population\r\n"));
    std::string json = comparison_json(c, m, Presentation{});
    CHECK(has(json, "\"share_note\": \"no-general-budget\""));
    CHECK(has(json, "\"per_capita_note\": \"no-population\""));
    CHECK(has(json, "\"general_budget\": null"));
}

TEST_CASE("the audit cannot recompute a share of a year without general budget and says why") {
    AuditResult a = audit(known_model(), RoundingMode::half_up);
    REQUIRE(a.checks.size() == 1);
    CHECK(a.checks[0].status == CheckStatus::unverifiable);
    CHECK(a.checks[0].why.reason == Unverifiable::no_general_budget);
}

TEST_CASE("a scenario cannot take a share as in a year without general budget") {
    namespace fs = std::filesystem;
    fs::path dir = fs::temp_directory_path() / ("veedor-years-known-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    std::string model = test::small_model;
    model.replace(model.find("  - {year: 2016, general-budget: 2000000.00, population: 100}"),
                  std::string("  - {year: 2016, general-budget: 2000000.00, population: 100}").size(),
                  "  - {year: 2016, population: 100}");
    std::ofstream(dir / "model.yaml") << model;
    std::ofstream(dir / "s.yaml") << test::scenario_text(
        "funding:\n  - {target: total, share-of-general-budget: {as-in-year: 2016}}\n");
    Diagnostics d;
    load_scenario((dir / "s.yaml").string(), d);
    REQUIRE(d.has_errors());
    bool found = false;
    for (const Diagnostic& x : d.all())
        found |= has(x.text(), "'as-in-year' 2016: the model gives no general budget that year");
    CHECK(found);
    fs::remove_all(dir);
}

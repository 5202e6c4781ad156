// Small models computed by hand: totals with unknown values, status changes between years.
#include "analysis/audit.hpp"
#include "writers/audit_text.hpp"
#include "analysis/compare.hpp"
#include "readers/model_reader.hpp"

#include <doctest/doctest.h>

using namespace veedor;

namespace {

Model load(const std::string& figures_a, const std::string& figures_b) {
    std::string text = R"(format: veedor-model/1
title: "Small"
currency: PEN
headline: all
years:
  - {year: 2015, general-budget: 1000000.00, population: 8}
  - {year: 2016, general-budget: 1000000.00}
groups:
  - {id: all, name: "All"}
entities:
  - id: A
    name: "A"
    level: national
    kind: ministry
    groups: [all]
    figures: )" + figures_a + R"(
  - id: B
    name: "B"
    level: national
    kind: ministry
    groups: [all]
    figures: )" + figures_b + "\n";
    Diagnostics d;
    Model m = load_model_text(text, "small.yaml", d);
    REQUIRE_MESSAGE(!d.has_errors(), (d.all().empty() ? "" : d.all().front().str()));
    return m;
}

}  // namespace

TEST_CASE("a total of unknown values is unknown, not zero, and so is its change") {
    Model m = load("[{year: 2015, allocated: 100.00, executed: 50.00}, {year: 2016, allocated: unknown, executed: 20.00}]",
                   "[]");
    GroupYear t15 = total_of(m, m.members("all"), 2015, nullptr);
    GroupYear t16 = total_of(m, m.members("all"), 2016, &t15);
    CHECK(t15.allocated_known);
    CHECK_FALSE(t16.allocated_known);
    CHECK_FALSE(t16.change.has_value());
    CHECK_FALSE(t16.report_rate.has_value());
    auto series = national_series(m);
    CHECK(series[1].origin == SeriesOrigin::none);
    CHECK_FALSE(series[1].share.has_value());
}

TEST_CASE("no specific budget is a real zero") {
    Model m = load("[{year: 2015, allocated: 100.00, executed: 50.00}, "
                   "{year: 2016, allocated: no-specific-budget, executed: no-specific-budget}]",
                   "[]");
    GroupYear t15 = total_of(m, m.members("all"), 2015, nullptr);
    GroupYear t16 = total_of(m, m.members("all"), 2016, &t15);
    CHECK(t16.allocated_known);
    CHECK(t16.change->plain() == "-100.00");
    CHECK(round_ratio(*t16.change_rate, 2, RoundingMode::half_up).plain() == "-100.00");
}

TEST_CASE("hand-computed totals, rates and per capita") {
    // A: 100 allocated, 33.33 executed; B: 200 allocated, executed unknown.
    Model m = load("[{year: 2015, allocated: 100.00, executed: 33.33}]", "[{year: 2015, allocated: 200.00, executed: unknown}]");
    GroupYear t = total_of(m, m.members("all"), 2015, nullptr);
    CHECK(t.allocated.plain() == "300.00");
    CHECK(t.executed.plain() == "33.33");
    CHECK(round_ratio(*t.report_rate, 2, RoundingMode::half_up).plain() == "11.11");   // 33.33 / 300
    CHECK(round_ratio(*t.matched_rate, 2, RoundingMode::half_up).plain() == "33.33");  // 33.33 / 100
    CHECK(t.coverage.allocated_without_executed.plain() == "200.00");
    auto s = national_series(m);
    CHECK(round_ratio(*s[0].per_capita, 4, RoundingMode::half_up).plain() == "37.5000");  // 300 / 8
    CHECK(round_ratio(*s[0].share, 4, RoundingMode::half_up).plain() == "0.0300");       // 300 / 1,000,000
}

TEST_CASE("an entity that drops out without a figure makes its year partial: no change to compare") {
    // B gives no figure at all in 2016: the 2016 sum (100.00) is partial (the headline rule,
    // docs/methodology.md), so there is no national change of -900.00 for B to account for.
    Model m = load("[{year: 2015, allocated: 100.00, executed: 50.00}, {year: 2016, allocated: 100.00, executed: 50.00}]",
                   "[{year: 2015, allocated: 900.00, executed: 50.00}]");
    CHECK(audit(m, RoundingMode::half_up).findings.empty());
    CHECK(national_series(m)[1].origin == SeriesOrigin::partial_sum);
    CHECK_FALSE(national_series(m)[1].change.has_value());
}

TEST_CASE("an entity that drops out with 'not reported' is a comparability finding") {
    Model m = load("[{year: 2015, allocated: 100.00, executed: 50.00}, {year: 2016, allocated: 100.00, executed: 50.00}]",
                   "[{year: 2015, allocated: 900.00, executed: 50.00}, "
                   "{year: 2016, allocated: not-reported, executed: not-reported}]");
    AuditResult a = audit(m, RoundingMode::half_up);
    REQUIRE(a.findings.size() == 1);
    CHECK(a.findings[0].kind() == FindingKind::comparability);
    const auto& d = std::get<ChangeNotComparable>(a.findings[0].detail);
    CHECK(d.change.plain() == "-900.00");        // 100 - (900 + 100)
    CHECK(d.contribution.plain() == "-900.00");  // the whole change
    CHECK(d.after->kind == ValueKind::not_reported);
    FindingText t = describe(a.findings[0], m, RoundingMode::half_up, Lang::en);
    CHECK(t.printed == "2015: S/ 900.00; 2016: not reported");
    CHECK(t.explanation.find("accounts for 100.00% of the change") != std::string::npos);
}

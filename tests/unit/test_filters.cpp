// Periods as hledger users write them, and the part of a model or an audit that filters keep.
#include "analysis/filters.hpp"
#include "cli/filter_options.hpp"
#include "peru.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace veedor;

TEST_CASE("year spans: one year - both ends included - open ends") {
    std::string error;
    auto one = read_year_span("2016", error);
    REQUIRE(one);
    CHECK(one->single());
    CHECK(*one->first == 2016);
    auto range = read_year_span("2015..2017", error);
    REQUIRE(range);
    CHECK(*range->first == 2015);
    CHECK(*range->last == 2017);
    CHECK_FALSE(range->single());
    auto open = read_year_span("..2017", error);
    REQUIRE(open);
    CHECK_FALSE(open->first);
    CHECK(*open->last == 2017);
    CHECK(read_year_span("2015..", error)->first == 2015);
}

TEST_CASE("year spans: refused with the reason") {
    std::string error;
    CHECK_FALSE(read_year_span("2017..2015", error));
    CHECK(error == "2017..2015 ends before it starts");
    CHECK_FALSE(read_year_span("..", error));
    CHECK(error == "'..' needs a first or a last year (2015..2017, 2015.., ..2017)");
    CHECK_FALSE(read_year_span("2015..0x7e1", error));
    CHECK(error == "0x7e1 is not a plain decimal number (digits 0-9 only, no sign, no leading zero)");
    CHECK_FALSE(read_year_span("1899", error));
    CHECK(error == "1899 is out of range 1900..2200");
}

TEST_CASE("restricted model: the years and entities kept") {
    const Model& m = peru_model();
    CompareFilter f{{2016}, {"regional-local"}, {}, Level::regional};
    Model r = restricted_model(m, f);
    REQUIRE(r.years.size() == 1);
    CHECK(r.years[0].year == 2016);
    for (const Entity& e : r.entities) {
        CHECK(e.level == Level::regional);
        CHECK(e.in_group("regional-local"));
        for (const Figure& x : e.figures) CHECK(x.year == 2016);
    }
    CHECK(r.entity("GR-CAJAMARCA"));
    CHECK_FALSE(r.entity("MD-COMAS"));  // local
    CHECK_FALSE(r.entity("MININTER"));
    // a level named: no group total stays (it would total other members)
    CHECK(std::none_of(r.published.begin(), r.published.end(), [](const PublishedFigure& p) { return !p.total_of().empty(); }));
}

TEST_CASE("restricted audit: only the years and subjects kept") {
    const Model& m = peru_model();
    AuditResult whole = audit(m, RoundingMode::half_up);
    AuditResult y2016 = restricted_audit(whole, m, CompareFilter{{2016}, {}, {}, std::nullopt});
    CHECK(!y2016.findings.empty());
    CHECK(y2016.findings.size() < whole.findings.size());
    for (const Finding& f : y2016.findings) CHECK(f.year == 2016);
    for (const Check& c : y2016.checks) CHECK(c.printed->year == 2016);
    AuditResult mininter = restricted_audit(whole, m, CompareFilter{{}, {}, {"MININTER"}, std::nullopt});
    for (const Check& c : mininter.checks) CHECK(c.subject.id == "MININTER");
    CHECK(mininter.checks.size() == 2);  // its two printed execution rates, 91.82% and 58.97%
    AuditResult none = restricted_audit(whole, m, CompareFilter{});
    CHECK(none.checks.size() == whole.checks.size());
    CHECK(none.findings.size() == whole.findings.size());
}

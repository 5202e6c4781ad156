// The audit of the shipped model finds the report's own errors.
#include "analysis/audit.hpp"
#include "writers/audit_text.hpp"
#include "peru.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace veedor;

namespace {

const AuditResult& peru_audit() {
    static const AuditResult a = audit(peru_model(), RoundingMode::half_up);
    return a;
}

/// A finding with its English text, as the audit's writers show it.
struct Seen {
    const Finding* finding;
    FindingText text;
    const FindingText* operator->() const { return &text; }
};

std::vector<Seen> findings(FindingKind kind, int year, const std::string& measure) {
    std::vector<Seen> out;
    for (const Finding& f : peru_audit().findings)
        if (f.kind() == kind && f.year == year && to_string(f.measure) == measure)
            out.push_back({&f, describe(f, peru_model(), RoundingMode::half_up, Lang::en)});
    return out;
}

bool mentions(const Seen& f, const std::string& text) { return f.text.explanation.find(text) != std::string::npos; }

}  // namespace

TEST_CASE("the sector table's regional row leaves out Maynas") {
    auto a15 = findings(FindingKind::aggregate, 2015, "allocated");
    REQUIRE(a15.size() == 1);
    CHECK(a15[0]->printed == "S/ 599,593.00");
    CHECK(a15[0]->recomputed == "S/ 603,728.00");
    CHECK(a15[0]->difference == "-S/ 4,135.00");
    CHECK(mentions(a15[0], "leaves out Provincial Municipality of Maynas (S/ 4,135.00)"));
    const auto& d = std::get<AggregateDisagrees>(a15[0].finding->detail);
    CHECK(d.printed.plain() == "599593.00");
    CHECK(d.total.plain() == "603728.00");
    REQUIRE(d.members);
    CHECK(d.members->left_out);
    CHECK(d.members->amount.plain() == "4135.00");
    REQUIRE(d.members->entities.size() == 1);
    CHECK(peru_model().entity(d.members->entities[0])->name == "Provincial Municipality of Maynas");
    auto a16 = findings(FindingKind::aggregate, 2016, "allocated");
    REQUIRE(a16.size() == 1);
    CHECK(a16[0]->difference == "-S/ 25,212.00");
    CHECK(mentions(a16[0], "Maynas (S/ 25,212.00)"));
}

TEST_CASE("the regional table's 2015 executed total leaves out Maynas, and its rate follows") {
    auto x = findings(FindingKind::mismatch, 2015, "executed");
    REQUIRE(x.size() == 1);
    CHECK(x[0]->printed == "S/ 27,539.00");
    CHECK(x[0]->recomputed == "S/ 31,674.00");
    CHECK(mentions(x[0], "leaves out Provincial Municipality of Maynas (S/ 4,135.00)"));
    auto r = findings(FindingKind::mismatch, 2015, "execution-rate");
    REQUIRE(r.size() == 1);
    CHECK(r[0]->printed == "4.56%");
    CHECK(r[0]->recomputed == "5.25%");
    CHECK(mentions(r[0], "follows from the printed totals (27,539.00 / 603,728.00)"));
}

TEST_CASE("the 2016 share printed as 0.0046% is 0.0047% rounded") {
    auto s = findings(FindingKind::mismatch, 2016, "share-of-general-budget");
    REQUIRE(s.size() == 2);  // the series table and the text
    for (const Seen& f : s) {
        CHECK(f->printed == "0.0046%");
        // The finding itself is exact data: the printed and recomputed values and the rounding that explains it.
        const auto& d = std::get<Mismatch>(f.finding->detail);
        CHECK(d.printed.plain() == "0.0046");
        CHECK(d.recomputed.plain() == "0.0047");
        REQUIRE(d.reasons.size() == 1);
        CHECK(std::get<RoundedAnotherWay>(d.reasons[0]).mode == RoundingMode::toward_zero);
        CHECK(f->recomputed == "0.0047%");
        CHECK(f->exact == "0.00468267%");
        CHECK(mentions(f, "rounded toward zero (truncated)"));
    }
}

TEST_CASE("the 2016 execution rate counts executed money of sectors whose allocation is unknown") {
    auto inc = findings(FindingKind::incomplete, 2016, "execution-rate");
    auto sectors = std::find_if(inc.begin(), inc.end(), [](const Seen& f) { return f->subject == "total of Sectors"; });
    REQUIRE(sectors != inc.end());
    CHECK((*sectors)->printed == "53.74%");
    CHECK((*sectors)->recomputed == "40.55% (matched rate)");
    CHECK(mentions(*sectors, "includes S/ 854,900.00 executed by 2 members whose allocation is unknown"));
    CHECK(mentions(*sectors, "(MINCETUR, MINEDU)"));
    CHECK(mentions(*sectors, "only through 2016-06-30"));
}

TEST_CASE("the 2017 general budget is printed mistyped") {
    auto g = findings(FindingKind::mismatch, 2017, "general-budget");
    REQUIRE(g.size() == 1);
    CHECK(g[0]->printed == "S/ 1,142,471,518,545.00");
    CHECK(g[0]->recomputed == "S/ 142,471,518,545.00");
}

TEST_CASE("rounded text figures: 6,485,049 and 20 cents are truncations") {
    auto a = findings(FindingKind::mismatch, 2016, "allocated");
    REQUIRE(a.size() == 1);
    CHECK(a[0]->printed == "S/ 6,485,049");
    CHECK(a[0]->recomputed == "S/ 6,485,050");
    auto pc = findings(FindingKind::mismatch, 2016, "per-capita");
    REQUIRE(pc.size() == 1);
    CHECK(pc[0]->printed == "S/ 0.20");
    CHECK(pc[0]->recomputed == "S/ 0.21");
}

TEST_CASE("the fall of 2016 is mostly the Public Ministry's change of status") {
    auto c = findings(FindingKind::comparability, 2016, "change");
    auto mpfn = std::find_if(c.begin(), c.end(), [](const Seen& f) { return f->subject.find("MPFN") != std::string::npos; });
    REQUIRE(mpfn != c.end());
    CHECK(mentions(*mpfn, "accounts for 89.22% of the change"));
    CHECK(mentions(*mpfn, "S/ 10,767,635.00 reported for 2016 but excluded"));
}

TEST_CASE("every other printed figure agrees") {
    const AuditResult& a = peru_audit();
    CHECK(a.checks.size() == 54);
    CHECK(a.count(CheckStatus::differs) == 7);
    CHECK(a.count(CheckStatus::unverifiable) == 3);  // 2013, 2014, 2017 totals: no breakdown
    CHECK(a.count(CheckStatus::agrees) == 44);
}

TEST_CASE("with toward-zero rounding the truncated figures agree and others differ") {
    AuditResult a = audit(peru_model(), RoundingMode::toward_zero);
    CHECK(std::none_of(a.findings.begin(), a.findings.end(), [](const Finding& f) {
        return f.kind() == FindingKind::mismatch && f.measure == Measure::share_of_general_budget && f.year == 2016;
    }));
    CHECK(a.count(CheckStatus::differs) > 0);
}

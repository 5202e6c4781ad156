// What a printed figure is (issue 12, item 2): its stage, its precision, its source with the quoted
// words; several sources for one quantity are all kept, the model says which it uses, and the audit
// lists every disagreement between sources with both. Figures computed by hand.
#include "analysis/audit.hpp"
#include "analysis/compare.hpp"
#include "readers/model_reader.hpp"
#include "writers/audit_text.hpp"
#include "writers/audit_writer.hpp"

#include <doctest/doctest.h>

using namespace veedor;

namespace {

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

Model load(const std::string& text, const std::string& name = "p.yaml") {
    Diagnostics d;
    Model m = load_model_text(text, name, d);
    REQUIRE_MESSAGE(!d.has_errors(), (d.all().empty() ? "" : d.all().front().str()));
    return m;
}

std::string errors_of(const std::string& text) {
    Diagnostics d;
    (void)load_model_text(text, "p.yaml", d);
    std::string out;
    for (const Diagnostic& x : d.sorted()) out += x.str() + "\n";
    return out;
}

/// A model with one year and no entities: `published` is the published section's figures.
std::string model_with(const std::string& years, const std::string& published) {
    return "format: veedor-model/1\ntitle: \"P\"\ncurrency: PEN\nheadline: sectors\n"
           "sources:\n  - {id: a, title: \"Source A\"}\n  - {id: b, title: \"Source B\"}\n"
           "years:\n" + years + "groups:\n  - {id: sectors, name: \"Sectors\"}\nentities: []\npublished:\n" + published;
}

std::vector<const Finding*> disagreements(const AuditResult& r) {
    std::vector<const Finding*> out;
    for (const Finding& f : r.findings)
        if (f.kind() == FindingKind::sources_disagree) out.push_back(&f);
    return out;
}

const std::string vintages_path = std::string(VEEDOR_SOURCE_DIR) + "/tests/printed/vintages-2015.yaml";

}  // namespace

TEST_CASE("the report's 2015 vintages: S/ 8863742 first and S/ 14163523 later are both kept") {
    Diagnostics d;
    Model m = load_model(vintages_path, d);
    REQUIRE_FALSE(d.has_errors());
    REQUIRE(m.published.size() == 4);
    // The model uses the later vintage (marked `use`), though the earlier one comes first in the file.
    const SeriesYear s = national_series(m).front();
    CHECK(s.origin == SeriesOrigin::published_total);
    CHECK(s.specific == Money::from_soles(14163523));
    CHECK(s.printed_source == "series-table");
    CHECK(s.printed->use.has_value());
    // 14,163,523.00 / 130,621,290,973.00 = 0.010843...%: the printed 0.0108% agrees.
    AuditResult r = audit(m, RoundingMode::half_up);
    CHECK(r.count(CheckStatus::agrees) == 1);
    auto found = disagreements(r);
    REQUIRE(found.size() == 2);
    // The first vintage against the later one: 8,863,742.00 - 14,163,523.00 = -5,299,781.00, the footnote's difference.
    const auto& first = std::get<SourcesDisagree>(found[0]->detail);
    CHECK(first.other->source == "iii-informe");
    CHECK(first.used->source == "series-table");
    CHECK(first.difference == Decimal(BigInt(-529978100), 2));
    CHECK(found[0]->sources == std::vector<std::string>{"iii-informe", "series-table"});
    // The press's "14,1 millones" (to the nearest 100,000): 14,163,523 rounds half-up to 14,200,000,
    // so they disagree by 100,000; truncated, 14,163,523 gives 14,100,000.
    const auto& press = std::get<SourcesDisagree>(found[1]->detail);
    CHECK(press.other->source == "chs-press");
    CHECK(press.unit == Decimal(100000, 0));
    CHECK(press.used_compared == Decimal(14200000, 0));
    CHECK(press.other_compared == Decimal(14100000, 0));
    CHECK(press.difference == Decimal(-100000, 0));
    REQUIRE(press.reasons.size() == 1);
    CHECK(std::get<RoundedAnotherWay>(press.reasons[0]).mode == RoundingMode::toward_zero);
    // Rounded toward zero the press agrees; the two vintages never do.
    CHECK(disagreements(audit(m, RoundingMode::toward_zero)).size() == 1);
}

TEST_CASE("the audit words a disagreement between sources with both sources in English and Spanish") {
    Diagnostics d;
    Model m = load_model(vintages_path, d);
    AuditResult r = audit(m, RoundingMode::half_up);
    const Finding& f = *disagreements(r)[0];
    FindingText en = describe(f, m, r.mode, Lang::en);
    CHECK(en.printed == "S/ 8,863,742.00");
    CHECK(en.recomputed == "S/ 14,163,523.00");
    CHECK(en.difference == "-S/ 5,299,781.00");
    CHECK(has(en.explanation, "Two sources disagree: iii-informe printed S/ 8,863,742.00; the model uses "
                              "S/ 14,163,523.00 from series-table: the later vintage"));
    CHECK(has(en.explanation, "iii-informe says: \"This amount differs"));
    CHECK(en.source == "iii-informe (III Informe Alternativo (2015), as cited in footnote 1 of the IV Informe); "
                       "series-table (IV Informe Alternativo: State Budget to Implement the PNAT 2011-16 from 2013 to 2017)");
    FindingText es = describe(f, m, r.mode, Lang::es);
    CHECK(has(es.explanation, "Dos fuentes no coinciden: iii-informe publicó S/\u00A08,863,742.00; el modelo usa"));
    FindingText press = describe(*disagreements(r)[1], m, r.mode, Lang::en);
    CHECK(has(press.explanation, "chs-press printed S/ 14,100,000 (rounded to S/ 100,000)"));
    CHECK(has(press.explanation, "At a precision of S/ 100,000: S/ 14,100,000 against S/ 14,200,000."));
    // Every audit output format carries the finding and both sources.
    CHECK(has(audit_text(r, m, r.mode), "sources-disagree 2015: total of Sectors (allocated)"));
    CHECK(has(audit_markdown(r, m, r.mode), "| sources-disagree | 2015 |"));
    CHECK(has(audit_json(r, m, r.mode), "\"kind\": \"sources-disagree\""));
    CHECK(has(render_csv(audit_csv_tables(r, m).back().table), "sources-disagree,2015"));
}

TEST_CASE("without use the most precise figure is the one the model uses and the first of equals") {
    std::string published = "  - source: a\n    figures:\n"
                            "      - {year: 2015, measure: allocated, total-of: sectors, amount: 8863742.00}\n"
                            "  - source: b\n    figures:\n"
                            "      - {year: 2015, measure: allocated, total-of: sectors, amount: 14163523.00}\n";
    Model m = load(model_with("  - {year: 2015}\n", published));
    CHECK(national_series(m).front().specific == Money::from_soles(8863742));
    // A rounded figure is less precise than an exact one, whatever its digits.
    std::string rounded = "  - source: a\n    figures:\n"
                          "      - {year: 2015, measure: allocated, total-of: sectors, amount: 14100000.00, rounded-to: 100000}\n"
                          "  - source: b\n    figures:\n"
                          "      - {year: 2015, measure: allocated, total-of: sectors, amount: 14163523}\n";
    Model r = load(model_with("  - {year: 2015}\n", rounded));
    CHECK(national_series(r).front().specific == Money::from_soles(14163523));
}

TEST_CASE("a rounded figure agrees with an exact one that rounds to it at its precision") {
    // "about 11 millones" (to the nearest 1,000,000) against 10,985,049.50: 10,985,049.50 rounds to 11,000,000.
    std::string published = "  - source: a\n    figures:\n"
                            "      - {year: 2017, measure: allocated, total-of: sectors, amount: 10985049.50, use: \"exact\"}\n"
                            "  - source: b\n    figures:\n"
                            "      - {year: 2017, measure: allocated, total-of: sectors, amount: 11000000, rounded-to: 1000000}\n";
    Model m = load(model_with("  - {year: 2017}\n", published));
    CHECK(disagreements(audit(m, RoundingMode::half_up)).empty());
    // 12,000,000 to the nearest 1,000,000 does not: 10,985,049.50 rounds to 11,000,000, 1,000,000 less.
    std::string far = published;
    far.replace(far.find("11000000,"), 9, "12000000,");
    Model n = load(model_with("  - {year: 2017}\n", far));
    AuditResult rn = audit(n, RoundingMode::half_up);  // named: the findings point into it
    auto found = disagreements(rn);
    REQUIRE(found.size() == 1);
    CHECK(std::get<SourcesDisagree>(found[0]->detail).difference == Decimal(1000000, 0));
}

TEST_CASE("2019: S/ 4.7 M approved against 0.0045 percent of the budget") {
    // 4,700,000 / 168,074,407,244.00 = 0.0027963805...%: 0.0028% at the 4 places printed, 0.0017 points below.
    std::string published =
        "  - source: a\n    figures:\n"
        "      - {year: 2019, measure: allocated, total-of: sectors, amount: 4700000, rounded-to: 100000, stage: initial, use: \"approved by Congress\"}\n"
        "  - source: b\n    figures:\n"
        "      - {year: 2019, measure: share-of-general-budget, total-of: sectors, percent: 0.0045}\n";
    Model m = load(model_with("  - {year: 2019, general-budget: 168074407244.00}\n", published));
    AuditResult r = audit(m, RoundingMode::half_up);
    auto found = disagreements(r);
    REQUIRE(found.size() == 1);
    const auto& d = std::get<SourcesDisagree>(found[0]->detail);
    CHECK(d.other->measure == Measure::share_of_general_budget);
    CHECK(d.used->stage == Stage::initial);
    CHECK(d.used_compared == Decimal(28, 4));
    CHECK(d.difference == Decimal(17, 4));
    CHECK(r.count(CheckStatus::differs) == 1);
    FindingText en = describe(*found[0], m, r.mode, Lang::en);
    CHECK(has(en.explanation, "the model uses S/ 4,700,000 (rounded to S/ 100,000; initial budget (PIA)) from a: "
                              "approved by Congress. The model's S/ 4,700,000 gives 0.00279638%."));
    // The same share printed by the source of the amount is that source's own error: a mismatch.
    std::string same = published;
    same.replace(same.find("  - source: b\n    figures:\n"), 27, "");
    Model s = load(model_with("  - {year: 2019, general-budget: 168074407244.00}\n", same));
    AuditResult rs = audit(s, RoundingMode::half_up);
    CHECK(disagreements(rs).empty());
    CHECK(rs.findings.size() == 1);
    CHECK(rs.findings[0].kind() == FindingKind::mismatch);
}

TEST_CASE("figures of different stages are not competing and a share of another stage is not recomputed") {
    // 2024: initial 21.8 M, modified 11 M, executed 2.63 M = S/ 0.076 per person (of 34,039,000).
    std::string published =
        "  - source: a\n    figures:\n"
        "      - {year: 2024, measure: allocated, total-of: sectors, amount: 21800000, rounded-to: 100000, stage: initial, use: \"the initial budget\"}\n"
        "      - {year: 2024, measure: allocated, total-of: sectors, amount: 11000000, rounded-to: 1000000, stage: modified}\n"
        "  - source: b\n    figures:\n"
        "      - {year: 2024, measure: executed, total-of: sectors, amount: 2630000, stage: executed}\n"
        "      - {year: 2024, measure: per-capita, total-of: sectors, amount: 0.076, stage: executed}\n";
    Model m = load(model_with("  - {year: 2024, population: 34039000}\n", published));
    CHECK(national_series(m).front().specific == Money::from_soles(21800000));
    AuditResult r = audit(m, RoundingMode::half_up);
    CHECK(disagreements(r).empty());
    CHECK(r.findings.empty());  // 21,800,000 / 34,039,000 = 0.64 per person is not the executed 0.076
    CHECK(r.checks.back().why.reason == Unverifiable::other_stage);
}

TEST_CASE("a printed figure's stage precision and use are checked when read") {
    std::string bad =
        "  - source: a\n    figures:\n"
        "      - {year: 2019, measure: allocated, total-of: sectors, amount: 4750000, rounded-to: 100000}\n"
        "      - {year: 2019, measure: allocated, total-of: sectors, amount: 4700000, stage: approved}\n"
        "      - {year: 2019, measure: allocated, total-of: sectors, amount: 4700000, use: \"one\"}\n"
        "      - {year: 2019, measure: allocated, total-of: sectors, amount: 4800000, use: \"two\"}\n"
        "      - {year: 2019, measure: allocated, entity: X, total-of: sectors, amount: 1}\n"
        "      - {year: 2019, measure: allocated, total-of: sectors, amount: 1, rounded-to: 0}\n";
    CHECK(errors_of(model_with("  - {year: 2019}\n", bad)) ==
          "p.yaml:16:90: error: the printed value 4750000 is not a multiple of 'rounded-to' 100000\n"
          "p.yaml:17:85: error: 'stage' 'approved' is not one of: initial, modified, certified, committed, executed, paid\n"
          "p.yaml:19:9: error: the model already uses another printed allocated for 2019 (line 18); mark one figure with 'use'\n"
          "p.yaml:20:9: error: a printed figure names either an 'entity' or a group with 'total-of'\n"
          "p.yaml:21:84: error: 'rounded-to' is 0; leave it out for a figure printed exactly\n");
}

#include "writers/audit_writer.hpp"

#include "writers/audit_text.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace veedor {
namespace {

std::string summary(const AuditResult& a, RoundingMode mode, Lang l) {
    return trf(a.findings.size() == 1 ? "aud.summary_one" : "aud.summary_many", l, a.checks.size(),
               enum_words("rounding.", mode, l), a.count(CheckStatus::agrees), a.count(CheckStatus::differs),
               a.count(CheckStatus::unverifiable), a.findings.size());
}

std::string figure_text(const Decimal& d, Measure measure, const Style& s) {
    return is_percent_measure(measure) ? percent_text(d, s.lang, s.numbers) : decimal_money_text(d, s.lang, s.numbers);
}

std::string printed_text(const Check& c, const Style& s) { return figure_text(c.printed->printed, c.printed->measure, s); }

std::string rounded_text(const Check& c, const Style& s) {
    return c.rounded ? figure_text(*c.rounded, c.printed->measure, s) : "";
}

std::string status_words(const Check& c, Lang l) {
    if (c.status == CheckStatus::unverifiable) return trf("aud.cannot", l, unverifiable_text(c.why, l));
    return enum_words("status.", c.status, l);
}

Table findings_table(const AuditResult& a, const Model& m, const Style& s) {
    Table t;
    t.title = tr("aud.findings", s.lang);
    if (!s.is_human())
        t.headers = {"number", "kind", "year", "subject", "measure", "printed", "recomputed", "difference",
                     "printed_text", "recomputed_text", "exact_text", "explanation", "source", "location"};
    else
    {
        t.headers = {"#"};
        for (const char* k : {"aud.h.kind", "aud.h.year", "aud.h.subject", "aud.h.measure", "aud.h.printed",
                              "aud.h.recomputed", "aud.h.difference", "aud.h.explanation"})
            t.headers.emplace_back(tr(k, s.lang));
    }
    t.right_aligned = std::vector<bool>(t.headers.size(), false);
    int n = 0;
    for (const Finding& f : a.findings) {
        ++n;
        FindingText x = describe(f, m, a.mode, s.lang, s.numbers);
        if (!s.is_human())
            t.rows.push_back({std::to_string(n), std::string(to_string(f.kind())), std::to_string(f.year), x.subject,
                              x.measure, x.printed_plain, x.recomputed_plain, x.difference_plain, x.printed,
                              x.recomputed, x.exact, x.explanation, x.source, f.where.str()});
        else
            t.rows.push_back({std::to_string(n), enum_words("finding.", f.kind(), s.lang), std::to_string(f.year),
                              x.subject, x.measure, x.printed, x.recomputed, x.difference, x.explanation});
    }
    return t;
}

}  // namespace

std::string audit_text(const AuditResult& a, const Model& m, RoundingMode mode, const Style& people) {
    const Lang l = people.lang;
    std::string out = trf("aud.title", l, m.title, m.file) + summary(a, mode, l) + "\n";
    int n = 0;
    for (const Finding& f : a.findings) {
        FindingText x = describe(f, m, a.mode, l, people.numbers);
        out += fmt::format("\n[{}] {} {}: {} ({})\n", ++n, enum_words("finding.", f.kind(), l), f.year, x.subject,
                           x.measure);
        if (!x.printed.empty()) out += "    " + std::string(tr("aud.printed", l)) + x.printed + "\n";
        if (!x.recomputed.empty()) out += "    " + std::string(tr("aud.recomputed", l)) + x.recomputed + "\n";
        if (!x.exact.empty() && x.exact != x.recomputed) out += "    " + std::string(tr("aud.exact", l)) + x.exact + "\n";
        if (!x.difference.empty()) out += "    " + std::string(tr("aud.difference", l)) + x.difference + "\n";
        if (!x.explanation.empty()) out += "    " + x.explanation + "\n";
        if (!x.source.empty()) out += "    " + std::string(tr("aud.source", l)) + x.source + "\n";
        if (f.where.line) out += "    " + std::string(tr("aud.model", l)) + f.where.str() + "\n";
    }
    std::string unverifiable;
    for (const Check& c : a.checks)
        if (c.status == CheckStatus::unverifiable)
            unverifiable += fmt::format("  {} {} {} {}: {}\n", c.printed->year, subject_text(c.subject, m, l),
                                        enum_words("measure.", c.printed->measure, l), printed_text(c, people),
                                        unverifiable_text(c.why, l));
    if (!unverifiable.empty()) out += "\n" + std::string(tr("aud.unverifiable_head", l)) + "\n" + unverifiable;
    return out;
}

std::string audit_markdown(const AuditResult& a, const Model& m, RoundingMode mode, const Style& people) {
    const Lang l = people.lang;
    std::string out = "# " + markdown_safe(trf("aud.md_title", l, m.title)) + "\n\n" +
                      markdown_safe(summary(a, mode, l)) + "\n\n";
    out += render_markdown(findings_table(a, m, people), 2);
    Table checks;
    checks.title = tr("aud.every_figure", l);
    for (const char* k : {"aud.h.year", "aud.h.subject", "aud.h.measure", "aud.h.printed", "aud.h.recomputed", "aud.h.status"})
        checks.headers.emplace_back(tr(k, l));
    checks.right_aligned = {false, false, false, true, true, false};
    for (const Check& c : a.checks)
        checks.rows.push_back({std::to_string(c.printed->year), subject_text(c.subject, m, l),
                               enum_words("measure.", c.printed->measure, l), printed_text(c, people),
                               rounded_text(c, people), status_words(c, l)});
    out += render_markdown(checks, 2);
    return out;
}

std::vector<NamedTable> audit_csv_tables(const AuditResult& a, const Model& m) {
    Table checks;
    checks.headers = {"year", "subject", "measure", "printed", "recomputed", "status", "note", "source", "location"};
    for (const Check& c : a.checks)
        checks.rows.push_back({std::to_string(c.printed->year), subject_text(c.subject, m, Lang::en),
                               std::string(to_string(c.printed->measure)), c.printed->printed.plain(),
                               c.rounded ? c.rounded->plain() : "", std::string(to_string(c.status)),
                               unverifiable_text(c.why), c.printed->source,
                               c.printed->where.str()});
    return {{"audit-checks", checks}, {"audit-findings", findings_table(a, m, Style::machine)}};
}

std::string audit_json(const AuditResult& a, const Model& m, RoundingMode mode) {
    using nlohmann::json;
    json out;
    out["model"] = {{"file", m.file}, {"title", m.title}};
    out["rounding"] = to_string(mode);
    out["summary"] = {{"checked", a.checks.size()}, {"agree", a.count(CheckStatus::agrees)},
                      {"differ", a.count(CheckStatus::differs)},
                      {"unverifiable", a.count(CheckStatus::unverifiable)}, {"findings", a.findings.size()}};
    out["findings"] = json::array();
    for (const Finding& f : a.findings) {
        FindingText x = describe(f, m, a.mode, Lang::en);
        auto plain = [](const std::string& v) { return v.empty() ? json(nullptr) : json(v); };
        out["findings"].push_back({{"kind", to_string(f.kind())}, {"year", f.year}, {"subject", x.subject},
                                   {"measure", x.measure}, {"printed", plain(x.printed_plain)},
                                   {"recomputed", plain(x.recomputed_plain)}, {"difference", plain(x.difference_plain)},
                                   {"printed_text", x.printed}, {"recomputed_text", x.recomputed},
                                   {"exact_text", x.exact}, {"difference_text", x.difference},
                                   {"explanation", x.explanation}, {"source", x.source},
                                   {"location", f.where.str()}});
    }
    out["checks"] = json::array();
    for (const Check& c : a.checks)
        out["checks"].push_back({{"year", c.printed->year}, {"subject", subject_text(c.subject, m, Lang::en)},
                                 {"measure", to_string(c.printed->measure)}, {"printed", c.printed->printed.plain()},
                                 {"recomputed", c.rounded ? json(c.rounded->plain()) : json(nullptr)},
                                 {"status", to_string(c.status)}, {"note", unverifiable_text(c.why)},
                                 {"source", c.printed->source}, {"location", c.printed->where.str()}});
    return out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace veedor

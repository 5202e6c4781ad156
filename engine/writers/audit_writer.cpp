#include "writers/audit_writer.hpp"

#include "writers/audit_text.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace veedor {
namespace {

std::string summary(const AuditResult& a, RoundingMode mode) {
    return fmt::format("{} printed figures checked ({} rounding at the printed precision): {} agree, {} differ, {} "
                       "cannot be recomputed. {} finding{}.",
                       a.checks.size(), to_string(mode), a.count(CheckStatus::agrees), a.count(CheckStatus::differs),
                       a.count(CheckStatus::unverifiable), a.findings.size(), a.findings.size() == 1 ? "" : "s");
}

std::string printed_text(const Check& c) {
    const PublishedFigure& p = *c.printed;
    return is_percent_measure(p.measure) ? p.printed.grouped() + "%" : p.printed.grouped("S/ ");
}

std::string rounded_text(const Check& c) {
    if (!c.rounded) return "";
    return is_percent_measure(c.printed->measure) ? c.rounded->grouped() + "%" : c.rounded->grouped("S/ ");
}

Table findings_table(const AuditResult& a, const Model& m, Style s) {
    Table t;
    t.title = "Findings";
    if (s == Style::machine)
        t.headers = {"number", "kind", "year", "subject", "measure", "printed", "recomputed", "difference",
                     "printed_text", "recomputed_text", "exact_text", "explanation", "source", "location"};
    else
        t.headers = {"#", "Kind", "Year", "Subject", "Measure", "Printed", "Recomputed", "Difference", "Explanation"};
    t.right_aligned = std::vector<bool>(t.headers.size(), false);
    int n = 0;
    for (const Finding& f : a.findings) {
        ++n;
        FindingText x = describe(f, m, a.mode, Lang::en);
        if (s == Style::machine)
            t.rows.push_back({std::to_string(n), std::string(to_string(f.kind())), std::to_string(f.year), x.subject,
                              x.measure, x.printed_plain, x.recomputed_plain, x.difference_plain, x.printed,
                              x.recomputed, x.exact, x.explanation, x.source, f.where.str()});
        else
            t.rows.push_back({std::to_string(n), std::string(to_string(f.kind())), std::to_string(f.year), x.subject,
                              x.measure, x.printed, x.recomputed, x.difference, x.explanation});
    }
    return t;
}

}  // namespace

std::string audit_text(const AuditResult& a, const Model& m, RoundingMode mode) {
    std::string out = "Audit of " + m.title + "\nModel: " + m.file + "\n" + summary(a, mode) + "\n";
    int n = 0;
    for (const Finding& f : a.findings) {
        FindingText x = describe(f, m, a.mode, Lang::en);
        out += fmt::format("\n[{}] {} {}: {} ({})\n", ++n, to_string(f.kind()), f.year, x.subject, x.measure);
        if (!x.printed.empty()) out += "    printed     " + x.printed + "\n";
        if (!x.recomputed.empty()) out += "    recomputed  " + x.recomputed + "\n";
        if (!x.exact.empty() && x.exact != x.recomputed) out += "    exact       " + x.exact + "\n";
        if (!x.difference.empty()) out += "    difference  " + x.difference + "\n";
        if (!x.explanation.empty()) out += "    " + x.explanation + "\n";
        if (!x.source.empty()) out += "    source: " + x.source + "\n";
        if (f.where.line) out += "    model: " + f.where.str() + "\n";
    }
    std::string unverifiable;
    for (const Check& c : a.checks)
        if (c.status == CheckStatus::unverifiable)
            unverifiable += fmt::format("  {} {} {} {}: {}\n", c.printed->year, subject_text(c.subject, m, Lang::en),
                                        to_string(c.printed->measure), printed_text(c), unverifiable_text(c.why));
    if (!unverifiable.empty()) out += "\nPrinted figures that cannot be recomputed from the model:\n" + unverifiable;
    return out;
}

std::string audit_markdown(const AuditResult& a, const Model& m, RoundingMode mode) {
    std::string out = "# Audit: " + markdown_safe(m.title) + "\n\n" + markdown_safe(summary(a, mode)) + "\n\n";
    out += render_markdown(findings_table(a, m, Style::human), 2);
    Table checks;
    checks.title = "Every printed figure";
    checks.headers = {"Year", "Subject", "Measure", "Printed", "Recomputed", "Status"};
    checks.right_aligned = {false, false, false, true, true, false};
    for (const Check& c : a.checks)
        checks.rows.push_back({std::to_string(c.printed->year), subject_text(c.subject, m, Lang::en),
                               std::string(to_string(c.printed->measure)), printed_text(c), rounded_text(c),
                               c.status == CheckStatus::unverifiable ? "cannot be recomputed: " + unverifiable_text(c.why)
                                                                     : std::string(to_string(c.status))});
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

#include "io/audit_writer.hpp"

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

Table findings_table(const AuditResult& a, Style s) {
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
        if (s == Style::machine)
            t.rows.push_back({std::to_string(n), std::string(to_string(f.kind)), std::to_string(f.year), f.subject,
                              f.measure, f.printed_plain, f.recomputed_plain, f.difference_plain, f.printed,
                              f.recomputed, f.exact, f.explanation, f.source, f.where.str()});
        else
            t.rows.push_back({std::to_string(n), std::string(to_string(f.kind)), std::to_string(f.year), f.subject,
                              f.measure, f.printed, f.recomputed, f.difference, f.explanation});
    }
    return t;
}

}  // namespace

std::string audit_text(const AuditResult& a, const Model& m, RoundingMode mode) {
    std::string out = "Audit of " + m.title + "\nModel: " + m.file + "\n" + summary(a, mode) + "\n";
    int n = 0;
    for (const Finding& f : a.findings) {
        out += fmt::format("\n[{}] {} {}: {} ({})\n", ++n, to_string(f.kind), f.year, f.subject, f.measure);
        if (!f.printed.empty()) out += "    printed     " + f.printed + "\n";
        if (!f.recomputed.empty()) out += "    recomputed  " + f.recomputed + "\n";
        if (!f.exact.empty() && f.exact != f.recomputed) out += "    exact       " + f.exact + "\n";
        if (!f.difference.empty()) out += "    difference  " + f.difference + "\n";
        if (!f.explanation.empty()) out += "    " + f.explanation + "\n";
        if (!f.source.empty()) out += "    source: " + f.source + "\n";
        if (f.where.line) out += "    model: " + f.where.str() + "\n";
    }
    std::string unverifiable;
    for (const Check& c : a.checks)
        if (c.status == CheckStatus::unverifiable)
            unverifiable += fmt::format("  {} {} {} {}: {}\n", c.printed->year, c.subject, to_string(c.printed->measure),
                                        printed_text(c), c.why_unverifiable);
    if (!unverifiable.empty()) out += "\nPrinted figures that cannot be recomputed from the model:\n" + unverifiable;
    return out;
}

std::string audit_markdown(const AuditResult& a, const Model& m, RoundingMode mode) {
    std::string out = "# Audit: " + markdown_safe(m.title) + "\n\n" + markdown_safe(summary(a, mode)) + "\n\n";
    out += render_markdown(findings_table(a, Style::human), 2);
    Table checks;
    checks.title = "Every printed figure";
    checks.headers = {"Year", "Subject", "Measure", "Printed", "Recomputed", "Status"};
    checks.right_aligned = {false, false, false, true, true, false};
    for (const Check& c : a.checks)
        checks.rows.push_back({std::to_string(c.printed->year), c.subject, std::string(to_string(c.printed->measure)),
                               printed_text(c), rounded_text(c),
                               c.status == CheckStatus::unverifiable ? "cannot be recomputed: " + c.why_unverifiable
                                                                     : std::string(to_string(c.status))});
    out += render_markdown(checks, 2);
    return out;
}

std::vector<NamedTable> audit_csv_tables(const AuditResult& a, RoundingMode) {
    Table checks;
    checks.headers = {"year", "subject", "measure", "printed", "recomputed", "status", "note", "source", "location"};
    for (const Check& c : a.checks)
        checks.rows.push_back({std::to_string(c.printed->year), c.subject, std::string(to_string(c.printed->measure)),
                               c.printed->printed.plain(), c.rounded ? c.rounded->plain() : "",
                               std::string(to_string(c.status)), c.why_unverifiable, c.printed->source,
                               c.printed->where.str()});
    return {{"audit-checks", checks}, {"audit-findings", findings_table(a, Style::machine)}};
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
    for (const Finding& f : a.findings)
        out["findings"].push_back({{"kind", to_string(f.kind)}, {"year", f.year}, {"subject", f.subject},
                                   {"measure", f.measure},
                                   {"printed", f.printed_plain.empty() ? json(nullptr) : json(f.printed_plain)},
                                   {"recomputed", f.recomputed_plain.empty() ? json(nullptr) : json(f.recomputed_plain)},
                                   {"difference", f.difference_plain.empty() ? json(nullptr) : json(f.difference_plain)},
                                   {"printed_text", f.printed}, {"recomputed_text", f.recomputed},
                                   {"exact_text", f.exact}, {"difference_text", f.difference},
                                   {"explanation", f.explanation}, {"source", f.source},
                                   {"location", f.where.str()}});
    out["checks"] = json::array();
    for (const Check& c : a.checks)
        out["checks"].push_back({{"year", c.printed->year}, {"subject", c.subject},
                                 {"measure", to_string(c.printed->measure)}, {"printed", c.printed->printed.plain()},
                                 {"recomputed", c.rounded ? json(c.rounded->plain()) : json(nullptr)},
                                 {"status", to_string(c.status)}, {"note", c.why_unverifiable},
                                 {"source", c.printed->source}, {"location", c.printed->where.str()}});
    return out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace veedor

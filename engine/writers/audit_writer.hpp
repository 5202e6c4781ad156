#pragma once
/// Writes an AuditResult as terminal text, Markdown, CSV or JSON.

#include "analysis/audit.hpp"
#include "writers/compare_writer.hpp"

#include <string>
#include <vector>

namespace veedor {

/// For people, in the language and number style of `people`.
std::string audit_text(const AuditResult& a, const Model& m, RoundingMode mode, const Style& people = Style::human);
std::string audit_markdown(const AuditResult& a, const Model& m, RoundingMode mode, const Style& people = Style::human);
std::string audit_json(const AuditResult& a, const Model& m, RoundingMode mode);
/// audit-checks (every printed figure and its status) and audit-findings.
std::vector<NamedTable> audit_csv_tables(const AuditResult& a, const Model& m);

}  // namespace veedor

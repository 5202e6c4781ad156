#pragma once
/// Writes a Comparison as a terminal table, Markdown, CSV files or JSON.

#include "analysis/compare.hpp"
#include "core/rounding.hpp"
#include "text/format.hpp"
#include "text/table.hpp"

#include <iosfwd>
#include <string>
#include <vector>

namespace veedor {

/// The CSV tables of a comparison, named by file stem: compare-entities, compare-totals,
/// compare-series.
struct NamedTable {
    std::string name;
    Table table;
};
std::vector<NamedTable> comparison_csv_tables(const Comparison& c, const Presentation& p);
/// The compare-entities table as CSV, exactly render_csv of its table, written to `out` row by
/// row without holding the table or the text (a national model has tens of thousands of rows).
void write_entities_csv(const Comparison& c, const Presentation& p, std::ostream& out);
/// The same as text.
std::string comparison_entities_csv(const Comparison& c, const Presentation& p);

/// The whole comparison for a terminal.
std::string comparison_text(const Comparison& c, const Model& m, const Presentation& p);
/// The whole comparison as a Markdown document.
std::string comparison_markdown(const Comparison& c, const Model& m, const Presentation& p);
/// The whole comparison as JSON: exact amounts and rounded figures as strings, n/a as null.
std::string comparison_json(const Comparison& c, const Model& m, const Presentation& p);

/// "Rounding: half-up; percentages to 2 places, ..." for the head of every output.
std::string presentation_line(const Presentation& p);

}  // namespace veedor

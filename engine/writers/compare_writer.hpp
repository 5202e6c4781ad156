#pragma once
/// Writes a Comparison as a terminal table, Markdown, CSV files or JSON.

#include "analysis/compare.hpp"
#include "core/rounding.hpp"
#include "text/format.hpp"
#include "text/table.hpp"

#include <nlohmann/json_fwd.hpp>

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

/// The whole comparison for a terminal, in the language and number style of `people`.
/// `width`: the terminal's columns, which long names are shortened to fit (0: no limit; render_text).
std::string comparison_text(const Comparison& c, const Model& m, const Presentation& p,
                            const Style& people = Style::human, size_t width = 0);
/// The whole comparison as a Markdown document.
std::string comparison_markdown(const Comparison& c, const Model& m, const Presentation& p,
                                const Style& people = Style::human);
/// The whole comparison as JSON: exact amounts and rounded figures as strings, n/a as null.
std::string comparison_json(const Comparison& c, const Model& m, const Presentation& p);

/// The series' name as a noun in a sentence: "Sectors" -> "sectors".
std::string series_noun(const std::string& series_name);
/// "2 of 15 sectors" ("2 de 15 sectores" when the group's name is Spanish): how many members of the headline group have a figure for the year.
std::string coverage_words(const SeriesYear& y, const std::string& series_name, Lang l = Lang::en);
/// For a year whose headline members are only partly given, what the national figure is and
/// what it is not ("2017: only 2 of 15 sectors have a figure; ..."); empty for any other year.
/// The series table's note and the warning every command gives (cli/common.cpp).
std::string headline_warning(const SeriesYear& y, const std::string& series_name,
                             const Style& people = Style::human);

/// The entity sum, coverage, partial flag and printed source of a series year, as JSON fields.
nlohmann::json headline_json(const SeriesYear& y);

/// "Rounding: half-up; percentages to 2 places, ..." for the head of every output.
std::string presentation_line(const Presentation& p, Lang l = Lang::en);

}  // namespace veedor

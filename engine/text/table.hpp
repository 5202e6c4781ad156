#pragma once
/// A table of text cells and its renderings: aligned terminal text, Markdown and CSV.
///
/// Writers turn results into Tables once; each format is a rendering of the same cells, so the
/// terminal, the Markdown file and the CSV file cannot disagree. Every cell is escaped for its
/// format here (control characters for the terminal, '|' for Markdown, quotes for CSV).

#include <string>
#include <vector>

namespace veedor {

struct Table {
    std::string title;
    std::vector<std::string> headers;
    std::vector<bool> right_aligned;  ///< per column; numbers are right-aligned
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> notes;   ///< lines printed under the table
};

/// Aligned columns for a terminal, with the title above and the notes below. With `width` (the
/// terminal's columns; 0: no limit), a table wider than that has its text columns (names, never
/// numbers) shortened, widest first, to no less than their header or 12 characters, each cut
/// cell ending in "…"; a table whose numbers alone are wider stays as wide as they need.
std::string render_text(const Table& t, size_t width = 0);

/// `s` cut to `width` columns, its last one "…", when it is wider; else `s`.
std::string shortened(const std::string& s, size_t width);
/// A GitHub-flavoured Markdown table, title as a heading of `level`.
std::string render_markdown(const Table& t, int level = 3);
/// RFC 4180 CSV with a header row; title and notes are not part of it.
std::string render_csv(const Table& t);
/// One CSV record of render_csv: the fields, then CRLF.
std::string csv_row(const std::vector<std::string>& cells);

/// Shows control characters visibly and inertly, so that text from a model or a file name cannot
/// move the cursor, change colours, erase a terminal or reorder a line: C0 controls and DEL as
/// "\x1b", C1 controls (the 8-bit CSI) and bidi controls (U+061C, U+200E, U+200F, U+202A..U+202E,
/// U+2066..U+2069) as "<U+202E>"; a byte that is not UTF-8 becomes U+FFFD. The one escaper of
/// every terminal line that carries a name, a path or a title (cli/app.cpp passes every
/// message through it).
std::string terminal_safe(const std::string& s);
/// terminal_safe() for a whole text: keeps line feeds, replaces every other control character.
std::string terminal_safe_text(const std::string& s);
/// Escapes text for a Markdown table cell or paragraph.
std::string markdown_safe(const std::string& s);
/// One CSV field, quoted when needed; a text that starts like a spreadsheet formula gets a
/// leading apostrophe (numbers never do); a control character but tab, CR and LF is shown as
/// terminal_safe() shows it ("\x1b"), never written raw.
std::string csv_field(const std::string& s);
/// Width on a terminal: UTF-8 code points (every character here is one column wide).
size_t display_width(const std::string& s);

}  // namespace veedor

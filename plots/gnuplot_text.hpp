#pragma once
/// Text that goes into gnuplot scripts and data files, made harmless.
///
/// gnuplot runs `backtick` substitutions inside double-quoted strings, and a newline inside a
/// single-quoted string ends it and starts a new command (../shared/STACK.md, section 3). So every
/// text that comes from a model (entity names, titles, notes) reaches a script only through
/// gnuplot_string(): single quotes, each ' written as the apostrophe U+2019 (gnuplot's own doubled-quote
/// escape fails for two quotes in a row), control characters (CR and LF among them) removed, bytes that are not UTF-8 replaced by U+FFFD;
/// and every terminal is set `noenhanced`, so that _ and ^ print as themselves.

#include <string>
#include <string_view>
#include <vector>

namespace veedor {

/// A gnuplot single-quoted string literal holding `text` literally.
std::string gnuplot_string(std::string_view text);

/// A tic label: gnuplot reads explicit tic labels as printf formats, so '%' is doubled too.
std::string gnuplot_tic_label(std::string_view text);

/// A field of a tab-separated data file: no tabs, line ends, control characters or double quotes
/// (gnuplot treats "..." in data as one field); an empty text becomes "-".
std::string data_field(std::string_view text);

/// A label that fits under a bar: `text` itself when it has at most `max_chars` characters
/// (code points), else cut at the last space before the limit with "…" (the full text stays in
/// the data file).
std::string short_label(std::string_view text, size_t max_chars = 26);

/// Round tick positions from 0 (or min) to at least `max`: steps of 1, 2 or 5 times a power of ten.
std::vector<long long> nice_ticks(long long min, long long max, int target_count = 6);

}  // namespace veedor

#pragma once
/// Checks on an input file's bytes before any parser sees them.

#include "core/diagnostics.hpp"

#include <string>
#include <string_view>

namespace veedor {

/// Reads a whole input file. Reports (and returns false for) a missing file, a directory, an
/// unreadable file, or one larger than `max_bytes`.
bool read_input_file(const std::string& path, long max_bytes, std::string& out, Diagnostics& diags);

/// Checks that `text` is UTF-8 text without NUL bytes and with LF or CRLF line ends, then
/// rewrites it in place with LF line ends and no byte-order mark, so that CRLF and LF files
/// give identical results. Reports each problem with its location; false when there was one.
bool normalize_text(std::string& text, const std::string& name, Diagnostics& diags);

/// True when `text` is valid UTF-8 (no overlong forms, surrogates or code points past U+10FFFF):
/// the rule normalize_text applies to files, for text that comes from elsewhere.
bool is_utf8(std::string_view text);

}  // namespace veedor

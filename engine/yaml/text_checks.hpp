#pragma once
/// Checks on an input file's bytes before any parser sees them.

#include "core/diagnostics.hpp"
#include "core/utf8.hpp"

#include <string>
#include <string_view>

namespace veedor {

/// Checks that `path` names a regular file (or a symlink to one) before it is opened: reports
/// (and returns false for) a missing file, a directory, a device, a pipe or a socket. `expected`
/// ends the message: "is a directory; expected a YAML file".
[[nodiscard]] bool check_input_path(const std::string& path, std::string_view expected, Diagnostics& diags);

/// "cannot be read: Permission denied": the message for a file whose open or read failed with
/// the error number `error` (the system's reason, strerror).
Message read_failure(int error);

/// Reads a whole input file: the one way veedor reads a YAML file. Reports (and returns false
/// for) what check_input_path refuses, a file that cannot be opened or whose read fails midway
/// (with the system's reason), or one larger than `max_bytes` (also when its size was unknown).
[[nodiscard]] bool read_input_file(const std::string& path, long max_bytes, std::string& out, Diagnostics& diags);

/// Checks that `text` is UTF-8 text without NUL bytes and with LF or CRLF line ends, then
/// rewrites it in place with LF line ends and no byte-order mark, so that CRLF and LF files
/// give identical results. Reports each problem with its location; false when there was one.
[[nodiscard]] bool normalize_text(std::string& text, const std::string& name, Diagnostics& diags);

/// `text` with each C0 control character (tab and line feed included) and DEL as a space: for
/// text from elsewhere (a CSV cell, a file's path) that becomes one line of a model's text, where
/// the model reader refuses control characters (read_text).
std::string controls_as_spaces(std::string_view text);

}  // namespace veedor

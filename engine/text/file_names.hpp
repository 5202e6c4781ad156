#pragma once
/// Text that comes from a file's name, made safe for the places it goes (docs/hostile-input.md).
///
/// A file may be named anything a file system allows: quotes, newlines, escape sequences, bytes
/// that are not UTF-8. Such a name reaches outputs in two roles, kept apart:
///   - as a NAME of another file (a chart's image): only its slug, ASCII letters, digits and '-',
///     made unique in input order before anything is written;
///   - as DISPLAY TEXT (titles, captions, messages): the original, with its bytes that are not
///     UTF-8 replaced by U+FFFD, then escaped by the escaper of its format.

#include <string>
#include <string_view>
#include <vector>

namespace veedor {

/// `text` with every byte that is not part of valid UTF-8 replaced by U+FFFD (one per byte).
std::string utf8_repaired(std::string_view text);

/// A file name part made of ASCII letters, digits and '-' only, never empty, at most 60 bytes:
/// accented Latin letters lose their accent (junín: junin), every other run of characters
/// becomes one '-', letters become lower case (two names must not differ only by case on a
/// case-insensitive file system). A name with nothing left is "file".
std::string file_slug(std::string_view name);

/// The slugs of `names`, made unique in input order: the first keeps its slug, a later one
/// that would repeat an earlier one gets "-2", "-3", ... (plan, plan-2).
std::vector<std::string> unique_slugs(const std::vector<std::string>& names);

}  // namespace veedor

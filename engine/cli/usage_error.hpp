#pragma once
/// The message of a wrong command line: what is wrong, the nearest command or option when one is
/// close to what was typed, and the `--help` of the (sub)command that was being read.

#include <string>
#include <string_view>
#include <vector>

namespace CLI {
class App;
class ParseError;
}  // namespace CLI

namespace veedor {

/// The closest of `names` to `typed` when it is a likely typo (at most two edits, letters swapped
/// counting as one, and fewer than half the letters; case aside); empty otherwise.
std::string nearest_name(std::string_view typed, const std::vector<std::string>& names);

/// The lines printed for `e` raised while `app` parsed its arguments (docs/cli.md), ending with
/// "Run 'veedor compare --help' for its options." Control characters typed are shown inertly.
std::string usage_error_text(const CLI::App& app, const CLI::ParseError& e);

}  // namespace veedor

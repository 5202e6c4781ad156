#pragma once
/// Whole numbers on the command line: plain decimal digits within a range, never octal or hex.
///
/// CLI11 reads integers with strtoll(…, 0), so `--trials 010` ran 8 trials and `--year 0x7df` was
/// 2015, and an unsigned option took -1 or 2^64 as 2^64-1. Every numeric option of veedor goes
/// through read_plain_number instead, the same rule the YAML readers follow (docs/cli.md).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace CLI {
class App;
class Option;
}  // namespace CLI

namespace veedor {

/// The values an option accepts, both ends included.
struct NumberRange {
    std::uint64_t low = 0;
    std::uint64_t high = 0;
};

/// What reading one value gave: the value, or why it was refused (without the option's name).
struct NumberRead {
    std::optional<std::uint64_t> value;
    std::string error;  ///< empty when there is a value
};

/// Reads `text` as a whole number in plain decimal: the digits 0-9 only, no sign, space, separator
/// or leading zero ("0" itself is fine), and within `range`. "010" is refused, neither octal 8 nor
/// a guessed 10. A minus sign before plain digits is reported as out of range, not as a typo.
NumberRead read_plain_number(std::string_view text, NumberRange range);

/// Registers an option (`names` as CLI11 takes them, "-n,--trials") whose values are read by
/// read_plain_number. A refused value is a usage error naming the option's long name:
/// "--trials: 010 is not a plain decimal number (…)". `range` must fit the target's type.
CLI::Option* add_number_option(CLI::App& cmd, const std::string& names, int& target, NumberRange range,
                               const std::string& help);
CLI::Option* add_number_option(CLI::App& cmd, const std::string& names, long& target, NumberRange range,
                               const std::string& help);
CLI::Option* add_number_option(CLI::App& cmd, const std::string& names, std::uint64_t& target, NumberRange range,
                               const std::string& help);
CLI::Option* add_number_option(CLI::App& cmd, const std::string& names, std::optional<long>& target,
                               NumberRange range, const std::string& help);
CLI::Option* add_number_option(CLI::App& cmd, const std::string& names, std::optional<std::uint64_t>& target,
                               NumberRange range, const std::string& help);
/// A repeatable option: each value is read and checked.
CLI::Option* add_number_option(CLI::App& cmd, const std::string& names, std::vector<int>& target, NumberRange range,
                               const std::string& help);

}  // namespace veedor

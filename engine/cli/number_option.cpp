#include "cli/number_option.hpp"

#include "cli/common.hpp"

#include <CLI/CLI.hpp>

#include <cassert>
#include <limits>

namespace veedor {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

/// Digits only, at least one, and no leading zero unless the number is "0".
bool plain_digits(std::string_view s) {
    if (s.empty() || (s.size() > 1 && s[0] == '0')) return false;
    for (char c : s)
        if (!is_digit(c)) return false;
    return true;
}

/// The value as the user typed it, cut to a length a message can hold (at a character boundary).
std::string shown(std::string_view text) {
    constexpr std::size_t longest = 40;
    if (text.empty()) return "''";
    if (text.size() <= longest) return std::string(text);
    std::size_t cut = longest;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a UTF-8 character
    return say("cli.shown-cut", std::string(text.substr(0, cut)), text.size());
}

std::string range_text(NumberRange r) { return std::to_string(r.low) + ".." + std::to_string(r.high); }

}  // namespace

NumberRead read_plain_number(std::string_view text, NumberRange range) {
    const std::string out_of_range = say("cli.out-of-range", shown(text), range_text(range));
    if (!text.empty() && text[0] == '-' && plain_digits(text.substr(1)) && text != "-0") return {std::nullopt, out_of_range};
    if (!plain_digits(text))
        return {std::nullopt, say("cli.not-plain-number", shown(text))};
    constexpr std::uint64_t max = std::numeric_limits<std::uint64_t>::max();
    std::uint64_t value = 0;
    for (char c : text) {
        auto digit = static_cast<std::uint64_t>(c - '0');
        if (value > (max - digit) / 10) return {std::nullopt, out_of_range};  // beyond 2^64-1
        value = value * 10 + digit;
    }
    if (value < range.low || value > range.high) return {std::nullopt, out_of_range};
    return {value, {}};
}

namespace {

/// "--trials" from "-n,--trials": the name messages use whichever spelling was typed.
std::string long_name(const std::string& names) { return names.substr(names.rfind(',') + 1); }

template <class T>
T read_or_throw(const std::string& option, const std::string& text, NumberRange range) {
    NumberRead n = read_plain_number(text, range);
    if (!n.value) throw CLI::ValidationError(option, n.error);
    return static_cast<T>(*n.value);
}

/// One value into `target` (a number, or an optional number).
template <class Value, class Target>
CLI::Option* add_single(CLI::App& cmd, const std::string& names, Target& target, NumberRange range,
                        const std::string& help) {
    assert(range.low <= range.high && range.high <= static_cast<std::uint64_t>(std::numeric_limits<Value>::max()));
    std::string option = long_name(names);
    return cmd
        .add_option_function<std::string>(
            names, [&target, option, range](const std::string& text) { target = read_or_throw<Value>(option, text, range); },
            help)
        ->type_name("N");
}

}  // namespace

CLI::Option* add_number_option(CLI::App& cmd, const std::string& names, int& target, NumberRange range,
                               const std::string& help) {
    return add_single<int>(cmd, names, target, range, help)->default_str(std::to_string(target));
}

CLI::Option* add_number_option(CLI::App& cmd, const std::string& names, long& target, NumberRange range,
                               const std::string& help) {
    return add_single<long>(cmd, names, target, range, help)->default_str(std::to_string(target));
}

CLI::Option* add_number_option(CLI::App& cmd, const std::string& names, std::uint64_t& target, NumberRange range,
                               const std::string& help) {
    return add_single<std::uint64_t>(cmd, names, target, range, help)->default_str(std::to_string(target));
}

CLI::Option* add_number_option(CLI::App& cmd, const std::string& names, std::optional<long>& target,
                               NumberRange range, const std::string& help) {
    return add_single<long>(cmd, names, target, range, help);
}

CLI::Option* add_number_option(CLI::App& cmd, const std::string& names, std::optional<std::uint64_t>& target,
                               NumberRange range, const std::string& help) {
    return add_single<std::uint64_t>(cmd, names, target, range, help);
}

CLI::Option* add_number_option(CLI::App& cmd, const std::string& names, std::vector<int>& target, NumberRange range,
                               const std::string& help) {
    assert(range.low <= range.high && range.high <= static_cast<std::uint64_t>(std::numeric_limits<int>::max()));
    std::string option = long_name(names);
    return cmd
        .add_option_function<std::vector<std::string>>(
            names,
            [&target, option, range](const std::vector<std::string>& texts) {
                for (const std::string& text : texts) target.push_back(read_or_throw<int>(option, text, range));
            },
            help)
        ->type_name("N");
}

}  // namespace veedor

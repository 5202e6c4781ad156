#pragma once
/// One name table per enum: the words of an enum in files, options and outputs, written once.
///
/// Beside an enum E, declare its table as a function that ADL finds:
///     constexpr auto names_of(Level) { return std::array{EnumName<Level>{Level::national, "national"}, ...}; }
/// Then to_string(E), parse_name<E>(text) and name_list<E>() ("a, b, c", for messages that list
/// the alternatives) all come from that one table, so a reader, a writer and a help text cannot
/// disagree on a word.

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace veedor {

template <class E>
struct EnumName {
    E value;
    std::string_view name;
};

/// An enum with a name table (names_of(E{}) found by ADL).
template <class E>
concept NamedEnum = std::is_enum_v<E> && requires { names_of(E{}); };

/// The name of `v`; "?" for a value outside the table.
template <NamedEnum E>
constexpr std::string_view to_string(E v) {
    for (const EnumName<E>& n : names_of(E{}))
        if (n.value == v) return n.name;
    return "?";
}

/// The value named `text` exactly (case and hyphens included), if any.
template <NamedEnum E>
constexpr std::optional<E> parse_name(std::string_view text) {
    for (const EnumName<E>& n : names_of(E{}))
        if (n.name == text) return n.value;
    return std::nullopt;
}

/// The names in the table's order.
template <NamedEnum E>
constexpr auto names() {
    constexpr auto table = names_of(E{});
    std::array<std::string_view, table.size()> out{};
    for (size_t i = 0; i < table.size(); ++i) out[i] = table[i].name;
    return out;
}

/// The names joined by `separator`, for messages such as "is not one of: a, b, c".
template <NamedEnum E>
std::string name_list(std::string_view separator = ", ") {
    std::string out;
    for (std::string_view n : names<E>()) {
        if (!out.empty()) out += separator;
        out += n;
    }
    return out;
}

/// The names as strings, for a command-line option's set of choices (CLI::IsMember).
template <NamedEnum E>
std::vector<std::string> name_strings() {
    constexpr auto all = names<E>();
    return {all.begin(), all.end()};
}

/// True when every value of the table is named once and every name is distinct: checked by a
/// static_assert beside each table.
template <class E, size_t N>
constexpr bool names_are_distinct(const std::array<EnumName<E>, N>& table) {
    for (size_t i = 0; i < N; ++i)
        for (size_t j = i + 1; j < N; ++j)
            if (table[i].value == table[j].value || table[i].name == table[j].name) return false;
    return true;
}

}  // namespace veedor

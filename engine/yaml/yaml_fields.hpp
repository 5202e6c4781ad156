#pragma once
/// Strict reading of YAML mappings and scalars into typed values, with located messages.
///
/// Every reader takes the node and a name for messages, reports what is wrong to Diagnostics and
/// returns nothing in that case, so that a loader can carry on and report every problem in one
/// run. Shared by the model reader and (later) the scenario reader.

#include "core/date.hpp"
#include "core/decimal.hpp"
#include "core/diagnostics.hpp"
#include "core/enum_names.hpp"
#include "core/money.hpp"
#include "yaml/yaml_tree.hpp"

#include <initializer_list>
#include <array>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace veedor {

/// The entries of one mapping, checked against the keys it may and must have.
class Fields {
public:
    /// Reports a node that is not a mapping, unknown keys, duplicate keys, missing required keys.
    /// `what` names the mapping in messages ("entity", "figure").
    Fields(const YamlNode& node, std::string_view what, std::span<const std::string_view> required,
           std::span<const std::string_view> optional, Diagnostics& diags);
    Fields(const YamlNode& node, std::string_view what, std::initializer_list<std::string_view> required,
           std::initializer_list<std::string_view> optional, Diagnostics& diags)
        : Fields(node, what, std::span<const std::string_view>(required.begin(), required.size()),
                 std::span<const std::string_view>(optional.begin(), optional.size()), diags) {}

    bool ok() const { return ok_; }
    /// The value of `key`, or nullptr when absent.
    const YamlNode* get(std::string_view key) const;
    const Location& where() const { return node_.where; }

private:
    const YamlNode& node_;
    bool ok_ = true;
};

/// Reports the null root of a file whose parse found no error: an empty file (no document), or
/// one whose only value is null (`~`, `null`, `---`, or a bare tag such as `!2`). `expected`
/// ends the message: "expected a veedor model".
void report_null_root(const YamlNode& root, const std::string& file, std::string_view expected, Diagnostics& d);

/// A non-empty scalar as text (quoted or not), without control characters (C0 and DEL, which
/// YAML escapes such as "\0" can put there). Prose keys (note, notes, reason, assumption) may
/// hold tabs and line breaks; every other text is one line (docs/hostile-input.md).
[[nodiscard]] std::optional<std::string> read_text(const YamlNode& n, std::string_view key, Diagnostics& d);
/// The language a text for people is read in, when the file gives it per language
/// (`name: {es: "…", en: "…"}`). Process-wide: the command line sets it once, before reading.
struct TextLanguage {
    std::string code = "en";  ///< es | en
    /// What follows a text not given in `code`, told the language given instead: " [English only]".
    std::function<std::string(std::string_view given)> fallback_mark = [](std::string_view given) {
        return " [" + std::string(given) + "]";
    };
};
TextLanguage& text_language();
/// The languages a text may be given in, in the order a missing one falls back.
inline constexpr std::array<std::string_view, 2> text_language_codes{"es", "en"};
/// A text for people (a title, a name, a note, an assumption): read_text(), or a mapping from
/// language codes (es, en) to such texts, read in text_language(); a mapping without that language
/// gives another, followed by its fallback mark, so the output shows that it fell back.
[[nodiscard]] std::optional<std::string> read_local_text(const YamlNode& n, std::string_view key, Diagnostics& d);
/// An identifier: letters, digits, '-', '_', '.'; starting with a letter or digit.
[[nodiscard]] std::optional<std::string> read_id(const YamlNode& n, std::string_view key, Diagnostics& d);
/// One identifier or a list of identifiers.
[[nodiscard]] std::optional<std::vector<std::string>> read_id_list(const YamlNode& n, std::string_view key, Diagnostics& d);
/// A year: a plain four-digit number between 1900 and 2200.
[[nodiscard]] std::optional<int> read_year(const YamlNode& n, std::string_view key, Diagnostics& d);
/// A plain non-negative whole number (no sign, separators or leading zeros).
[[nodiscard]] std::optional<long long> read_count(const YamlNode& n, std::string_view key, Diagnostics& d);
/// An amount of money: plain decimal text, at most 2 places (parse_money).
[[nodiscard]] std::optional<Money> read_money(const YamlNode& n, std::string_view key, Diagnostics& d);
/// A plain decimal number; `allow_sign` permits a leading '-'.
[[nodiscard]] std::optional<Decimal> read_decimal(const YamlNode& n, std::string_view key, bool allow_sign, Diagnostics& d);
/// An ISO date (YYYY-MM-DD).
[[nodiscard]] std::optional<Date> read_date(const YamlNode& n, std::string_view key, Diagnostics& d);
/// A list; reports anything else.
[[nodiscard]] const std::vector<YamlNode>* read_list(const YamlNode& n, std::string_view key, Diagnostics& d);
/// Calls `f` on each item of the list `n` (when present); reports a node that is not a list.
template <class F>
void for_each_item(const YamlNode* n, std::string_view key, Diagnostics& d, F&& f) {
    if (!n) return;
    if (auto items = read_list(*n, key, d))
        for (const YamlNode& x : *items) f(x);
}

/// One of `choices` (a plain word).
[[nodiscard]] std::optional<std::string> read_choice(const YamlNode& n, std::string_view key,
                                                     std::span<const std::string_view> choices, Diagnostics& d);
[[nodiscard]] inline std::optional<std::string> read_choice(const YamlNode& n, std::string_view key,
                                                            std::initializer_list<std::string_view> choices,
                                                            Diagnostics& d) {
    return read_choice(n, key, std::span<const std::string_view>(choices.begin(), choices.size()), d);
}

/// The value of E named by `n` (a plain word of its table, core/enum_names.hpp); otherwise
/// "'KEY' 'X' is not one of: a, b, c", the names in the table's order.
template <NamedEnum E>
[[nodiscard]] std::optional<E> read_name(const YamlNode& n, std::string_view key, Diagnostics& d) {
    static constexpr auto choices = names<E>();
    auto word = read_choice(n, key, choices, d);
    return word ? parse_name<E>(*word) : std::nullopt;
}

}  // namespace veedor

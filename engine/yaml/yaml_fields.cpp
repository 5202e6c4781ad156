#include "yaml/yaml_fields.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <unordered_map>

namespace veedor {

static std::string quote(std::string_view s) {
    std::string out = "'";
    for (char c : s.substr(0, 60)) out += (static_cast<unsigned char>(c) < 0x20) ? '?' : c;
    if (s.size() > 60) out += "...";
    return out + "'";
}

/// A key as messages name it: 'allocated'. (Built with fmt: GCC 12 warns, wrongly, on
/// "literal" + std::string here; see GCC bug 105651.)
static std::string named(std::string_view key) { return fmt::format("'{}'", key); }

static std::string join(std::span<const std::string_view> words) {
    std::string out;
    for (auto w : words) out += (out.empty() ? "" : ", ") + std::string(w);
    return out;
}

Fields::Fields(const YamlNode& node, std::string_view what, std::span<const std::string_view> required,
               std::span<const std::string_view> optional, Diagnostics& d)
    : node_(node) {
    if (node.reported) {
        ok_ = false;
        return;
    }
    if (!node.is_map()) {
        d.error(node.where, msg("yaml.must-be-mapping", noun(what), noun(node.describe())));
        ok_ = false;
        return;
    }
    auto known = [&](std::string_view k) {
        return std::find(required.begin(), required.end(), k) != required.end() ||
               std::find(optional.begin(), optional.end(), k) != optional.end();
    };
    std::unordered_map<std::string_view, int> first_line;  // key -> line of its first use
    int reported = 0;
    for (size_t i = 0; i < node.entries.size(); ++i) {
        const YamlNode& key = node.entries[i].first;
        if (key.reported) {
            ok_ = false;
            continue;
        }
        if (++reported > 200 && !ok_) break;  // a broken file need not print a million lines
        if (!key.is_scalar()) {
            d.error(key.where, msg("yaml.keys-plain"));
            ok_ = false;
            continue;
        }
        if (key.text == "<<") {
            d.error(key.where, msg("yaml.merge-keys"));
            ok_ = false;
            continue;
        }
        auto [it, first] = first_line.emplace(key.text, key.where.line);
        if (!first) {
            d.error(key.where, msg("yaml.duplicate-key", quote(key.text), noun(what), it->second));
            ok_ = false;
        }
        if (!known(key.text)) {
            std::string expected = join(required);
            if (!optional.empty()) expected += (expected.empty() ? "" : ", ") + join(optional);
            d.error(key.where, msg("yaml.unknown-key", quote(key.text), noun(what), expected));
            ok_ = false;
        }
    }
    for (auto k : required) {
        if (!get(k)) {
            d.error(node.where, msg("yaml.lacks-key", noun(what), k));
            ok_ = false;
        }
    }
}

const YamlNode* Fields::get(std::string_view key) const {
    if (!node_.is_map()) return nullptr;
    for (const auto& [k, v] : node_.entries)
        if (k.is_scalar() && k.text == key) return &v;
    return nullptr;
}

void report_null_root(const YamlNode& root, const std::string& file, std::string_view expected, Diagnostics& d) {
    if (d.has_errors() || root.reported) return;
    if (root.where.line == 0)  // no document at all: nothing but blank lines and comments
        d.error({file, 1, 1}, msg("yaml.file-empty", noun(expected)));
    else
        d.error({file, 1, 1}, msg("yaml.file-null", noun(expected)));
}

[[nodiscard]] static bool need_scalar(const YamlNode& n, std::string_view key, Diagnostics& d) {
    if (n.is_scalar() && !(n.text.empty() && !n.quoted)) return true;
    if (n.reported) return false;
    d.error(n.where, msg("yaml.must-be-value", named(key), noun(n.is_scalar() || n.is_null() ? "empty" : n.describe())));
    return false;
}

/// Prose that may run over several lines: these keys may hold a tab or a line break. Every other
/// text (names, titles, units, codes) is one line, as it appears in a table cell or a CSV field.
static bool is_prose(std::string_view key) {
    return key == "note" || key == "notes" || key == "reason" || key == "assumption";
}

/// The name of an ASCII control character, for messages: "U+0000 (NUL)".
static std::string control_name(unsigned char c) {
    static constexpr const char* names[] = {"NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "TAB", "LF",
                                            "VT",  "FF",  "CR",  "SO",  "SI",  "DLE", "DC1", "DC2", "DC3", "DC4", "NAK",
                                            "SYN", "ETB", "CAN", "EM",  "SUB", "ESC", "FS",  "GS",  "RS",  "US"};
    return fmt::format("U+{:04X} ({})", c, c < 0x20 ? names[c] : "DEL");
}

/// Control characters (C0 and DEL) reach text through YAML escapes ("\0", "\e") even though the
/// file itself is clean; they would land raw in CSV cells, tables and terminals.
[[nodiscard]] static bool no_control_characters(const YamlNode& n, std::string_view key, Diagnostics& d) {
    const bool prose = is_prose(key);
    for (unsigned char c : n.text) {
        if ((c >= 0x20 && c != 0x7F) || (prose && (c == '\t' || c == '\n'))) continue;
        d.error(n.where, msg(prose ? "yaml.control-in-note" : "yaml.control-in-line", named(key), control_name(c)));
        return false;
    }
    return true;
}

std::optional<std::string> read_text(const YamlNode& n, std::string_view key, Diagnostics& d) {
    if (!need_scalar(n, key, d)) return std::nullopt;
    if (n.text.empty()) {
        d.error(n.where, msg("yaml.is-empty", named(key)));
        return std::nullopt;
    }
    if (!no_control_characters(n, key, d)) return std::nullopt;
    return n.text;
}

TextLanguage& text_language() {
    static TextLanguage language;
    return language;
}

std::optional<std::string> read_local_text(const YamlNode& n, std::string_view key, Diagnostics& d) {
    if (!n.is_map()) return read_text(n, key, d);
    std::array<std::optional<std::string>, text_language_codes.size()> given;
    bool ok = true;
    for (const YamlEntry& e : n.entries) {
        auto code = std::find(text_language_codes.begin(), text_language_codes.end(), e.first.text);
        if (code == text_language_codes.end()) {
            d.error(e.first.where, msg("yaml.unknown-language", named(key), quote(e.first.text)));
            ok = false;
            continue;
        }
        auto t = read_text(e.second, key, d);
        if (!t) ok = false;
        given[static_cast<size_t>(code - text_language_codes.begin())] = std::move(t);
    }
    if (!ok) return std::nullopt;
    if (n.entries.empty()) {
        d.error(n.where, msg("yaml.empty-texts", named(key)));
        return std::nullopt;
    }
    const TextLanguage& want = text_language();
    for (size_t i = 0; i < given.size(); ++i)
        if (given[i] && text_language_codes[i] == want.code) return given[i];
    for (size_t i = 0; i < given.size(); ++i)
        if (given[i]) return *given[i] + want.fallback_mark(text_language_codes[i]);
    return std::nullopt;
}

std::optional<std::string> read_id(const YamlNode& n, std::string_view key, Diagnostics& d) {
    auto t = read_text(n, key, d);
    if (!t) return std::nullopt;
    bool ok = std::isalnum(static_cast<unsigned char>(t->front())) &&
              std::all_of(t->begin(), t->end(), [](unsigned char c) {
                  return std::isalnum(c) || c == '-' || c == '_' || c == '.';
              });
    if (!ok || t->size() > 64) {
        d.error(n.where, msg("yaml.not-identifier", named(key), quote(*t)));
        return std::nullopt;
    }
    return t;
}

std::optional<std::vector<std::string>> read_id_list(const YamlNode& n, std::string_view key, Diagnostics& d) {
    std::vector<std::string> out;
    if (n.is_sequence()) {
        bool ok = true;
        for (const YamlNode& item : n.items) {
            auto id = read_id(item, key, d);
            if (id) out.push_back(*id);
            else ok = false;
        }
        if (!ok) return std::nullopt;
        return out;
    }
    auto id = read_id(n, key, d);
    if (!id) return std::nullopt;
    out.push_back(*id);
    return out;
}

/// A number must be written plain: quoting it hides a typo and changes its YAML type.
[[nodiscard]] static bool need_plain_number(const YamlNode& n, std::string_view key, Diagnostics& d) {
    if (!need_scalar(n, key, d)) return false;
    if (n.quoted) {
        d.error(n.where, msg("yaml.quoted-number", named(key), quote(n.text)));
        return false;
    }
    return true;
}

std::optional<int> read_year(const YamlNode& n, std::string_view key, Diagnostics& d) {
    if (!need_plain_number(n, key, d)) return std::nullopt;
    const std::string& t = n.text;
    bool digits = t.size() == 4 && std::all_of(t.begin(), t.end(), [](unsigned char c) { return std::isdigit(c); });
    int y = digits ? std::stoi(t) : 0;
    if (!digits || y < 1900 || y > 2200) {
        d.error(n.where, msg("yaml.not-year", named(key), quote(t)));
        return std::nullopt;
    }
    return y;
}

std::optional<long long> read_count(const YamlNode& n, std::string_view key, Diagnostics& d) {
    if (!need_plain_number(n, key, d)) return std::nullopt;
    DecimalParse p = parse_decimal(n.text, false);
    if (!p.value || p.value->places() != 0 || p.integer_digits > 15) {
        d.error(n.where, msg("yaml.value-problem", named(key), quote(n.text),
                             p.value ? msg("yaml.not-whole-number") : noun(p.error)));
        return std::nullopt;
    }
    return p.value->unscaled().convert_to<long long>();
}

std::optional<Money> read_money(const YamlNode& n, std::string_view key, Diagnostics& d) {
    if (!need_plain_number(n, key, d)) return std::nullopt;
    MoneyParse p = parse_money(n.text);
    if (!p.value) {
        // parse_money's reasons in words of both languages: too many decimals, or too large.
        DecimalParse dp = parse_decimal(n.text, false);
        Message why = !dp.value                 ? noun(p.error)
                      : dp.value->places() > 2 ? msg("yaml.money-places", dp.value->places())
                                               : msg("yaml.money-too-large");
        d.error(n.where, msg("yaml.value-problem", named(key), quote(n.text), why));
        return std::nullopt;
    }
    return p.value;
}

std::optional<Decimal> read_decimal(const YamlNode& n, std::string_view key, bool allow_sign, Diagnostics& d) {
    if (!need_plain_number(n, key, d)) return std::nullopt;
    DecimalParse p = parse_decimal(n.text, allow_sign);
    if (!p.value) {
        d.error(n.where, msg("yaml.value-problem", named(key), quote(n.text), noun(p.error)));
        return std::nullopt;
    }
    return p.value;
}

std::optional<Date> read_date(const YamlNode& n, std::string_view key, Diagnostics& d) {
    if (!need_scalar(n, key, d)) return std::nullopt;
    auto date = parse_iso_date(n.text);
    if (!date) d.error(n.where, msg("yaml.not-date", named(key), quote(n.text)));
    return date;
}

const std::vector<YamlNode>* read_list(const YamlNode& n, std::string_view key, Diagnostics& d) {
    if (n.is_sequence()) return &n.items;
    if (n.reported) return nullptr;
    d.error(n.where, msg("yaml.must-be-list", named(key), noun(n.describe())));
    return nullptr;
}

std::optional<std::string> read_choice(const YamlNode& n, std::string_view key,
                                       std::span<const std::string_view> choices, Diagnostics& d) {
    auto t = read_text(n, key, d);
    if (!t) return std::nullopt;
    if (std::find(choices.begin(), choices.end(), *t) == choices.end()) {
        d.error(n.where, msg("yaml.not-one-of", named(key), quote(*t), join(choices)));
        return std::nullopt;
    }
    return t;
}

}  // namespace veedor

#pragma once
/// The languages of the shareable outputs (charts, brief): every label in Spanish and English,
/// and how each writes numbers.
///
/// English: "S/ 14,163,523.00", "29.28%". Spanish as written in Peru: a space between thousands
/// (as INEI publishes, per ISO 80000), the decimal point (Peru's usage, as the MEF and the report
/// write), and a space before the percent sign (RAE): "S/ 14 163 523.00", "29.28 %". The space is
/// a no-break space, so a number never wraps across lines.

#include "core/decimal.hpp"
#include "core/money.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace veedor {

enum class Lang { en, es };

[[nodiscard]] std::optional<Lang> parse_lang(std::string_view code);
std::string_view code(Lang l);

/// The text of `key` in `lang`. Every key exists in both languages (tests check it); an unknown
/// key is a bug and throws std::logic_error.
std::string_view tr(std::string_view key, Lang lang);
/// Every key of the table, for the tests.
std::vector<std::string_view> all_text_keys();

/// "S/ 14,163,523.00" (en) or "S/ 14 163 523.00" (es).
std::string money_text(const Money& m, Lang l);
/// A decimal with grouping: "1,234.5" / "1 234.5".
std::string number_text(const Decimal& d, Lang l);
/// "29.28%" / "29.28 %".
std::string percent_text(const Decimal& d, Lang l);

}  // namespace veedor

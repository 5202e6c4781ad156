#pragma once
/// The languages of every output: each built-in label in Spanish and English, and the two ways
/// of writing numbers.
///
/// Numbers follow the style chosen (`--numbers`), in either language. `mef`, the default, is how
/// the MEF's budget portal (Consulta Amigable) and the report itself print amounts:
/// "S/ 14,163,523.00", a comma between thousands and the decimal point; percentages "29.28%" (en)
/// or "29.28 %" (es, RAE: a space before the sign). `si` is the style of Peru's legal units
/// (SI, Ley 23560) and the RAE: a space between thousands and the decimal comma in Spanish,
/// "S/ 14 163 523,00", "29,28 %" (English keeps the decimal point, "S/ 14 163 523.00"). Spaces
/// are no-break spaces, so a number never wraps across lines.
#include "core/decimal.hpp"
#include "core/enum_names.hpp"
#include "core/money.hpp"
#include "core/rounding.hpp"

#include <fmt/format.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace veedor {

enum class Lang { en, es };

[[nodiscard]] std::optional<Lang> parse_lang(std::string_view code);
std::string_view code(Lang l);

/// The text of `key` in `lang`. Every key exists in both languages (tests check it); an unknown
/// key is a bug and throws std::logic_error.
std::string_view tr(std::string_view key, Lang lang);
/// tr() as an fmt template, filled with `args`.
template <class... Args>
std::string trf(std::string_view key, Lang lang, Args&&... args) {
    return fmt::format(fmt::runtime(tr(key, lang)), std::forward<Args>(args)...);
}
/// An enum's word for people: in English its name as files write it ("half-up", "mismatch"), in
/// Spanish the text of `prefix` + that name ("rounding.half-up": "mitad hacia arriba").
template <NamedEnum E>
std::string enum_words(std::string_view prefix, E v, Lang lang) {
    if (lang == Lang::en) return std::string(to_string(v));
    return std::string(tr(std::string(prefix) + std::string(to_string(v)), lang));
}
/// Every key of the table, for the tests.
std::vector<std::string_view> all_text_keys();

/// How numbers are written (see the head of this file).
enum class NumberStyle { mef, si };
constexpr auto names_of(NumberStyle) {
    return std::array{EnumName<NumberStyle>{NumberStyle::mef, "mef"}, EnumName<NumberStyle>{NumberStyle::si, "si"}};
}
static_assert(names_are_distinct(names_of(NumberStyle{})));

/// The sign of the sol before an amount: "S/ " (en), "S/" and a no-break space (es).
std::string_view sol_sign(Lang l);
/// "S/ 14,163,523.00" (mef), "S/ 14 163 523,00" (si, es), "S/ 14 163 523.00" (si, en).
std::string money_text(const Money& m, Lang l, NumberStyle n = NumberStyle::mef);
/// An amount given as a decimal, written as money_text() writes it.
std::string decimal_money_text(const Decimal& d, Lang l, NumberStyle n = NumberStyle::mef);
/// A decimal with grouping: "1,234.5" / "1 234,5".
std::string number_text(const Decimal& d, Lang l, NumberStyle n = NumberStyle::mef);
/// "29.28%" (en), "29.28 %" (es), "29,28 %" (es, si).
std::string percent_text(const Decimal& d, Lang l, NumberStyle n = NumberStyle::mef);
/// A large amount in prose and chart labels, in millions to one decimal place, rounded by `mode`
/// (half-up unless the output's rounding says otherwise; docs/numerics.md): "S/ 18.1 MM" (es,
/// mef: Peruvian financial usage), "S/ 18,1 millones" (es, si), "S/ 18.1 million" (en). Under a
/// million the amount is written whole, as money_text writes it.
std::string large_amount_text(const Money& m, Lang l, NumberStyle n = NumberStyle::mef,
                              RoundingMode mode = RoundingMode::half_up);

/// An uncertain input's label (the scenario reader writes them in English: "unit cost of shelter
/// (S/)", "inflation-pct 2017-2021 (%)") in `l`; a label of another form is returned as it is.
std::string input_label_text(std::string_view label, Lang l);

/// The language the environment asks for, by POSIX precedence: the first of LC_ALL, LC_MESSAGES
/// and LANG that is set and not empty decides; "es", "es_PE.UTF-8"... give Spanish; any other
/// value ("C", "en_US.UTF-8", "pt_BR") or none at all gives English. Each argument is the
/// variable's value, or null when unset.
Lang lang_from_locale(const char* lc_all, const char* lc_messages, const char* lang);
/// lang_from_locale() of this process's environment.
Lang lang_from_environment();

}  // namespace veedor

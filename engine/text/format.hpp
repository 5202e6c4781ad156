#pragma once
/// How figures are written: the one place that rounds an exact result for presentation.

#include "core/money.hpp"
#include "core/ratio.hpp"
#include "core/rounding.hpp"
#include "model/model.hpp"
#include "text/lang.hpp"

#include <optional>
#include <string>

namespace veedor {

/// Who reads an output. People (terminal, Markdown): "S/ 1,234.50", "29.28%", words for missing
/// values, in a language and a number style (text/lang.hpp). Machines (CSV, JSON): "1234.50",
/// "29.28", the status in its own column, whatever the language.
struct Style {
    enum Reader { people, machines };
    Reader reader = people;
    Lang lang = Lang::en;
    NumberStyle numbers = NumberStyle::mef;

    static const Style human;    ///< people, English, mef numbers
    static const Style machine;  ///< machines
    [[nodiscard]] bool is_human() const { return reader == people; }
};
inline const Style Style::human{Style::people, Lang::en, NumberStyle::mef};
inline const Style Style::machine{Style::machines, Lang::en, NumberStyle::mef};

/// Text for an undefined ratio (a zero or missing denominator), in CSV files (JSON: null).
inline constexpr const char* not_applicable = "n/a";
/// The same for people: "n/a" (en), "no aplica" (es); "n/a" for machines.
std::string not_applicable_text(const Style& s);

std::string format_money(const Money& m, const Style& s);
std::string format_optional_money(const std::optional<Money>& m, const Style& s);
/// A percentage ratio rounded to `places` by `mode`: "29.28%" (human) or "29.28" (machine).
std::string format_percent(const std::optional<Ratio>& r, int places, RoundingMode mode, const Style& s);
/// A plain rounded number (soles per person): "0.2059"; for people in their number style.
std::string format_ratio(const std::optional<Ratio>& r, int places, RoundingMode mode,
                         const Style& s = Style::machine);
/// An amount, or the word for a missing value ("unknown", "no specific budget", "not reported").
std::string format_value(const Value& v, const Style& s);
/// The report's symbol for a missing value: SD, SPE, "-".
std::string_view report_symbol(ValueKind k);
/// A count of people with thousands separators.
std::string format_count(long long n, const Style& s = Style::human);

}  // namespace veedor

#pragma once
/// How figures are written: the one place that rounds an exact result for presentation.

#include "core/money.hpp"
#include "core/ratio.hpp"
#include "core/rounding.hpp"
#include "model/model.hpp"

#include <optional>
#include <string>

namespace veedor {

/// Human style (terminal, Markdown): "S/ 1,234.50", "29.28%", words for missing values.
/// Machine style (CSV): "1234.50", "29.28", the status in its own column.
enum class Style { human, machine };

/// Text for an undefined ratio (a zero or missing denominator), in every format but JSON.
inline constexpr const char* not_applicable = "n/a";

std::string format_money(const Money& m, Style s);
std::string format_optional_money(const std::optional<Money>& m, Style s);
/// A percentage ratio rounded to `places` by `mode`: "29.28%" (human) or "29.28" (machine).
std::string format_percent(const std::optional<Ratio>& r, int places, RoundingMode mode, Style s);
/// A plain rounded number (soles per person): "0.2059".
std::string format_ratio(const std::optional<Ratio>& r, int places, RoundingMode mode);
/// An amount, or the word for a missing value ("unknown", "no specific budget", "not reported").
std::string format_value(const Value& v, Style s);
/// The report's symbol for a missing value: SD, SPE, "-".
std::string_view report_symbol(ValueKind k);
/// A count of people with thousands separators.
std::string format_count(long long n);

}  // namespace veedor

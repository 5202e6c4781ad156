#pragma once
/// Rounding: a named rule (a mode and a number of decimal places), passed in, never global.
///
/// Every rounding in veedor goes through round_ratio(). The modes (docs/numerics.md):
///  - half-up:     ties go away from zero (2.675 -> 2.68, -2.675 -> -2.68). The report's own rule.
///  - half-even:   ties go to the even digit (2.665 -> 2.66, 2.675 -> 2.68). Banker's rounding.
///  - toward-zero: digits beyond the places are dropped (2.679 -> 2.67). Truncation.

#include "core/enum_names.hpp"
#include "core/decimal.hpp"
#include "core/ratio.hpp"

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace veedor {

enum class RoundingMode { half_up, half_even, toward_zero };

constexpr auto names_of(RoundingMode) {
    return std::array{
        EnumName<RoundingMode>{RoundingMode::half_up, "half-up"},
        EnumName<RoundingMode>{RoundingMode::half_even, "half-even"},
        EnumName<RoundingMode>{RoundingMode::toward_zero, "toward-zero"},
    };
}
static_assert(names_are_distinct(names_of(RoundingMode{})));
[[nodiscard]] inline std::optional<RoundingMode> parse_rounding_mode(std::string_view name) {
    return parse_name<RoundingMode>(name);
}

/// The exact ratio rounded to `places` decimal places by `mode`. Precondition: places >= 0
/// (std::invalid_argument otherwise; the command line and the readers range-check the places).
Decimal round_ratio(const Ratio& r, int places, RoundingMode mode);

/// The exact ratio rounded by `mode` to a multiple of `unit` (positive): to the nearest 100,000 for a
/// figure printed as "14.1 millones". The result has the unit's places. A unit of 10^-n is
/// round_ratio(r, n, mode).
Decimal round_to_unit(const Ratio& r, const Decimal& unit, RoundingMode mode);

/// How many decimal places each kind of presented figure gets, and the rounding mode.
struct Presentation {
    RoundingMode mode = RoundingMode::half_up;
    int percent_places = 2;     ///< execution rates and changes in %
    int share_places = 4;       ///< share of the general budget, in %
    int per_capita_places = 4;  ///< soles per person
};

}  // namespace veedor

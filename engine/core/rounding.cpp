#include "core/rounding.hpp"

#include <stdexcept>
#include <string>

namespace veedor {

Decimal round_ratio(const Ratio& r, int places, RoundingMode mode) {
    // A negative count would build a Decimal that cannot be printed (and scale the wrong way).
    if (places < 0)
        throw std::invalid_argument("round_ratio: the number of decimal places must be 0 or more, not " +
                                    std::to_string(places));
    // Work on the magnitude, then put the sign back: every mode here is symmetric about zero.
    bool negative = r.num() < 0;
    BigInt num = (negative ? BigInt(-r.num()) : r.num()) * pow10(places);
    const BigInt& den = r.den();
    BigInt q = num / den;
    BigInt rem = num % den;
    if (rem != 0) {
        BigInt twice = rem * 2;
        switch (mode) {
            case RoundingMode::toward_zero: break;
            case RoundingMode::half_up:
                if (twice >= den) q += 1;
                break;
            case RoundingMode::half_even:
                if (twice > den || (twice == den && (q % 2) != 0)) q += 1;
                break;
        }
    }
    return Decimal(negative ? BigInt(-q) : q, places);
}

Decimal round_to_unit(const Ratio& r, const Decimal& unit, RoundingMode mode) {
    if (unit.unscaled() <= 0) throw std::invalid_argument("round_to_unit: the unit must be positive");
    // r / unit = r.num * 10^places / (r.den * unscaled), rounded to a whole number of units.
    auto units = Ratio::of(r.num() * pow10(unit.places()), r.den() * unit.unscaled());
    Decimal whole = round_ratio(*units, 0, mode);
    return Decimal(whole.unscaled() * unit.unscaled(), unit.places());
}

}  // namespace veedor

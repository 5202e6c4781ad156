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

}  // namespace veedor

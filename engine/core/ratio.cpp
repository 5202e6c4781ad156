#include "core/ratio.hpp"

namespace veedor {

std::optional<Ratio> Ratio::of(const BigInt& num, const BigInt& den) {
    if (den == 0) return std::nullopt;
    if (den < 0) return Ratio(-num, -den);
    return Ratio(num, den);
}

std::optional<Ratio> Ratio::of(const Money& a, const Money& b) {
    return of(a.cents().convert_to<BigInt>(), b.cents().convert_to<BigInt>());
}

std::optional<Ratio> percent_of(const Money& a, const Money& b) {
    auto r = Ratio::of(a, b);
    if (!r) return std::nullopt;
    return r->times(100);
}

Ratio soles(const Money& m) { return *Ratio::of(m.cents().convert_to<BigInt>(), BigInt(100)); }

}  // namespace veedor

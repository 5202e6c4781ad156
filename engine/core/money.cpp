#include "core/money.hpp"

#include "core/decimal.hpp"
#include "core/error.hpp"

#include <limits>
#include <string>

namespace veedor {

void throw_money_overflow(const char* what) {
    throw InputError(msg(std::string("money.overflow-") + what));
}

i128 checked_mul(i128 a, i128 b) {
    i128 r;
    if (__builtin_mul_overflow(a, b, &r)) throw InputError(msg("money.overflow-a multiplication"));
    return r;
}

namespace {
/// a × b / den, half-up, through 256 bits: for a product beyond 128 bits whose quotient may still
/// fit (2000.00 soles × 10^9 / 10^9, say). Rare, so Boost's slower arithmetic is fine here.
i128 mul_div_half_up_wide(i128 a, i128 b, i128 den) {
    using Int256 = boost::multiprecision::int256_t;
    Int256 product = Int256(Int128(a)) * Int256(Int128(b));
    bool negative = product < 0;
    Int256 magnitude = negative ? Int256(-product) : product, d = Int256(Int128(den));
    Int256 quotient = magnitude / d, remainder = magnitude % d;
    if (remainder * 2 >= d) ++quotient;
    if (quotient > Int256(Int128(std::numeric_limits<i128>::max()))) throw_money_overflow("a multiplication");
    auto result = quotient.convert_to<Int128>().convert_to<i128>();
    return negative ? -result : result;
}
}  // namespace

i128 mul_div_half_up(i128 a, i128 b, i128 den) {
    constexpr i128 min64 = std::numeric_limits<long long>::min(), max64 = std::numeric_limits<long long>::max();
    if (a >= min64 && a <= max64 && b >= min64 && b <= max64 && den <= max64) [[likely]] {
        // The common case (a path step, a constant price, a growth rate): operands, product and
        // divisor all in 64 bits, one multiplication checked by the builtin and one division.
        long long p64;
        auto a64 = static_cast<long long>(a), b64 = static_cast<long long>(b);
        if (!__builtin_mul_overflow(a64, b64, &p64) && p64 != std::numeric_limits<long long>::min()) {
            bool negative = p64 < 0;
            auto m = static_cast<unsigned long long>(negative ? -p64 : p64), d = static_cast<unsigned long long>(den);
            unsigned long long quotient = m / d, remainder = m - quotient * d;
            quotient += remainder >= d - remainder;  // 2·remainder >= den, without overflow
            return negative ? -static_cast<i128>(quotient) : static_cast<i128>(quotient);
        }
    }
    i128 product;
    if (__builtin_mul_overflow(a, b, &product)) return mul_div_half_up_wide(a, b, den);
    bool negative = product < 0;
    // The magnitude of the most negative i128 does not fit: checked_sub reports it.
    u128 magnitude = static_cast<u128>(negative ? checked_sub(0, product) : product);
    auto d = static_cast<u128>(den);
    u128 quotient, remainder;
    if ((magnitude >> 64) == 0 && (d >> 64) == 0) {  // the common case: one 64-bit division
        auto m64 = static_cast<unsigned long long>(magnitude), d64 = static_cast<unsigned long long>(d);
        quotient = m64 / d64;
        remainder = m64 - static_cast<unsigned long long>(quotient) * d64;
    } else {
        quotient = magnitude / d;
        remainder = magnitude - quotient * d;
    }
    if (remainder >= d - remainder) ++quotient;  // 2·remainder >= den, without overflow
    auto result = static_cast<i128>(quotient);
    return negative ? -result : result;
}

std::string Money::plain() const { return Decimal(cents().convert_to<BigInt>(), 2).plain(); }

std::string Money::grouped(bool with_symbol) const {
    return Decimal(cents().convert_to<BigInt>(), 2).grouped(with_symbol ? "S/ " : "");
}

MoneyParse parse_money(std::string_view text) {
    DecimalParse d = parse_decimal(text, /*allow_sign=*/false);
    if (!d.value) return {std::nullopt, d.error};
    if (d.value->places() > 2)
        return {std::nullopt, "has " + std::to_string(d.value->places()) +
                                  " decimal places; amounts of money have at most 2"};
    if (d.integer_digits > max_amount_digits)
        return {std::nullopt, "is beyond the largest amount veedor accepts (10^24 soles)"};
    return {Money::from_cents(Int128(d.value->rescaled(2).unscaled())), {}};  // < 10^26: fits
}

}  // namespace veedor

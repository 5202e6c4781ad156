#pragma once
/// Money: an exact amount of soles, held as a whole number of céntimos.
///
/// Why céntimos in a checked 128-bit integer (see docs/numerics.md): every input amount has at
/// most two decimal places, so céntimos represent it exactly; sums and differences stay exact;
/// and every operation checks for overflow and throws an InputError (core/error.hpp)
/// instead of wrapping.
/// The value is a native __int128 with GCC's overflow builtins (as fast as the hardware allows,
/// which the Monte Carlo needs); Boost's checked_int128_t is the type for interchange.
/// Money never passes through a binary float. Division is not defined on Money: a ratio of two
/// amounts is a Ratio (ratio.hpp), exact until it is rounded for presentation.

#include <boost/multiprecision/cpp_int.hpp>

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace veedor {

using Int128 = boost::multiprecision::checked_int128_t;
__extension__ typedef __int128 i128;           // GCC and Clang: a native 128-bit integer
__extension__ typedef unsigned __int128 u128;

[[noreturn]] void throw_money_overflow(const char* what);

/// Amounts read from any input are below 10^24 soles: at most this many digits before the point.
inline constexpr int max_amount_digits = 24;

/// a + b, a - b, a × b on native 128-bit integers; an InputError instead of a wrap.
inline i128 checked_add(i128 a, i128 b) {
    i128 r;
    if (__builtin_add_overflow(a, b, &r)) throw_money_overflow("an addition");
    return r;
}
inline i128 checked_sub(i128 a, i128 b) {
    i128 r;
    if (__builtin_sub_overflow(a, b, &r)) throw_money_overflow("a subtraction");
    return r;
}
i128 checked_mul(i128 a, i128 b);
/// a × b / den rounded half-up (ties away from zero), exactly; den > 0.
i128 mul_div_half_up(i128 a, i128 b, i128 den);

/// mul_div_half_up with a denominator known when compiling (10^8 for percentages, 10^9 for the
/// price index, 10^10 for quantity × unit cost): when a and b fit in 63 bits, as they do for every
/// realistic budget, the product is one 64 × 64 multiplication. Den = 2^k × odd, and
/// floor(m / Den) = floor(floor(m / 2^k) / odd): when m / 2^k fits in 64 bits (m below 2^74 for
/// 10^10), the quotient is a shift and a 64-bit division by a constant, which the compiler turns
/// into multiplications; the remainder m - q × Den is below Den, so it is exact modulo 2^64.
/// Beyond that, one hardware 128-by-64 division; beyond that, the general function. Every path
/// gives the same exact result.
template <long long Den>
inline i128 mul_div_half_up_by(i128 a, i128 b) {
    static_assert(Den > 0);
    constexpr i128 lo = -(static_cast<i128>(1) << 62), hi = static_cast<i128>(1) << 62;
    if (a > lo && a < hi && b > lo && b < hi) [[likely]] {
        // One signed 64 x 64 -> 128 multiplication: |product| < 2^124, no overflow.
        i128 product = static_cast<i128>(static_cast<long long>(a)) * static_cast<long long>(b);
        bool negative = product < 0;
        auto magnitude = static_cast<u128>(negative ? -product : product);
        constexpr auto den = static_cast<unsigned long long>(Den);
        constexpr int twos = __builtin_ctzll(den);
        constexpr unsigned long long odd = den >> twos;
        unsigned long long q, r;
        auto shifted = magnitude >> twos;
        if ((shifted >> 64) == 0) [[likely]] {
            q = static_cast<unsigned long long>(shifted) / odd;
            r = static_cast<unsigned long long>(magnitude) - q * den;  // < den: exact modulo 2^64
        }
#if defined(__x86_64__)
        else if (static_cast<unsigned long long>(magnitude >> 64) < den) {
            // The quotient fits in 64 bits: one hardware 128-by-64 division.
            auto low = static_cast<unsigned long long>(magnitude);
            auto high = static_cast<unsigned long long>(magnitude >> 64);
            __asm__("divq %[d]" : "=a"(q), "=d"(r) : [d] "r"(den), "a"(low), "d"(high));
        }
#endif
        else {
            return mul_div_half_up(a, b, Den);
        }
        q += r >= den - r;
        return negative ? -static_cast<i128>(q) : static_cast<i128>(q);
    }
    return mul_div_half_up(a, b, Den);
}

class Money {
public:
    constexpr Money() = default;

    /// The amount of `cents` céntimos.
    static Money from_cents(const Int128& cents) { return Money(cents.convert_to<i128>()); }
    static Money from_raw(i128 cents) { return Money(cents); }
    /// A whole number of soles.
    static Money from_soles(long long soles) { return Money(checked_mul(soles, 100)); }

    Int128 cents() const { return Int128(cents_); }
    i128 raw() const { return cents_; }
    bool is_zero() const { return cents_ == 0; }
    bool is_negative() const { return cents_ < 0; }

    Money operator+(const Money& o) const { return Money(checked_add(cents_, o.cents_)); }
    Money operator-(const Money& o) const { return Money(checked_sub(cents_, o.cents_)); }
    Money operator-() const { return Money(checked_sub(0, cents_)); }
    Money& operator+=(const Money& o) { cents_ = checked_add(cents_, o.cents_); return *this; }
    Money& operator-=(const Money& o) { cents_ = checked_sub(cents_, o.cents_); return *this; }
    bool operator==(const Money& o) const { return cents_ == o.cents_; }
    std::strong_ordering operator<=>(const Money& o) const {
        return cents_ < o.cents_ ? std::strong_ordering::less
             : cents_ > o.cents_ ? std::strong_ordering::greater
                                 : std::strong_ordering::equal;
    }

    /// Plain decimal text with exactly two places: "-1234.50". For machines (CSV, JSON).
    std::string plain() const;
    /// Grouped text with two places: "1,234.50"; with_symbol gives "S/ 1,234.50", "-S/ 5.00".
    std::string grouped(bool with_symbol = false) const;

private:
    explicit Money(i128 c) : cents_(c) {}
    i128 cents_ = 0;
};

/// Why an amount's text was rejected; empty when it was accepted.
struct [[nodiscard]] MoneyParse {
    std::optional<Money> value;
    std::string error;
};

/// Parses an amount of soles from its decimal text: digits, an optional point and at most two
/// decimals ("954099", "954099.5", "954099.00"). No sign, exponent, separators, spaces or leading
/// zeros ("010" looks octal to YAML 1.1 readers); at most 24 integer digits.
MoneyParse parse_money(std::string_view text);

}  // namespace veedor

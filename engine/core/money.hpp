#pragma once
/// Money: an exact amount of soles, held as a whole number of céntimos.
///
/// Why céntimos in a checked 128-bit integer (see docs/numerics.md): every input amount has at
/// most two decimal places, so céntimos represent it exactly; sums and differences stay exact;
/// and every operation checks for overflow and throws std::overflow_error instead of wrapping.
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
using i128 = __int128;

/// a + b, a - b, a × b on native 128-bit integers; std::overflow_error instead of a wrap.
i128 checked_add(i128 a, i128 b);
i128 checked_sub(i128 a, i128 b);
i128 checked_mul(i128 a, i128 b);
/// a × b / den rounded half-up (ties away from zero), exactly; den > 0.
i128 mul_div_half_up(i128 a, i128 b, i128 den);

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
struct MoneyParse {
    std::optional<Money> value;
    std::string error;
};

/// Parses an amount of soles from its decimal text: digits, an optional point and at most two
/// decimals ("954099", "954099.5", "954099.00"). No sign, exponent, separators, spaces or leading
/// zeros ("010" looks octal to YAML 1.1 readers); at most 24 integer digits.
MoneyParse parse_money(std::string_view text);

}  // namespace veedor

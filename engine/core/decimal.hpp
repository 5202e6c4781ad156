#pragma once
/// Decimal: an exact decimal number `unscaled × 10^-places`, of any size.
///
/// Used for figures that are not amounts of money held by the engine: the values a source printed
/// (percentages like 0.0046, rounded totals like 6485049) and rounded results ready to print.
/// Arithmetic on money happens in Money and Ratio; Decimal is for reading and writing numbers.

#include <boost/multiprecision/cpp_int.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace veedor {

using BigInt = boost::multiprecision::cpp_int;

class Decimal {
public:
    Decimal() = default;
    Decimal(BigInt unscaled, int places) : unscaled_(std::move(unscaled)), places_(places) {}

    const BigInt& unscaled() const { return unscaled_; }
    int places() const { return places_; }
    bool is_negative() const { return unscaled_ < 0; }

    /// The same value with `places` decimal places; places must not be fewer than places().
    Decimal rescaled(int places) const;

    /// Exact comparison across any number of places: 1.5 == 1.50.
    bool operator==(const Decimal& o) const;

    /// "-1234.50": sign, digits, point. For machines.
    std::string plain() const;
    /// "1,234.50" with thousands separators; `prefix` goes after the sign ("-S/ 5.00").
    std::string grouped(std::string_view prefix = "", std::string_view thousands = ",", std::string_view point = ".") const;

private:
    BigInt unscaled_ = 0;
    int places_ = 0;
};

struct [[nodiscard]] DecimalParse {
    std::optional<Decimal> value;
    std::string error;       ///< why the text was rejected, as "... is not ..." after the text
    int integer_digits = 0;  ///< digits before the point
};

/// Parses strict decimal text: [-]digits[.digits]. No leading zeros (except a lone 0 before the
/// point), no exponent, separators, spaces, '+', hex or special values. `allow_sign` allows '-'.
DecimalParse parse_decimal(std::string_view text, bool allow_sign);

/// 10^n as a BigInt.
BigInt pow10(int n);

}  // namespace veedor

#include "core/decimal.hpp"

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace veedor {

BigInt pow10(int n) {
    BigInt r = 1;
    for (int i = 0; i < n; ++i) r *= 10;
    return r;
}

Decimal Decimal::rescaled(int places) const {
    if (places < places_) throw std::logic_error("Decimal::rescaled would lose digits");
    return Decimal(unscaled_ * pow10(places - places_), places);
}

bool Decimal::operator==(const Decimal& o) const {
    int p = std::max(places_, o.places_);
    return rescaled(p).unscaled_ == o.rescaled(p).unscaled_;
}

std::string Decimal::plain() const {
    return grouped("", "", ".");
}

std::string Decimal::grouped(std::string_view prefix, std::string_view thousands, std::string_view point) const {
    BigInt magnitude = unscaled_ < 0 ? BigInt(-unscaled_) : unscaled_;
    std::string digits = magnitude.str();
    if (static_cast<int>(digits.size()) <= places_)
        digits.insert(0, static_cast<size_t>(places_) - digits.size() + 1, '0');
    std::string int_part = digits.substr(0, digits.size() - static_cast<size_t>(places_));
    std::string frac_part = digits.substr(digits.size() - static_cast<size_t>(places_));

    std::string out;
    if (unscaled_ < 0) out += '-';
    out += prefix;
    for (size_t i = 0; i < int_part.size(); ++i) {
        if (!thousands.empty() && i > 0 && (int_part.size() - i) % 3 == 0) out += thousands;
        out += int_part[i];
    }
    if (places_ > 0) {
        out += point;
        out += frac_part;
    }
    return out;
}

DecimalParse parse_decimal(std::string_view text, bool allow_sign) {
    DecimalParse r;
    auto fail = [&](std::string why) {
        r.error = std::move(why);
        return r;
    };
    std::string_view s = text;
    bool negative = false;
    if (s.empty()) return fail("is empty; expected a number");
    if (s.front() == '-') {
        negative = true;
        s.remove_prefix(1);
    }
    if (s.empty()) return fail("is not a number");
    if (s.front() == '+') return fail("has a '+' sign; write the number without it");
    size_t point = s.find('.');
    std::string_view int_part = s.substr(0, point);
    std::string_view frac_part = point == std::string_view::npos ? std::string_view{} : s.substr(point + 1);
    auto all_digits = [](std::string_view v) {
        return std::all_of(v.begin(), v.end(), [](unsigned char c) { return std::isdigit(c); });
    };
    if (s.find_first_of(",_ ") != std::string_view::npos || s.find('\'') != std::string_view::npos)
        return fail("has separators or spaces; write digits only, with '.' before the decimals");
    if (s.find_first_of("eE") != std::string_view::npos && s.find_first_of("xX") == std::string_view::npos &&
        s != ".inf" && s != ".nan")
        return fail("has an exponent; write the number in full");
    if (int_part.empty() || !all_digits(int_part) ||
        (point != std::string_view::npos && (frac_part.empty() || !all_digits(frac_part))))
        return fail("is not a decimal number (expected digits, optionally '.' and decimals)");
    if (int_part.size() > 1 && int_part.front() == '0')
        return fail("has a leading zero (YAML 1.1 readers take it as octal); remove it");
    if (int_part.size() + frac_part.size() > 60) return fail("has too many digits");

    // cpp_int reads a leading 0 as an octal prefix: hand it the digits without leading zeros.
    std::string digits = std::string(int_part) + std::string(frac_part);
    digits.erase(0, std::min(digits.find_first_not_of('0'), digits.size() - 1));
    BigInt unscaled(digits);
    if (negative && !allow_sign)  // "-0" is refused too, but called what it is
        return fail(unscaled == 0 ? "is a negative zero; write it without the '-' sign"
                                  : "is negative; it must not be negative here");
    if (negative) unscaled = -unscaled;
    r.value = Decimal(unscaled, static_cast<int>(frac_part.size()));
    r.integer_digits = static_cast<int>(int_part.size());
    return r;
}

}  // namespace veedor

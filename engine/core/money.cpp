#include "core/money.hpp"

#include "core/decimal.hpp"

namespace veedor {

std::string Money::plain() const { return Decimal(cents_.convert_to<BigInt>(), 2).plain(); }

std::string Money::grouped(bool with_symbol) const {
    return Decimal(cents_.convert_to<BigInt>(), 2).grouped(with_symbol ? "S/ " : "");
}

MoneyParse parse_money(std::string_view text) {
    DecimalParse d = parse_decimal(text, /*allow_sign=*/false);
    if (!d.value) return {std::nullopt, d.error};
    if (d.value->places() > 2)
        return {std::nullopt, "has " + std::to_string(d.value->places()) +
                                  " decimal places; amounts of money have at most 2"};
    if (d.integer_digits > 24)
        return {std::nullopt, "is beyond the largest amount veedor accepts (10^24 soles)"};
    return {Money::from_cents(Int128(d.value->rescaled(2).unscaled())), {}};
}

}  // namespace veedor

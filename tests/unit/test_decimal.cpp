// Decimal parsing and formatting, exact ratios, and the three rounding modes.
#include "core/decimal.hpp"
#include "core/ratio.hpp"
#include "core/rounding.hpp"

#include <doctest/doctest.h>

using namespace veedor;

static Decimal dec(const char* text) { return *parse_decimal(text, true).value; }
static std::string rounded(long long num, long long den, int places, RoundingMode mode) {
    return round_ratio(*Ratio::of(BigInt(num), BigInt(den)), places, mode).plain();
}

TEST_CASE("decimal text is read exactly, with its places") {
    CHECK(dec("0.0046").places() == 4);
    CHECK(dec("0.0046").unscaled() == 46);
    CHECK(dec("100").places() == 0);
    CHECK(dec("-7678474").unscaled() == -7678474);
    CHECK(dec("1.10") == dec("1.1"));
    CHECK_FALSE(dec("1.10") == dec("1.11"));
    CHECK(dec("0.0015").plain() == "0.0015");  // a leading 0 is not an octal prefix
}

TEST_CASE("decimal text that is not a plain number is rejected with the reason") {
    CHECK(parse_decimal("1e6", true).error == "has an exponent; write the number in full");
    CHECK(parse_decimal("010", true).error == "has a leading zero (YAML 1.1 readers take it as octal); remove it");
    CHECK(parse_decimal("1,000.00", true).error ==
          "has separators or spaces; write digits only, with '.' before the decimals");
    CHECK(parse_decimal(" 5", true).error == "has separators or spaces; write digits only, with '.' before the decimals");
    CHECK(parse_decimal("+5", true).error == "has a '+' sign; write the number without it");
    CHECK(parse_decimal("-5", false).error == "is negative; it must not be negative here");
    CHECK(parse_decimal("-a", false).error == "is not a decimal number (expected digits, optionally '.' and decimals)");
    CHECK(parse_decimal("-0", false).error == "is a negative zero; write it without the '-' sign");  // found by fuzzing
    CHECK(parse_decimal("-0.00", false).error == "is a negative zero; write it without the '-' sign");
    CHECK(parse_decimal("-0", true).value.has_value());
    CHECK(parse_decimal("0x10", true).error == "is not a decimal number (expected digits, optionally '.' and decimals)");
    CHECK(parse_decimal(".inf", true).error == "is not a decimal number (expected digits, optionally '.' and decimals)");
    CHECK(parse_decimal(".5", true).error == "is not a decimal number (expected digits, optionally '.' and decimals)");
    CHECK(parse_decimal("5.", true).error == "is not a decimal number (expected digits, optionally '.' and decimals)");
    CHECK(parse_decimal("", true).error == "is empty; expected a number");
}

TEST_CASE("grouped formatting puts the sign before the currency") {
    CHECK(dec("14163523.00").grouped("S/ ") == "S/ 14,163,523.00");
    CHECK(dec("-7678473.50").grouped("S/ ") == "-S/ 7,678,473.50");
    CHECK(dec("999").grouped() == "999");
    CHECK(dec("1000").grouped() == "1,000");
    CHECK(dec("0.05").grouped() == "0.05");
}

TEST_CASE("half-up sends ties away from zero") {
    CHECK(rounded(2665, 1000, 2, RoundingMode::half_up) == "2.67");
    CHECK(rounded(2675, 1000, 2, RoundingMode::half_up) == "2.68");
    CHECK(rounded(-2665, 1000, 2, RoundingMode::half_up) == "-2.67");
    CHECK(rounded(1, 3, 2, RoundingMode::half_up) == "0.33");
    CHECK(rounded(2, 3, 2, RoundingMode::half_up) == "0.67");
}

TEST_CASE("half-even sends ties to the even digit") {
    CHECK(rounded(2665, 1000, 2, RoundingMode::half_even) == "2.66");
    CHECK(rounded(2675, 1000, 2, RoundingMode::half_even) == "2.68");
    CHECK(rounded(125, 1000, 2, RoundingMode::half_even) == "0.12");
    CHECK(rounded(-125, 1000, 2, RoundingMode::half_even) == "-0.12");
    CHECK(rounded(2666, 1000, 2, RoundingMode::half_even) == "2.67");  // not a tie
}

TEST_CASE("toward-zero truncates") {
    CHECK(rounded(2679, 1000, 2, RoundingMode::toward_zero) == "2.67");
    CHECK(rounded(-2679, 1000, 2, RoundingMode::toward_zero) == "-2.67");
    CHECK(rounded(64850495, 10, 0, RoundingMode::toward_zero) == "6485049");
    CHECK(rounded(64850495, 10, 0, RoundingMode::half_up) == "6485050");
}

TEST_CASE("a ratio over zero is n/a, never inf or nan") {
    CHECK_FALSE(Ratio::of(BigInt(1), BigInt(0)).has_value());
    CHECK_FALSE(percent_of(Money::from_soles(5), Money{}).has_value());
    CHECK(Ratio::of(BigInt(1), BigInt(-2)) == Ratio::of(BigInt(-1), BigInt(2)));
}

TEST_CASE("rounding mode names") {
    CHECK(parse_rounding_mode("half-up") == RoundingMode::half_up);
    CHECK(parse_rounding_mode("half-even") == RoundingMode::half_even);
    CHECK(parse_rounding_mode("toward-zero") == RoundingMode::toward_zero);
    CHECK_FALSE(parse_rounding_mode("up").has_value());
}

TEST_CASE("round_ratio rejects negative places instead of returning a number that cannot be printed") {
    // Before: 1234/1 at -2 places came back as a Decimal with places -2, whose plain() threw.
    auto r = *Ratio::of(BigInt(1234), BigInt(1));
    CHECK_THROWS_WITH_AS(round_ratio(r, -2, RoundingMode::half_up),
                         "round_ratio: the number of decimal places must be 0 or more, not -2", std::invalid_argument);
    CHECK_THROWS_AS(round_ratio(r, -1, RoundingMode::toward_zero), std::invalid_argument);
    CHECK(round_ratio(r, 0, RoundingMode::half_up).plain() == "1234");
}

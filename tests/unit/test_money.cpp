// Money: parsed from text, exact sums, overflow is an error.
#include "core/error.hpp"
#include "core/money.hpp"

#include <doctest/doctest.h>

#include <stdexcept>

using namespace veedor;

static Money money(const char* text) { return *parse_money(text).value; }

TEST_CASE("amounts are read exactly from their text") {
    CHECK(money("3803268.50").cents() == 380326850);
    CHECK(money("3803268.5").cents() == 380326850);
    CHECK(money("954099").cents() == 95409900);
    CHECK(money("0.10").plain() == "0.10");
    CHECK(money("0.1") + money("0.2") == money("0.3"));
}

TEST_CASE("the report's 2015 sector allocations sum exactly to its total") {
    Money total;
    for (const char* a : {"954099.00", "2914192.00", "761695.00", "761114.00", "199519.00", "568820.00", "244729.00",
                          "161521.00", "6850401.00", "147840.00", "599593.00"})
        total += money(a);
    CHECK(total.grouped(true) == "S/ 14,163,523.00");
    Money executed = money("876041.10") + money("2636086.82") + money("422852.20") + money("4000.00") +
                     money("180376.47") + money("27539.00");
    CHECK(executed.plain() == "4146895.59");
}

TEST_CASE("amounts with more than two decimal places are refused") {
    MoneyParse p = parse_money("1.005");
    CHECK_FALSE(p.value.has_value());
    CHECK(p.error == "has 3 decimal places; amounts of money have at most 2");
}

TEST_CASE("amounts beyond the accepted range are refused") {
    CHECK(parse_money("999999999999999999999999.99").value.has_value());  // 24 digits
    CHECK(parse_money("1000000000000000000000000").error ==
          "is beyond the largest amount veedor accepts (10^24 soles)");
}

TEST_CASE("negative amounts are refused when read") {
    CHECK(parse_money("-5.00").error == "is negative; it must not be negative here");
}

TEST_CASE("overflow is an error, never a wrap") {
    // The largest 128-bit value, 2^127 - 1 (numeric_limits knows no __int128 in strict C++20).
    const i128 max = static_cast<i128>((static_cast<u128>(1) << 127) - 1);
    Money big = Money::from_raw(max);
    // The input's fault, not a bug: an InputError with no place yet (the caller that knows the rule
    // adds it), which run_cli reports with exit 1.
    CHECK_THROWS_WITH_AS(big + Money::from_cents(1), "overflow in an addition of money", InputError);
    CHECK_THROWS_WITH_AS(-big - Money::from_cents(1) - Money::from_cents(1), "overflow in a subtraction of money",
                         InputError);
    // A product past 128 bits whose quotient fits is exact (through 256 bits); one that does not fit throws.
    CHECK(Int128(mul_div_half_up(max, 2, 3)) == Int128("113427455640312821154458202477256070485"));
    CHECK(Int128(mul_div_half_up(-max, 2, 3)) == Int128("-113427455640312821154458202477256070485"));
    CHECK_THROWS_WITH_AS(mul_div_half_up(max, 3, 2), "overflow in a multiplication of money", InputError);
    CHECK(mul_div_half_up(-5, 1, 2) == -3);  // -2.5 -> -3: ties away from zero
    CHECK(mul_div_half_up(5, 1, 2) == 3);
    CHECK(mul_div_half_up(7, 1, 3) == 2);
    CHECK(mul_div_half_up(max, 1, max) == 1);
}

TEST_CASE("money is printed plain for machines and grouped for people") {
    CHECK(money("14163523").plain() == "14163523.00");
    CHECK(money("14163523").grouped(true) == "S/ 14,163,523.00");
    CHECK((Money{} - money("140284")).grouped(true) == "-S/ 140,284.00");
}

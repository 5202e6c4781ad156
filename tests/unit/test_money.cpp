// Money: parsed from text, exact sums, overflow is an error.
#include "core/error.hpp"
#include "core/money.hpp"

#include <doctest/doctest.h>

#include <limits>
#include <stdexcept>
#include <utility>
#include <vector>

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

namespace {
using Int256 = boost::multiprecision::int256_t;
/// a × b / den half-up (ties away from zero) in 256 bits: the definition the fast paths must meet.
Int256 reference(i128 a, i128 b, long long den) {
    Int256 p = Int256(Int128(a)) * Int256(Int128(b));
    Int256 m = p < 0 ? Int256(-p) : p, q = m / den, r = m % den;
    if (2 * r >= den) ++q;
    return p < 0 ? Int256(-q) : q;
}
template <long long Den>
void agrees(i128 a, i128 b) {
    INFO("a = " << Int128(a) << ", b = " << Int128(b) << ", den = " << Den);
    CHECK(Int256(Int128(mul_div_half_up_by<Den>(a, b))) == reference(a, b, Den));
    CHECK(Int256(Int128(mul_div_half_up(a, b, Den))) == reference(a, b, Den));
}
}  // namespace

TEST_CASE("the 64-bit fast paths of a x b / den give the exact half-up quotient at every boundary") {
    // Products just below and above 2^63, 2^64, 2^(64 + k) for den = 2^k x odd (the shifted 64-bit
    // division), 2^64 x den (the 128-by-64 division) and near 2^124; exact ties; both signs.
    const i128 two63 = static_cast<i128>(1) << 63, two62 = static_cast<i128>(1) << 62;
    std::vector<std::pair<i128, i128>> cases = {
        {0, 0}, {1, 1}, {5, 1}, {15, 1}, {25, 2}, {7, 3},
        {two63 - 1, 1}, {two63, 1}, {two63 + 1, 1}, {two62 - 1, 2}, {two62 - 1, 4}, {two62 - 1, 1 << 10},
        {two62 - 1, 1 << 11}, {two62 - 1, two62 - 1}, {626'000000, 21896'740000}, {626'000000, 37881'360000},
        {3'000000'000000, 999'990000}, {1'000000'000000, 50'000000'000000}, {999'999'999'999, 1'000'000'000'000'000},
        {static_cast<i128>(10'000'000'000LL) * 5 / 2, 1}, {50'000'000, 1}, {500'000'000, 1},  // exact ties
        {(static_cast<i128>(1) << 72) / 3, 3}, {(static_cast<i128>(1) << 74) / 5 + 1, 5}, {two62 - 1, (two62 - 1) / 3},
    };
    for (auto [a, b] : cases) {
        for (i128 sa : {1, -1})
            for (i128 sb : {1, -1}) {
                agrees<100'000'000LL>(a * sa, b * sb);
                agrees<1'000'000'000LL>(a * sa, b * sb);
                agrees<10'000'000'000LL>(a * sa, b * sb);
            }
    }
    // The 64-bit path of the general function: a product that just fits, the most negative product,
    // and a divisor beyond 63 bits.
    const long long max64 = std::numeric_limits<long long>::max(), min64 = std::numeric_limits<long long>::min();
    CHECK(mul_div_half_up(max64, 1, 2) == (static_cast<i128>(max64) + 1) / 2);
    CHECK(mul_div_half_up(min64, 1, 2) == static_cast<i128>(min64) / 2);
    CHECK(mul_div_half_up(min64, 1, 3) == -3074457345618258603LL);  // -3074457345618258602.67
    CHECK(mul_div_half_up(min64 + 1, -1, 1) == max64);
    CHECK(mul_div_half_up(3, 5, static_cast<i128>(max64) + 1) == 0);
    CHECK(mul_div_half_up(max64, 3, static_cast<i128>(max64) * 2) == 2);  // 1.5 -> 2
}

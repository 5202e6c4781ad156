// Numbers on the command line: plain decimal digits within a range (docs/cli.md), and the
// nearest command or option offered for a typo.
#include "cli/number_option.hpp"
#include "cli/usage_error.hpp"

#include <doctest/doctest.h>

#include <limits>
#include <string>

using namespace veedor;

namespace {
constexpr std::uint64_t max64 = std::numeric_limits<std::uint64_t>::max();
const std::string not_plain = " is not a plain decimal number (digits 0-9 only, no sign, no leading zero)";

std::string refusal(const std::string& text, NumberRange range) {
    NumberRead r = read_plain_number(text, range);
    CHECK_FALSE(r.value.has_value());
    return r.error;
}
}  // namespace

TEST_CASE("plain decimal numbers are read exactly up to both ends of the range") {
    CHECK(read_plain_number("0", {0, 12}).value == 0u);
    CHECK(read_plain_number("12", {0, 12}).value == 12u);
    CHECK(read_plain_number("10", {0, 12}).value == 10u);
    CHECK(read_plain_number("1900", {1900, 2200}).value == 1900u);
    CHECK(read_plain_number("2015", {1900, 2200}).value == 2015u);
    CHECK(read_plain_number("18446744073709551615", {0, max64}).value == max64);
    CHECK(read_plain_number("18446744073709551615", {0, max64}).error.empty());
}

TEST_CASE("octal-looking and hexadecimal text is refused and never read in another base") {
    CHECK(refusal("010", {0, 12}) == "010" + not_plain);
    CHECK(refusal("02015", {1900, 2200}) == "02015" + not_plain);
    CHECK(refusal("0x7df", {1900, 2200}) == "0x7df" + not_plain);
    CHECK(refusal("00", {0, 12}) == "00" + not_plain);
}

TEST_CASE("signs or spaces or separators or exponents or empty text are not plain numbers") {
    for (std::string text : {"+5", " 5", "5 ", "1_000", "1,000", "1.5", "1e3", "5x", "-0", "--1", "-010"})
        CHECK(refusal(text, {0, max64}) == text + not_plain);
    CHECK(refusal("", {0, 12}) == "''" + not_plain);
}

TEST_CASE("beyond the range or negative or beyond 2^64-1 is out of range and never wrapped") {
    CHECK(refusal("13", {0, 12}) == "13 is out of range 0..12");
    CHECK(refusal("1899", {1900, 2200}) == "1899 is out of range 1900..2200");
    CHECK(refusal("-1", {0, max64}) == "-1 is out of range 0..18446744073709551615");
    CHECK(refusal("18446744073709551616", {0, max64}) ==
          "18446744073709551616 is out of range 0..18446744073709551615");
    CHECK(refusal("99999999999999999999999", {0, max64}) ==
          "99999999999999999999999 is out of range 0..18446744073709551615");
    CHECK(refusal("0", {1, 1000000000}) == "0 is out of range 1..1000000000");
}

TEST_CASE("a long value is shown cut with its length") {
    std::string digits(100, '9');
    CHECK(refusal(digits, {0, max64}) == std::string(40, '9') + "... (100 characters) is out of range 0..18446744073709551615");
}

TEST_CASE("the nearest command or option: a likely typo only") {
    std::vector<std::string> commands = {"check", "compare", "audit", "simulate", "plot", "report", "import"};
    CHECK(nearest_name("compar", commands) == "compare");
    CHECK(nearest_name("simualte", commands) == "simulate");  // two letters swapped: one edit
    CHECK(nearest_name("chekc", commands) == "check");
    CHECK(nearest_name("xyz", commands).empty());
    CHECK(nearest_name("p", commands).empty());
    std::vector<std::string> options = {"--year", "--group", "--format", "--seed"};
    CHECK(nearest_name("--yaer", options) == "--year");
    CHECK(nearest_name("--seeds", options) == "--seed");
    CHECK(nearest_name("--colour", options).empty());
}

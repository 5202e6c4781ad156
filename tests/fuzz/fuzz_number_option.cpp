// libFuzzer target: the reader of numeric command-line options (cli/number_option.hpp). A value is
// accepted exactly when the text is plain decimal digits (no sign, no leading zero) within the
// range, and then it equals the decimal reading of the text; a refusal always says why.
//
// Input: one byte choosing the range (four ranges veedor uses, or two 8-byte ends taken from the
// input), then the text of the value.
#include "cli/number_option.hpp"

#include <charconv>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>

namespace {

std::uint64_t take_u64(const std::uint8_t*& data, std::size_t& size) {
    std::uint64_t v = 0;
    std::size_t n = size < 8 ? size : 8;
    std::memcpy(&v, data, n);
    data += n;
    size -= n;
    return v;
}

veedor::NumberRange take_range(const std::uint8_t*& data, std::size_t& size) {
    constexpr std::uint64_t max = std::numeric_limits<std::uint64_t>::max();
    if (size == 0) return {0, max};
    std::uint8_t choice = *data++;
    --size;
    switch (choice % 5) {
        case 0: return {0, max};             // --seed
        case 1: return {1900, 2200};         // --year
        case 2: return {0, 12};              // --percent-places
        case 3: return {1, 1'000'000'000};   // --max-trials
        default: {
            std::uint64_t a = take_u64(data, size), b = take_u64(data, size);
            return a <= b ? veedor::NumberRange{a, b} : veedor::NumberRange{b, a};
        }
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    veedor::NumberRange range = take_range(data, size);
    std::string_view text(reinterpret_cast<const char*>(data), size);

    // The reference, written independently: the rule in words, and std::from_chars in base 10.
    bool digits = !text.empty() && text.find_first_not_of("0123456789") == std::string_view::npos;
    bool plain = digits && (text.size() == 1 || text[0] != '0');
    std::uint64_t decimal = 0;
    bool representable = false;
    if (plain) {
        auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), decimal, 10);
        representable = ec == std::errc() && end == text.data() + text.size();
    }
    bool expected = plain && representable && decimal >= range.low && decimal <= range.high;

    veedor::NumberRead r = veedor::read_plain_number(text, range);
    if (r.value.has_value() != expected) __builtin_trap();
    if (r.value && *r.value != decimal) __builtin_trap();
    if (r.value.has_value() != r.error.empty()) __builtin_trap();  // a refusal says why, an acceptance nothing
    if (!r.value && !text.empty() && text.size() <= 40 && r.error.compare(0, text.size(), text) != 0)
        __builtin_trap();  // the message starts with the value as typed
    return 0;
}

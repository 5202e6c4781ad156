// libFuzzer target: the amount and decimal parsers. An accepted amount prints back to text that
// parses to the same amount; nothing else is accepted.
#include "core/decimal.hpp"
#include "core/money.hpp"

#include <cctype>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace veedor;
    std::string text(reinterpret_cast<const char*>(data), size);
    MoneyParse m = parse_money(text);
    if (m.value) {
        if (!m.error.empty()) __builtin_trap();
        for (char c : text)
            if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '.')) __builtin_trap();  // digits and a point only
        MoneyParse again = parse_money(m.value->plain());
        if (!again.value || !(*again.value == *m.value)) __builtin_trap();
    } else if (m.error.empty()) {
        __builtin_trap();  // a refusal always says why
    }
    DecimalParse d = parse_decimal(text, true);
    if (d.value) {
        DecimalParse again = parse_decimal(d.value->plain(), true);
        if (!again.value || !(*again.value == *d.value)) __builtin_trap();
    }
    return 0;
}

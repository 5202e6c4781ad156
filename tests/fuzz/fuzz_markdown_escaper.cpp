// libFuzzer target: markdown_safe() leaves no unescaped table bar or formatting character and no
// line end; removing the escapes gives back the text (line ends as spaces, control characters
// as U+FFFD).
#include "text/table.hpp"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    std::string e = veedor::markdown_safe(text);
    const std::string special = "\\|*_`[]<>#~";
    std::string back;
    for (size_t i = 0; i < e.size(); ++i) {
        if (e[i] == '\n' || e[i] == '\r') __builtin_trap();
        if (e[i] == '\\') {
            if (i + 1 >= e.size() || special.find(e[i + 1]) == std::string::npos) __builtin_trap();
            back += e[++i];
            continue;
        }
        if (special.find(e[i]) != std::string::npos) __builtin_trap();  // unescaped
        back += e[i];
    }
    std::string expected;
    for (char c : text) expected += (c == '\n' || c == '\r') ? ' ' : c;
    if (back != veedor::terminal_safe(expected)) __builtin_trap();
    return 0;
}

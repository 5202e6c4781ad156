// libFuzzer target: html_escape() leaves no markup character, and unescaping gives back the text
// (with control characters shown as U+FFFD).
#include "text/table.hpp"
#include "report/document.hpp"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string text(reinterpret_cast<const char*>(data), size);
    std::string e = veedor::html_escape(text);
    if (e.find_first_of("<>\"'") != std::string::npos) __builtin_trap();
    std::string back;
    for (size_t i = 0; i < e.size(); ++i) {
        if (e[i] != '&') {
            back += e[i];
            continue;
        }
        size_t end = e.find(';', i);
        if (end == std::string::npos) __builtin_trap();
        std::string entity = e.substr(i, end - i + 1);
        if (entity == "&amp;") back += '&';
        else if (entity == "&lt;") back += '<';
        else if (entity == "&gt;") back += '>';
        else if (entity == "&quot;") back += '"';
        else if (entity == "&#39;") back += '\'';
        else __builtin_trap();
        i = end;
    }
    if (back != veedor::terminal_safe(text)) __builtin_trap();
    return 0;
}

// libFuzzer target: a CSV field parses back (RFC 4180) to the original text (its control
// characters but tab, CR and LF shown as "\x1b"), or to that with a leading apostrophe when it
// would start a formula; a parsed cell never starts a formula
// unless it is a plain number.
#include "text/table.hpp"

#include <cctype>
#include <cstdint>
#include <string>

namespace {
/// Parses one RFC 4180 field that spans the whole input.
bool parse_field(const std::string& f, std::string& out) {
    out.clear();
    if (f.empty() || f.front() != '"') {
        if (f.find_first_of(",\"\r\n") != std::string::npos) return false;
        out = f;
        return true;
    }
    if (f.size() < 2 || f.back() != '"') return false;
    for (size_t i = 1; i + 1 < f.size(); ++i) {
        if (f[i] == '"') {
            if (i + 2 >= f.size() || f[i + 1] != '"') return false;
            ++i;
        }
        out += f[i];
    }
    return true;
}
bool plain_number(const std::string& s) {
    size_t i = s.size() > 1 && s[0] == '-' ? 1 : 0;
    bool digits = false, point = false;
    for (; i < s.size(); ++i) {
        if (std::isdigit(static_cast<unsigned char>(s[i]))) digits = true;
        else if (s[i] == '.' && !point) point = true;
        else return false;
    }
    return digits;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string raw(reinterpret_cast<const char*>(data), size), text;
    for (char c : raw) {
        auto u = static_cast<unsigned char>(c);
        bool shown = (u < 0x20 || u == 0x7F) && c != '\t' && c != '\r' && c != '\n';
        text += shown ? veedor::terminal_safe(std::string(1, c)) : std::string(1, c);
    }
    std::string parsed;
    if (!parse_field(veedor::csv_field(raw), parsed)) __builtin_trap();
    if (parsed != text && parsed != "'" + text) __builtin_trap();
    if (!parsed.empty() && std::string("=+-@\t\r").find(parsed[0]) != std::string::npos && !plain_number(parsed))
        __builtin_trap();
    return 0;
}

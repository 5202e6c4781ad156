#include "plots/script_stamp.hpp"

#include <cstdint>
#include <cstdio>
#include <string_view>

namespace veedor {

namespace {

constexpr std::string_view stamp_prefix = "# veedor: fnv1a64 ";

std::string fnv1a64_hex(std::string_view bytes) {
    std::uint64_t h = 0xcbf29ce484222325ULL;  // the FNV-1a 64-bit offset basis and prime
    for (unsigned char c : bytes) {
        h ^= c;
        h *= 0x100000001b3ULL;
    }
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
    return hex;
}

}  // namespace

std::string stamped_script(const std::string& script) {
    return std::string(stamp_prefix) + fnv1a64_hex(script) + "\n" + script;
}

bool intact_script(const std::string& text) {
    std::string_view t = text;
    if (t.substr(0, stamp_prefix.size()) != stamp_prefix) return false;
    size_t eol = t.find('\n');
    if (eol == std::string_view::npos) return false;
    return t.substr(stamp_prefix.size(), eol - stamp_prefix.size()) == fnv1a64_hex(t.substr(eol + 1));
}

}  // namespace veedor

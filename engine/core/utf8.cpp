#include "core/utf8.hpp"

#include <cstdint>
#include <cstring>

namespace veedor {

bool is_utf8(std::string_view text) {
    for (size_t i = 0; i < text.size();) {
        uint64_t eight;  // the usual case, ASCII, eight bytes at a time (the import checks every row)
        if (i + 8 <= text.size() && (std::memcpy(&eight, text.data() + i, 8), (eight & 0x8080808080808080u) == 0)) {
            i += 8;
            continue;
        }
        if (static_cast<unsigned char>(text[i]) < 0x80) {
            ++i;
            continue;
        }
        size_t n = utf8_length(text, i);
        if (n == 0) return false;
        i += n;
    }
    return true;
}

}  // namespace veedor

#pragma once
/// UTF-8, the one encoding of veedor's text: checking it, byte by byte and whole.

#include <cstddef>
#include <string_view>

namespace veedor {

/// True when `text` is valid UTF-8 (no overlong forms, surrogates or code points past U+10FFFF):
/// the rule normalize_text applies to files, for text that comes from elsewhere.
bool is_utf8(std::string_view text);

/// Length of the UTF-8 sequence starting at s[i] (i < s.size()), or 0 when it is not valid UTF-8.
/// Inline: the CSV scanner calls it inside its loop over 64-byte blocks, where a call would make
/// the compiler keep the block's constant vectors on the stack (every vector register is lost
/// across a call).
inline size_t utf8_length(std::string_view s, size_t i) {
    auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char c = byte(i);
    if (c < 0x80) return 1;
    size_t n = (c >= 0xC2 && c <= 0xDF) ? 2 : (c >= 0xE0 && c <= 0xEF) ? 3 : (c >= 0xF0 && c <= 0xF4) ? 4 : 0;
    if (n == 0 || i + n > s.size()) return 0;
    for (size_t k = 1; k < n; ++k)
        if ((byte(i + k) & 0xC0) != 0x80) return 0;
    unsigned char c1 = byte(i + 1);
    if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 > 0x9F) || (c == 0xF0 && c1 < 0x90) ||
        (c == 0xF4 && c1 > 0x8F))
        return 0;  // overlong forms, surrogates, beyond U+10FFFF
    return n;
}

}  // namespace veedor

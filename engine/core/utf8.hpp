#pragma once
/// UTF-8, the one encoding of veedor's text: checking it, byte by byte and whole.

#include <cstddef>
#include <string_view>

namespace veedor {

/// True when `text` is valid UTF-8 (no overlong forms, surrogates or code points past U+10FFFF):
/// the rule normalize_text applies to files, for text that comes from elsewhere.
bool is_utf8(std::string_view text);

/// Length of the UTF-8 sequence starting at s[i] (i < s.size()), or 0 when it is not valid UTF-8.
size_t utf8_length(std::string_view s, size_t i);

}  // namespace veedor

// Normalized text for the MEF import's selection rules (mef_text.hpp).
#include "import/mef_text.hpp"

namespace veedor {

namespace {

/// The base capital of a Latin-1 code point of Spanish (0xC0-0xFF), or 0 when it has none.
char base_letter(unsigned char c) {
    switch (c) {
    case 0xC1: case 0xE1: case 0xC0: case 0xE0: return 'A';
    case 0xC9: case 0xE9: case 0xC8: case 0xE8: return 'E';
    case 0xCD: case 0xED: case 0xCC: case 0xEC: return 'I';
    case 0xD3: case 0xF3: case 0xD2: case 0xF2: return 'O';
    case 0xDA: case 0xFA: case 0xD9: case 0xF9: case 0xDC: case 0xFC: return 'U';
    case 0xD1: case 0xF1: return 'N';
    default: return 0;
    }
}

bool is_word_byte(char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

}  // namespace

void normalize_for_match(std::string_view s, bool latin1, std::string& out) {
    out.clear();
    bool pending_space = false;
    for (size_t i = 0; i < s.size(); ++i) {
        auto c = static_cast<unsigned char>(s[i]);
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            pending_space = !out.empty();
            continue;
        }
        if (pending_space) out += ' ', pending_space = false;
        if (c >= 'a' && c <= 'z') {
            out += static_cast<char>(c - 'a' + 'A');
        } else if (c < 0x80) {
            out += static_cast<char>(c);
        } else if (latin1) {
            char b = base_letter(c);
            out += b ? b : static_cast<char>(c);
        } else if (c == 0xC3 && i + 1 < s.size()) {  // U+00C0-U+00FF in UTF-8
            char b = base_letter(static_cast<unsigned char>(0xC0 | (static_cast<unsigned char>(s[i + 1]) & 0x3F)));
            if (b) out += b, ++i;
            else out += static_cast<char>(c);
        } else {
            out += static_cast<char>(c);
        }
    }
}

bool holds_phrase(std::string_view text, std::string_view phrase, bool whole_words) {
    if (phrase.empty()) return false;
    for (size_t at = text.find(phrase); at != std::string_view::npos; at = text.find(phrase, at + 1)) {
        if (!whole_words) return true;
        bool starts = at == 0 || !is_word_byte(text[at - 1]) || !is_word_byte(phrase.front());
        size_t end = at + phrase.size();
        bool ends = end == text.size() || !is_word_byte(text[end]) || !is_word_byte(phrase.back());
        if (starts && ends) return true;
    }
    return false;
}

}  // namespace veedor

#include "text/file_names.hpp"

#include "core/utf8.hpp"

#include <cctype>
#include <set>

namespace veedor {

std::string utf8_repaired(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size();) {
        size_t n = utf8_length(text, i);
        if (n == 0) {
            out += "\xEF\xBF\xBD";
            ++i;
        } else {
            out.append(text.substr(i, n));
            i += n;
        }
    }
    return out;
}

/// The ASCII letter of an accented Latin-1 letter (U+00C0..U+00FF), or 0.
static char unaccented(unsigned code) {
    // À..ÿ, one letter per code point; 0 for × and ÷, which are not letters.
    static const char* letters = "AAAAAAACEEEEIIIIDNOOOOO\0OUUUUYTsaaaaaaaceeeeiiiidnooooo\0ouuuuyty";
    return code >= 0xC0 && code <= 0xFF ? letters[code - 0xC0] : 0;
}

std::string file_slug(std::string_view name) {
    constexpr size_t max_length = 60;
    std::string out;
    bool dash = false;  // a '-' is owed before the next letter or digit
    for (size_t i = 0; i < name.size();) {
        auto c = static_cast<unsigned char>(name[i]);
        size_t n = utf8_length(name, i);
        char letter = 0;
        if (std::isalnum(c)) letter = static_cast<char>(std::tolower(c));
        else if (n == 2) letter = static_cast<char>(std::tolower(unaccented(((c & 0x1Fu) << 6) | (name[i + 1] & 0x3Fu))));
        i += n == 0 ? 1 : n;
        if (letter == 0) {
            dash = true;
            continue;
        }
        if (out.size() + (dash && !out.empty()) + 1 > max_length) break;
        if (dash && !out.empty()) out += '-';
        dash = false;
        out += letter;
    }
    return out.empty() ? "file" : out;
}

std::vector<std::string> unique_slugs(const std::vector<std::string>& names) {
    std::vector<std::string> slugs;
    std::set<std::string> taken;
    for (const std::string& name : names) taken.insert(file_slug(name));
    std::set<std::string> used;
    for (const std::string& name : names) {
        const std::string base = file_slug(name);
        std::string slug = base;
        // A suffixed slug must not take the plain slug of another name either ("plan-2.yaml" given).
        for (int k = 2; used.count(slug) || (slug != base && taken.count(slug)); ++k) slug = base + "-" + std::to_string(k);
        used.insert(slug);
        slugs.push_back(slug);
    }
    return slugs;
}

}  // namespace veedor

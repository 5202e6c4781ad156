#include "yaml/text_checks.hpp"

#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace veedor {

bool read_input_file(const std::string& path, long max_bytes, std::string& out, Diagnostics& diags) {
    namespace fs = std::filesystem;
    std::error_code ec;
    auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
        diags.error({path, 0, 0}, "no such file");
        return false;
    }
    if (fs::is_directory(status)) {
        diags.error({path, 0, 0}, "is a directory; expected a YAML file");
        return false;
    }
    if (!fs::is_regular_file(status)) {
        diags.error({path, 0, 0}, "is not a regular file (a device, a pipe or a socket); expected a YAML file");
        return false;
    }
    auto size = fs::file_size(path, ec);
    if (!ec && static_cast<long>(size) > max_bytes) {
        diags.error({path, 0, 0}, "is " + std::to_string(size) + " bytes, over the limit of " +
                                      std::to_string(max_bytes) + " (raise it with --max-bytes)");
        return false;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        diags.error({path, 0, 0}, "cannot be read");
        return false;
    }
    // One buffer of the file's size: a stringstream would grow by doubling and then copy.
    out.resize(ec ? 0 : size);
    in.read(out.data(), static_cast<std::streamsize>(out.size()));
    out.resize(static_cast<size_t>(in.gcount()));
    out.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());  // if it grew meanwhile
    return true;
}

/// Length of the UTF-8 sequence starting at s[i], or 0 when it is not valid UTF-8.
static size_t utf8_length(std::string_view s, size_t i) {
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

bool normalize_text(std::string& text, const std::string& name, Diagnostics& diags) {
    if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
    const int errors_before = diags.error_count();
    // Rewritten in place: the text only ever shrinks (CRLF to LF, bad bytes dropped), so the
    // write position `w` never passes the read position `i`, and no second copy of the file exists.
    size_t w = 0;
    int line = 1, column = 1;
    int bad_utf8 = 0, lone_cr = 0;
    bool line_start = true;  // at the first byte of a line
    for (size_t i = 0; i < text.size();) {
        char c = text[i];
        if (c == '\0') {
            // One is enough: a file with NUL bytes is not text, and its other problems are noise.
            diags.error({name, line, column}, "NUL byte; this is not a text file");
            return false;
        }
        if (c == '\r') {
            if (i + 1 < text.size() && text[i + 1] == '\n') {
                ++i;  // CRLF: keep the LF only
                continue;
            }
            if (lone_cr++ == 0)
                diags.error({name, line, column},
                            "carriage return without line feed (old Mac line ends); save the file with LF or CRLF");
            text[w++] = '\n';
            ++i, ++line, column = 1, line_start = true;
            continue;
        }
        size_t n = utf8_length(text, i);
        if (n == 0) {
            if (++bad_utf8 <= 5) diags.error({name, line, column}, "invalid UTF-8 byte; save the file as UTF-8");
            ++i, ++column;
            continue;
        }
        // A tab that starts a line can only be indentation, which YAML forbids (yaml-cpp's own
        // message for it is misleading). Tabs after spaces may be content of a block scalar.
        if (c == '\t' && line_start) diags.error({name, line, column}, "tab in indentation; YAML indents with spaces only");
        line_start = false;
        if (w != i) std::memmove(&text[w], &text[i], n);
        w += n;
        i += n;
        if (c == '\n') ++line, column = 1, line_start = true;
        else ++column;
    }
    if (bad_utf8 > 5) diags.error({name, 0, 0}, std::to_string(bad_utf8 - 5) + " more invalid UTF-8 bytes not shown");
    text.resize(w);
    return diags.error_count() == errors_before;
}

}  // namespace veedor

#include "text/table.hpp"

#include "core/utf8.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <string_view>

namespace veedor {

size_t display_width(const std::string& s) {
    return static_cast<size_t>(std::count_if(s.begin(), s.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

/// True for the controls that reorder text (U+061C, U+200E, U+200F, U+202A..U+202E, U+2066..U+2069):
/// they can make a line of figures read differently from what it holds.
static bool bidi_control(unsigned code) {
    return code == 0x061C || code == 0x200E || code == 0x200F || (code >= 0x202A && code <= 0x202E) ||
           (code >= 0x2066 && code <= 0x2069);
}

std::string terminal_safe(const std::string& s) {
    static const char* hex = "0123456789abcdef";
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        auto u = static_cast<unsigned char>(s[i]);
        size_t n = utf8_length(s, i);
        if (n == 0) {  // not UTF-8
            out += "\xEF\xBF\xBD";
            ++i;
            continue;
        }
        unsigned code = n == 1 ? u : n == 2 ? ((u & 0x1Fu) << 6) | (s[i + 1] & 0x3Fu)
                                : n == 3 ? ((u & 0x0Fu) << 12) | ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3Fu)
                                         : 0x10000;  // four bytes: nothing to escape there
        if (code < 0x20 || code == 0x7F) {
            out += "\\x";
            out += hex[code >> 4];
            out += hex[code & 0xF];
        } else if ((code >= 0x80 && code <= 0x9F) || bidi_control(code)) {  // C1 (the 8-bit CSI), bidi
            out += fmt::format("<U+{:04X}>", code);
        } else {
            out.append(s, i, n);
        }
        i += n;
    }
    return out;
}

std::string terminal_safe_text(const std::string& s) {
    std::string out;
    size_t start = 0;
    while (start <= s.size()) {
        size_t nl = s.find('\n', start);
        if (nl == std::string::npos) {
            out += terminal_safe(s.substr(start));
            break;
        }
        out += terminal_safe(s.substr(start, nl - start)) + "\n";
        start = nl + 1;
    }
    return out;
}

std::string markdown_safe(const std::string& text) {
    // Shown inertly first, then escaped: the backslash of a shown "\x1b" must be escaped too.
    std::string flat = text;
    std::replace(flat.begin(), flat.end(), '\n', ' ');
    std::replace(flat.begin(), flat.end(), '\r', ' ');
    std::string out;
    for (char c : terminal_safe(flat)) {
        switch (c) {
            case '\\': case '|': case '*': case '_': case '`': case '[': case ']': case '<': case '>':
            case '#': case '~':
                out += '\\';
                out += c;
                break;
            default: out += c;
        }
    }
    return out;
}

/// True for plain numbers ("-7678473.50"), which spreadsheets must read as numbers.
static bool plain_number(const std::string& s) {
    size_t i = s.size() > 1 && s[0] == '-' ? 1 : 0;
    bool digits = false, point = false;
    for (; i < s.size(); ++i) {
        if (std::isdigit(static_cast<unsigned char>(s[i]))) digits = true;
        else if (s[i] == '.' && !point) point = true;
        else return false;
    }
    return digits;
}

std::string csv_field(const std::string& text) {
    // A text that starts like a formula (= + - @, tab, CR) would run as one in a spreadsheet
    // (CSV injection): it gets a leading apostrophe, which spreadsheets show as text. Numbers,
    // negative ones included, stay numbers.
    std::string s;
    for (char c : text) {  // a control character other than a line end or tab is shown, as on a terminal
        auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 || u == 0x7F) && c != '\t' && c != '\n' && c != '\r') s += terminal_safe(std::string(1, c));
        else s += c;
    }
    if (!s.empty() && std::string_view("=+-@\t\r").find(s[0]) != std::string_view::npos && !plain_number(s))
        s.insert(0, 1, '\'');
    if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

static std::string pad(const std::string& s, size_t width, bool right) {
    size_t w = display_width(s);
    std::string fill(width > w ? width - w : 0, ' ');
    return right ? fill + s : s + fill;
}

std::string shortened(const std::string& s, size_t width) {
    if (display_width(s) <= width) return s;
    if (width == 0) return {};
    size_t kept = 0, end = 0;  // keep width-1 code points: the bytes before the next one starts
    while (end < s.size()) {
        if ((static_cast<unsigned char>(s[end]) & 0xC0) != 0x80 && kept++ == width - 1) break;
        ++end;
    }
    return s.substr(0, end) + "\xE2\x80\xA6";  // …
}

/// Narrows the text columns of `width` (widest first, to no less than `floor` each) until the
/// columns and their two-space gaps fit in `limit`.
static void fit(std::vector<size_t>& width, const std::vector<size_t>& floor, const Table& t, size_t limit) {
    auto total = [&] {
        size_t sum = width.empty() ? 0 : 2 * (width.size() - 1);
        for (size_t w : width) sum += w;
        return sum;
    };
    while (total() > limit) {
        size_t widest = width.size();
        for (size_t i = 0; i < width.size(); ++i) {
            bool text = !(i < t.right_aligned.size() && t.right_aligned[i]);
            if (text && width[i] > floor[i] && (widest == width.size() || width[i] > width[widest])) widest = i;
        }
        if (widest == width.size()) return;  // only numbers left: they are never cut
        width[widest] = std::max(floor[widest], width[widest] - std::min(width[widest], total() - limit));
    }
}

std::string render_text(const Table& t, size_t limit) {
    std::vector<size_t> width(t.headers.size(), 0);
    auto measure = [&](const std::vector<std::string>& row) {
        for (size_t i = 0; i < row.size() && i < width.size(); ++i)
            width[i] = std::max(width[i], display_width(terminal_safe(row[i])));
    };
    measure(t.headers);
    for (const auto& r : t.rows) measure(r);
    if (limit > 0) {
        std::vector<size_t> floor(width.size());
        for (size_t i = 0; i < width.size(); ++i)
            floor[i] = std::min(width[i], std::max<size_t>(12, display_width(terminal_safe(t.headers[i]))));
        fit(width, floor, t, limit);
    }

    auto line = [&](const std::vector<std::string>& row) {
        std::string out;
        for (size_t i = 0; i < width.size(); ++i) {
            bool right = i < t.right_aligned.size() && t.right_aligned[i];
            std::string cell = i < row.size() ? shortened(terminal_safe(row[i]), width[i]) : "";
            out += (i ? "  " : "") + pad(cell, width[i], right);
        }
        while (!out.empty() && out.back() == ' ') out.pop_back();
        return out + "\n";
    };
    std::string out;
    if (!t.title.empty()) out += terminal_safe(t.title) + "\n";
    out += line(t.headers);
    size_t total = 0;
    for (size_t w : width) total += w;
    total += width.empty() ? 0 : 2 * (width.size() - 1);
    for (size_t i = 0; i < total; ++i) out += "\xE2\x94\x80";  // ─
    out += "\n";
    for (const auto& r : t.rows) out += line(r);
    for (const auto& n : t.notes) out += terminal_safe(n) + "\n";
    return out;
}

std::string render_markdown(const Table& t, int level) {
    std::string out;
    if (!t.title.empty()) out += std::string(static_cast<size_t>(level), '#') + " " + markdown_safe(t.title) + "\n\n";
    auto row = [&](const std::vector<std::string>& cells) {
        std::string r = "|";
        for (size_t i = 0; i < t.headers.size(); ++i) {
            r += ' ';
            r += markdown_safe(i < cells.size() ? cells[i] : "");
            r += " |";
        }
        return r + "\n";
    };
    out += row(t.headers);
    out += "|";
    for (size_t i = 0; i < t.headers.size(); ++i)
        out += (i < t.right_aligned.size() && t.right_aligned[i]) ? "---:|" : "---|";
    out += "\n";
    for (const auto& r : t.rows) out += row(r);
    if (!t.notes.empty()) {
        out += "\n";
        for (const auto& n : t.notes) out += markdown_safe(n) + "\n\n";
    } else {
        out += "\n";
    }
    return out;
}

std::string csv_row(const std::vector<std::string>& cells) {
    std::string r;
    for (size_t i = 0; i < cells.size(); ++i) {
        if (i) r += ',';
        r += csv_field(cells[i]);
    }
    return r + "\r\n";
}

std::string render_csv(const Table& t) {
    std::string out = csv_row(t.headers);
    for (const auto& r : t.rows) out += csv_row(r);
    return out;
}

}  // namespace veedor

#include "text/table.hpp"

#include <algorithm>
#include <cctype>
#include <string_view>

namespace veedor {

size_t display_width(const std::string& s) {
    return static_cast<size_t>(std::count_if(s.begin(), s.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

std::string terminal_safe(const std::string& s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        auto u = static_cast<unsigned char>(s[i]);
        bool c1 = u == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
                  static_cast<unsigned char>(s[i + 1]) <= 0x9F;  // U+0080..U+009F, e.g. the 8-bit CSI
        if (u < 0x20 || u == 0x7F || c1) {
            out += "\xEF\xBF\xBD";
            if (c1) ++i;
        } else {
            out += s[i];
        }
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

std::string markdown_safe(const std::string& s) {
    std::string out;
    for (char c : s) {
        switch (c) {
            case '\\': case '|': case '*': case '_': case '`': case '[': case ']': case '<': case '>':
            case '#': case '~':
                out += '\\';
                out += c;
                break;
            case '\n': case '\r': out += ' '; break;
            default: out += c;
        }
    }
    return terminal_safe(out);
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
    std::string s = text;
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

std::string render_text(const Table& t) {
    std::vector<size_t> width(t.headers.size(), 0);
    auto measure = [&](const std::vector<std::string>& row) {
        for (size_t i = 0; i < row.size() && i < width.size(); ++i)
            width[i] = std::max(width[i], display_width(terminal_safe(row[i])));
    };
    measure(t.headers);
    for (const auto& r : t.rows) measure(r);

    auto line = [&](const std::vector<std::string>& row) {
        std::string out;
        for (size_t i = 0; i < width.size(); ++i) {
            bool right = i < t.right_aligned.size() && t.right_aligned[i];
            std::string cell = i < row.size() ? terminal_safe(row[i]) : "";
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

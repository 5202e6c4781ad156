#include "plots/gnuplot_text.hpp"

#include "text/file_names.hpp"

#include <algorithm>
#include <cmath>

namespace veedor {

std::string gnuplot_string(std::string_view text) {
    std::string out = "'";
    for (char c : utf8_repaired(text)) {
        auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7F) {
            if (c == '\n' || c == '\r' || c == '\t') out += ' ';
            continue;
        }
        // gnuplot 5.4 reads a doubled quote inside '...' as one quote, but not two of them in a
        // row (they end the string early): a quote from a model becomes the apostrophe ’ instead.
        if (c == '\'') out += "\u2019";
        else out += c;
    }
    return out + "'";
}

std::string gnuplot_tic_label(std::string_view text) {
    std::string doubled;
    for (char c : text) {
        doubled += c;
        if (c == '%') doubled += '%';
    }
    return gnuplot_string(doubled);
}

std::string data_field(std::string_view text) {
    std::string out;
    for (char c : utf8_repaired(text)) {
        auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7F) out += ' ';
        else if (c == '"') out += "\u201D";
        else out += c;
    }
    return out.empty() ? "-" : out;
}

namespace {
size_t code_points(std::string_view s) {
    return static_cast<size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}
}  // namespace

std::string short_label(std::string_view text, size_t max_chars) {
    std::string whole = utf8_repaired(text);
    // A name that ends in its acronym keeps it: "Public Ministry… (MPFN)" says more than the start alone.
    if (size_t open = whole.rfind(" ("); open != std::string::npos && whole.back() == ')' &&
                                         code_points(whole) > max_chars && code_points(whole.substr(open)) * 3 < max_chars)
        return short_label(whole.substr(0, open), max_chars - code_points(whole.substr(open))) + whole.substr(open);
    std::vector<size_t> starts;  // byte offset of each code point
    for (size_t i = 0; i < whole.size(); ++i)
        if ((static_cast<unsigned char>(whole[i]) & 0xC0) != 0x80) starts.push_back(i);
    if (starts.size() <= max_chars || max_chars < 2) return whole;
    size_t cut = starts[max_chars - 1];  // room for the ellipsis
    size_t space = whole.rfind(' ', cut);
    if (space != std::string::npos && space > cut / 2) cut = space;
    std::string out = whole.substr(0, cut);
    while (!out.empty() && (out.back() == ' ' || out.back() == ',' || out.back() == '-')) out.pop_back();
    return out + "\u2026";
}

std::vector<long long> nice_ticks(long long min, long long max, int target_count) {
    if (max <= min) max = min + 1;
    double raw = static_cast<double>(max - min) / target_count;
    long long magnitude = 1;
    while (magnitude * 10 <= raw) magnitude *= 10;
    long long step = magnitude;
    for (long long m : {1LL, 2LL, 5LL, 10LL}) {
        if (magnitude * m >= raw) {
            step = magnitude * m;
            break;
        }
    }
    long long first = (min / step) * step;
    if (first > min) first -= step;
    std::vector<long long> ticks;
    for (long long t = first; ; t += step) {
        ticks.push_back(t);
        if (t >= max) break;
    }
    return ticks;
}

}  // namespace veedor

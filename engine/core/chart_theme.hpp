#pragma once
/// A user's chart style (`plot --style`, `report --style`, docs/charts.md "Your style"): colours,
/// font, sizes. Plain values, each checked by the theme reader (readers/theme_reader.hpp) before
/// it gets here, so that the charts write them into gnuplot scripts from numbers and a font name
/// of a safe character set only, never from the file's text.

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace veedor {

/// A colour, 0xRRGGBB.
struct Rgb {
    std::uint32_t value = 0;
    /// "#rrggbb", as gnuplot and HTML write it.
    std::string hex() const {
        char s[8];
        std::snprintf(s, sizeof s, "#%06x", static_cast<unsigned>(value & 0xFFFFFF));
        return s;
    }
    bool operator==(const Rgb&) const = default;
};

struct ChartTheme {
    /// Allocated money and funding: one shade per year, darker to lighter, repeated past the last.
    std::vector<Rgb> allocated = {{0x1f3d7a}, {0x4f6fae}, {0x0b1f40}, {0x7f9bd0}};
    /// Executed money: one shade per year.
    std::vector<Rgb> executed = {{0xc4561d}, {0xe08a4f}, {0x7a2f0b}, {0xf0b083}};
    Rgb incomplete{0x9a9a9a};  ///< a partial year or a partial sum
    Rgb fall{0xb2182b};        ///< a fall (the change drivers)
    /// The font family: letters, digits, spaces and '-' only (the reader checks it).
    std::string font = "DejaVu Sans";
    int font_size = 10;   ///< points, in the SVG (the PNG scales it with the image)
    int line_width = 1;   ///< gnuplot's linewidth multiplier in the SVG (the PNG doubles it)
    int width = 1100, height = 650;  ///< the SVG's size in pixels; the PNG is twice as large

    const Rgb& allocated_shade(size_t year_index) const { return allocated[year_index % allocated.size()]; }
    const Rgb& executed_shade(size_t year_index) const { return executed[year_index % executed.size()]; }
};

}  // namespace veedor

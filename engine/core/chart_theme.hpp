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
    /// The scenario charts' colours (plots/charts_scenario.cpp, charts_compare.cpp, charts_track.cpp).
    Rgb need{0x6a51a3};        ///< the costed need: its central line and its P10-P90 band
    Rgb central{0x000000};     ///< the central case's line: funding in charts 5 and 6, the central gap of a tornado, actual allocation
    Rgb range{0x6f8fc8};       ///< a tornado's bar from the gap at P10 to the gap at P90
    /// The axes of a need (prevention, protection...), stacked in chart 6, in the order of the axes.
    std::vector<Rgb> axes = {{0x3b1f5c}, {0x6a51a3}, {0x1b7a5a}, {0x66c2a4}, {0xc7b8e0}};
    /// One shade per scenario for the funded paths of charts 8 and 11, repeated past the last.
    std::vector<Rgb> scenarios = {{0x08306b}, {0x2171b5}, {0x6baed6}, {0x08519c}, {0x4292c6}, {0x9ecae1}};
    /// The font family: letters, digits, spaces and '-' only (the reader checks it).
    std::string font = "DejaVu Sans";
    int font_size = 10;   ///< points, in the SVG (the PNG scales it with the image)
    int line_width = 1;   ///< gnuplot's linewidth multiplier in the SVG (the PNG doubles it)
    int width = 1100, height = 650;  ///< the SVG's size in pixels; the PNG is twice as large

    const Rgb& allocated_shade(size_t year_index) const { return allocated[year_index % allocated.size()]; }
    const Rgb& executed_shade(size_t year_index) const { return executed[year_index % executed.size()]; }
    const Rgb& axis_shade(size_t axis_index) const { return axes[axis_index % axes.size()]; }
    const Rgb& scenario_shade(size_t scenario_index) const { return scenarios[scenario_index % scenarios.size()]; }
};

}  // namespace veedor

// The theme of `plot --style` and `report --style`: what a file gives, and every problem with its place.
#include "readers/theme_reader.hpp"

#include <doctest/doctest.h>

using namespace veedor;

namespace {

std::string messages(const Diagnostics& d) {
    std::string out;
    for (const Diagnostic& x : d.sorted()) out += x.str() + "\n";
    return out;
}

}  // namespace

TEST_CASE("theme: the keys given replace the defaults and the rest stay") {
    Diagnostics d;
    ChartTheme t = load_theme_text("format: veedor-theme/1\nfont: DejaVu Serif\nfont-size: 12\n"
                                   "colors: {allocated: ['#264653', '#2A9D8F'], fall: '#9b2226'}\n",
                                   "t.yaml", d);
    REQUIRE(messages(d) == "");
    CHECK(t.font == "DejaVu Serif");
    CHECK(t.font_size == 12);
    CHECK(t.allocated == std::vector<Rgb>{{0x264653}, {0x2a9d8f}});
    CHECK(t.allocated_shade(3).hex() == "#2a9d8f");  // repeated past the last
    CHECK(t.fall.hex() == "#9b2226");
    CHECK(t.executed_shade(0).hex() == "#c4561d");  // the default
    CHECK(t.line_width == 1);
    CHECK(t.width == 1100);
}

TEST_CASE("theme: every problem is reported with its line and column in one run") {
    Diagnostics d;
    load_theme_text("format: veedor-theme/1\n"
                    "font: \"x' . system('touch PWNED') . '\"\n"
                    "font-size: 5\n"
                    "size: {width: 1100}\n"
                    "colors: {executed: '#12345', extra: 1}\n",
                    "t.yaml", d);
    CHECK(messages(d) ==
          "t.yaml:2:7: error: 'font' must be a font family of at most 40 letters (A-Z, a-z), digits, spaces and '-', "
          "starting with a letter, such as DejaVu Sans\n"
          "t.yaml:3:12: error: 'font-size' 5 is out of range; it must be from 6 to 30\n"
          "t.yaml:4:7: error: size lacks the required key 'height'\n"
          "t.yaml:5:20: error: 'executed' must be a colour written #RRGGBB (six hexadecimal digits), such as #1f3d7a\n"
          "t.yaml:5:30: error: unknown key 'extra' in colors; expected one of: allocated, executed, incomplete, fall, need, central, range, axes, scenarios\n");
}

TEST_CASE("theme: an empty file and a file of another kind are not themes") {
    Diagnostics empty;
    load_theme_text("# nothing\n", "e.yaml", empty);
    CHECK(messages(empty) == "e.yaml:1:1: error: the file is empty; expected a veedor theme\n");
    Diagnostics other;
    load_theme_text("format: veedor-model/1\n", "m.yaml", other);
    CHECK(messages(other) == "m.yaml:1:9: error: format 'veedor-model/1' is not supported; this veedor reads "
                             "'veedor-theme/1'\n");
}

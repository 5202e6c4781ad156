// Terminal tables fit a width: names are shortened with "…", numbers never.
#include "text/table.hpp"

#include <doctest/doctest.h>

using namespace veedor;

namespace {
Table names_and_amounts() {
    Table t;
    t.headers = {"Entity", "Allocated"};
    t.right_aligned = {false, true};
    t.rows = {{"Ministry of Women and Vulnerable Populations (MIMP)", "S/ 3,803,268.50"},
              {"MININTER", "S/ 813,815.00"}};
    return t;
}
}  // namespace

TEST_CASE("shortened cuts at a code point and ends in an ellipsis") {
    CHECK(shortened("MININTER", 8) == "MININTER");
    CHECK(shortened("MININTER", 5) == "MINI\xE2\x80\xA6");
    CHECK(shortened("Educaci\xC3\xB3n", 8) == "Educaci\xE2\x80\xA6");
    CHECK(shortened("Educaci\xC3\xB3n", 9) == "Educaci\xC3\xB3n");
    CHECK(display_width(shortened("Poblaci\xC3\xB3n vulnerable", 9)) == 9);
}

TEST_CASE("a table wider than the terminal shortens its names to fit") {
    const Table t = names_and_amounts();
    CHECK(render_text(t) == render_text(t, 0));
    CHECK(render_text(t, 200) == render_text(t));
    const std::string fitted = render_text(t, 40);
    // 40 columns: 15 for the amounts, 2 between, 23 for the names (22 letters and the ellipsis).
    CHECK(fitted.find("Entity                         Allocated\n") == 0);
    CHECK(fitted.find("Ministry of Women and \xE2\x80\xA6  S/ 3,803,268.50\n") != std::string::npos);
    CHECK(fitted.find("MININTER                   S/ 813,815.00\n") != std::string::npos);
}

TEST_CASE("numbers are never cut: names stop at 12 characters") {
    const std::string narrow = render_text(names_and_amounts(), 10);
    CHECK(narrow.find("Ministry of\xE2\x80\xA6  S/ 3,803,268.50\n") != std::string::npos);
    CHECK(narrow.find("S/ 813,815.00") != std::string::npos);
}

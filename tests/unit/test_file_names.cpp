// File names as slugs and as display text (text/file_names.hpp, docs/hostile-input.md).
#include "text/file_names.hpp"
#include "text/table.hpp"
#include "report/document.hpp"

#include <doctest/doctest.h>

using namespace veedor;

TEST_CASE("a file name becomes a slug of ASCII letters and digits and dashes") {
    CHECK(file_slug("z' . system('touch PWNED') . '") == "z-system-touch-pwned");
    CHECK(file_slug("n\n!touch PWNED\n") == "n-touch-pwned");
    CHECK(file_slug("<img src=x onerror=alert(1)>") == "img-src-x-onerror-alert-1");
    CHECK(file_slug("mis gráficos") == "mis-graficos");
    CHECK(file_slug("junín ÑANDÚ") == "junin-nandu");
    CHECK(file_slug("e\x1b[2J\xE2\x80\xAE" "ff\xFF") == "e-2j-ff");
    CHECK(file_slug("costed-needs") == "costed-needs");
    CHECK(file_slug("") == "file");
    CHECK(file_slug("\xFF\xFE") == "file");
    CHECK(file_slug("'") == "file");
    CHECK(file_slug(std::string(100, 'a')) == std::string(60, 'a'));
}

TEST_CASE("slugs are made unique in input order") {
    CHECK(unique_slugs({"plan", "plan"}) == std::vector<std::string>{"plan", "plan-2"});
    CHECK(unique_slugs({"Plan", "plan", "PLAN"}) == std::vector<std::string>{"plan", "plan-2", "plan-3"});
    // "plan-2" is a name of its own: the second "plan" does not take it.
    CHECK(unique_slugs({"plan", "plan", "plan-2"}) == std::vector<std::string>{"plan", "plan-3", "plan-2"});
}

TEST_CASE("bytes that are not UTF-8 become U+FFFD in outputs") {
    CHECK(utf8_repaired("plan\xFF.yaml") == "plan\xEF\xBF\xBD.yaml");
    CHECK(utf8_repaired("\xC3\xA1\xC3") == "\xC3\xA1\xEF\xBF\xBD");
    CHECK(terminal_safe("plan\xFF") == "plan\xEF\xBF\xBD");
    CHECK(html_escape("a\xFF<") == "a\xEF\xBF\xBD&lt;");
}

TEST_CASE("bidi controls and escapes are shown inertly on a terminal and in the brief") {
    CHECK(terminal_safe("S/ 100 \xE2\x80\xAE" "001") == "S/ 100 <U+202E>001");
    CHECK(terminal_safe("\xE2\x81\xA6x\xE2\x81\xA9") == "<U+2066>x<U+2069>");
    CHECK(terminal_safe("\x1b]0;title\x07") == "\\x1b]0;title\\x07");
    CHECK(html_escape("\xE2\x80\xAE") == "&lt;U+202E&gt;");
    CHECK(markdown_safe("a\x1b[31m") == "a\\\\x1b\\[31m");
    CHECK(csv_field("plan\x1b[2J\x01.yaml") == "plan\\x1b[2J\\x01.yaml");
    CHECK(csv_field("two\tcells") == "two\tcells");
}

// libFuzzer target: a file name on its way to every output (docs/hostile-input.md). Its slug is
// ASCII letters, digits and '-' only, never empty, and unique slugs are distinct; the gnuplot
// string holds no line end and no quote but its own two; the HTML, Markdown, CSV and terminal
// texts are valid UTF-8 without a raw control character (CSV keeps a line end inside quotes),
// and the terminal text holds no C1 or bidi control either.
#include "plots/gnuplot_text.hpp"
#include "text/file_names.hpp"
#include "text/table.hpp"
#include "yaml/text_checks.hpp"
#include "report/document.hpp"

#include <cstdint>
#include <set>
#include <string>

namespace {

void require(bool ok) {
    if (!ok) __builtin_trap();
}

bool no_raw_control(const std::string& s, bool line_ends_allowed) {
    for (char c : s) {
        auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 || u == 0x7F) && !(line_ends_allowed && (c == '\n' || c == '\r'))) return false;
    }
    return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace veedor;
    std::string name(reinterpret_cast<const char*>(data), size);

    std::string slug = file_slug(name);
    require(!slug.empty() && slug.size() <= 60);
    for (char c : slug) require((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-');
    auto slugs = unique_slugs({name, name, slug, name + "-2"});
    require(std::set<std::string>(slugs.begin(), slugs.end()).size() == slugs.size());

    std::string g = gnuplot_string(name);
    require(g.size() >= 2 && g.front() == '\'' && g.back() == '\'');
    require(g.substr(1, g.size() - 2).find('\'') == std::string::npos);
    require(no_raw_control(g, false) && is_utf8(g));

    std::string html = html_escape(name);
    require(no_raw_control(html, false) && is_utf8(html) && html.find_first_of("<>\"'") == std::string::npos);
    std::string md = markdown_safe(name);
    require(no_raw_control(md, false) && is_utf8(md));
    std::string csv = utf8_repaired(csv_field(name));  // write_outputs repairs every text output
    for (char c : csv) require((static_cast<unsigned char>(c) >= 0x20 && c != 0x7F) || c == '\n' || c == '\r' || c == '\t');
    require(is_utf8(csv));

    std::string term = terminal_safe(name);
    require(no_raw_control(term, false) && is_utf8(term));
    for (const char* forbidden : {"\xC2\x80", "\xC2\x9B", "\xE2\x80\xAE", "\xE2\x81\xA6", "\xE2\x80\x8F"})
        require(term.find(forbidden) == std::string::npos);
    return 0;
}

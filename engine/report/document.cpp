#include "report/document.hpp"

#include <fmt/format.h>

namespace veedor {

std::string html_escape(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (char c : terminal_safe(text)) {  // no control characters, shown inertly (then escaped: "<U+202E>")
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

std::string prefix_svg_ids(const std::string& svg, const std::string& prefix) {
    std::string out = svg;
    for (const char* pattern : {"id='", "id=\"", "href='#", "href=\"#", "url(#"}) {
        std::string from = pattern;
        std::string to = from + prefix + "-";
        for (size_t at = out.find(from); at != std::string::npos; at = out.find(from, at + to.size()))
            out.replace(at, from.size(), to);
    }
    return out;
}

namespace {

constexpr const char* style = R"(
:root { --ink: #1a1a1a; --muted: #555; --rule: #d0d0d0; --accent: #1f3d7a; }
* { box-sizing: border-box; }
body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; color: var(--ink);
       max-width: 1100px; margin: 2rem auto; padding: 0 1.5rem; line-height: 1.45; }
header { border-bottom: 3px solid var(--accent); margin-bottom: 1.5rem; }
header .kicker { text-transform: uppercase; letter-spacing: .08em; color: var(--accent); font-size: .85rem; }
h1 { font-size: 1.8rem; margin: .2rem 0 .4rem; }
h2 { font-size: 1.35rem; margin-top: 2.2rem; border-bottom: 1px solid var(--rule); padding-bottom: .2rem; }
h3 { font-size: 1.1rem; margin-top: 1.5rem; }
p.subtitle { color: var(--muted); margin-top: 0; }
.key-figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(240px, 1fr)); gap: .8rem; }
.key-figures > div { border: 1px solid var(--rule); border-left: 4px solid var(--accent); padding: .6rem .8rem; }
.key-figures .label { font-size: .85rem; color: var(--muted); }
.key-figures .value { font-size: 1.25rem; font-weight: bold; }
table { border-collapse: collapse; width: 100%; margin: .6rem 0; font-size: .88rem; }
caption { text-align: left; font-weight: bold; padding: .3rem 0; }
th, td { border-bottom: 1px solid var(--rule); padding: .3rem .45rem; vertical-align: top; }
th { background: #f2f4f8; text-align: left; }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.notes { font-size: .8rem; color: var(--muted); }
figure { margin: 1.2rem 0; page-break-inside: avoid; }
figure svg { width: 100%; height: auto; }
figcaption { font-size: .85rem; color: var(--muted); }
@media print { body { margin: 0; max-width: none; } h2 { page-break-after: avoid; } tr { page-break-inside: avoid; } }
)";

std::string html_table(const Table& t) {
    std::string out = "<table>\n";
    if (!t.title.empty()) out += "<caption>" + html_escape(t.title) + "</caption>\n";
    auto numeric = [&](size_t i) { return i < t.right_aligned.size() && t.right_aligned[i]; };
    out += "<thead><tr>";
    for (size_t i = 0; i < t.headers.size(); ++i)
        out += std::string(numeric(i) ? "<th class=\"num\">" : "<th>") + html_escape(t.headers[i]) + "</th>";
    out += "</tr></thead>\n<tbody>\n";
    for (const auto& row : t.rows) {
        out += "<tr>";
        for (size_t i = 0; i < t.headers.size(); ++i)
            out += std::string(numeric(i) ? "<td class=\"num\">" : "<td>") + html_escape(i < row.size() ? row[i] : "") + "</td>";
        out += "</tr>\n";
    }
    out += "</tbody>\n</table>\n";
    for (const auto& n : t.notes) out += "<p class=\"notes\">" + html_escape(n) + "</p>\n";
    return out;
}

}  // namespace

std::string render_html(const Document& d) {
    std::string out = "<!DOCTYPE html>\n<html lang=\"" + std::string(code(d.lang)) + "\">\n<head>\n<meta charset=\"utf-8\">\n";
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out += "<title>" + html_escape(d.title) + "</title>\n<style>" + style + "</style>\n</head>\n<body>\n";
    out += "<header>\n<div class=\"kicker\">" + html_escape(std::string(tr("brief.kicker", d.lang))) + "</div>\n";
    out += "<h1>" + html_escape(d.title) + "</h1>\n<p class=\"subtitle\">" + html_escape(d.subtitle) + "</p>\n</header>\n";
    int figure = 0, section = 0;
    for (const Block& b : d.blocks) {
        switch (b.kind) {
            case Block::Kind::heading:  // numbered ids, so that sections can be linked to
                out += fmt::format("<h{0} id=\"section-{2}\">{1}</h{0}>\n", b.level, html_escape(b.text), ++section);
                break;
            case Block::Kind::paragraph: out += "<p>" + html_escape(b.text) + "</p>\n"; break;
            case Block::Kind::key_figures:
                out += "<div class=\"key-figures\">\n";
                for (const auto& [label, value] : b.pairs)
                    out += "<div><div class=\"label\">" + html_escape(label) + "</div><div class=\"value\">" +
                           html_escape(value) + "</div></div>\n";
                out += "</div>\n";
                break;
            case Block::Kind::table: out += html_table(b.table); break;
            case Block::Kind::figure:
                // The SVG comes from gnuplot, which escapes the text it draws; its ids are made unique.
                out += "<figure>\n" + prefix_svg_ids(b.svg, "chart" + std::to_string(++figure)) + "\n<figcaption>" +
                       html_escape(b.text) + "</figcaption>\n</figure>\n";
                break;
            case Block::Kind::list:
                out += "<ul>\n";
                for (const auto& item : b.items) out += "<li>" + html_escape(item) + "</li>\n";
                out += "</ul>\n";
                break;
        }
    }
    return out + "</body>\n</html>\n";
}

std::string render_markdown(const Document& d) {
    std::string out = "# " + markdown_safe(d.title) + "\n\n" + markdown_safe(d.subtitle) + "\n\n";
    for (const Block& b : d.blocks) {
        switch (b.kind) {
            case Block::Kind::heading:
                out += std::string(static_cast<size_t>(b.level), '#') + " " + markdown_safe(b.text) + "\n\n";
                break;
            case Block::Kind::paragraph: out += markdown_safe(b.text) + "\n\n"; break;
            case Block::Kind::key_figures:
                for (const auto& [label, value] : b.pairs) out += "- " + markdown_safe(label) + ": **" + markdown_safe(value) + "**\n";
                out += "\n";
                break;
            case Block::Kind::table: out += render_markdown(b.table, 3); break;
            case Block::Kind::figure:
                out += "![" + markdown_safe(b.text) + "](" + b.image + ")\n\n*" + markdown_safe(b.text) + "*\n\n";
                break;
            case Block::Kind::list:
                for (const auto& item : b.items) out += "- " + markdown_safe(item) + "\n";
                out += "\n";
                break;
        }
    }
    return out;
}

}  // namespace veedor

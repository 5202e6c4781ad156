#include "report/document.hpp"

#include <fmt/format.h>

#include <regex>

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
nav.toc { border: 1px solid var(--rule); padding: .4rem 1rem; margin: 1rem 0; font-size: .92rem; }
nav.toc ol { margin: .3rem 0; padding-left: 1.4rem; columns: 2 16rem; }
.table-wrap { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; width: 100%; margin: .6rem 0; font-size: .88rem; }
.nw { white-space: nowrap; }
table.audit td:nth-child(3) { min-width: 9rem; }
table.audit td:last-child { min-width: 22rem; }
caption { text-align: left; font-weight: bold; padding: .3rem 0; }
th, td { border-bottom: 1px solid var(--rule); padding: .3rem .45rem; vertical-align: top; }
th { background: #f2f4f8; text-align: left; }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.notes { font-size: .8rem; color: var(--muted); }
figure { margin: 1.2rem 0; page-break-inside: avoid; }
figure svg { width: 100%; height: auto; }
figcaption { font-size: .85rem; color: var(--muted); }
/* A source's address is one long word: it breaks anywhere rather than widen a phone's page. */
ul.sources li { overflow-wrap: anywhere; }
/* A phone: nothing cut; wide tables scroll inside their box, and so do charts, drawn at the size
   gnuplot made them (its smallest text 8 px, as on a desktop): scaled to 400 px it was 3 px. */
@media (max-width: 600px) {
  body { margin: 1rem auto; padding: 0 .6rem; }
  figure { overflow-x: auto; }
  figure svg { width: auto; height: auto; }
  h1 { font-size: 1.4rem; }
  .key-figures { grid-template-columns: 1fr; }
  table { font-size: .8rem; }
  table.audit td:last-child { min-width: 16rem; }
  nav.toc ol { columns: 1; }
}
/* A4: every table within the page (long words may wrap, amounts and dates never), charts at
   most 60 mm tall (four to a page), the sources in two columns. */
@page { size: A4; margin: 12mm 12mm 12mm 12mm; }
@media print {
  body { margin: 0; padding: 0; max-width: none; font-size: 8.5pt; line-height: 1.2; }
  h2 { page-break-after: avoid; break-after: avoid; margin-top: 1rem; }
  h2.page { break-before: page; page-break-before: always; }
  h3 { break-after: avoid; }
  .table-wrap { overflow: visible; }
  table { font-size: 7.2pt; width: 100%; margin: .3rem 0; }
  th, td { padding: .12rem .25rem; overflow-wrap: anywhere; }
  td.num { overflow-wrap: normal; }
  th, th.num { white-space: normal; overflow-wrap: normal; hyphens: auto; }
  table.audit td:nth-child(3) { min-width: 0; }
  table.audit td:last-child { min-width: 0; width: 45%; }
  tr { page-break-inside: avoid; break-inside: avoid; }
  .key-figures { grid-template-columns: repeat(3, 1fr); gap: .4rem; }
  .key-figures .value { font-size: 1rem; }
  /* A chart 55 mm tall is half the page wide (2200 x 1300): two of them share a row. */
  figure { break-inside: avoid; margin: .5rem 0; display: inline-block; width: 49%; vertical-align: top; }
  figure svg { display: block; width: 100%; max-height: 55mm; }
  figcaption { font-size: 7.5pt; }
  p, ul { margin: .35rem 0; }
  /* The sources, forty items long, in two columns of table-sized print: a page less. */
  ul.sources { columns: 2; column-gap: 1.2rem; font-size: 7.2pt; padding-left: 1rem; }
  ul.sources li { break-inside: avoid; }
  nav.toc { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
}
)";

/// Escaped text with its amounts, percentages and dates held on one line each: a line may break
/// between words, never inside "S/ 5,450,000.00", "29.28 %" or "2016-06-30".
std::string html_unbroken(const std::string& text) {
    static const std::regex figure(
        "-?S/(?:\xC2\xA0| )?-?[0-9](?:[0-9.,]|\xC2\xA0|\xE2\x80\xAF)*[0-9]"
        "|[0-9]{4}-[0-9]{2}-[0-9]{2}"
        "|-?[0-9](?:[0-9.,]|\xC2\xA0)*(?:\xC2\xA0| )?%");
    std::string escaped = html_escape(text), out;
    auto last = escaped.cbegin();
    for (std::sregex_iterator it(escaped.begin(), escaped.end(), figure), end; it != end; ++it) {
        out.append(last, (*it)[0].first);
        out += "<span class=\"nw\">" + it->str() + "</span>";
        last = (*it)[0].second;
    }
    return out.append(last, escaped.cend());
}

std::string html_table(const Table& t, const std::string& css_class) {
    std::string out = "<div class=\"table-wrap\">\n<table" + (css_class.empty() ? "" : " class=\"" + css_class + "\"") + ">\n";
    if (!t.title.empty()) out += "<caption>" + html_escape(t.title) + "</caption>\n";
    auto numeric = [&](size_t i) { return i < t.right_aligned.size() && t.right_aligned[i]; };
    out += "<thead><tr>";
    for (size_t i = 0; i < t.headers.size(); ++i)
        out += std::string(numeric(i) ? "<th class=\"num\">" : "<th>") + html_escape(t.headers[i]) + "</th>";
    out += "</tr></thead>\n<tbody>\n";
    for (const auto& row : t.rows) {
        out += "<tr>";
        for (size_t i = 0; i < t.headers.size(); ++i)
            out += std::string(numeric(i) ? "<td class=\"num\">" : "<td>") + html_unbroken(i < row.size() ? row[i] : "") + "</td>";
        out += "</tr>\n";
    }
    out += "</tbody>\n</table>\n</div>\n";
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
    if (!d.contents.empty()) {  // links to the main sections, by the ids their headings get below
        out += "<nav class=\"toc\">\n<strong>" + html_escape(d.contents) + "</strong>\n<ol>\n";
        for (const Block& b : d.blocks)
            if (b.kind == Block::Kind::heading && (++section, b.level == 2))
                out += fmt::format("<li><a href=\"#section-{}\">{}</a></li>\n", section, html_escape(b.text));
        out += "</ol>\n</nav>\n";
        section = 0;
    }
    for (const Block& b : d.blocks) {
        switch (b.kind) {
            case Block::Kind::heading:  // numbered ids, so that sections can be linked to
                // A heading marked page_break starts a new page in print.
                out += fmt::format("<h{0} id=\"section-{2}\"{3}>{1}</h{0}>\n", b.level, html_escape(b.text), ++section,
                                   b.level == 2 && b.page_break ? " class=\"page\"" : "");
                break;
            case Block::Kind::paragraph: out += "<p>" + html_unbroken(b.text) + "</p>\n"; break;
            case Block::Kind::key_figures:
                out += "<div class=\"key-figures\">\n";
                for (const auto& [label, value] : b.pairs)
                    out += "<div><div class=\"label\">" + html_escape(label) + "</div><div class=\"value\">" +
                           html_unbroken(value) + "</div></div>\n";
                out += "</div>\n";
                break;
            case Block::Kind::table: out += html_table(b.table, b.css_class); break;
            case Block::Kind::figure:
                // The SVG comes from gnuplot, which escapes the text it draws; its ids are made unique.
                out += "<figure>\n" + prefix_svg_ids(b.svg, "chart" + std::to_string(++figure)) + "\n<figcaption>" +
                       html_escape(b.text) + "</figcaption>\n</figure>\n";
                break;
            case Block::Kind::list:
                out += b.css_class.empty() ? "<ul>\n" : "<ul class=\"" + b.css_class + "\">\n";
                for (const auto& item : b.items) out += "<li>" + html_unbroken(item) + "</li>\n";
                out += "</ul>\n";
                break;
        }
    }
    return out + "</body>\n</html>\n";
}

std::string render_markdown(const Document& d) {
    std::string out = "# " + markdown_safe(d.title) + "\n\n" + markdown_safe(d.subtitle) + "\n\n";
    if (!d.contents.empty()) {
        out += "**" + markdown_safe(d.contents) + "**\n\n";
        int n = 0;
        for (const Block& b : d.blocks)
            if (b.kind == Block::Kind::heading && b.level == 2) out += std::to_string(++n) + ". " + markdown_safe(b.text) + "\n";
        out += "\n";
    }
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

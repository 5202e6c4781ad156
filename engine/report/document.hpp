#pragma once
/// A shareable document (the brief) as blocks, rendered to one self-contained HTML file or to
/// Markdown from the same blocks, so the two cannot say different things. Every text from a
/// model is escaped by the renderers; only SVG made by gnuplot goes in as markup.

#include "text/lang.hpp"
#include "text/table.hpp"

#include <string>
#include <utility>
#include <vector>

namespace veedor {

struct Block {
    enum class Kind { heading, paragraph, key_figures, table, figure, list };
    Kind kind = Kind::paragraph;
    int level = 2;                                       ///< heading
    bool page_break = false;                             ///< heading: starts a new page in print
    std::string text;                                    ///< heading, paragraph, figure caption
    std::vector<std::pair<std::string, std::string>> pairs;  ///< key figures: label, value
    Table table;                                         ///< table (title, headers, rows, notes)
    std::string svg;                                     ///< figure: the SVG markup gnuplot made
    std::string image;                                   ///< figure: its file, for Markdown
    std::vector<std::string> items;                      ///< list
    std::string css_class;                               ///< table or list: a layout of its own ("audit", "sources")
};

struct Document {
    Lang lang = Lang::en;
    std::string title, subtitle;
    std::string contents;  ///< the table of contents' heading (none when empty): lists every level-2 heading
    std::vector<Block> blocks;
};

/// One HTML file with its styles and SVG charts inline: no external resource, prints well.
std::string render_html(const Document& d);
/// The same content as Markdown; charts are linked image files.
std::string render_markdown(const Document& d);

/// Escapes text for HTML element content and attribute values.
std::string html_escape(const std::string& s);
/// Makes the ids inside one SVG unique in a page (`prefix-` before each id and reference).
std::string prefix_svg_ids(const std::string& svg, const std::string& prefix);

}  // namespace veedor

#include "readers/theme_reader.hpp"

#include "yaml/yaml_fields.hpp"
#include "yaml/yaml_tree.hpp"

#include <fmt/format.h>

#include <cctype>
#include <optional>

namespace veedor {
namespace {

// A theme is a dozen values: limits far below a model's keep a hostile file small and shallow.
constexpr YamlLimits theme_limits{4, 200, 64 << 10};

/// "#rrggbb" or "#RRGGBB", and nothing else: a colour reaches a gnuplot script only as the number read here.
std::optional<Rgb> read_colour(const YamlNode& n, std::string_view key, Diagnostics& d) {
    auto t = read_text(n, key, d);
    if (!t) return std::nullopt;
    bool ok = t->size() == 7 && (*t)[0] == '#';
    for (size_t i = 1; ok && i < t->size(); ++i) ok = std::isxdigit(static_cast<unsigned char>((*t)[i])) != 0;
    if (!ok) {
        d.error(n.where, msg("theme.colour", key));
        return std::nullopt;
    }
    return Rgb{static_cast<std::uint32_t>(std::stoul(t->substr(1), nullptr, 16))};
}

/// One colour, or a list of one to eight (one per year, repeated past the last).
std::optional<std::vector<Rgb>> read_shades(const YamlNode& n, std::string_view key, Diagnostics& d) {
    if (!n.is_sequence()) {
        auto c = read_colour(n, key, d);
        return c ? std::optional(std::vector<Rgb>{*c}) : std::nullopt;
    }
    if (n.items.empty() || n.items.size() > 8) {
        d.error(n.where, msg("theme.colour-count", key, n.items.size()));
        return std::nullopt;
    }
    std::vector<Rgb> out;
    bool ok = true;
    for (const YamlNode& item : n.items) {
        auto c = read_colour(item, key, d);
        if (c) out.push_back(*c);
        ok = ok && c;
    }
    return ok ? std::optional(out) : std::nullopt;
}

/// A whole number from `min` to `max`.
std::optional<int> read_bounded(const YamlNode& n, std::string_view key, int min, int max, Diagnostics& d) {
    auto v = read_count(n, key, d);
    if (!v) return std::nullopt;
    if (*v < min || *v > max) {
        d.error(n.where, msg("theme.out-of-range", key, *v, min, max));
        return std::nullopt;
    }
    return static_cast<int>(*v);
}

/// A font family of letters, digits, spaces and '-', starting with a letter, at most 40 characters:
/// nothing that could end a gnuplot string or name a file.
std::optional<std::string> read_font(const YamlNode& n, Diagnostics& d) {
    auto t = read_text(n, "font", d);
    if (!t) return std::nullopt;
    bool ok = t->size() <= 40 && std::isalpha(static_cast<unsigned char>(t->front()));
    for (char c : *t) ok = ok && (std::isalnum(static_cast<unsigned char>(c)) || c == ' ' || c == '-');
    if (!ok) {
        d.error(n.where, msg("theme.font"));
        return std::nullopt;
    }
    return t;
}

ChartTheme read_theme(const YamlNode& root, const std::string& file, Diagnostics& d) {
    ChartTheme t;
    if (root.is_null()) {
        report_null_root(root, file, "a veedor theme", d);
        return t;
    }
    Fields f(root, "the theme", {"format"}, {"font", "font-size", "line-width", "size", "colors"}, d);
    if (!root.is_map()) return t;
    if (auto n = f.get("format")) {
        auto v = read_text(*n, "format", d);
        if (v && *v != "veedor-theme/1")
            d.error(n->where, msg("theme.format", *v));
    }
    if (auto n = f.get("font")) t.font = read_font(*n, d).value_or(t.font);
    if (auto n = f.get("font-size")) t.font_size = read_bounded(*n, "font-size", 6, 30, d).value_or(t.font_size);
    if (auto n = f.get("line-width")) t.line_width = read_bounded(*n, "line-width", 1, 5, d).value_or(t.line_width);
    if (auto n = f.get("size")) {
        Fields s(*n, "size", {"width", "height"}, {}, d);
        if (auto w = s.get("width")) t.width = read_bounded(*w, "width", 400, 4000, d).value_or(t.width);
        if (auto h = s.get("height")) t.height = read_bounded(*h, "height", 300, 3000, d).value_or(t.height);
    }
    if (auto n = f.get("colors")) {
        Fields c(*n, "colors", {},
                 {"allocated", "executed", "incomplete", "fall", "need", "central", "range", "axes", "scenarios"}, d);
        if (auto x = c.get("allocated")) t.allocated = read_shades(*x, "allocated", d).value_or(t.allocated);
        if (auto x = c.get("executed")) t.executed = read_shades(*x, "executed", d).value_or(t.executed);
        if (auto x = c.get("incomplete")) t.incomplete = read_colour(*x, "incomplete", d).value_or(t.incomplete);
        if (auto x = c.get("fall")) t.fall = read_colour(*x, "fall", d).value_or(t.fall);
        if (auto x = c.get("need")) t.need = read_colour(*x, "need", d).value_or(t.need);
        if (auto x = c.get("central")) t.central = read_colour(*x, "central", d).value_or(t.central);
        if (auto x = c.get("range")) t.range = read_colour(*x, "range", d).value_or(t.range);
        if (auto x = c.get("axes")) t.axes = read_shades(*x, "axes", d).value_or(t.axes);
        if (auto x = c.get("scenarios")) t.scenarios = read_shades(*x, "scenarios", d).value_or(t.scenarios);
    }
    return t;
}

}  // namespace

ChartTheme load_theme(const std::string& path, Diagnostics& d) {
    return read_theme(parse_yaml_file(path, d, theme_limits), path, d);
}

ChartTheme load_theme_text(std::string_view text, const std::string& name, Diagnostics& d) {
    return read_theme(parse_yaml_text(text, name, d, theme_limits), name, d);
}

}  // namespace veedor

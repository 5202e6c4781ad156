#include "cli/style_option.hpp"

#include "cli/common.hpp"
#include "readers/theme_reader.hpp"
#include "text/table.hpp"

#include <CLI/CLI.hpp>

#include <ostream>

namespace veedor {

void add_style_option(CLI::App& cmd, std::string& path) {
    non_empty_path(cmd.add_option("--style", path,
                                  "A theme file (YAML: colors, font, font-size, line-width, size) for every chart; keep "
                                  "it and pass it again to draw the same way (docs/charts.md)"));
}

bool read_style(const std::string& path, ChartStyle& style, std::ostream& err) {
    if (path.empty()) return true;
    Diagnostics d;
    ChartTheme theme = load_theme(path, d);
    for (const Diagnostic& x : d.sorted()) err << terminal_safe(diagnostic_text(x, messages_lang())) << "\n";
    if (d.has_errors()) {
        Lang l = messages_lang();
        err << terminal_safe(path) << ": "
            << message_text(l, d.error_count() == 1 ? "cli.errors-one" : "cli.errors-many", d.error_count())
            << message_text(l, "cli.nothing-written-after") << "\n";
        return false;
    }
    style.theme = theme;
    return true;
}

}  // namespace veedor

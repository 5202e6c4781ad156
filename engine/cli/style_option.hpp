#pragma once
/// `--style FILE` of `plot` and `report`: the user's chart theme (docs/charts.md, "Your style").

#include "plots/chart.hpp"

#include <iosfwd>
#include <string>

namespace CLI {
class App;
}

namespace veedor {

/// Registers --style on `cmd`.
void add_style_option(CLI::App& cmd, std::string& path);

/// Reads the theme at `path` into `style` (nothing to do when `path` is empty). Prints every
/// problem with its location and returns false when the file has errors.
[[nodiscard]] bool read_style(const std::string& path, ChartStyle& style, std::ostream& err);

}  // namespace veedor

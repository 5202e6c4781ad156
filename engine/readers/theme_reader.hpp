#pragma once
/// The theme file of `plot --style` and `report --style` (docs/charts.md, "Your style"): a small
/// YAML file of colours, a font and sizes, checked as strictly as a model, every problem
/// reported with its file, line and column in one run.

#include "core/chart_theme.hpp"
#include "core/diagnostics.hpp"

#include <string>
#include <string_view>

namespace veedor {

/// The theme in `path`: the defaults (core/chart_theme.hpp) with what the file gives. Problems
/// go to `d`; the result is meaningful only when `d` has no errors.
ChartTheme load_theme(const std::string& path, Diagnostics& d);

/// The same from YAML text; `name` is the file name in locations.
ChartTheme load_theme_text(std::string_view text, const std::string& name, Diagnostics& d);

}  // namespace veedor

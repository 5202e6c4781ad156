#pragma once
/// The brief's "plan against actual" section: added when the report's model has actual figures
/// for some scenario's horizon years (docs/methodology.md, "The plan against actual").

#include "core/rounding.hpp"
#include "report/document.hpp"
#include "scenario/track.hpp"

#include <string>

namespace veedor {

/// True when some scenario has a horizon year with an actual figure: the section has something to say.
bool has_actuals(const Tracking& t);

/// Appends the section: a heading, what it compares, the chart (its SVG, or nothing when gnuplot
/// did not draw it), the featured scenario's two tables (featured_run; else the first with actuals) and the PEFA table.
void add_track_section(Document& d, const Tracking& t, const std::string& chart_svg, const std::string& chart_file,
                       const Presentation& p, const SimulationRun* featured);

}  // namespace veedor

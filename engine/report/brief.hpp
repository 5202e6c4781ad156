#pragma once
/// The brief: what an advocate hands out. Built from the same results as the tables (compare,
/// audit, scenarios) and the charts, in Spanish or English.

#include "analysis/audit.hpp"
#include "analysis/compare.hpp"
#include "scenario/simulation.hpp"
#include "report/document.hpp"

#include <string>
#include <vector>

namespace veedor {

/// A chart as the brief shows it.
struct BriefChart {
    std::string caption;
    std::string svg;    ///< the SVG gnuplot drew (empty: not drawn)
    std::string image;  ///< path of the image, relative to the brief, for Markdown
    std::string scenario_file;  ///< the scenario it draws (empty: a chart of the model)
};

/// The scenario the brief's summary, charts and plan-against-actual tables speak of: the first
/// with costed needs (nullptr when none has).
const SimulationRun* featured_run(const std::vector<SimulationRun>& runs);

/// `baseline`: the index in `runs` of the scenario the others are compared against, year by year
/// (`report --baseline`; < runs.size() when there are runs).
Document build_brief(const Model& m, const AuditResult& audit, const std::vector<SimulationRun>& runs,
                     const std::vector<BriefChart>& charts, Lang lang, const Presentation& p, size_t baseline = 0);

}  // namespace veedor

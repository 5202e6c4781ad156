#pragma once
/// The brief's risk table: for every scenario at once, what its Monte Carlo trials say beside the
/// central case: the mean funding (below the central funding when the scenario has a risk of a
/// cut), the median (P50) and mean of the gap, and the probability that funding covers the need
/// in each horizon year and over the horizon, cuts included (docs/methodology.md, "Funding risk").

#include "core/rounding.hpp"
#include "report/document.hpp"
#include "scenario/simulation.hpp"

#include <vector>

namespace veedor {

/// One row per scenario, its columns the years of the first scenario's horizon; a scenario run
/// without trials, or a year it does not have, shows "n/a". Empty (no rows) when no scenario ran trials.
Table brief_risk_table(const std::vector<SimulationRun>& runs, const Presentation& p, Lang l);

}  // namespace veedor

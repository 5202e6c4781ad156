#pragma once
/// Scenarios compared (issue 15, item 7): each scenario's funding, expected execution, need and
/// gap per year and over the horizon, with the Monte Carlo median and mean of the need and gap
/// where trials were run, and each figure's difference against a baseline scenario. Exact values,
/// in no language (docs/methodology.md, "Comparing scenarios").

#include "scenario/simulation.hpp"

#include <optional>
#include <vector>

namespace veedor {

/// One period's figures of a scenario, current soles. The gap is need − funded.
struct ComparedFigures {
    Money funded, executed, need, gap;
    std::optional<Money> need_p50, need_mean, gap_p50, gap_mean;  ///< when trials were run
};

struct ComparedPeriod {
    int year = 0;  ///< 0: the horizon together
    ComparedFigures figures;
    /// This scenario's figures minus the baseline's for the same period; nothing when the baseline
    /// has no such period (another horizon). A P50 or mean difference is there when both have it.
    std::optional<ComparedFigures> against_baseline;
};

struct ComparedScenario {
    const SimulationRun* run = nullptr;
    std::vector<ComparedPeriod> periods;  ///< horizon years, then the horizon together
};

struct ScenarioComparison {
    size_t baseline = 0;  ///< index of the baseline in `scenarios`
    std::vector<ComparedScenario> scenarios;
};

/// Compares every run with `runs[baseline]` (baseline < runs.size()). Periods are matched by
/// year; the horizon rows only when both horizons are the same years.
ScenarioComparison compare_scenarios(const std::vector<SimulationRun>& runs, size_t baseline);

}  // namespace veedor

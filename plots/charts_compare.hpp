#pragma once
/// The overlay of scenarios (docs/charts.md, "11-scenarios-overlay"): every scenario's funded path
/// against the baseline's need, its P10–P90 band when trials were run, and the actual allocation
/// and execution of the horizon years that a model with actuals has (scenario/track.hpp).

#include "plots/chart.hpp"
#include "scenario/track.hpp"

namespace veedor {

/// "11-scenarios-overlay" of `runs` (at least one), the need drawn being `runs[baseline]`'s;
/// `actuals` is `track(runs, model)` against the model with the actual figures (no points when
/// it has none for a horizon year).
Chart overlay_chart(const std::vector<SimulationRun>& runs, size_t baseline, const Tracking& actuals,
                    const ChartStyle& style);

}  // namespace veedor

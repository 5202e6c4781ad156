#pragma once
/// The charts veedor draws (docs/charts.md): each built from the same results the tables show.

#include "plots/chart.hpp"
#include "scenario/simulation.hpp"
#include "model/model.hpp"

#include <vector>

namespace veedor {

/// The source line under a chart of `m` or of a scenario on it: the model's own sources (those
/// not within another), else its title, then "made with veedor", in `lang`.
std::string chart_source(const Model& m, Lang lang);

/// 1 allocated vs executed and 2 execution rates (per group), 3 the national series,
/// 4 what drove the change between the last two years with a breakdown.
std::vector<Chart> model_charts(const Model& m, const ChartStyle& style);

/// 5 funded vs need with the Monte Carlo band, 6 the gap per year and axis, 7 the tornado.
/// `stem` names the scenario in file names.
std::vector<Chart> scenario_charts(const SimulationRun& run, const std::string& stem, const ChartStyle& style);

}  // namespace veedor

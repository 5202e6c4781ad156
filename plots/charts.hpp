#pragma once
/// The charts veedor draws (docs/charts.md): each built from the same results the tables show.

#include "analysis/compare.hpp"
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

/// 9 one entity over the years (`plot --entity`): allocated and executed per year (executed grey in
/// a partial year), its execution rate on the right axis, value labels when the bars are few.
Chart entity_chart(const Model& m, const Entity& e, const ChartStyle& style);

/// 10 one group over the years (`plot --group`): its total allocated and executed per year and the
/// allocation of its largest members (at most six lines; every member in the data file).
Chart group_chart(const Model& m, const GroupComparison& g, const ChartStyle& style);

/// 5 funded vs need with the Monte Carlo band, 6 the gap per year and axis, 7 the tornado.
/// `stem` names the scenario in file names.
std::vector<Chart> scenario_charts(const SimulationRun& run, const std::string& stem, const ChartStyle& style);

}  // namespace veedor

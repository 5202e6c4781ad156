#pragma once
/// Scenarios compared, as tables (`veedor simulate` with several scenarios, the brief): each
/// scenario per year side by side, and its difference against the baseline. Scenarios are named by
/// their title for people; the machine table keeps the file too, to find it by.

#include "scenario/scenario_compare.hpp"
#include "text/format.hpp"
#include "text/table.hpp"

namespace veedor {

/// For people: funded, expected executed, need and gap (need − funded) of every scenario, per year
/// and over the horizon, with the need's and gap's Monte Carlo median and mean when any scenario
/// ran trials. The scenario's title is written on its first row.
Table scenarios_per_year_table(const ScenarioComparison& c, const Style& s);
/// For people: the same figures of every scenario but the baseline, minus the baseline's; a
/// positive difference is written with "+".
Table against_baseline_table(const ScenarioComparison& c, const Style& s);
/// For print (the brief): one figure (`&ComparedFigures::funded`, `::gap`, …) of every scenario,
/// a column per year and the horizon; with `against`, the difference from the baseline of every
/// other scenario. `title` is the table's title.
Table figure_by_year_table(const ScenarioComparison& c, Money ComparedFigures::*figure, bool against,
                           std::string title, const Style& s);
/// For machines (simulate-compare.csv, JSON): one row per scenario and period with both the
/// figures and the differences; a figure that does not exist (no trials, another horizon) is "".
Table comparison_machine_table(const ScenarioComparison& c);

}  // namespace veedor

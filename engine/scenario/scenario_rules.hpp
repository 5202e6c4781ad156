#pragma once
/// The rules that tie a scenario to its model: references, years, coverage of the horizon.

#include "analysis/compare.hpp"
#include "core/diagnostics.hpp"
#include "scenario/scenario.hpp"

#include <optional>
#include <string>
#include <vector>

namespace veedor {

/// Checks a merged scenario against its (valid) model; reports each broken rule where it is.
void check_scenario(Scenario& s, Diagnostics& d, long max_trials);

/// Numbers every uncertain Number of `s` (Number::param) and lists them in s.params.
void collect_params(Scenario& s);

/// The allocated level of `target` in `year` in the model: the national series for the total
/// (which may be a printed total), the entity's allocated amount; nothing if not an amount.
std::optional<Money> model_level(const Model& m, const Target& target, int year);

/// A year's national figure that a funding rule of the total starts from.
struct ModelBase {
    std::string field;   ///< the rule's field naming the year: base-year, from-year, level-of-year, as-in-year
    SeriesYear figure;   ///< that year of the national series: amount, origin, coverage, printed source
    Location where;      ///< the rule
};

/// The national figures the scenario's rules of the total start from, in rule order (rules of
/// one entity start from that entity's own figure, which is never a sum).
std::vector<ModelBase> model_bases(const Scenario& s);

}  // namespace veedor

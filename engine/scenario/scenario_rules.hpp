#pragma once
/// The rules that tie a scenario to its model: references, years, coverage of the horizon.

#include "core/diagnostics.hpp"
#include "scenario/scenario.hpp"

#include <optional>

namespace veedor {

/// Checks a merged scenario against its (valid) model; reports each broken rule where it is.
void check_scenario(Scenario& s, Diagnostics& d, long max_trials);

/// Numbers every uncertain Number of `s` (Number::param) and lists them in s.params.
void collect_params(Scenario& s);

/// The allocated level of `target` in `year` in the model: the national series for the total
/// (which may be a printed total), the entity's allocated amount; nothing if not an amount.
std::optional<Money> model_level(const Model& m, const Target& target, int year);

}  // namespace veedor

#pragma once
/// The rules that tie a scenario to its model: references, years, coverage of the horizon.

#include "analysis/compare.hpp"
#include "core/diagnostics.hpp"
#include "scenario/scenario.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace veedor {

/// Checks a merged scenario against its (valid) model; reports each broken rule where it is.
void check_scenario(Scenario& s, Diagnostics& d, long max_trials);

/// Projects the central case of a checked scenario (params collected) and reports what cannot be
/// projected (a figure that overflows, a negative amount) at the rule responsible, so that `check`
/// finds what `simulate` would stop at. Uncertain values far from the centre are the Monte
/// Carlo's to find.
void check_central_case(const Scenario& s, Diagnostics& d);

/// Numbers every uncertain Number of `s` (Number::param) and lists them in s.params.
void collect_params(Scenario& s);

/// The allocated level of `target` in `year` in the model: the national series for the total
/// (which may be a printed total), the entity's allocated amount; nothing if not an amount.
std::optional<Money> model_level(const Model& m, const Target& target, int year);

/// The rate of an `own-history` execution rule: executed / allocated over its years, in
/// micro-percent (100% = 10^8); or, when it cannot be computed, why (a message for the rule).
struct [[nodiscard]] HistoryRate {
    std::optional<std::int64_t> micro_pct;
    Message problem;
};
HistoryRate own_history_rate(const Model& m, const Target& target, const OwnHistory& r);

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

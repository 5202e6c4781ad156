#pragma once
/// Monte Carlo over a scenario's uncertain numbers: a sampler (RandomStream + Distribution),
/// an evaluator (Projector) and an accumulator (this file). Each trial draws from its own stream
/// derived from (seed, trial number) and writes its outcome to its own slot, so the result does
/// not depend on the number of threads or on which thread ran which trial.

#include "core/enum_names.hpp"
#include "core/ratio.hpp"
#include "scenario/projection.hpp"

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace veedor {

/// The figures a trial records for each period (each horizon year, then the horizon together),
/// in current soles.
enum class Metric { funded, executed, need, gap_funded, gap_executed };
inline constexpr int metric_count = 5;
constexpr auto names_of(Metric) {
    return std::array{
        EnumName<Metric>{Metric::funded, "funded"},
        EnumName<Metric>{Metric::executed, "expected executed"},
        EnumName<Metric>{Metric::need, "need"},
        EnumName<Metric>{Metric::gap_funded, "gap (need - funded)"},
        EnumName<Metric>{Metric::gap_executed, "gap (need - executed)"},
    };
}
static_assert(names_are_distinct(names_of(Metric{})));
static_assert(names_of(Metric{}).size() == metric_count);

/// Summary of one figure over all trials. Percentiles by the nearest-rank method (the value at
/// rank ceil(p/100 × N) of the sorted trials); the mean rounded half-up to the céntimo.
struct Summary {
    Money p5, p10, p50, p90, p95, mean;
};

struct PeriodSummary {
    int year = 0;                                 ///< 0: the horizon together
    std::array<Summary, metric_count> metrics{};
    std::array<Summary, axis_count> need_by_axis{};
    long funded_covers_need = 0;                  ///< trials where funded >= need
    long executed_covers_need = 0;                ///< trials where expected executed >= need
};

struct MonteCarloResult {
    long trials = 0;
    std::uint64_t seed = 0;
    std::vector<PeriodSummary> periods;  ///< horizon years, then the cumulative period
};

struct MonteCarloOptions {
    long trials = 0;
    std::uint64_t seed = 0;
    int threads = 1;
    /// Called now and then from the calling thread with the number of trials done.
    std::function<void(long done, long total)> progress;
};

/// The memory the outcomes of the trials may take (docs/numerics.md): a run that would need more
/// is refused before it starts, so that a scenario cannot exhaust the machine.
inline constexpr size_t monte_carlo_memory_budget = size_t{4} << 30;  // 4 GiB

/// Bytes of outcomes kept per trial: 8 per figure, for each horizon year and the horizon
/// together, of the five metrics and the need of each axis that has a costed need.
size_t bytes_per_trial(const Scenario& s);

/// Runs the trials and summarizes them. The result does not depend on options.threads. A
/// InputError (a trial whose figures overflow, or outcomes beyond the memory budget) is thrown
/// after every thread has stopped; for a failing trial it is that of the lowest trial number, on
/// any number of threads.
MonteCarloResult run_monte_carlo(const Projector& projector, const MonteCarloOptions& options);

/// What a sensitivity run measures over the horizon (current soles): the funding gap (need minus
/// funded), or the spending gap (need minus expected execution), which also moves with execution.
enum class SensitivityTarget { gap_funded, gap_executed };

/// One uncertain input at its low (P10) and high (P90) value, every other at its central value,
/// and the five-year gaps at each: need minus funded, and need minus expected executed.
struct SensitivityRow {
    std::string label;
    std::int64_t low = 0, high = 0, central = 0;  ///< micro units
    Money gap_low, gap_high;                      ///< need - funded
    Money spend_low, spend_high;                  ///< need - expected executed
    Money swing() const { return gap_high > gap_low ? gap_high - gap_low : gap_low - gap_high; }
    Money spend_swing() const { return spend_high > spend_low ? spend_high - spend_low : spend_low - spend_high; }
    /// The gap of `target` at the input's P10 and P90, and their distance.
    Money at_low(SensitivityTarget t) const { return t == SensitivityTarget::gap_funded ? gap_low : spend_low; }
    Money at_high(SensitivityTarget t) const { return t == SensitivityTarget::gap_funded ? gap_high : spend_high; }
    Money swing(SensitivityTarget t) const { return t == SensitivityTarget::gap_funded ? swing() : spend_swing(); }
};

/// Every uncertain input, ranked by how much it moves the five-year funding gap (largest first).
std::vector<SensitivityRow> sensitivity(const Projector& projector);

/// The same rows ranked by how much each moves the gap of `target` (largest first; ties keep
/// their order).
std::vector<SensitivityRow> ranked_by(std::vector<SensitivityRow> rows, SensitivityTarget target);

}  // namespace veedor

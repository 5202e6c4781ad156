#pragma once
/// The deterministic projection of one scenario for one set of assumption values.
///
/// Money stays in céntimos. Every assumption is a whole number of micro units (value × 10^6);
/// each product of money and a rate is rounded half-up to the céntimo at once, and the price
/// index to 10^-9, as docs/numerics.md describes. The same code serves the central case, every
/// Monte Carlo trial and every sensitivity run.

#include "scenario/scenario.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace veedor {

/// Results of one year (or of the whole horizon, for the cumulative row), in current soles and
/// in constant soles of the scenario's `prices-of` year.
struct PeriodResult {
    int year = 0;                 ///< 0 for the cumulative period
    Money general_budget;         ///< current soles
    std::optional<std::int64_t> population;
    std::int64_t price_index_nano = 1'000'000'000;  ///< prices of the year / prices of prices-of, × 10^9
    Money funded, executed, need;                   ///< current soles
    Money funded_constant, executed_constant, need_constant;
    std::array<Money, axis_count> need_by_axis{};   ///< current soles
    std::array<Money, axis_count> need_by_axis_constant{};
    std::vector<std::optional<Money>> funded_by_entity;    ///< per Projection::entities; nothing when not a target
    std::vector<std::optional<Money>> executed_by_entity;
    std::vector<Money> need_by_entity;
    std::vector<Money> need_by_line;                ///< per scenario need, current soles
};

struct Projection {
    bool details = true;                 ///< per-entity and per-line figures were computed
    std::vector<std::string> entities;   ///< entities that are funding targets or carry a need
    std::vector<PeriodResult> years;     ///< one per horizon year
    PeriodResult cumulative;             ///< the horizon together
};

/// Prepared evaluation of one scenario: what does not change between trials is computed once.
class Projector {
public:
    explicit Projector(const Scenario& s);

    /// The central values of every uncertain number (Scenario::params order).
    std::vector<std::int64_t> central_values() const;
    /// Evaluates the scenario with `values` (one per Scenario::params entry). Without `details`
    /// the per-entity and per-line figures are left empty (Monte Carlo trials do not need them).
    /// A figure that overflows, or a rule that would fund a negative amount, is an InputError
    /// located at the rule or entry responsible (core/error.hpp), never a wrapped number.
    Projection evaluate(const std::vector<std::int64_t>& values, bool details = true) const;
    /// evaluate, into `out`, reusing its buffers: every figure of `out` is set again, and once
    /// `out` has held a projection of this scenario no memory is allocated (a Monte Carlo trial
    /// allocates nothing, so threads do not contend for the allocator).
    void evaluate_into(Projection& out, const std::vector<std::int64_t>& values, bool details = true) const;

    const Scenario& scenario() const { return s_; }

private:
    std::int64_t value(const Number& n, const std::vector<std::int64_t>& values) const;
    /// The execution rate of execution rule `exec_index` in `year`, micro-percent: the year's own
    /// rate (rate-pct-by-year), else the rule's rate-pct or own-history rate.
    std::int64_t rate_of(size_t exec_index, int year, const std::vector<std::int64_t>& values) const;
    /// cover-need with `aim: executed`: turns central_need_ into the funding whose execution at
    /// the central rates covers it.
    void aim_at_executed(const std::vector<std::int64_t>& central);
    size_t entity_index(const std::string& entity) const;
    const MacroEntry& inflation_entry(int year) const;
    std::int64_t inflation(int year, const std::vector<std::int64_t>& values) const;
    /// The price index of `year` from that of the year before; an InputError past 2^63 nano units.
    std::int64_t next_price_index(std::int64_t index, int year, const std::vector<std::int64_t>& values) const;
    /// The funded amount of one rule in each horizon year, current soles, into `path`.
    void fund(const FundingRule& rule, const Projection& out, const std::vector<std::int64_t>& values,
              std::vector<Money>& path) const;
    /// Resets `out` and fills the macro figures (general budget, population, price index) of every year.
    void start(Projection& out, const std::vector<std::int64_t>& values, bool details) const;
    void add_needs(Projection& out, const std::vector<std::int64_t>& values) const;
    /// The quantity of need `k` in horizon year `i`, micro units.
    std::int64_t quantity(size_t k, size_t i, const std::vector<std::int64_t>& values,
                          const std::vector<std::int64_t>& demand) const;
    /// The level of the demand series that drives `driven`, in each horizon year (micro units).
    std::vector<std::int64_t> demand_of(const PerDemand& driven, const std::vector<std::int64_t>& values) const;
    void add_funding(Projection& out, const std::vector<std::int64_t>& values) const;
    /// Constant soles of funding and execution, and the cumulative period.
    void total(Projection& out) const;

    const Scenario& s_;
    std::vector<int> years_;                  ///< the horizon
    std::vector<std::string> entities_;
    /// Per funding rule, the execution rule of its target (the last one written), or -1.
    std::vector<int> execution_of_;
    /// Per need, what does not change between trials, so that a trial neither searches nor divides
    /// for it.
    struct NeedPlan {
        size_t entity = 0;  ///< in entities_
        size_t axis = 0;
        /// Per horizon year, the quantity when no number it depends on is uncertain (micro units);
        /// empty when it must be computed in each trial.
        std::vector<std::int64_t> certain;
        /// A per-year quantity: per horizon year, its number (nullptr: no quantity that year).
        std::vector<const Number*> per_year;
    };
    std::vector<NeedPlan> plans_;
    std::vector<std::int64_t> history_rate_;  ///< per execution rule: own-history rate, micro-% (or -1)
    std::vector<Money> central_need_;         ///< per horizon year, current soles: what cover-need aims at
    /// Per funding rule, the model levels it starts from: they never change between trials.
    struct RuleLevels {
        Money base;          ///< base-year, from-year
        Money goal;          ///< restore: level-of-year; share as-in-year: that year's level
        Money share_budget;  ///< share as-in-year: that year's general budget
    };
    std::vector<RuleLevels> levels_;
};

/// q × num / den rounded half-up (ties away from zero), exactly; den > 0.
i128 mul_div_round(i128 q, i128 num, i128 den);

}  // namespace veedor

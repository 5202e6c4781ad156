#pragma once
/// A funding scenario for a plan (docs/scenario-format.md): data only. Built and validated by
/// the scenario reader (readers/scenario_reader.hpp); evaluated by projection.hpp and montecarlo.hpp.

#include "core/enum_names.hpp"
#include "core/diagnostics.hpp"
#include "core/money.hpp"
#include "model/model.hpp"
#include "scenario/need_scope.hpp"
#include "scenario/random.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace veedor {

/// An assumption: a number, perhaps uncertain, with where it comes from.
struct Number {
    Distribution dist;
    std::vector<std::string> sources;
    std::string assumption;
    std::string label;  ///< what it is, for the sensitivity table ("inflation 2018 (%)")
    Location where;
    int param = -1;     ///< index among the scenario's uncertain numbers; -1 when fixed
};

/// The value of `n` in a trial: its drawn value when uncertain, else its fixed value. Inline: a
/// trial reads a few hundred numbers.
inline std::int64_t number_value(const Number& n, const std::vector<std::int64_t>& values) {
    return n.param >= 0 ? values[static_cast<size_t>(n.param)] : n.dist.central();
}

/// One entry of a macro series, covering the years from..to.
struct MacroEntry {
    int from = 0, to = 0;
    enum class Kind { level, growth } kind = Kind::level;
    std::optional<Money> amount;         ///< general budget level
    std::optional<std::int64_t> count;   ///< population level
    Number number;                       ///< inflation value, or growth in %
    std::vector<std::string> sources;    ///< for amount / count
    std::string assumption;
    Location where;
};

struct Macro {
    std::vector<MacroEntry> general_budget;
    std::vector<MacroEntry> inflation_pct;
    std::vector<MacroEntry> population;
};

/// What a rule funds or executes: the national total, or one entity.
struct Target {
    std::string entity;  ///< empty for the total
    bool is_total() const { return entity.empty(); }
    std::string key() const { return entity.empty() ? "total" : entity; }
};

enum class FundingKind { flat, grow, index_to_inflation, share_of_general_budget, restore, amounts, cover_need };
constexpr auto names_of(FundingKind) {
    return std::array{
        EnumName<FundingKind>{FundingKind::flat, "flat"},
        EnumName<FundingKind>{FundingKind::grow, "grow"},
        EnumName<FundingKind>{FundingKind::index_to_inflation, "index-to-inflation"},
        EnumName<FundingKind>{FundingKind::share_of_general_budget, "share-of-general-budget"},
        EnumName<FundingKind>{FundingKind::restore, "restore"},
        EnumName<FundingKind>{FundingKind::amounts, "amounts"},
        EnumName<FundingKind>{FundingKind::cover_need, "cover-need"},
    };
}
static_assert(names_are_distinct(names_of(FundingKind{})));

/// How a funded level moves from one year to the next: kept flat, indexed to the scenario's
/// inflation, or grown at a rate.
struct Steady {};
struct Indexed {};
struct Growing {
    Number rate_pct;
};
using Growth = std::variant<Steady, Indexed, Growing>;

/// What cover-need aims at: the need in money funded, or the need in money executed (funding
/// = need / the central execution rate, so that what is spent covers the need).
enum class CoverAim { funded, executed };
constexpr auto names_of(CoverAim) {
    return std::array{
        EnumName<CoverAim>{CoverAim::funded, "funded"},
        EnumName<CoverAim>{CoverAim::executed, "executed"},
    };
}
static_assert(names_are_distinct(names_of(CoverAim{})));

/// The kinds of funding rule (docs/scenario-format.md), each with only the fields it has.
namespace funding {
/// flat, grow, index-to-inflation: the model's level of base-year, carried forward.
struct Carry {
    int base_year = 0;
    Growth growth;
};
/// share-of-general-budget: a given share-pct.
struct ShareGiven {
    Number share_pct;
};
/// share-of-general-budget: the exact share the target had in as-in-year.
struct ShareAsIn {
    int year = 0;
};
/// From the level of from-year in a straight line to that of level-of-year by `by`, then `then`.
struct Restore {
    int from_year = 0, level_of_year = 0, by = 0;
    Growth then;
};
/// From the level of from-year in a straight line to the central need of `by`, then the need.
struct CoverNeed {
    int from_year = 0, by = 0;
    CoverAim aim = CoverAim::funded;
};
struct Amount {
    int year = 0;
    Money amount;
    std::vector<std::string> sources;
};
struct Amounts {
    std::vector<Amount> amounts;
};
}  // namespace funding

/// A funding rule's risk of a cut (docs/scenario-format.md, "Funding risk"): in each horizon
/// year from `from` on, independently of the other years, the year's funding is cut by share-pct
/// with probability probability-pct, and so is each of the `lasting` - 1 years after it. Each
/// year's event is one uncertain draw, uniform on 0-100 (%): a cut when the draw is below the probability.
struct CutRisk {
    Number probability_pct;
    Number share_pct;
    int from = 0;               ///< the first year a cut may happen; 0: the horizon's first year
    long long lasting = 1;      ///< the years a cut lasts, its own included (at least 1; checked)
    std::vector<Number> draws;  ///< one per year from `from` to the horizon's end (collect_params)
    std::vector<int> draw_years;
    Location where;
};

struct FundingRule {
    Target target;
    std::variant<funding::Carry, funding::ShareGiven, funding::ShareAsIn, funding::Restore, funding::CoverNeed,
                 funding::Amounts>
        how;
    std::optional<CutRisk> cut_risk;
    Location where;
};

/// own-history's rate: over the members with both amounts (matched), or over all the money.
enum class HistoryScope { matched, all };
constexpr auto names_of(HistoryScope) {
    return std::array{
        EnumName<HistoryScope>{HistoryScope::matched, "matched"},
        EnumName<HistoryScope>{HistoryScope::all, "all"},
    };
}
static_assert(names_are_distinct(names_of(HistoryScope{})));

/// An execution rate computed from the model: executed / allocated over `years`.
struct OwnHistory {
    HistoryScope scope = HistoryScope::matched;
    std::vector<int> years;
};

/// Absorption capacity: the most an entity can execute in a year, in money; a funded amount
/// beyond it raises execution no further, so the effective rate falls as funding grows.
struct ExecutionCap {
    Money max_executed;
    std::vector<std::string> sources;
    std::string assumption;
    Location where;
};

struct ExecutionRule {
    Target target;
    std::variant<Number, OwnHistory> rate;  ///< rate-pct, or own-history
    std::vector<std::pair<int, Number>> rate_by_year;  ///< rate-pct-by-year: a year's own rate, over `rate`
    std::optional<ExecutionCap> capacity;
    Location where;
};

enum class Axis { prevention, prosecution, protection, reintegration, cross_cutting };
inline constexpr int axis_count = 5;
constexpr auto names_of(Axis) {
    return std::array{
        EnumName<Axis>{Axis::prevention, "prevention"},
        EnumName<Axis>{Axis::prosecution, "prosecution"},
        EnumName<Axis>{Axis::protection, "protection"},
        EnumName<Axis>{Axis::reintegration, "reintegration"},
        EnumName<Axis>{Axis::cross_cutting, "cross-cutting"},
    };
}
static_assert(names_are_distinct(names_of(Axis{})));
static_assert(names_of(Axis{}).size() == axis_count);

/// Quantities given year by year.
struct PerYear {
    std::vector<std::pair<int, Number>> quantities;
};
/// A quantity moving in a straight line from `start` in start-year to `target` by `by`.
struct QuantityPath {
    int start_year = 0, by = 0;
    Number start, target;
};

/// A quantity driven by demand (docs/scenario-format.md, "Demand"): `per-unit` units for each unit
/// of the demand series `demand` in the year (places for each identified victim).
struct PerDemand {
    std::string demand;
    Number per_unit;
};

/// A demand series: `base` units in `base-year` (identified victims a year), growing by
/// `growth-pct` each year after it; each year's level is rounded half-up to a micro unit.
struct Demand {
    std::string id, unit;
    int base_year = 0;
    Number base, growth_pct;
    Location where;
};

/// Uncertain numbers drawn together (docs/scenario-format.md, "Correlated inputs"): a one-factor
/// Gaussian copula in which every pair of members has latent correlation `coefficient`; 1 is a
/// shared driver (every member at the same percentile).
struct CorrelationGroup {
    std::string id;
    std::int64_t coefficient_micro = 0;  ///< in (0, 10^6]
    std::vector<std::string> members;    ///< labels of uncertain numbers, as the sensitivity table shows them
    std::vector<int> params;             ///< their indices in Scenario::params, once resolved
    std::vector<std::string> sources;
    std::string assumption;
    Location where;
};

struct Need {
    std::string id, activity, entity, unit, note;
    Axis axis = Axis::cross_cutting;
    std::variant<PerYear, QuantityPath, PerDemand> quantity;
    std::vector<std::string> quantity_sources;
    std::string quantity_assumption;
    Number unit_cost;                  ///< soles of prices-of, per unit
    std::optional<NeedScope> scope;    ///< who pays, new or existing (opt-in: docs/scenario-format.md)
    Location where;
};

/// An uncertain number as the sampler and the sensitivity analysis see it.
struct Param {
    Distribution dist;
    std::string label;
};

struct Scenario {
    std::string file;
    std::string title;
    std::string model_path;  ///< resolved against the file that named it
    Location model_where;
    Model model;
    int from = 0, to = 0;              ///< horizon
    int prices_of = 0;
    std::vector<Source> sources;
    Macro macro;
    std::vector<FundingRule> funding;
    std::vector<ExecutionRule> execution;
    std::vector<Need> needs;
    std::vector<Demand> demand;                   ///< opt-in: quantities driven by demand
    std::vector<CorrelationGroup> correlations;   ///< opt-in: correlated uncertain numbers
    std::optional<long> trials;
    std::optional<std::uint64_t> seed;
    bool seed_given = false;  ///< a 'seed' was written, valid or not (an invalid one is reported once)
    Location monte_carlo_where;
    std::string notes;

    /// The uncertain numbers, in a fixed order (macro, funding, execution, needs, demand); each
    /// uncertain Number's `param` is its index here.
    std::vector<Param> params;
    std::vector<int> horizon() const;
};

}  // namespace veedor

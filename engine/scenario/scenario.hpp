#pragma once
/// A funding scenario for a plan (docs/scenario-format.md): data only. Built and validated by
/// the scenario reader (readers/scenario_reader.hpp); evaluated by projection.hpp and montecarlo.hpp.

#include "core/enum_names.hpp"
#include "core/diagnostics.hpp"
#include "core/money.hpp"
#include "model/model.hpp"
#include "scenario/random.hpp"

#include <cstdint>
#include <optional>
#include <string>
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
enum class ThenKind { flat, index_to_inflation, grow };
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

struct FundingRule {
    Target target;
    FundingKind kind = FundingKind::flat;
    int base_year = 0;                 ///< flat, grow, index; restore: from-year
    Number rate_pct;                   ///< grow; restore then grow
    std::optional<Number> share_pct;   ///< share: given share
    std::optional<int> share_as_in_year;
    int level_of_year = 0, by = 0;     ///< restore; cover-need: by
    ThenKind then = ThenKind::flat;
    std::vector<std::pair<int, Money>> amounts;
    std::vector<std::string> sources;  ///< for amounts
    std::string assumption;
    Location where;
};

struct ExecutionRule {
    Target target;
    bool own_history = false;
    bool matched = true;               ///< own-history: matched or all
    std::vector<int> years;
    Number rate_pct;
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

struct Need {
    std::string id, activity, entity, unit, note;
    Axis axis = Axis::cross_cutting;
    std::vector<std::pair<int, Number>> per_year;  ///< quantities per year, or a path:
    bool is_path = false;
    int path_start_year = 0, path_by = 0;
    Number path_start, path_target;
    std::vector<std::string> quantity_sources;
    std::string quantity_assumption;
    Number unit_cost;                  ///< soles of prices-of, per unit
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
    std::optional<long> trials;
    std::optional<std::uint64_t> seed;
    bool seed_given = false;  ///< a 'seed' was written, valid or not (an invalid one is reported once)
    Location monte_carlo_where;
    std::string notes;

    /// The uncertain numbers, in a fixed order (macro, funding, execution, needs); each
    /// uncertain Number's `param` is its index here.
    std::vector<Param> params;
    std::vector<int> horizon() const;
};

}  // namespace veedor

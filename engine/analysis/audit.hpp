#pragma once
/// The audit: recompute every figure a source printed, explain each disagreement, and flag
/// figures built on incomplete data. See docs/methodology.md ("The audit").
///
/// The result is data, exact and in no language: values are Decimal, Money and Ratio, subjects
/// and members are ids, reasons are typed. The writers (writers/audit_text.hpp) put them in words.

#include "analysis/compare.hpp"
#include "core/enum_names.hpp"
#include "core/rounding.hpp"
#include "model/model.hpp"

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace veedor {

enum class FindingKind {
    mismatch,       ///< a printed figure differs from the recomputed one
    aggregate,      ///< an aggregate row differs from the total of the group it stands for
    incomplete,     ///< a printed total or rate rests on unknown or partial figures
    comparability,  ///< a change between years mixes an amount with a missing value
    sources_disagree,  ///< two sources printed different values for the same thing
};
constexpr auto names_of(FindingKind) {
    return std::array{
        EnumName<FindingKind>{FindingKind::mismatch, "mismatch"},
        EnumName<FindingKind>{FindingKind::aggregate, "aggregate"},
        EnumName<FindingKind>{FindingKind::incomplete, "incomplete"},
        EnumName<FindingKind>{FindingKind::comparability, "comparability"},
        EnumName<FindingKind>{FindingKind::sources_disagree, "sources-disagree"},
    };
}
static_assert(names_are_distinct(names_of(FindingKind{})));

enum class CheckStatus { agrees, differs, unverifiable };
constexpr auto names_of(CheckStatus) {
    return std::array{
        EnumName<CheckStatus>{CheckStatus::agrees, "agrees"},
        EnumName<CheckStatus>{CheckStatus::differs, "differs"},
        EnumName<CheckStatus>{CheckStatus::unverifiable, "unverifiable"},
    };
}
static_assert(names_are_distinct(names_of(CheckStatus{})));

/// What a check or a finding is about.
struct Subject {
    enum class Kind { general_budget, entity, group_total };
    Kind kind = Kind::entity;
    std::string id;  ///< the entity's or the group's id; empty for the General Budget
};

/// Why a printed figure cannot be recomputed from the model.
enum class Unverifiable {
    none,
    year_not_in_model,
    no_entity_figure,       ///< the entity has no figure for the year
    value_missing,          ///< `which` (allocated or executed) is not an amount, but `kind`
    zero_allocation,
    zero_general_budget,
    no_allocation_before,   ///< no allocated amount the year before
    zero_allocation_before,
    not_defined_for_entity,
    no_breakdown,           ///< the model has no entity figures for the year
    no_general_budget,      ///< the model gives no General Budget for the year
    incomplete_breakdown,   ///< some members have a figure for the year, others none: their sum is partial
    zero_allocated_total,
    no_total,
    no_population,
    no_year_before,
    no_total_either_year,   ///< no total for one of the two years of a change
    zero_total_before,
    not_defined,
    other_stage,            ///< printed for another budget stage than the figure the model uses
};

struct WhyUnverifiable {
    Unverifiable reason = Unverifiable::none;
    Measure which = Measure::allocated;  ///< for value_missing: allocated or executed
    ValueKind kind = ValueKind::unknown;  ///< for value_missing: what the value is instead
};

/// One printed figure and what the engine makes of it.
struct Check {
    const PublishedFigure* printed = nullptr;
    CheckStatus status = CheckStatus::unverifiable;
    Subject subject;
    std::optional<Ratio> exact;      ///< recomputed value (soles, or percent)
    std::optional<Decimal> rounded;  ///< exact rounded to the printed places by the audit's mode
    WhyUnverifiable why;             ///< when status is unverifiable
};

// ---- reasons the engine can give for a disagreement -------------------------------------------

/// The printed value is the exact one rounded by another mode than the audit's.
struct RoundedAnotherWay {
    RoundingMode mode;
};
/// The difference between a printed total and its members' total equals these members' value:
/// the printed total leaves them out (printed is smaller) or counts them twice.
struct MembersExplainTotal {
    std::vector<std::string> entities;  ///< ids, in model order
    Money amount;                       ///< each one's value, the size of the difference
    bool left_out = true;
};
/// A printed rate that follows from the same table's printed (wrong) totals.
struct RateFollowsFromPrinted {
    Decimal executed, allocated;
};
/// The General Budget the model uses for the year, and the model's note on it.
struct GeneralBudgetUsed {
    Money amount;
    int year = 0;
    std::string note;
};
using Reason = std::variant<RoundedAnotherWay, MembersExplainTotal, RateFollowsFromPrinted, GeneralBudgetUsed>;

// ---- the four kinds of finding ----------------------------------------------------------------

/// A printed figure that differs from the recomputed one.
struct Mismatch {
    Decimal printed;      ///< as printed (soles or percent, as the measure says)
    Decimal recomputed;   ///< the exact value at the printed precision
    Ratio exact;
    int exact_places = 2; ///< places that show what was rounded
    Decimal difference;   ///< printed minus recomputed
    std::vector<Reason> reasons;
};

/// An aggregate row whose amount differs from the total of the group it stands for.
struct AggregateDisagrees {
    std::string group;
    Money printed, total;
    std::optional<MembersExplainTotal> members;
};

/// A printed total or rate resting on unknown or partial figures.
struct IncompleteTotal {
    std::string group;
    std::optional<Decimal> printed_rate;  ///< the rate the source printed for the group, if any
    std::optional<Ratio> matched_rate;    ///< over members with both figures known (percent)
    int matched_members = 0;
    Money matched_executed, matched_allocated;
    std::vector<std::string> execution_missing;  ///< ids with an allocation but no executed amount
    Money allocated_without_executed;
    std::vector<std::string> allocation_missing;  ///< ids with an executed amount but no allocation
    Money executed_without_allocated;
    int unknown_allocations = 0;  ///< when more than allocation_missing: the allocated total is a lower bound
    std::optional<Date> partial_through;
};

/// A year-to-year change of the national total that compares an amount with a missing value.
struct ChangeNotComparable {
    int year_before = 0;
    std::optional<Value> before, after;  ///< the entity's allocation each year; nullopt: no figure
    Money change;                        ///< the change of the national total
    Money contribution;                  ///< this entity's part of it
    std::optional<Ratio> share;          ///< contribution / change, in percent
    Money excluded;                      ///< excluded as not specific, in the year without an amount
};

/// Two sources printed different values for one quantity (docs/methodology.md, "Several sources"):
/// `other` against `used`, the figure the model uses. When the measures differ (a printed share of
/// the General Budget against the amount the model uses), `implied` is what the used amount gives
/// in the other's measure. Both are compared at the coarser of their precisions.
struct SourcesDisagree {
    const PublishedFigure* used = nullptr;
    const PublishedFigure* other = nullptr;
    std::optional<Ratio> implied;  ///< the used figure in other's measure, when the measures differ
    Decimal unit;                  ///< the precision they are compared at
    Decimal used_compared;         ///< the used value (or implied) rounded to `unit`
    Decimal other_compared;        ///< the other value rounded to `unit` (itself when it is the coarser)
    Decimal difference;            ///< other_compared minus used_compared
    std::vector<Reason> reasons;   ///< another rounding mode that makes them agree
};

using FindingDetail = std::variant<Mismatch, AggregateDisagrees, IncompleteTotal, ChangeNotComparable, SourcesDisagree>;

struct Finding {
    Finding(int year, Subject subject, Measure measure, FindingDetail detail, std::vector<std::string> sources,
            Location where)
        : year(year), subject(std::move(subject)), measure(measure), detail(std::move(detail)),
          sources(std::move(sources)), where(where) {}

    int year = 0;
    Subject subject;
    Measure measure = Measure::allocated;
    FindingDetail detail;
    std::vector<std::string> sources;  ///< ids of the sources of what was printed
    Location where;                    ///< where it is in the model

    FindingKind kind() const { return static_cast<FindingKind>(detail.index()); }
};

struct AuditResult {
    RoundingMode mode = RoundingMode::half_up;
    std::vector<Check> checks;
    std::vector<Finding> findings;
    int count(CheckStatus s) const;
};

/// `printed` rounded to `unit` by `mode`: a figure compared at a coarser precision than its own.
Decimal printed_at(const Decimal& printed, const Decimal& unit, RoundingMode mode);
/// The coarser of two units (the larger).
Decimal coarser_unit(const Decimal& a, const Decimal& b);

/// Audits `m`, rounding recomputed figures by `mode` at each printed figure's precision.
AuditResult audit(const Model& m, RoundingMode mode);

}  // namespace veedor

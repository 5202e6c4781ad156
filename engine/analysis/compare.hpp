#pragma once
/// The comparison of allocated versus executed: per entity and year, per group and year (with
/// coverage and two execution rates), and the national series. All figures are exact (Money,
/// Ratio); rounding happens only when a writer presents them. See docs/methodology.md.

#include "core/enum_names.hpp"
#include "core/ratio.hpp"
#include "model/model.hpp"

#include <array>
#include <cstddef>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

namespace veedor {

/// Which part of the model to compare; empty means all.
struct CompareFilter {
    std::vector<int> years;
    std::vector<std::string> groups;
    std::vector<std::string> entities;
    std::optional<Level> level;
};

/// One entity in one year.
struct EntityYear {
    const Entity* entity = nullptr;
    const Figure* figure = nullptr;
    int year = 0;
    std::optional<Ratio> rate;         ///< executed / allocated, in %; n/a unless both are amounts
    std::optional<Money> change;       ///< allocated minus the previous year's allocated
    std::optional<Ratio> change_rate;  ///< change / previous allocated, in %
    std::optional<Date> partial_through;
    Money excluded;                    ///< sum of amounts reported but excluded
};

/// How many members' values (of one measure, in one year) are of each kind.
struct KindCounts {
    int amount = 0;
    int unknown = 0;
    int no_specific_budget = 0;
    int not_reported = 0;

    void count(ValueKind k);
};

/// How complete a total is: counts of members by the kind of their values, and the money that a
/// rate cannot pair up.
struct Coverage {
    int members = 0;               ///< members of the group (after filters)
    int with_figure = 0;           ///< members with a figure for the year
    /// Members with a figure in some year of the model: one that never has a figure is not part
    /// of the data, and does not make a year incomplete.
    int reporting = 0;
    KindCounts allocated;
    KindCounts executed;
    Money allocated_without_executed;  ///< allocation of members whose execution is not an amount
    Money executed_without_allocated;  ///< execution of members whose allocation is not an amount
    std::vector<const Entity*> execution_missing;   ///< allocated amount, execution unknown/not reported
    std::vector<const Entity*> allocation_missing;  ///< executed amount, allocation unknown/not reported

    /// Every reporting member has a figure (of any kind) for the year; false when none has.
    bool complete() const { return with_figure > 0 && with_figure == reporting; }
};

/// A group's totals for one year.
struct GroupYear {
    int year = 0;
    Money allocated;                    ///< sum of the allocated amounts
    Money executed;                     ///< sum of the executed amounts
    std::optional<Ratio> report_rate;   ///< executed / allocated over all members, in % (the report's)
    Money matched_allocated;            ///< over members whose allocated and executed are both amounts
    Money matched_executed;
    std::optional<Ratio> matched_rate;  ///< matched_executed / matched_allocated, in %
    std::optional<Money> change;        ///< allocated minus the previous year's
    std::optional<Ratio> change_rate;   ///< in %
    Coverage coverage;
    std::optional<Date> partial_through;
    Money excluded;
    /// False when no member's allocation is an amount but some is unknown or not reported: the
    /// total is then not zero but unknown, and so are its change and rates.
    bool allocated_known = true;
    bool executed_known = true;
};

/// The rows of a group: entity by entity, years in order, one per figure (of a wanted year).
/// Each row is computed when it is read, so that a comparison of a national model (tens of
/// thousands of rows, 256 bytes each) holds nothing per row: reading a row costs far less than
/// formatting it, which every reader does. A reader that looks rows up repeatedly should copy
/// them into a vector first.
class EntityRows {
public:
    class iterator {
    public:
        using iterator_category = std::input_iterator_tag;
        using value_type = EntityYear;
        using difference_type = std::ptrdiff_t;
        using reference = EntityYear;
        /// `it->rate` on a row made on the spot.
        struct pointer {
            EntityYear row;
            const EntityYear* operator->() const { return &row; }
        };

        EntityYear operator*() const { return rows_->row(member_, year_); }
        pointer operator->() const { return {**this}; }
        iterator& operator++();
        iterator operator++(int) {
            iterator old = *this;
            ++*this;
            return old;
        }
        bool operator==(const iterator& o) const { return member_ == o.member_ && year_ == o.year_; }

    private:
        friend class EntityRows;
        iterator(const EntityRows* rows, size_t member, size_t year) : rows_(rows), member_(member), year_(year) {}
        void settle();  // moves to the first position at or after this one that has a row
        const EntityRows* rows_;
        size_t member_, year_;
    };

    EntityRows() = default;
    /// `years`: the model's years, sorted; `wanted`: the years to show, or empty for all.
    EntityRows(const Model& m, std::vector<const Entity*> members, std::vector<int> years, std::vector<int> wanted);

    iterator begin() const;
    iterator end() const { return iterator(this, members_.size(), 0); }
    size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }

private:
    bool has_row(size_t member, size_t year) const;
    EntityYear row(size_t member, size_t year) const;

    const Model* model_ = nullptr;
    std::vector<const Entity*> members_;
    std::vector<int> years_;
    std::vector<int> wanted_;
    size_t size_ = 0;
};

struct GroupComparison {
    std::string id;
    std::string name;
    EntityRows rows;  ///< entity by entity, years in order
    std::vector<GroupYear> totals;
};

/// Where a year's national figure comes from (the headline rule, docs/methodology.md).
enum class SeriesOrigin {
    breakdown,        ///< the total of the headline group's entities, every member with a figure
    published_total,  ///< a printed total: no breakdown, or one that lacks some members
    partial_sum,      ///< some members lack a figure and nothing was printed: their sum, partial
    none,             ///< no figure at all
};
constexpr auto names_of(SeriesOrigin) {
    return std::array{
        EnumName<SeriesOrigin>{SeriesOrigin::breakdown, "breakdown"},
        EnumName<SeriesOrigin>{SeriesOrigin::published_total, "published-total"},
        EnumName<SeriesOrigin>{SeriesOrigin::partial_sum, "partial-sum"},
        EnumName<SeriesOrigin>{SeriesOrigin::none, "none"},
    };
}
static_assert(names_are_distinct(names_of(SeriesOrigin{})));

/// Why a share or a per-capita figure of the series is n/a.
enum class NotAvailable {
    none,
    no_figure,            ///< the year has no national figure
    no_general_budget,    ///< the model gives no General Budget for the year
    zero_general_budget,
    no_population,        ///< the model gives no population for the year
};
/// "" for none: the CSV and JSON notes are empty when the figure is there.
constexpr auto names_of(NotAvailable) {
    return std::array{
        EnumName<NotAvailable>{NotAvailable::none, ""},
        EnumName<NotAvailable>{NotAvailable::no_figure, "no-figure"},
        EnumName<NotAvailable>{NotAvailable::no_general_budget, "no-general-budget"},
        EnumName<NotAvailable>{NotAvailable::zero_general_budget, "zero-general-budget"},
        EnumName<NotAvailable>{NotAvailable::no_population, "no-population"},
    };
}
static_assert(names_are_distinct(names_of(NotAvailable{})));

/// The national specific budget for one year.
struct SeriesYear {
    int year = 0;
    SeriesOrigin origin = SeriesOrigin::none;
    std::optional<Money> specific;      ///< allocated specific budget
    std::optional<Money> executed;      ///< executed, when there is a breakdown
    std::optional<Money> general_budget;  ///< nothing when the model does not give it
    std::optional<Ratio> share;         ///< specific / general budget, in %
    NotAvailable share_na = NotAvailable::none;       ///< why `share` is n/a
    NotAvailable per_capita_na = NotAvailable::none;  ///< why `per_capita` is n/a
    std::optional<Money> change;
    std::optional<Ratio> change_rate;   ///< in %
    std::optional<std::int64_t> population;
    std::optional<Ratio> per_capita;    ///< soles per person
    std::optional<Date> partial_through;
    int members = 0;                    ///< members of the headline group with a figure in some year
    int with_figure = 0;                ///< of them, those with a figure for the year
    /// The sum of the members' allocated amounts, when some member has a figure and the sum is
    /// known; equal to `specific` for a breakdown or a partial sum.
    std::optional<Money> entity_sum;
    std::string printed_source;         ///< for a printed total: the source id of the table it is from
    const PublishedFigure* printed = nullptr;  ///< for a printed total: the figure itself

    /// True when some members have a figure and others none: the entity sum is then partial.
    bool incomplete() const { return with_figure > 0 && with_figure < members; }
};

struct Comparison {
    std::vector<GroupComparison> groups;
    std::string series_name;  ///< what the series totals (the headline group's name)
    std::vector<SeriesYear> series;
};

/// Compares the model (after `filter`).
Comparison compare(const Model& m, const CompareFilter& filter = {});

/// The totals of `members` in `year`; `previous` (the same members' totals in the year before)
/// gives the change. Shared with the audit, which recomputes printed totals with it.
GroupYear total_of(const Model& m, const std::vector<const Entity*>& members, int year,
                   const GroupYear* previous);

/// The national series over every year of the model. A year whose headline members are only
/// partly given takes the printed total when there is one; otherwise the partial sum, whose
/// change from or to another year is then n/a (docs/methodology.md, "The headline rule").
std::vector<SeriesYear> national_series(const Model& m);

/// The printed national total of `year` the model uses: the one marked `use`, else the one printed
/// with most places; nullptr when none was printed.
const PublishedFigure* printed_total(const Model& m, int year);

/// What the national series totals: the headline group's name, or "All entities".
std::string headline_name(const Model& m);

/// Members of the headline group, or every non-aggregate entity when there is none.
std::vector<const Entity*> headline_members(const Model& m);

/// The model's years in increasing order.
std::vector<int> sorted_years(const Model& m);

}  // namespace veedor

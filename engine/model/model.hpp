#pragma once
/// The budget model: what the sources printed, typed. Data only; the analyses live in
/// engine/analysis and take a Model. A Model is built by the YAML reader (engine/readers) and checked
/// by validate() (validate.hpp) before any analysis sees it.

#include "core/enum_names.hpp"
#include "core/date.hpp"
#include "core/decimal.hpp"
#include "core/diagnostics.hpp"
#include "core/money.hpp"
#include "model/layers.hpp"

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace veedor {

/// Why a figure is, or is not, an amount (docs/methodology.md).
enum class ValueKind {
    amount,              ///< a known amount
    unknown,             ///< exists but is not known (the report's "SD")
    no_specific_budget,  ///< the entity states it has no specific budget ("SPE")
    not_reported,        ///< the entity gave no figure ("-")
};

constexpr auto names_of(ValueKind) {
    return std::array{
        EnumName<ValueKind>{ValueKind::amount, "amount"},
        EnumName<ValueKind>{ValueKind::unknown, "unknown"},
        EnumName<ValueKind>{ValueKind::no_specific_budget, "no-specific-budget"},
        EnumName<ValueKind>{ValueKind::not_reported, "not-reported"},
    };
}
static_assert(names_are_distinct(names_of(ValueKind{})));

struct Value {
    Money amount;  ///< meaningful only when kind == amount
    Location where;
    ValueKind kind = ValueKind::not_reported;  // last: packs with where (32 bytes, not 48)
    bool is_amount() const { return kind == ValueKind::amount; }
};

/// An amount a source reported but that is left out of the specific budget, and why.
struct Excluded {
    Money amount;
    std::string reason;
    std::vector<std::string> sources;
    Location where;
};

/// What only some figures have.
struct FigureDetails {
    std::vector<Excluded> excluded;
    /// Every budget stage a source gave (MEF: pia, pim, certificado, comprometido-anual,
    /// comprometido, devengado, girado), in the order given; `allocated` and `executed` are two
    /// of them, as Model::allocated_stage and executed_stage say.
    std::vector<std::pair<std::string, Money>> stages;
    std::vector<std::string> sources;
    std::string note;
};

/// One entity's allocated and executed amounts for one year.
///
/// The details few figures have are kept apart, behind one pointer, so that a national model's
/// tens of thousands of figures stay small (96 bytes instead of 240). A Figure is still a value:
/// copies share the details until one of them is edited.
struct Figure {
    Value allocated;
    Value executed;
    Location where;
    int year = 0;  // after where: the two pack into 16 bytes

    const std::vector<Excluded>& excluded() const { return details().excluded; }
    const std::vector<std::pair<std::string, Money>>& stages() const { return details().stages; }
    const std::vector<std::string>& sources() const { return details().sources; }
    const std::string& note() const { return details().note; }
    const FigureDetails& details() const;
    /// The details, to change them (made on first use, copied if another Figure shares them).
    FigureDetails& edit_details();

private:
    std::shared_ptr<FigureDetails> details_;
};

/// The MEF's budget stages, in the order of the budget cycle.
inline constexpr std::array<std::string_view, 7> budget_stages{"pia",         "pim",        "certificado",
                                                               "comprometido-anual", "comprometido",
                                                               "devengado",   "girado"};

enum class Level { national, regional, local, mixed };
enum class EntityKind {
    ministry,
    autonomous_body,
    judiciary,
    public_agency,
    regional_government,
    provincial_municipality,
    district_municipality,
    aggregate,
};
constexpr auto names_of(Level) {
    return std::array{
        EnumName<Level>{Level::national, "national"},
        EnumName<Level>{Level::regional, "regional"},
        EnumName<Level>{Level::local, "local"},
        EnumName<Level>{Level::mixed, "mixed"},
    };
}
static_assert(names_are_distinct(names_of(Level{})));
constexpr auto names_of(EntityKind) {
    return std::array{
        EnumName<EntityKind>{EntityKind::ministry, "ministry"},
        EnumName<EntityKind>{EntityKind::autonomous_body, "autonomous-body"},
        EnumName<EntityKind>{EntityKind::judiciary, "judiciary"},
        EnumName<EntityKind>{EntityKind::public_agency, "public-agency"},
        EnumName<EntityKind>{EntityKind::regional_government, "regional-government"},
        EnumName<EntityKind>{EntityKind::provincial_municipality, "provincial-municipality"},
        EnumName<EntityKind>{EntityKind::district_municipality, "district-municipality"},
        EnumName<EntityKind>{EntityKind::aggregate, "aggregate"},
    };
}
static_assert(names_are_distinct(names_of(EntityKind{})));

struct Entity {
    std::string id;
    std::string name;
    Level level = Level::national;
    EntityKind kind = EntityKind::ministry;
    std::string region;
    std::vector<std::string> groups;
    std::string aggregates;  ///< for kind aggregate: the group this one row stands for
    std::vector<Figure> figures;
    std::string note;
    Location where;

    /// The figure for `year`, or nullptr when the entity has none.
    const Figure* figure(int year) const;
    bool in_group(const std::string& group) const;
};

struct Group {
    std::string id;
    std::string name;
    std::string note;
    Location where;
};

struct YearInfo {
    int year = 0;
    std::optional<Money> general_budget;    ///< nothing when the model does not give it
    std::optional<std::int64_t> population;
    std::optional<Date> executed_through;  ///< set when the year's execution is partial
    std::vector<std::string> sources;
    std::string note;
    Location where;
};

struct Source {
    std::string id;
    std::string title;
    std::string within;
    std::string note;
    Location where;
};

enum class Measure {
    allocated,
    executed,
    execution_rate,
    change,
    change_rate,
    share_of_general_budget,
    per_capita,
    general_budget,
};
constexpr auto names_of(Measure) {
    return std::array{
        EnumName<Measure>{Measure::allocated, "allocated"},
        EnumName<Measure>{Measure::executed, "executed"},
        EnumName<Measure>{Measure::execution_rate, "execution-rate"},
        EnumName<Measure>{Measure::change, "change"},
        EnumName<Measure>{Measure::change_rate, "change-rate"},
        EnumName<Measure>{Measure::share_of_general_budget, "share-of-general-budget"},
        EnumName<Measure>{Measure::per_capita, "per-capita"},
        EnumName<Measure>{Measure::general_budget, "general-budget"},
    };
}
static_assert(names_are_distinct(names_of(Measure{})));
/// True for measures printed as a percentage, false for amounts of money.
bool is_percent_measure(Measure m);

/// The budget stage a printed figure is (docs/model-format.md, "What a printed figure is"): the
/// initial budget (PIA), the modified budget (PIM), certified, committed, executed (devengado), paid.
enum class Stage { initial, modified, certified, committed, executed, paid };
constexpr auto names_of(Stage) {
    return std::array{
        EnumName<Stage>{Stage::initial, "initial"},     EnumName<Stage>{Stage::modified, "modified"},
        EnumName<Stage>{Stage::certified, "certified"}, EnumName<Stage>{Stage::committed, "committed"},
        EnumName<Stage>{Stage::executed, "executed"},   EnumName<Stage>{Stage::paid, "paid"},
    };
}
static_assert(names_are_distinct(names_of(Stage{})));

/// How precisely a figure was printed: exact to the last digit written, or rounded to a unit
/// ("14.1 millones" is 14,100,000 to the nearest 100,000).
struct Exact {};
struct RoundedTo {
    Decimal unit;  ///< positive; the printed value is a multiple of it
};
using Precision = std::variant<Exact, RoundedTo>;

/// What a printed figure is about: the whole State (the General Budget), one entity, or a group's total.
struct WholeState {};
struct OfEntity {
    std::string id;
};
struct TotalOf {
    std::string group;
};
using PrintedAbout = std::variant<WholeState, OfEntity, TotalOf>;

/// One figure exactly as a source printed it, for the audit and, for a year without entity
/// figures, the national series.
struct PublishedFigure {
    int year = 0;
    Measure measure = Measure::allocated;
    PrintedAbout about;
    Decimal printed;          ///< the value with the places printed
    Precision precision;      ///< exact at those places, or rounded to a unit
    std::optional<Stage> stage;  ///< nothing when the source does not say
    std::string source;       ///< the table's source id
    std::string quote;        ///< the source's words, as quoted
    std::string note;
    /// Set on the one figure of several sources that the model uses, with why.
    std::optional<std::string> use;
    Location where;
    bool unreadable = false;  ///< the reader already reported a problem with it

    /// The entity's id, or "" when it is not about one entity.
    const std::string& entity() const;
    /// The group's id, or "" when it is not a group's total.
    const std::string& total_of() const;
    /// The unit it is known to: the rounding unit, or 10^-places for an exact figure.
    Decimal unit() const;
    bool rounded() const { return std::holds_alternative<RoundedTo>(precision); }
};

/// True when two printed figures are of the same thing: year, measure, subject, and stages that
/// do not differ (a figure that does not say its stage can be of any).
bool same_printed_quantity(const PublishedFigure& a, const PublishedFigure& b);
/// True when `a` is printed more precisely than `b` (its unit is smaller).
bool more_precise(const PublishedFigure& a, const PublishedFigure& b);

struct Model {
    std::string file;
    std::string title;
    std::string currency;
    std::string headline;  ///< group whose totals are the national series; may be empty
    std::string allocated_stage, executed_stage;  ///< which budget stages they are ("pim", "devengado"), if said
    Location headline_where;
    std::vector<Source> sources;
    std::vector<YearInfo> years;
    std::vector<Group> groups;
    std::vector<Entity> entities;
    std::vector<PublishedFigure> published;
    std::string notes;
    ModelLayers layers;  ///< the files it was read from and what each later one gave

    const YearInfo* year(int y) const;
    const Entity* entity(const std::string& id) const;
    const Group* group(const std::string& id) const;
    const Source* source(const std::string& id) const;
    /// Of the printed figures of the same quantity as `like` (same_printed_quantity), the one the
    /// model uses: the one marked `use`, else the most precise, the first of them.
    const PublishedFigure* used_printed(const PublishedFigure& like) const;
    /// Entities that belong to `group`, in model order.
    std::vector<const Entity*> members(const std::string& group) const;
};

}  // namespace veedor

#include "scenario/projection.hpp"

#include "analysis/compare.hpp"
#include "core/error.hpp"
#include "core/overloaded.hpp"
#include "scenario/demand.hpp"
#include "scenario/funding_risk.hpp"
#include "scenario/scenario_rules.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace veedor {

namespace {
constexpr std::int64_t micro = 1'000'000;
constexpr std::int64_t percent_micro = 100 * micro;  // 100% in micro-percent
constexpr std::int64_t nano = 1'000'000'000;
constexpr i128 int64_max = std::numeric_limits<std::int64_t>::max();

/// Runs `compute`, a computation of money; an overflow in it becomes an InputError at `where`
/// saying that `what()` overflows, so that the user learns which rule to change. `what` is called
/// only then: formatting its text for every figure of every trial cost more than the figures.
template <class What, class Compute>
auto money_at(const Location& where, What what, Compute compute) -> decltype(compute()) {
    try {
        return compute();
    } catch (const InputError& e) {
        if (e.where()) throw;  // located already, by a computation inside this one
        throw InputError(where, msg("proj.overflows", what()));
    }
}
}  // namespace

i128 mul_div_round(i128 q, i128 num, i128 den) { return mul_div_half_up(q, num, den); }

static Money scale(const Money& m, std::int64_t num, std::int64_t den) {
    return Money::from_raw(mul_div_round(m.raw(), num, den));
}
/// m × pct_factor / 10^8: a factor in micro-percent (100% = 10^8).
static Money scale_percent(const Money& m, std::int64_t factor) {
    return Money::from_raw(mul_div_half_up_by<percent_micro>(m.raw(), factor));
}
/// m × index / 10^9: a price index in nano units.
static Money scale_index(const Money& m, std::int64_t index) {
    return Money::from_raw(mul_div_half_up_by<nano>(m.raw(), index));
}

Projector::Projector(const Scenario& s) : s_(s), years_(s.horizon()) {
    for (const FundingRule& r : s.funding) {
        auto at = [&](int year) { return model_level(s.model, r.target, year).value_or(Money{}); };
        RuleLevels l;
        std::visit(Overloaded{
                       [&](const funding::Carry& c) { l.base = at(c.base_year); },
                       [&](const funding::Restore& c) { l.base = at(c.from_year), l.goal = at(c.level_of_year); },
                       [&](const funding::CoverNeed& c) { l.base = at(c.from_year); },
                       [&](const funding::ShareAsIn& c) {
                           l.goal = at(c.year);
                           l.share_budget = s.model.year(c.year)->general_budget.value_or(Money{});  // checked
                       },
                       [](const auto&) {},
                   },
                   r.how);
        levels_.push_back(l);
    }
    auto add = [&](const std::string& e) {
        if (!e.empty() && std::find(entities_.begin(), entities_.end(), e) == entities_.end()) entities_.push_back(e);
    };
    for (const FundingRule& r : s.funding) add(r.target.entity);
    for (const Need& n : s.needs) add(n.entity);
    for (const ExecutionRule& r : s.execution) {
        std::int64_t rate = -1;
        if (const auto* history = std::get_if<OwnHistory>(&r.rate)) {
            // The checks report a rate that cannot be computed; this guards a caller that skipped them.
            HistoryRate h = own_history_rate(s.model, r.target, *history);
            if (!h.micro_pct) throw InputError(r.where, h.problem);
            rate = *h.micro_pct;
        }
        history_rate_.push_back(rate);
    }
    for (const FundingRule& r : s.funding) {
        int exec = -1;
        for (size_t e = 0; e < s.execution.size(); ++e)
            if (s.execution[e].target.key() == r.target.key()) exec = static_cast<int>(e);
        execution_of_.push_back(exec);
    }
    const std::vector<std::int64_t> central = central_values();
    for (size_t k = 0; k < s.needs.size(); ++k) {
        const Need& n = s.needs[k];
        NeedPlan plan;
        plan.entity = static_cast<size_t>(std::find(entities_.begin(), entities_.end(), n.entity) - entities_.begin());
        plan.axis = static_cast<size_t>(n.axis);
        bool certain = false;
        if (const auto* path = std::get_if<QuantityPath>(&n.quantity)) {
            certain = path->start.param < 0 && path->target.param < 0;
        } else if (const auto* per_year = std::get_if<PerYear>(&n.quantity)) {
            plan.per_year.assign(years_.size(), nullptr);
            certain = true;
            for (const auto& [year, q] : per_year->quantities) {
                for (size_t i = 0; i < years_.size(); ++i)
                    if (years_[i] == year) plan.per_year[i] = &q;  // the last entry of a year counts
                certain = certain && q.param < 0;
            }
        }
        plans_.push_back(std::move(plan));
        if (certain)
            for (size_t i = 0; i < years_.size(); ++i) plans_[k].certain.push_back(quantity(k, i, central, {}));
    }
    if (std::any_of(s.funding.begin(), s.funding.end(), [](const FundingRule& r) { return std::holds_alternative<funding::CoverNeed>(r.how); })) {
        // The target of cover-need is the central case's need: a fixed path, so that Monte Carlo
        // shows how likely that path is to cover the uncertain need.
        Projection p;
        start(p, central, false);
        add_needs(p, central);
        for (const PeriodResult& r : p.years) central_need_.push_back(r.need);
        aim_at_executed(central);
    }
}

void Projector::aim_at_executed(const std::vector<std::int64_t>& central) {
    // cover-need with `aim: executed` funds need / rate, so that the money executed at the
    // central rate of each year covers the central need; the quotient is rounded half-up to the
    // céntimo. Without an execution rule of the total, all funding is executed (rate 100%).
    const FundingRule* cover = nullptr;
    for (const FundingRule& r : s_.funding)
        if (const auto* c = std::get_if<funding::CoverNeed>(&r.how); c && c->aim == CoverAim::executed) cover = &r;
    if (!cover) return;
    const std::vector<int>& years = years_;
    for (size_t e = 0; e < s_.execution.size(); ++e) {
        if (s_.execution[e].target.key() != cover->target.key()) continue;
        for (size_t i = 0; i < years.size(); ++i) {
            std::int64_t rate = rate_of(e, years[i], central);
            if (rate <= 0)
                throw InputError(cover->where, msg("proj.executed-rate-zero", years[i]));
            central_need_[i] = money_at(cover->where, [&] { return msg("proj.funding-of", "total", years[i]); }, [&] {
                return Money::from_raw(mul_div_round(central_need_[i].raw(), percent_micro, rate));
            });
        }
    }
}

std::int64_t Projector::rate_of(size_t exec_index, int year, const std::vector<std::int64_t>& values) const {
    const ExecutionRule& exec = s_.execution[exec_index];
    for (const auto& [y, rate] : exec.rate_by_year)
        if (y == year) return value(rate, values);
    const auto* given = std::get_if<Number>(&exec.rate);
    return given ? value(*given, values) : history_rate_[exec_index];
}

std::vector<std::int64_t> Projector::central_values() const {
    std::vector<std::int64_t> out;
    for (const Param& p : s_.params) out.push_back(p.dist.central());
    return out;
}

std::int64_t Projector::value(const Number& n, const std::vector<std::int64_t>& values) const {
    return number_value(n, values);
}

const MacroEntry& Projector::inflation_entry(int year) const {
    for (const MacroEntry& e : s_.macro.inflation_pct)
        if (e.from <= year && year <= e.to) return e;
    throw std::logic_error("no inflation for a year the checks said was covered");
}

std::int64_t Projector::inflation(int year, const std::vector<std::int64_t>& values) const {
    return value(inflation_entry(year).number, values);
}

std::int64_t Projector::next_price_index(std::int64_t index, int year, const std::vector<std::int64_t>& values) const {
    // index < 2^63 and the factor < 2^63 + 10^8: the product fits in 128 bits; the result may not fit in 64.
    i128 next = mul_div_half_up_by<percent_micro>(index, percent_micro + inflation(year, values));
    if (next > int64_max)
        throw InputError(inflation_entry(year).where,
                            msg("proj.price-index-overflows", year, s_.prices_of));
    return static_cast<std::int64_t>(next);
}

namespace {

/// A macro level (general budget, population) for `year`: the scenario's entry, else the model's.
/// `known_before`, when given, is this function's result for `year - 1`, computed already: the
/// years of the horizon are computed in order, so each grows from the one before instead of
/// recomputing the whole chain back to its start.
template <class Level>
std::optional<Level> macro_level(const std::vector<MacroEntry>& series, int year, std::optional<Level> from_model,
                                 const std::vector<std::int64_t>& values, const Projector& p,
                                 Level (*grow)(const Level&, std::int64_t, const MacroEntry&, int),
                                 std::optional<Level> (*entry_level)(const MacroEntry&),
                                 std::optional<Level> (*model_at)(const Model&, int),
                                 const std::optional<Level>* known_before = nullptr) {
    for (const MacroEntry& e : series) {
        if (e.from > year || year > e.to) continue;
        if (e.kind == MacroEntry::Kind::level) return entry_level(e);
        auto before = known_before ? *known_before
                                   : macro_level<Level>(series, year - 1, model_at(p.scenario().model, year - 1),
                                                        values, p, grow, entry_level, model_at);
        if (!before) return std::nullopt;
        std::int64_t g = e.number.param >= 0 ? values[static_cast<size_t>(e.number.param)] : e.number.dist.central();
        return grow(*before, g, e, year);
    }
    return from_model;
}

Money grow_money(const Money& m, std::int64_t pct_micro, const MacroEntry& e, int year) {
    return money_at(e.where, [&] { return msg("proj.general-budget-of", year); },
                    [&] { return scale(m, percent_micro + pct_micro, percent_micro); });
}
std::int64_t grow_count(const std::int64_t& c, std::int64_t pct_micro, const MacroEntry& e, int year) {
    // c < 2^63 and the factor < 2^63 + 10^8: the product fits in 128 bits; the count may not fit in 64.
    i128 next = mul_div_round(c, percent_micro + pct_micro, percent_micro);
    if (next > int64_max)
        throw InputError(e.where, msg("proj.population-overflows", year));
    return static_cast<std::int64_t>(next);
}
std::optional<Money> entry_money(const MacroEntry& e) { return e.amount; }
std::optional<std::int64_t> entry_count(const MacroEntry& e) { return e.count; }
std::optional<Money> model_budget(const Model& m, int y) {
    const YearInfo* info = m.year(y);
    return info ? info->general_budget : std::nullopt;
}
std::optional<std::int64_t> model_population(const Model& m, int y) {
    const YearInfo* info = m.year(y);
    return info ? info->population : std::nullopt;
}

}  // namespace

void Projector::fund(const FundingRule& rule, const Projection& out, const std::vector<std::int64_t>& values,
                     std::vector<Money>& path) const {
    const std::vector<int>& years = years_;
    path.assign(years.size(), Money{});
    const RuleLevels& levels = levels_[static_cast<size_t>(&rule - s_.funding.data())];
    // A level one year on.
    auto step = [&](const Money& m, int year, const Growth& growth) {
        if (std::holds_alternative<Steady>(growth)) return m;
        const auto* grow = std::get_if<Growing>(&growth);
        std::int64_t pct = grow ? value(grow->rate_pct, values) : inflation(year, values);
        auto what = [&] { return msg("proj.funding-of", rule.target.key(), year); };
        return money_at(rule.where, what,
                        [&] { return scale_percent(m, percent_micro + pct); });
    };
    // The straight line from `from` in year `y0` to `goal` in year `y1`, at year `y`.
    auto line = [](const Money& from, const Money& goal, int y0, int y1, int y) {
        return from + Money::from_raw(mul_div_round((goal - from).raw(), i128(y - y0), i128(y1 - y0)));
    };
    auto each_year = [&](auto&& of_year) {
        for (size_t i = 0; i < years.size(); ++i) path[i] = of_year(i, years[i]);
    };
    std::visit(Overloaded{
                   [&](const funding::Carry& c) {
                       Money m = levels.base;
                       for (int y = c.base_year + 1; y < years.front(); ++y) m = step(m, y, c.growth);
                       each_year([&](size_t, int y) { return m = y > c.base_year ? step(m, y, c.growth) : m; });
                   },
                   [&](const funding::ShareGiven& c) {
                       each_year([&](size_t i, int) {
                           return scale_percent(out.years[i].general_budget, value(c.share_pct, values));
                       });
                   },
                   [&](const funding::ShareAsIn&) {
                       // The exact share of that year: level / general budget, never a rounded percentage.
                       each_year([&](size_t i, int) {
                           return Money::from_raw(mul_div_round(out.years[i].general_budget.raw(), levels.goal.raw(),
                                                                levels.share_budget.raw()));
                       });
                   },
                   [&](const funding::Restore& c) {
                       Money m;
                       each_year([&](size_t, int y) {
                           return m = y <= c.by ? line(levels.base, levels.goal, c.from_year, c.by, y)
                                                : step(m, y, c.then);
                       });
                   },
                   [&](const funding::CoverNeed& c) {
                       Money goal = central_need_[static_cast<size_t>(c.by - years.front())];
                       each_year([&](size_t i, int y) {
                           if (y >= c.by) return central_need_[i];
                           return y <= c.from_year ? levels.base : line(levels.base, goal, c.from_year, c.by, y);
                       });
                   },
                   [&](const funding::Amounts& c) {
                       for (const funding::Amount& a : c.amounts)
                           for (size_t i = 0; i < years.size(); ++i)
                               if (a.year == years[i]) path[i] = a.amount;
                   },
               },
               rule.how);
}

namespace {
/// Every figure of `r` back to its initial value; the per-entity and per-line vectors keep their
/// memory for the next evaluation.
void reset(PeriodResult& r) {
    auto funded = std::move(r.funded_by_entity), executed = std::move(r.executed_by_entity);
    auto need_entity = std::move(r.need_by_entity), need_line = std::move(r.need_by_line);
    r = PeriodResult{};
    funded.clear(), executed.clear(), need_entity.clear(), need_line.clear();
    r.funded_by_entity = std::move(funded), r.executed_by_entity = std::move(executed);
    r.need_by_entity = std::move(need_entity), r.need_by_line = std::move(need_line);
}
}  // namespace

void Projector::start(Projection& out, const std::vector<std::int64_t>& values, bool details) const {
    const std::vector<int>& years = years_;
    const size_t n_years = years.size(), n_entities = entities_.size();
    out.details = details;
    out.entities = entities_;
    out.years.resize(n_years);
    for (PeriodResult& r : out.years) reset(r);
    reset(out.cumulative);

    // Price index: 1 in prices-of, then × (1 + inflation) each year, rounded to 10^-9.
    std::int64_t index = nano;
    for (int y = s_.prices_of + 1; y < s_.from; ++y) index = next_price_index(index, y, values);
    std::optional<Money> budget;  // of the year before, from the second year on
    for (size_t i = 0; i < n_years; ++i) {
        int y = years[i];
        if (y > s_.prices_of) index = next_price_index(index, y, values);
        PeriodResult& r = out.years[i];
        r.year = y;
        r.price_index_nano = index;
        budget = macro_level<Money>(s_.macro.general_budget, y, model_budget(s_.model, y), values, *this, grow_money,
                                    entry_money, model_budget, i > 0 ? &budget : nullptr);
        r.general_budget = *budget;
        r.population = macro_level<std::int64_t>(s_.macro.population, y, model_population(s_.model, y), values, *this,
                                                 grow_count, entry_count, model_population,
                                                 i > 0 ? &out.years[i - 1].population : nullptr);
        if (details) {
            r.funded_by_entity.assign(n_entities, std::nullopt);
            r.executed_by_entity.assign(n_entities, std::nullopt);
            r.need_by_entity.assign(n_entities, Money{});
            r.need_by_line.assign(s_.needs.size(), Money{});
        }
    }
}

size_t Projector::entity_index(const std::string& e) const {
    return static_cast<size_t>(std::find(entities_.begin(), entities_.end(), e) - entities_.begin());
}

void Projector::add_funding(Projection& out, const std::vector<std::int64_t>& values) const {
    const std::vector<int>& years = years_;
    thread_local std::vector<Money> path;  // reused: a trial allocates nothing
    for (size_t f = 0; f < s_.funding.size(); ++f) {
        const FundingRule& rule = s_.funding[f];
        fund(rule, out, values, path);
        if (rule.cut_risk) apply_cuts(*rule.cut_risk, years, values, path);
        const int exec_of = execution_of_[f];
        const ExecutionRule* exec = exec_of >= 0 ? &s_.execution[static_cast<size_t>(exec_of)] : nullptr;
        const auto exec_index = static_cast<size_t>(exec_of);
        for (size_t i = 0; i < years.size(); ++i) {
            const std::int64_t rate = exec ? rate_of(exec_index, years[i], values) : percent_micro;
            PeriodResult& r = out.years[i];
            if (path[i].is_negative())
                throw InputError(rule.where, msg("proj.negative-funding", rule.target.key(), years[i], path[i].grouped(true)));
            auto what = [&] { return msg("proj.funding-of", rule.target.key(), years[i]); };
            Money executed = money_at(rule.where, what, [&] {
                Money e = scale_percent(path[i], rate);
                // Absorption capacity: what is executed never exceeds the most the entity can execute.
                if (exec && exec->capacity && e > exec->capacity->max_executed) e = exec->capacity->max_executed;
                r.funded += path[i];
                r.executed += e;
                return e;
            });
            if (out.details && !rule.target.is_total()) {
                size_t e = entity_index(rule.target.entity);
                r.funded_by_entity[e] = path[i];
                r.executed_by_entity[e] = executed;
            }
        }
    }
}

std::int64_t Projector::quantity(size_t k, size_t i, const std::vector<std::int64_t>& values,
                                 const std::vector<std::int64_t>& demand) const {
    const Need& need = s_.needs[k];
    if (const auto* driven = std::get_if<PerDemand>(&need.quantity))
        return driven_quantity(demand[i], value(driven->per_unit, values), need.where);
    if (const auto* path = std::get_if<QuantityPath>(&need.quantity)) {
        const int y = years_[i];
        const std::int64_t start = value(path->start, values), target = value(path->target, values);
        if (y >= path->by) return target;
        if (y > path->start_year)
            return start + static_cast<std::int64_t>(
                               mul_div_round(target - start, y - path->start_year, path->by - path->start_year));
        return start;
    }
    const Number* q = plans_[k].per_year[i];
    return q ? value(*q, values) : 0;
}

namespace {
/// a × b / Den rounded half-up, for 0 <= a, b < 2^63, into `out`; false when the quotient does not
/// fit the 64-bit division (mul_div_half_up_by then gives it, or says it overflows).
template <unsigned long long Den>
inline bool mul_div_64(std::int64_t a, std::int64_t b, std::int64_t& out) {
    constexpr int twos = __builtin_ctzll(Den);
    constexpr unsigned long long odd = Den >> twos;
    const u128 m = static_cast<u128>(static_cast<unsigned long long>(a)) * static_cast<unsigned long long>(b);
    const u128 shifted = m >> twos;
    if (shifted >> 64) return false;
    unsigned long long q = static_cast<unsigned long long>(shifted) / odd;  // = m / Den, see money.hpp
    const unsigned long long r = static_cast<unsigned long long>(m) - q * Den;
    q += r >= Den - r;
    out = static_cast<std::int64_t>(q);  // < 2^64 / odd: fits
    return true;
}

/// add_needs for a trial (no details), in 64-bit arithmetic year by year; false, with `out`
/// untouched, when a figure is negative or does not fit 64 bits, or a quantity is driven by
/// demand: then add_needs' own loop, which reports an overflow at the need and year responsible.
/// A free function over the projector's prepared plans, so that the header stays as it is.
template <class Plans, class Quantity, class Value>
bool add_needs_fast(const Scenario& s, const std::vector<int>& years, const Plans& plans, Quantity quantity,
                    Value value, Projection& out, const std::vector<std::int64_t>& values) {
    if (out.details) return false;
    const size_t n_years = years.size(), n_needs = s.needs.size();
    // Per need, the unit cost and (when uncertain) the quantities of this trial, read once.
    thread_local std::vector<std::int64_t> unit_cost, quantities;
    unit_cost.resize(n_needs);
    quantities.resize(n_needs * n_years);
    static const std::vector<std::int64_t> no_demand;
    for (size_t k = 0; k < n_needs; ++k) {
        if (std::holds_alternative<PerDemand>(s.needs[k].quantity)) return false;
        unit_cost[k] = value(s.needs[k].unit_cost, values);
        if (unit_cost[k] < 0) return false;
        const auto& plan = plans[k];
        for (size_t i = 0; i < n_years; ++i) {
            std::int64_t q = plan.certain.empty() ? quantity(k, i, values, no_demand) : plan.certain[i];
            if (q < 0) return false;
            quantities[i * n_needs + k] = q;
        }
    }
    // Year by year, the sums in registers; written to `out` only when every year fitted.
    struct Sums {
        std::int64_t need = 0, need_constant = 0;
        std::array<std::int64_t, axis_count> axis{}, axis_constant{};
    };
    thread_local std::vector<Sums> sums;
    sums.assign(n_years, Sums{});
    for (size_t i = 0; i < n_years; ++i) {
        const std::int64_t index = out.years[i].price_index_nano;
        const std::int64_t* q = quantities.data() + i * n_needs;  // not &quantities[...]: empty without needs
        Sums& y = sums[i];
        for (size_t k = 0; k < n_needs; ++k) {
            std::int64_t constant, current;
            // quantity (micro) × unit cost (micro soles) = 10^-12 soles; to céntimos: / 10^10.
            if (!mul_div_64<10'000'000'000ULL>(q[k], unit_cost[k], constant)) return false;
            if (!mul_div_64<nano>(constant, index, current)) return false;
            const size_t a = plans[k].axis;
            if (__builtin_add_overflow(y.need, current, &y.need) ||
                __builtin_add_overflow(y.need_constant, constant, &y.need_constant) ||
                __builtin_add_overflow(y.axis[a], current, &y.axis[a]) ||
                __builtin_add_overflow(y.axis_constant[a], constant, &y.axis_constant[a]))
                return false;
        }
    }
    for (size_t i = 0; i < n_years; ++i) {
        PeriodResult& r = out.years[i];
        r.need += Money::from_raw(sums[i].need);
        r.need_constant += Money::from_raw(sums[i].need_constant);
        for (size_t a = 0; a < axis_count; ++a) {
            r.need_by_axis[a] += Money::from_raw(sums[i].axis[a]);
            r.need_by_axis_constant[a] += Money::from_raw(sums[i].axis_constant[a]);
        }
    }
    return true;
}
}  // namespace

void Projector::add_needs(Projection& out, const std::vector<std::int64_t>& values) const {
    auto quantity_of = [&](size_t k, size_t i, const std::vector<std::int64_t>& v, const std::vector<std::int64_t>& d) {
        return quantity(k, i, v, d);
    };
    auto value_of = [&](const Number& n, const std::vector<std::int64_t>& v) { return value(n, v); };
    if (add_needs_fast(s_, years_, plans_, quantity_of, value_of, out, values)) return;
    const size_t n_years = years_.size();
    for (size_t k = 0; k < s_.needs.size(); ++k) {
        const Need& need = s_.needs[k];
        const NeedPlan& plan = plans_[k];
        const std::int64_t unit_cost = value(need.unit_cost, values);
        const auto* driven = std::get_if<PerDemand>(&need.quantity);
        const std::vector<std::int64_t> demand = driven ? demand_of(*driven, values) : std::vector<std::int64_t>{};
        for (size_t i = 0; i < n_years; ++i) {
            const std::int64_t q = plan.certain.empty() ? quantity(k, i, values, demand) : plan.certain[i];
            PeriodResult& r = out.years[i];
            money_at(need.where, [&] { return msg("proj.cost-of-need", need.id, years_[i]); }, [&] {
                // quantity (micro) × unit cost (micro soles) = 10^-12 soles; to céntimos: / 10^10.
                Money constant = Money::from_raw(mul_div_half_up_by<10'000'000'000LL>(q, unit_cost));
                Money current = scale_index(constant, r.price_index_nano);
                r.need += current;
                r.need_constant += constant;
                r.need_by_axis[plan.axis] += current;
                r.need_by_axis_constant[plan.axis] += constant;
                if (out.details) {
                    r.need_by_entity[plan.entity] += current;
                    r.need_by_line[k] = current;
                }
                return 0;
            });
        }
    }
}

std::vector<std::int64_t> Projector::demand_of(const PerDemand& driven, const std::vector<std::int64_t>& values) const {
    for (const Demand& d : s_.demand)
        if (d.id == driven.demand) return demand_levels(d, years_, values);
    throw std::logic_error("a need driven by a demand series the checks said exists");
}

Projection Projector::evaluate(const std::vector<std::int64_t>& values, bool details) const {
    Projection out;
    evaluate_into(out, values, details);
    return out;
}

void Projector::evaluate_into(Projection& out, const std::vector<std::int64_t>& values, bool details) const {
    start(out, values, details);
    add_funding(out, values);
    add_needs(out, values);
    // Each figure of a year was checked where it was made; what remains are constant soles and the
    // sums over the horizon, which belong to no one rule.
    money_at({s_.file, 1, 1}, [] { return msg("proj.horizon-total"); }, [&] {
        total(out);
        return 0;
    });
}

void Projector::total(Projection& out) const {
    const bool details = out.details;
    const size_t n_entities = entities_.size();

    // Constant soles, and the cumulative period.
    PeriodResult& c = out.cumulative;
    if (details) {
        c.funded_by_entity.assign(n_entities, std::nullopt);
        c.executed_by_entity.assign(n_entities, std::nullopt);
        c.need_by_entity.assign(n_entities, Money{});
        c.need_by_line.assign(s_.needs.size(), Money{});
    }
    for (PeriodResult& r : out.years) {
        r.funded_constant = scale(r.funded, nano, r.price_index_nano);
        r.executed_constant = scale(r.executed, nano, r.price_index_nano);
        c.general_budget += r.general_budget;
        c.funded += r.funded;
        c.executed += r.executed;
        c.need += r.need;
        c.funded_constant += r.funded_constant;
        c.executed_constant += r.executed_constant;
        c.need_constant += r.need_constant;
        for (size_t a = 0; a < axis_count; ++a) {
            c.need_by_axis[a] += r.need_by_axis[a];
            c.need_by_axis_constant[a] += r.need_by_axis_constant[a];
        }
        for (size_t e = 0; details && e < n_entities; ++e) {
            if (r.funded_by_entity[e]) c.funded_by_entity[e] = c.funded_by_entity[e].value_or(Money{}) + *r.funded_by_entity[e];
            if (r.executed_by_entity[e])
                c.executed_by_entity[e] = c.executed_by_entity[e].value_or(Money{}) + *r.executed_by_entity[e];
            c.need_by_entity[e] += r.need_by_entity[e];
        }
        for (size_t k = 0; details && k < s_.needs.size(); ++k) c.need_by_line[k] += r.need_by_line[k];
    }
}

}  // namespace veedor

#include "scenario/scenario_rules.hpp"

#include "analysis/compare.hpp"
#include "scenario/funding_risk.hpp"
#include "scenario/projection.hpp"
#include "core/error.hpp"
#include "core/overloaded.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <limits>
#include <set>
#include <stdexcept>

namespace veedor {

std::optional<Money> model_level(const Model& m, const Target& target, int year) {
    if (target.is_total()) {
        for (const SeriesYear& s : national_series(m))
            if (s.year == year) return s.specific;
        return std::nullopt;
    }
    const Entity* e = m.entity(target.entity);
    const Figure* f = e ? e->figure(year) : nullptr;
    if (!f || !f->allocated.is_amount()) return std::nullopt;
    return f->allocated.amount;
}

HistoryRate own_history_rate(const Model& m, const Target& target, const OwnHistory& r) {
    Money allocated, executed;
    const bool matched = r.scope == HistoryScope::matched;
    try {
        for (int y : r.years) {
            if (target.is_total()) {
                GroupYear t = total_of(m, headline_members(m), y, nullptr);
                allocated += matched ? t.matched_allocated : t.allocated;
                executed += matched ? t.matched_executed : t.executed;
            } else if (const Entity* e = m.entity(target.entity)) {
                const Figure* f = e->figure(y);
                if (!f) continue;
                const bool both = f->allocated.is_amount() && f->executed.is_amount();
                if (f->allocated.is_amount() && (both || !matched)) allocated += f->allocated.amount;
                if (f->executed.is_amount() && (both || !matched)) executed += f->executed.amount;
            }
        }
    } catch (const InputError&) {  // the money arithmetic: an overflow
        return {std::nullopt, msg("rules.history-overflows", target.key(), fmt::format("{}", fmt::join(r.years, ", ")))};
    }
    if (allocated.is_zero())
        return {std::nullopt,
                msg("rules.history-no-allocated", target.key(), fmt::format("{}", fmt::join(r.years, ", ")))};
    i128 rate = mul_div_half_up(executed.raw(), 100'000'000, allocated.raw());
    if (rate > std::numeric_limits<std::int64_t>::max())
        return {std::nullopt, msg("rules.history-too-large", target.key(), fmt::format("{}", fmt::join(r.years, ", ")))};
    return {static_cast<std::int64_t>(rate), {}};
}

std::vector<ModelBase> model_bases(const Scenario& s) {
    std::vector<ModelBase> out;
    std::vector<SeriesYear> series;
    for (const FundingRule& r : s.funding) {
        auto add = [&](std::string field, int year) {
            if (!year) return;
            if (series.empty()) series = national_series(s.model);
            for (const SeriesYear& y : series)
                if (y.year == year) out.push_back({std::move(field), y, r.where});
        };
        if (!r.target.is_total()) continue;
        std::visit(Overloaded{
                       [&](const funding::Carry& c) { add("base-year", c.base_year); },
                       [&](const funding::Restore& c) {
                           add("from-year", c.from_year);
                           add("level-of-year", c.level_of_year);
                       },
                       [&](const funding::CoverNeed& c) { add("from-year", c.from_year); },
                       [&](const funding::ShareAsIn& c) { add("as-in-year", c.year); },
                       [](const auto&) {},
                   },
                   r.how);
    }
    return out;
}

namespace {

/// True when the series has an entry covering `year`.
bool covers(const std::vector<MacroEntry>& series, int year) {
    return std::any_of(series.begin(), series.end(), [&](const MacroEntry& e) { return e.from <= year && year <= e.to; });
}

class ScenarioChecker {
public:
    ScenarioChecker(Scenario& s, Diagnostics& d, long max_trials) : s_(s), d_(d), max_trials_(max_trials) {}

    void run() {
        Location top{s_.file, 1, 1};
        if (s_.title.empty()) d_.error(top, msg("rules.no-title"));
        if (!s_.from || !s_.to) {
            d_.error(top, msg("rules.no-horizon"));
            return;
        }
        if (s_.from > s_.to || s_.to - s_.from >= 50)
            d_.error(top, msg("rules.horizon", s_.from, s_.to));
        if (!s_.prices_of) s_.prices_of = s_.from - 1;
        if (s_.prices_of > s_.from)
            d_.error(top, msg("rules.prices-of", s_.prices_of, s_.from));
        sources();
        macro();
        funding();
        execution();
        needs();
        demand();
        correlations();
        if (s_.trials && (*s_.trials < 1 || *s_.trials > max_trials_))
            d_.error(top, msg("rules.trials", max_trials_));
        if (s_.trials && !s_.seed && !s_.seed_given)  // an invalid seed has its own message
            d_.error(s_.monte_carlo_where, msg("rules.seed"));
    }

private:
    bool in_horizon(int y) const { return y >= s_.from && y <= s_.to; }
    /// The model gives the General Budget of year `y` (it may give the year without it).
    bool model_budget(int y) const {
        const YearInfo* info = s_.model.year(y);
        return info && info->general_budget;
    }
    bool known_source(const std::string& id) const {
        return s_.model.source(id) || std::any_of(s_.sources.begin(), s_.sources.end(),
                                                  [&](const Source& x) { return x.id == id; });
    }
    void check_sources(const std::vector<std::string>& ids, const Location& where) {
        for (const auto& id : ids)
            if (!known_source(id)) d_.error(where, msg("validate.unknown-source", id));
    }
    void check_number(const Number& n) { check_sources(n.sources, n.where); }
    /// `why`, when given, follows the message: what a value out of range would do.
    void check_range(const Number& n, std::int64_t lo, std::optional<std::int64_t> hi, std::string_view what,
                     std::string_view why = "") {
        std::int64_t min = n.dist.lowest(), max = n.dist.highest();
        if (min < lo || (hi && max > *hi))
            d_.error(n.where, msg(why.empty() ? "rules.range" : "rules.range-why", noun(what),
                                  hi ? msg("rules.between", lo / 1000000, *hi / 1000000) : msg("rules.at-least", lo / 1000000),
                                  noun(why)));
    }

    void sources() {
        std::set<std::string> seen;
        for (const Source& x : s_.sources)
            if (!x.id.empty() && (!seen.insert(x.id).second || s_.model.source(x.id)))
                d_.error(x.where, msg("rules.source-id-used", x.id));
    }

    void macro() {
        auto series = [&](const std::vector<MacroEntry>& entries, bool inflation) {
            for (const MacroEntry& e : entries) {
                check_sources(e.sources, e.where);
                if (e.kind == MacroEntry::Kind::growth || inflation)
                    check_range(e.number, -99'000'000, std::nullopt, "a growth or inflation rate in %");
            }
        };
        series(s_.macro.general_budget, false);
        series(s_.macro.inflation_pct, true);
        series(s_.macro.population, false);
        for (int y : s_.horizon())
            if (!model_budget(y) && !covers(s_.macro.general_budget, y))
                d_.error({s_.file, 1, 1}, msg("rules.no-general-budget", y));
        for (const MacroEntry& e : s_.macro.general_budget)
            if (e.kind == MacroEntry::Kind::growth && !model_budget(e.from - 1) && !covers(s_.macro.general_budget, e.from - 1))
                d_.error(e.where, msg("rules.growth-needs-budget", e.from, e.from - 1));
        for (int y = s_.prices_of + 1; y <= s_.to; ++y)
            if (!covers(s_.macro.inflation_pct, y))
                d_.error({s_.file, 1, 1}, msg("rules.no-inflation", y, s_.prices_of));
    }

    void funding() {
        if (s_.funding.empty()) d_.error({s_.file, 1, 1}, msg("rules.no-funding"));
        bool has_total = false, has_entity = false;
        std::set<std::string> targets;
        for (FundingRule& r : s_.funding) {
            target(r.target, r.where);
            has_total |= r.target.is_total();
            has_entity |= !r.target.is_total();
            if (!targets.insert(r.target.key()).second)
                d_.error(r.where, msg("rules.two-funding", r.target.key()));
            std::visit(Overloaded{
                           [&](const funding::Carry& c) {
                               growth(c.growth);
                               base(r, c.base_year);
                           },
                           [&](const funding::ShareGiven& c) {
                               check_number(c.share_pct);
                               check_range(c.share_pct, 0, 100'000'000, "a share in %");
                           },
                           [&](const funding::ShareAsIn& c) { share_as_in(r, c.year); },
                           [&](const funding::Restore& c) { restore(r, c); },
                           [&](const funding::CoverNeed& c) { cover_need(r, c); },
                           [&](const funding::Amounts& c) { amounts(r, c); },
                       },
                       r.how);
            if (r.cut_risk) cut_risk(*r.cut_risk);
        }
        if (has_total && has_entity)
            d_.error(s_.funding.front().where, msg("rules.targets-overlap"));
    }

    void cut_risk(const CutRisk& c) {
        check_number(c.probability_pct);
        check_range(c.probability_pct, 0, 100'000'000, "a probability in %");
        check_number(c.share_pct);
        check_range(c.share_pct, 0, 100'000'000, "a share in %", "a cut cannot take more than the year's funding");
        if (c.from && !in_horizon(c.from))
            d_.error(c.where, msg("rules.from-outside", c.from, s_.from, s_.to));
    }

    /// rate-pct-by-year and capacity of an execution rule; with cover-need `aim: executed`, a
    /// central rate of 0 could not be divided by.
    void execution_extras(const ExecutionRule& r) {
        std::set<int> years;
        for (const auto& [y, rate] : r.rate_by_year) {
            check_number(rate);
            check_range(rate, 0, 100'000'000, "an execution rate in %");
            if (!in_horizon(y)) d_.error(rate.where, msg("rules.year-outside", y, s_.from, s_.to));
            if (!years.insert(y).second) d_.error(rate.where, msg("rules.two-rates", y));
        }
        if (r.capacity) check_sources(r.capacity->sources, r.capacity->where);  // the reader refused a negative amount
    }

    void growth(const Growth& g) {
        // Below -100% a year's growth turns the amount negative; the projection would fund it.
        if (const auto* grow = std::get_if<Growing>(&g)) {
            check_number(grow->rate_pct);
            check_range(grow->rate_pct, -100'000'000, std::nullopt, "a growth rate in %",
                        "a lower rate would fund a negative amount");
        }
    }

    void share_as_in(const FundingRule& r, int year) {
        const YearInfo* y = s_.model.year(year);
        if (!y || !model_level(s_.model, r.target, year))
            d_.error(r.where, msg("rules.as-in-year-no-level", year, r.target.key()));
        else if (!y->general_budget)
            d_.error(r.where, msg("rules.as-in-year-no-budget", year));
    }

    void restore(const FundingRule& r, const funding::Restore& c) {
        growth(c.then);
        base(r, c.from_year);
        if (!model_level(s_.model, r.target, c.level_of_year))
            d_.error(r.where, msg("rules.level-of-year", c.level_of_year, r.target.key()));
        if (c.by <= c.from_year || !in_horizon(c.by))
            d_.error(r.where, msg("rules.by-after", c.by, c.from_year));
    }

    void cover_need(const FundingRule& r, const funding::CoverNeed& c) {
        base(r, c.from_year);
        if (!r.target.is_total()) d_.error(r.where, msg("rules.cover-need-total"));
        if (s_.needs.empty()) d_.error(r.where, msg("rules.cover-need-needs"));
        if (c.by < c.from_year || !in_horizon(c.by))
            d_.error(r.where, msg("rules.by-not-before", c.by, c.from_year));
    }

    void amounts(const FundingRule& r, const funding::Amounts& c) {
        std::set<int> years;
        for (const funding::Amount& a : c.amounts) {
            check_sources(a.sources, r.where);
            if (!in_horizon(a.year)) d_.error(r.where, msg("rules.amount-outside", a.year));
            if (!years.insert(a.year).second) d_.error(r.where, msg("rules.two-amounts", a.year));
        }
        for (int y : s_.horizon())
            if (!years.count(y)) d_.error(r.where, msg("rules.amounts-lacks", y));
    }

    void target(const Target& t, const Location& where) {
        if (!t.is_total() && !s_.model.entity(t.entity)) d_.error(where, msg("validate.unknown-entity", t.entity));
    }

    void base(const FundingRule& r, int year) {
        if (!year) return;
        if (year > s_.from) {
            d_.error(r.where, msg("rules.base-after", year, s_.from));
            return;
        }
        if (!model_level(s_.model, r.target, year))
            d_.error(r.where, msg("rules.base-no-amount", year, r.target.key()));
    }

    void execution() {
        std::set<std::string> seen;
        for (const ExecutionRule& r : s_.execution) {
            target(r.target, r.where);
            if (!seen.insert(r.target.key()).second) d_.error(r.where, msg("rules.two-execution", r.target.key()));
            bool funded = std::any_of(s_.funding.begin(), s_.funding.end(),
                                      [&](const FundingRule& f) { return f.target.key() == r.target.key(); });
            if (!funded) d_.error(r.where, msg("rules.execution-unfunded", r.target.key()));
            if (const auto* history = std::get_if<OwnHistory>(&r.rate)) {
                bool years_known = !history->years.empty();
                for (int y : history->years)
                    if (!s_.model.year(y)) {
                        d_.error(r.where, msg("rules.year-not-in-model", y));
                        years_known = false;
                    }
                if (history->years.empty()) d_.error(r.where, msg("rules.history-years"));
                // Computed now, so that `check` reports what `simulate` could not compute.
                if (years_known && (r.target.is_total() || s_.model.entity(r.target.entity))) {
                    HistoryRate h = own_history_rate(s_.model, r.target, *history);
                    if (!h.micro_pct) d_.error(r.where, h.problem);
                }
            } else {
                const Number& rate = std::get<Number>(r.rate);
                check_number(rate);
                check_range(rate, 0, 100'000'000, "an execution rate in %");
            }
            execution_extras(r);
        }
    }

    void needs() {
        std::set<std::string> ids;
        for (const Need& n : s_.needs) {
            if (!n.id.empty() && !ids.insert(n.id).second) d_.error(n.where, msg("rules.need-id-twice", n.id));
            if (!n.entity.empty() && !s_.model.entity(n.entity)) d_.error(n.where, msg("validate.unknown-entity", n.entity));
            check_sources(n.quantity_sources, n.where);
            check_number(n.unit_cost);
            check_range(n.unit_cost, 0, std::nullopt, "a unit cost");
            if (const auto* driven = std::get_if<PerDemand>(&n.quantity)) {
                check_number(driven->per_unit);
                check_range(driven->per_unit, 0, std::nullopt, "a quantity per unit of demand");
                if (std::none_of(s_.demand.begin(), s_.demand.end(), [&](const Demand& x) { return x.id == driven->demand; }))
                    d_.error(n.where, msg("rules.demand-unlisted", n.id, driven->demand));
            } else if (const auto* path = std::get_if<QuantityPath>(&n.quantity)) {
                check_range(path->start, 0, std::nullopt, "a quantity");
                check_range(path->target, 0, std::nullopt, "a quantity");
                if (path->by <= path->start_year || !in_horizon(path->by) || path->start_year > s_.to)
                    d_.error(n.where, msg("rules.path-by", path->start_year, path->by));
            } else {
                std::set<int> years;
                for (const auto& [y, q] : std::get<PerYear>(n.quantity).quantities) {
                    check_number(q);
                    check_range(q, 0, std::nullopt, "a quantity");
                    if (!in_horizon(y)) d_.error(q.where, msg("rules.year-outside", y, s_.from, s_.to));
                    if (!years.insert(y).second) d_.error(q.where, msg("rules.two-quantities", y));
                }
            }
        }
        for (const Need& n : s_.needs)
            if (n.scope) scope(n, ids);
    }

    /// A need's scope: known sources, and overlaps with other needs of this scenario.
    void scope(const Need& n, const std::set<std::string>& ids) {
        check_sources(n.scope->sources, n.scope->where);
        for (const std::string& other : n.scope->overlaps_with) {
            if (other == n.id) d_.error(n.scope->where, msg("rules.need-overlaps-itself", n.id));
            else if (!ids.count(other)) d_.error(n.scope->where, msg("rules.overlaps-unknown", other));
        }
    }

    /// Demand series (opt-in): a base year at or before the horizon, a base of at least 0.
    void demand() {
        std::set<std::string> ids;
        for (const Demand& x : s_.demand) {
            if (!ids.insert(x.id).second) d_.error(x.where, msg("rules.demand-id-twice", x.id));
            if (x.base_year > s_.from)
                d_.error(x.where, msg("rules.demand-base-after", x.id, x.base_year, s_.from));
            check_number(x.base);
            check_number(x.growth_pct);
            check_range(x.base, 0, std::nullopt, "a level of demand");
            check_range(x.growth_pct, -99'000'000, std::nullopt, "a growth rate in %");
        }
    }

    /// Correlation groups (opt-in): ids, a coefficient in (0, 1]; members are resolved later.
    void correlations() {
        std::set<std::string> ids;
        for (const CorrelationGroup& g : s_.correlations) {
            if (!ids.insert(g.id).second) d_.error(g.where, msg("corr.id-twice", g.id));
            check_sources(g.sources, g.where);
            if (g.coefficient_micro <= 0 || g.coefficient_micro > 1'000'000)
                d_.error(g.where, msg("corr.coefficient", g.id));
        }
    }

    Scenario& s_;
    Diagnostics& d_;
    long max_trials_;
};

void add_param(Number& n, std::vector<Param>& params) {
    if (!n.dist.uncertain()) return;
    n.param = static_cast<int>(params.size());
    params.push_back({n.dist, n.label});
}

}  // namespace

void check_scenario(Scenario& s, Diagnostics& d, long max_trials) { ScenarioChecker(s, d, max_trials).run(); }

void check_central_case(const Scenario& s, Diagnostics& d) {
    try {
        Projector p(s);
        p.evaluate(p.central_values(), /*details=*/false);
    } catch (const InputError& e) {
        if (!e.where()) throw;  // no place to report it at: run_cli prints it
        d.error(*e.where(), e.message());
    }
}

void collect_params(Scenario& s) {
    s.params.clear();
    for (auto* series : {&s.macro.general_budget, &s.macro.inflation_pct, &s.macro.population})
        for (MacroEntry& e : *series) add_param(e.number, s.params);
    auto growth = [&](Growth& g) {
        if (auto* grow = std::get_if<Growing>(&g)) add_param(grow->rate_pct, s.params);
    };
    for (FundingRule& r : s.funding)
        std::visit(Overloaded{
                       [&](funding::Carry& c) { growth(c.growth); },
                       [&](funding::Restore& c) { growth(c.then); },
                       [&](funding::ShareGiven& c) { add_param(c.share_pct, s.params); },
                       [](auto&) {},
                   },
                   r.how);
    // The risks of a cut come after every rule's own numbers, so that a scenario without one
    // draws exactly what it drew before they existed.
    for (FundingRule& r : s.funding) {
        if (!r.cut_risk) continue;
        add_param(r.cut_risk->probability_pct, s.params);
        add_param(r.cut_risk->share_pct, s.params);
        make_cut_draws(*r.cut_risk, r.target.key(), s.from, s.to);
        for (Number& draw : r.cut_risk->draws) add_param(draw, s.params);
    }
    for (ExecutionRule& r : s.execution) {
        if (auto* rate = std::get_if<Number>(&r.rate)) add_param(*rate, s.params);
        for (auto& [y, rate] : r.rate_by_year) add_param(rate, s.params);
    }
    for (Need& n : s.needs) {
        if (auto* per_year = std::get_if<PerYear>(&n.quantity))
            for (auto& [y, q] : per_year->quantities) add_param(q, s.params);
        if (auto* path = std::get_if<QuantityPath>(&n.quantity)) {
            add_param(path->start, s.params);
            add_param(path->target, s.params);
        }
        if (auto* driven = std::get_if<PerDemand>(&n.quantity)) add_param(driven->per_unit, s.params);
        add_param(n.unit_cost, s.params);
    }
    for (Demand& x : s.demand) {
        add_param(x.base, s.params);
        add_param(x.growth_pct, s.params);
    }
}

}  // namespace veedor

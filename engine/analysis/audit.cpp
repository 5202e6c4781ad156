#include "analysis/audit.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace veedor {

int AuditResult::count(CheckStatus s) const {
    return static_cast<int>(std::count_if(checks.begin(), checks.end(), [&](const Check& c) { return c.status == s; }));
}

namespace {

std::vector<std::string> ids(const std::vector<const Entity*>& es) {
    std::vector<std::string> out;
    for (const Entity* e : es) out.push_back(e->id);
    return out;
}

class Auditor {
public:
    Auditor(const Model& m, RoundingMode mode) : m_(m), mode_(mode), years_(sorted_years(m)) {
        for (const SeriesYear& s : national_series(m)) series_[s.year] = s;
        r_.mode = mode;
    }

    AuditResult run() {
        for (const PublishedFigure& p : m_.published) check(p);
        aggregates();
        incomplete();
        comparability();
        sources_disagree();
        return std::move(r_);
    }

private:
    // ---- recomputing one printed figure -------------------------------------------------

    const GroupYear& group_total(const std::string& group, int year) {
        auto key = std::make_pair(group, year);
        auto it = totals_.find(key);
        if (it != totals_.end()) return it->second;
        auto members = m_.members(group);
        auto prev_year = std::find(years_.begin(), years_.end(), year);
        std::optional<GroupYear> prev;
        if (prev_year != years_.begin() && prev_year != years_.end())
            prev = total_of(m_, members, *std::prev(prev_year), nullptr);
        return totals_.emplace(key, total_of(m_, members, year, prev ? &*prev : nullptr)).first->second;
    }

    static std::optional<Ratio> unverifiable(WhyUnverifiable& why, Unverifiable reason) {
        why.reason = reason;
        return std::nullopt;
    }

    /// The exact value of what `p` printed, or why it cannot be recomputed.
    std::optional<Ratio> recompute(const PublishedFigure& p, WhyUnverifiable& why) {
        const YearInfo* y = m_.year(p.year);
        if (!y) return unverifiable(why, Unverifiable::year_not_in_model);
        if (p.measure == Measure::general_budget) {
            if (!y->general_budget) return unverifiable(why, Unverifiable::no_general_budget);
            return soles(*y->general_budget);
        }
        if (!p.entity().empty()) return recompute_entity(p, *m_.entity(p.entity()), why);
        return recompute_total(p, *y, why);
    }

    std::optional<Ratio> recompute_entity(const PublishedFigure& p, const Entity& e, WhyUnverifiable& why) {
        const Figure* f = e.figure(p.year);
        if (!f) return unverifiable(why, Unverifiable::no_entity_figure);
        const Value& a = f->allocated;
        const Value& x = f->executed;
        auto need = [&](const Value& v, Measure which) {
            if (v.is_amount()) return true;
            why = {Unverifiable::value_missing, which, v.kind};
            return false;
        };
        switch (p.measure) {
            case Measure::allocated:
                return need(a, Measure::allocated) ? std::optional(soles(a.amount)) : std::nullopt;
            case Measure::executed:
                return need(x, Measure::executed) ? std::optional(soles(x.amount)) : std::nullopt;
            case Measure::execution_rate:
                if (!need(a, Measure::allocated) || !need(x, Measure::executed)) return std::nullopt;
                if (a.amount.is_zero()) return unverifiable(why, Unverifiable::zero_allocation);
                return percent_of(x.amount, a.amount);
            case Measure::share_of_general_budget:
                if (!need(a, Measure::allocated)) return std::nullopt;
                if (!m_.year(p.year)->general_budget) return unverifiable(why, Unverifiable::no_general_budget);
                if (m_.year(p.year)->general_budget->is_zero())
                    return unverifiable(why, Unverifiable::zero_general_budget);
                return percent_of(a.amount, *m_.year(p.year)->general_budget);
            case Measure::change:
            case Measure::change_rate: {
                auto py = std::find(years_.begin(), years_.end(), p.year);
                const Figure* prev = py == years_.begin() ? nullptr : e.figure(*std::prev(py));
                if (!prev || !prev->allocated.is_amount() || !need(a, Measure::allocated))
                    return unverifiable(why, Unverifiable::no_allocation_before);
                Money change = a.amount - prev->allocated.amount;
                if (p.measure == Measure::change) return soles(change);
                auto r = percent_of(change, prev->allocated.amount);
                if (!r) why.reason = Unverifiable::zero_allocation_before;
                return r;
            }
            case Measure::per_capita: break;
            case Measure::general_budget: break;
        }
        return unverifiable(why, Unverifiable::not_defined_for_entity);
    }

    std::optional<Ratio> recompute_total(const PublishedFigure& p, const YearInfo& y, WhyUnverifiable& why) {
        // The headline group's allocation is the national series, which for years without a
        // breakdown is the printed total itself: its share and per-capita figures can be checked.
        bool headline = p.total_of() == m_.headline;
        const GroupYear& t = group_total(p.total_of(), p.year);
        // A sum over only some members recomputes nothing (the headline rule, docs/methodology.md).
        bool has_breakdown = t.coverage.complete();
        Unverifiable no_sum = t.coverage.with_figure > 0 && !has_breakdown ? Unverifiable::incomplete_breakdown
                                                                           : Unverifiable::no_breakdown;
        std::optional<Money> allocated = has_breakdown ? std::optional(t.allocated) : std::nullopt;
        if (!allocated && headline && series_.count(p.year)) allocated = series_[p.year].specific;
        switch (p.measure) {
            case Measure::allocated:
            case Measure::executed:
                if (!has_breakdown) return unverifiable(why, no_sum);
                return soles(p.measure == Measure::allocated ? t.allocated : t.executed);
            case Measure::execution_rate:
                if (!has_breakdown) return unverifiable(why, no_sum);
                if (!t.report_rate) why.reason = Unverifiable::zero_allocated_total;
                return t.report_rate;
            case Measure::share_of_general_budget:
                if (!allocated) return unverifiable(why, Unverifiable::no_total);
                if (!y.general_budget) return unverifiable(why, Unverifiable::no_general_budget);
                if (y.general_budget->is_zero()) return unverifiable(why, Unverifiable::zero_general_budget);
                return percent_of(*allocated, *y.general_budget);
            case Measure::per_capita:
                if (!allocated) return unverifiable(why, Unverifiable::no_total);
                if (!y.population) return unverifiable(why, Unverifiable::no_population);
                return Ratio::of(allocated->cents().convert_to<BigInt>(), BigInt(*y.population) * 100);
            case Measure::change:
            case Measure::change_rate: {
                auto py = std::find(years_.begin(), years_.end(), p.year);
                if (py == years_.begin()) return unverifiable(why, Unverifiable::no_year_before);
                const GroupYear& prev = group_total(p.total_of(), *std::prev(py));
                std::optional<Money> before = prev.coverage.complete() ? std::optional(prev.allocated) : std::nullopt;
                if (!before && headline && series_.count(*std::prev(py))) before = series_[*std::prev(py)].specific;
                if (!before || !allocated) return unverifiable(why, Unverifiable::no_total_either_year);
                Money change = *allocated - *before;
                if (p.measure == Measure::change) return soles(change);
                auto r = percent_of(change, *before);
                if (!r) why.reason = Unverifiable::zero_total_before;
                return r;
            }
            case Measure::general_budget: break;
        }
        return unverifiable(why, Unverifiable::not_defined);
    }

    static Subject subject(const PublishedFigure& p) {
        if (p.measure == Measure::general_budget) return {Subject::Kind::general_budget, {}};
        if (!p.entity().empty()) return {Subject::Kind::entity, p.entity()};
        return {Subject::Kind::group_total, p.total_of()};
    }

    // ---- explaining a disagreement ------------------------------------------------------

    /// Members of `group` whose value for the measure equals the difference in magnitude.
    std::optional<MembersExplainTotal> explain_total(const std::string& group, int year, Measure measure,
                                                     const Ratio& printed, const Ratio& exact) {
        if (group.empty() || (measure != Measure::allocated && measure != Measure::executed)) return {};
        // difference in céntimos: printed - exact, both in soles
        BigInt diff_num = printed.num() * exact.den() - exact.num() * printed.den();
        BigInt diff_den = printed.den() * exact.den();
        BigInt cents = diff_num * 100 / diff_den;
        if (cents * diff_den != diff_num * 100) return {};
        MembersExplainTotal why;
        why.left_out = cents < 0;
        for (const Entity* e : m_.members(group)) {
            const Figure* f = e->figure(year);
            if (!f) continue;
            const Value& v = measure == Measure::allocated ? f->allocated : f->executed;
            if (v.is_amount() && v.amount.cents().convert_to<BigInt>() == (cents < 0 ? BigInt(-cents) : cents)) {
                why.entities.push_back(e->id);
                why.amount = v.amount;
            }
        }
        if (why.entities.empty()) return {};
        return why;
    }

    /// A printed rate that follows from other printed (wrong) totals of the same table.
    std::optional<RateFollowsFromPrinted> explain_rate(const PublishedFigure& p) {
        if (p.measure != Measure::execution_rate || p.total_of().empty()) return {};
        const PublishedFigure *a = nullptr, *x = nullptr;
        for (const PublishedFigure& q : m_.published) {
            if (q.source != p.source || q.year != p.year || q.total_of() != p.total_of()) continue;
            if (q.measure == Measure::allocated) a = &q;
            if (q.measure == Measure::executed) x = &q;
        }
        if (!a || !x) return {};
        int places = std::max(x->printed.places(), a->printed.places());
        auto r = Ratio::of(x->printed.rescaled(places).unscaled(), a->printed.rescaled(places).unscaled());
        if (!r || !(round_ratio(r->times(100), p.printed.places(), mode_) == p.printed)) return {};
        return RateFollowsFromPrinted{x->printed, a->printed};
    }

    /// Another rounding mode by which `exact` rounds to `printed` at `unit`.
    std::optional<RoundedAnotherWay> explain_rounding(const Ratio& exact, const Decimal& printed, const Decimal& unit) {
        for (const EnumName<RoundingMode>& other : names_of(RoundingMode{}))  // every mode, in the table's order
            if (other.value != mode_ && round_to_unit(exact, unit, other.value) == printed)
                return RoundedAnotherWay{other.value};
        return {};
    }

    /// The exact value at the precision `p` was printed with, by the audit's mode.
    Decimal at_precision(const Ratio& exact, const PublishedFigure& p) {
        return p.rounded() ? round_to_unit(exact, p.unit(), mode_) : round_ratio(exact, p.printed.places(), mode_);
    }

    /// The printed figure the recomputation of `p` rests on: for a share or per-capita figure of the
    /// national total in a year whose national figure is a printed total, that total.
    const PublishedFigure* rests_on(const PublishedFigure& p) {
        if (m_.headline.empty() || p.total_of() != m_.headline) return nullptr;
        if (p.measure != Measure::share_of_general_budget && p.measure != Measure::per_capita) return nullptr;
        auto s = series_.find(p.year);
        if (s == series_.end() || s->second.origin != SeriesOrigin::published_total) return nullptr;
        return s->second.printed;
    }

    void check(const PublishedFigure& p) {
        Check c;
        c.printed = &p;
        c.subject = subject(p);
        const PublishedFigure* base = rests_on(p);
        if (base && p.stage && base->stage && *p.stage != *base->stage) {
            c.why.reason = Unverifiable::other_stage;  // a share of what was executed is not one of the allocation
            r_.checks.push_back(c);
            return;
        }
        c.exact = recompute(p, c.why);
        if (!c.exact) {
            c.status = CheckStatus::unverifiable;
            r_.checks.push_back(c);
            return;
        }
        c.why = {};
        c.rounded = at_precision(*c.exact, p);
        c.status = *c.rounded == p.printed ? CheckStatus::agrees : CheckStatus::differs;
        if (c.status == CheckStatus::differs) {
            // Against another source's printed total, the disagreement is between the two sources.
            if (base && base->source != p.source) r_.findings.push_back(disagreement(*base, p, *c.exact));
            else r_.findings.push_back(mismatch(p, c));
        }
        r_.checks.push_back(c);
    }

    Finding mismatch(const PublishedFigure& p, const Check& c) {
        Mismatch d{p.printed, *c.rounded, *c.exact, 2, {}, {}};
        // Show what was rounded: rates and per-capita figures with more places, money to the céntimo.
        d.exact_places = is_percent_measure(p.measure)        ? p.printed.places() + 4
                         : p.measure == Measure::per_capita ? p.printed.places() + 2
                                                            : std::max(2, p.printed.places());
        int places = std::max(p.printed.places(), c.rounded->places());
        d.difference = Decimal(p.printed.rescaled(places).unscaled() - c.rounded->rescaled(places).unscaled(), places);
        if (auto r = explain_rounding(*c.exact, p.printed, p.unit())) d.reasons.push_back(*r);
        auto printed_ratio = *Ratio::of(p.printed.unscaled(), pow10(p.printed.places()));
        if (auto r = explain_total(p.total_of(), p.year, p.measure, printed_ratio, *c.exact)) d.reasons.push_back(*r);
        if (auto r = explain_rate(p)) d.reasons.push_back(*r);
        if (p.measure == Measure::general_budget) {
            const YearInfo* y = m_.year(p.year);
            d.reasons.push_back(GeneralBudgetUsed{y->general_budget.value_or(Money{}), p.year, y->note});
        }
        return Finding(p.year, c.subject, p.measure, std::move(d), {p.source}, p.where);
    }

    // ---- sources that disagree -----------------------------------------------------------

    /// Every printed figure against the one the model uses for the same quantity, when another
    /// source printed them (docs/methodology.md, "Several sources"). Amounts always: the model
    /// takes one of them. A rate, share, change or per-capita figure the audit recomputed was
    /// already compared with the model's own value; only those it could not are compared here.
    void sources_disagree() {
        std::map<const PublishedFigure*, CheckStatus> status;
        for (const Check& c : r_.checks) status[c.printed] = c.status;
        auto recomputed = [&](const PublishedFigure* p) { return status[p] != CheckStatus::unverifiable; };
        for (const PublishedFigure& q : m_.published) {
            if (q.unreadable) continue;
            const PublishedFigure* used = m_.used_printed(q);
            if (!used || used == &q || used->source == q.source) continue;
            bool amount = q.measure == Measure::allocated || q.measure == Measure::executed ||
                          q.measure == Measure::general_budget;
            if (!amount && (recomputed(&q) || recomputed(used))) continue;
            SourcesDisagree d = compared(*used, q, *Ratio::of(used->printed.unscaled(), pow10(used->printed.places())));
            if (d.used_compared == d.other_compared) continue;
            r_.findings.push_back(finding(std::move(d)));
        }
    }

    /// `other` against `used`, whose value in other's measure is `value`, at the coarser precision.
    SourcesDisagree compared(const PublishedFigure& used, const PublishedFigure& other, const Ratio& value) {
        SourcesDisagree d;
        d.used = &used;
        d.other = &other;
        // An implied value (a share from an amount) is exact: the other's precision decides.
        d.unit = used.measure == other.measure ? coarser_unit(used.unit(), other.unit()) : other.unit();
        d.used_compared = round_to_unit(value, d.unit, mode_);
        d.other_compared = printed_at(other.printed, d.unit, mode_);
        int places = std::max(d.used_compared.places(), d.other_compared.places());
        d.difference = Decimal(d.other_compared.rescaled(places).unscaled() - d.used_compared.rescaled(places).unscaled(),
                               places);
        for (const EnumName<RoundingMode>& mode : names_of(RoundingMode{}))
            if (mode.value != mode_ && round_to_unit(value, d.unit, mode.value) == printed_at(other.printed, d.unit, mode.value)) {
                d.reasons.push_back(RoundedAnotherWay{mode.value});
                break;
            }
        return d;
    }

    Finding disagreement(const PublishedFigure& used, const PublishedFigure& other, const Ratio& implied) {
        SourcesDisagree d = compared(used, other, implied);
        d.implied = implied;
        return finding(std::move(d));
    }

    Finding finding(SourcesDisagree d) {
        const PublishedFigure& o = *d.other;
        std::vector<std::string> sources{o.source, d.used->source};
        return Finding(o.year, subject(o), o.measure, std::move(d), std::move(sources), o.where);
    }

    // ---- aggregate rows -----------------------------------------------------------------

    void aggregates() {
        for (const Entity& e : m_.entities) {
            if (e.aggregates.empty()) continue;
            for (const Figure& f : e.figures) {
                const GroupYear& t = group_total(e.aggregates, f.year);
                if (t.coverage.with_figure == 0) continue;
                aggregate_value(e, f, f.allocated, t.allocated, Measure::allocated);
                aggregate_value(e, f, f.executed, t.executed, Measure::executed);
            }
        }
    }

    void aggregate_value(const Entity& e, const Figure& f, const Value& v, const Money& total, Measure measure) {
        if (!v.is_amount() || v.amount == total) return;
        AggregateDisagrees d{e.aggregates, v.amount, total, {}};
        d.members = explain_total(e.aggregates, f.year, measure, soles(v.amount), soles(total));
        r_.findings.push_back(
            Finding(f.year, {Subject::Kind::entity, e.id}, measure, std::move(d), f.sources(), v.where));
    }

    // ---- totals built on incomplete data --------------------------------------------------

    void incomplete() {
        std::set<std::pair<std::string, int>> seen;
        for (const PublishedFigure& p : m_.published) {
            if (p.total_of().empty() || !seen.insert({p.total_of(), p.year}).second) continue;
            const GroupYear& t = group_total(p.total_of(), p.year);
            if (!t.coverage.complete()) continue;  // no sum, or a partial one that recomputes nothing
            incomplete_total(p, t);
        }
    }

    void incomplete_total(const PublishedFigure& p, const GroupYear& t) {
        const Coverage& c = t.coverage;
        IncompleteTotal d;
        d.group = p.total_of();
        d.execution_missing = ids(c.execution_missing);
        d.allocated_without_executed = c.allocated_without_executed;
        d.allocation_missing = ids(c.allocation_missing);
        d.executed_without_allocated = c.executed_without_allocated;
        int unknown_alloc = c.allocated.unknown + c.allocated.not_reported;
        if (unknown_alloc > static_cast<int>(c.allocation_missing.size())) d.unknown_allocations = unknown_alloc;
        d.partial_through = t.partial_through;
        if (d.execution_missing.empty() && d.allocation_missing.empty() && d.unknown_allocations == 0 &&
            !d.partial_through)
            return;
        // Show the rate as the source printed it, when it printed one, beside the matched rate.
        const PublishedFigure* printed_rate = &p;
        for (const PublishedFigure& q : m_.published)
            if (q.total_of() == p.total_of() && q.year == p.year && q.measure == Measure::execution_rate) {
                printed_rate = &q;
                break;
            }
        if (printed_rate->measure == Measure::execution_rate) d.printed_rate = printed_rate->printed;
        d.matched_rate = t.matched_rate;
        d.matched_members = count_matched(p.total_of(), p.year);
        d.matched_executed = t.matched_executed;
        d.matched_allocated = t.matched_allocated;
        r_.findings.push_back(Finding(p.year, {Subject::Kind::group_total, p.total_of()}, Measure::execution_rate,
                                      std::move(d), {printed_rate->source}, printed_rate->where));
    }

    int count_matched(const std::string& group, int year) {
        int n = 0;
        for (const Entity* e : m_.members(group))
            if (const Figure* f = e->figure(year); f && f->allocated.is_amount() && f->executed.is_amount()) ++n;
        return n;
    }

    // ---- changes that compare an amount with a missing value ------------------------------

    void comparability() {
        std::vector<const Entity*> members = headline_members(m_);
        for (size_t i = 1; i < years_.size(); ++i) {
            int y0 = years_[i - 1], y1 = years_[i];
            const GroupYear& before = total_of_cached(members, y0);
            const GroupYear& after = total_of_cached(members, y1);
            // Only between years where every member has a figure: across an incomplete year the
            // change of the entity sum is coverage, not budget, and is not the national change.
            if (!before.coverage.complete() || !after.coverage.complete()) continue;
            Money change = after.allocated - before.allocated;
            for (const Entity* e : members) {
                const Figure* f0 = e->figure(y0);
                const Figure* f1 = e->figure(y1);
                bool a0 = f0 && f0->allocated.is_amount(), a1 = f1 && f1->allocated.is_amount();
                if (a0 == a1) continue;
                const Figure* with_amount = a0 ? f0 : f1;
                const Figure* without = a0 ? f1 : f0;  // may be null: no figure that year
                ChangeNotComparable d;
                d.year_before = y0;
                if (f0) d.before = f0->allocated;
                if (f1) d.after = f1->allocated;
                d.change = change;
                d.contribution = (a1 ? f1->allocated.amount : Money{}) - (a0 ? f0->allocated.amount : Money{});
                d.share = percent_of(d.contribution, change);
                if (without)
                    for (const Excluded& x : without->excluded()) d.excluded += x.amount;
                const Figure* changed = without ? without : with_amount;  // point at the year whose status changed
                r_.findings.push_back(Finding(y1, {Subject::Kind::entity, e->id}, Measure::change, std::move(d),
                                              changed->sources(), changed->allocated.where));
            }
        }
    }

    const GroupYear& total_of_cached(const std::vector<const Entity*>& members, int year) {
        if (!m_.headline.empty()) return group_total(m_.headline, year);
        auto [it, inserted] = headline_totals_.try_emplace(year);
        if (inserted) it->second = total_of(m_, members, year, nullptr);
        return it->second;
    }

    const Model& m_;
    RoundingMode mode_;
    std::vector<int> years_;
    std::map<int, SeriesYear> series_;
    std::map<std::pair<std::string, int>, GroupYear> totals_;
    std::map<int, GroupYear> headline_totals_;
    AuditResult r_;
};

}  // namespace

Decimal printed_at(const Decimal& printed, const Decimal& unit, RoundingMode mode) {
    return round_to_unit(*Ratio::of(printed.unscaled(), pow10(printed.places())), unit, mode);
}

Decimal coarser_unit(const Decimal& a, const Decimal& b) {
    int places = std::max(a.places(), b.places());
    return a.rescaled(places).unscaled() >= b.rescaled(places).unscaled() ? a : b;
}

AuditResult audit(const Model& m, RoundingMode mode) { return Auditor(m, mode).run(); }

}  // namespace veedor

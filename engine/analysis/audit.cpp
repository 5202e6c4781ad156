#include "analysis/audit.hpp"

#include "io/format.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

namespace veedor {

std::string_view to_string(FindingKind k) {
    switch (k) {
        case FindingKind::mismatch: return "mismatch";
        case FindingKind::aggregate: return "aggregate";
        case FindingKind::incomplete: return "incomplete";
        case FindingKind::comparability: return "comparability";
    }
    return "?";
}

std::string_view to_string(CheckStatus s) {
    switch (s) {
        case CheckStatus::agrees: return "agrees";
        case CheckStatus::differs: return "differs";
        case CheckStatus::unverifiable: return "unverifiable";
    }
    return "?";
}

int AuditResult::count(CheckStatus s) const {
    return static_cast<int>(std::count_if(checks.begin(), checks.end(), [&](const Check& c) { return c.status == s; }));
}

namespace {

/// Printed or recomputed value with its unit: "S/ 1,234.50" or "0.0046%".
std::string with_unit(const Decimal& d, bool percent, Lang l) {
    if (percent) return percent_text(d, l);
    return l == Lang::en ? d.grouped("S/ ") : d.grouped("S/\u00A0", "\u00A0", ".");
}

/// A value of a model in words, in `l`: an amount, or what is missing.
std::string value_text(const Value& v, Lang l) {
    switch (v.kind) {
        case ValueKind::amount: return money_text(v.amount, l);
        case ValueKind::unknown: return std::string(tr("value.unknown", l));
        case ValueKind::no_specific_budget: return std::string(tr("value.no_specific_budget", l));
        case ValueKind::not_reported: return std::string(tr("value.not_reported", l));
    }
    return {};
}

std::string source_text(const Model& m, const std::string& id) {
    const Source* s = m.source(id);
    return s ? id + " (" + s->title + ")" : id;
}

class Auditor {
public:
    Auditor(const Model& m, RoundingMode mode, Lang lang)
        : m_(m), mode_(mode), lang_(lang), years_(sorted_years(m)) {
        for (const SeriesYear& s : national_series(m)) series_[s.year] = s;
    }

    AuditResult run() {
        for (const PublishedFigure& p : m_.published) check(p);
        aggregates();
        incomplete();
        comparability();
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

    /// The exact value of what `p` printed, or why it cannot be recomputed.
    std::optional<Ratio> recompute(const PublishedFigure& p, std::string& why) {
        const YearInfo* y = m_.year(p.year);
        if (!y) return why = "the year is not in the model", std::nullopt;
        if (p.measure == Measure::general_budget) return soles(y->general_budget);
        if (!p.entity.empty()) return recompute_entity(p, *m_.entity(p.entity), why);
        return recompute_total(p, *y, why);
    }

    std::optional<Ratio> recompute_entity(const PublishedFigure& p, const Entity& e, std::string& why) {
        const Figure* f = e.figure(p.year);
        if (!f) return why = "the entity has no figure for the year", std::nullopt;
        const Value& a = f->allocated;
        const Value& x = f->executed;
        auto need = [&](const Value& v, const char* what) {
            if (v.is_amount()) return true;
            why = std::string(what) + " is " + std::string(to_string(v.kind));
            return false;
        };
        switch (p.measure) {
            case Measure::allocated: return need(a, "allocated") ? std::optional(soles(a.amount)) : std::nullopt;
            case Measure::executed: return need(x, "executed") ? std::optional(soles(x.amount)) : std::nullopt;
            case Measure::execution_rate:
                if (!need(a, "allocated") || !need(x, "executed")) return std::nullopt;
                if (a.amount.is_zero()) return why = "the allocation is zero", std::nullopt;
                return percent_of(x.amount, a.amount);
            case Measure::share_of_general_budget:
                if (!need(a, "allocated")) return std::nullopt;
                if (m_.year(p.year)->general_budget.is_zero()) return why = "the general budget is zero", std::nullopt;
                return percent_of(a.amount, m_.year(p.year)->general_budget);
            case Measure::change:
            case Measure::change_rate: {
                auto py = std::find(years_.begin(), years_.end(), p.year);
                const Figure* prev = py == years_.begin() ? nullptr : e.figure(*std::prev(py));
                if (!prev || !prev->allocated.is_amount() || !need(a, "allocated"))
                    return why = "no allocated amount the year before", std::nullopt;
                Money change = a.amount - prev->allocated.amount;
                if (p.measure == Measure::change) return soles(change);
                auto r = percent_of(change, prev->allocated.amount);
                if (!r) why = "the previous allocation is zero";
                return r;
            }
            case Measure::per_capita: break;
            case Measure::general_budget: break;
        }
        why = "this measure is not defined for one entity";
        return std::nullopt;
    }

    std::optional<Ratio> recompute_total(const PublishedFigure& p, const YearInfo& y, std::string& why) {
        // The headline group's allocation is the national series, which for years without a
        // breakdown is the printed total itself: its share and per-capita figures can be checked.
        bool headline = p.total_of == m_.headline;
        const GroupYear& t = group_total(p.total_of, p.year);
        bool has_breakdown = t.coverage.with_figure > 0;
        std::optional<Money> allocated = has_breakdown ? std::optional(t.allocated) : std::nullopt;
        if (!allocated && headline && series_.count(p.year)) allocated = series_[p.year].specific;
        switch (p.measure) {
            case Measure::allocated:
            case Measure::executed:
                if (!has_breakdown) return why = "the model has no entity figures for this year", std::nullopt;
                return soles(p.measure == Measure::allocated ? t.allocated : t.executed);
            case Measure::execution_rate:
                if (!has_breakdown) return why = "the model has no entity figures for this year", std::nullopt;
                if (!t.report_rate) why = "the allocated total is zero";
                return t.report_rate;
            case Measure::share_of_general_budget:
                if (!allocated) return why = "no total for this year", std::nullopt;
                if (y.general_budget.is_zero()) return why = "the general budget is zero", std::nullopt;
                return percent_of(*allocated, y.general_budget);
            case Measure::per_capita:
                if (!allocated) return why = "no total for this year", std::nullopt;
                if (!y.population) return why = "the model gives no population for this year", std::nullopt;
                return Ratio::of(allocated->cents().convert_to<BigInt>(), BigInt(*y.population) * 100);
            case Measure::change:
            case Measure::change_rate: {
                auto py = std::find(years_.begin(), years_.end(), p.year);
                if (py == years_.begin()) return why = "no year before", std::nullopt;
                const GroupYear& prev = group_total(p.total_of, *std::prev(py));
                std::optional<Money> before = prev.coverage.with_figure > 0 ? std::optional(prev.allocated) : std::nullopt;
                if (!before && headline && series_.count(*std::prev(py))) before = series_[*std::prev(py)].specific;
                if (!before || !allocated) return why = "no total for one of the two years", std::nullopt;
                Money change = *allocated - *before;
                if (p.measure == Measure::change) return soles(change);
                return percent_of(change, *before);
            }
            case Measure::general_budget: break;
        }
        return why = "not defined", std::nullopt;
    }

    std::string subject(const PublishedFigure& p) {
        if (p.measure == Measure::general_budget) return say("audit.general_budget");
        if (!p.entity.empty()) return m_.entity(p.entity)->name;
        return say("audit.total_of", m_.group(p.total_of)->name);
    }

    // ---- explaining a disagreement ------------------------------------------------------

    /// Members of `group` whose value for the measure equals `diff` in magnitude.
    std::string explain_total(const PublishedFigure& p, const Ratio& printed, const Ratio& exact) {
        if (p.total_of.empty() || (p.measure != Measure::allocated && p.measure != Measure::executed)) return {};
        // difference in céntimos: printed - exact, both in soles
        BigInt diff_num = printed.num() * exact.den() - exact.num() * printed.den();
        BigInt diff_den = printed.den() * exact.den();
        BigInt cents = diff_num * 100 / diff_den;
        if (cents * diff_den != diff_num * 100) return {};
        std::vector<std::string> names;
        for (const Entity* e : m_.members(p.total_of)) {
            const Figure* f = e->figure(p.year);
            if (!f) continue;
            const Value& v = p.measure == Measure::allocated ? f->allocated : f->executed;
            if (v.is_amount() && v.amount.cents().convert_to<BigInt>() == (cents < 0 ? BigInt(-cents) : cents))
                names.push_back(e->name + " (" + money(v.amount) + ")");
        }
        if (names.empty()) return {};
        std::string who = names.front();
        for (size_t i = 1; i < names.size(); ++i) who += say("audit.or") + names[i];
        return cents < 0 ? say("audit.leaves_out", who) : say("audit.counts_twice", who);
    }

    /// A printed rate that follows from other printed (wrong) totals of the same table.
    std::string explain_rate(const PublishedFigure& p, const Decimal& printed) {
        if (p.measure != Measure::execution_rate || p.total_of.empty()) return {};
        const PublishedFigure *a = nullptr, *x = nullptr;
        for (const PublishedFigure& q : m_.published) {
            if (q.source != p.source || q.year != p.year || q.total_of != p.total_of) continue;
            if (q.measure == Measure::allocated) a = &q;
            if (q.measure == Measure::executed) x = &q;
        }
        if (!a || !x) return {};
        auto r = Ratio::of(x->printed.rescaled(std::max(x->printed.places(), a->printed.places())).unscaled(),
                           a->printed.rescaled(std::max(x->printed.places(), a->printed.places())).unscaled());
        if (!r || !(round_ratio(r->times(100), printed.places(), mode_) == printed)) return {};
        return say("audit.follows", number_text(x->printed, lang_), number_text(a->printed, lang_));
    }

    std::string explain_rounding(const Ratio& exact, const Decimal& printed) {
        for (RoundingMode other : all_rounding_modes)
            if (other != mode_ && round_ratio(exact, printed.places(), other) == printed)
                return say("audit.rounded",
                           say(other == RoundingMode::toward_zero ? "audit.toward_zero" : "audit.half_even"),
                           say(other == RoundingMode::toward_zero ? "audit.truncated" : "audit.ties_even"),
                           to_string(mode_));
        return {};
    }

    void check(const PublishedFigure& p) {
        Check c;
        c.printed = &p;
        c.subject = subject(p);
        c.exact = recompute(p, c.why_unverifiable);
        bool percent = is_percent_measure(p.measure);
        if (!c.exact) {
            c.status = CheckStatus::unverifiable;
            r_.checks.push_back(c);
            return;
        }
        c.rounded = round_ratio(*c.exact, p.printed.places(), mode_);
        c.status = *c.rounded == p.printed ? CheckStatus::agrees : CheckStatus::differs;
        if (c.status == CheckStatus::differs) {
            Finding f;
            f.kind = FindingKind::mismatch;
            f.year = p.year;
            f.subject = c.subject;
            f.measure = std::string(to_string(p.measure));
            f.printed = with_unit(p.printed, percent, lang_);
            f.recomputed = with_unit(*c.rounded, percent, lang_);
            // Show what was rounded: a percentage with four more places, money to the céntimo.
            // Show what was rounded: rates and per-capita figures with more places, money to the céntimo.
            int exact_places = percent                        ? p.printed.places() + 4
                         : p.measure == Measure::per_capita ? p.printed.places() + 2
                                                            : std::max(2, p.printed.places());
            f.exact = with_unit(round_ratio(*c.exact, exact_places, mode_), percent, lang_);
            int places = std::max(p.printed.places(), c.rounded->places());
            Decimal diff(p.printed.rescaled(places).unscaled() - c.rounded->rescaled(places).unscaled(), places);
            f.difference = percent ? number_text(diff, lang_) + (lang_ == Lang::en ? " percentage points" : " puntos porcentuales")
                                   : with_unit(diff, false, lang_);
            f.printed_plain = p.printed.plain();
            f.recomputed_plain = c.rounded->plain();
            f.difference_plain = diff.plain();
            auto printed_ratio = *Ratio::of(p.printed.unscaled(), pow10(p.printed.places()));
            std::vector<std::string> why = {explain_rounding(*c.exact, p.printed),
                                            explain_total(p, printed_ratio, *c.exact), explain_rate(p, p.printed)};
            if (p.measure == Measure::general_budget) {
                const YearInfo* y = m_.year(p.year);
                why.push_back(say("audit.model_uses", money(y->general_budget), p.year) +
                              (y->note.empty() ? "." : ": " + y->note));
            }
            for (const std::string& w : why)
                if (!w.empty()) f.explanation += (f.explanation.empty() ? "" : " ") + w;
            f.source = source_text(m_, p.source);
            f.where = p.where;
            r_.findings.push_back(f);
        }
        r_.checks.push_back(c);
    }

    // ---- aggregate rows -----------------------------------------------------------------

    void aggregates() {
        for (const Entity& e : m_.entities) {
            if (e.aggregates.empty()) continue;
            const Group* g = m_.group(e.aggregates);
            for (const Figure& f : e.figures) {
                const GroupYear& t = group_total(e.aggregates, f.year);
                if (t.coverage.with_figure == 0) continue;
                aggregate_value(e, *g, f, f.allocated, t.allocated, Measure::allocated);
                aggregate_value(e, *g, f, f.executed, t.executed, Measure::executed);
            }
        }
    }

    void aggregate_value(const Entity& e, const Group& g, const Figure& f, const Value& v, const Money& total,
                         Measure measure) {
        if (!v.is_amount() || v.amount == total) return;
        Finding x;
        x.kind = FindingKind::aggregate;
        x.year = f.year;
        x.subject = e.name;
        x.measure = std::string(to_string(measure));
        x.printed = money(v.amount);
        x.recomputed = money(total);
        x.exact = x.recomputed;
        x.difference = money(v.amount - total);
        x.printed_plain = v.amount.plain();
        x.recomputed_plain = total.plain();
        x.difference_plain = (v.amount - total).plain();
        PublishedFigure as_printed;
        as_printed.year = f.year;
        as_printed.measure = measure;
        as_printed.total_of = g.id;
        std::string who = explain_total(as_printed, soles(v.amount), soles(total));
        x.explanation = say("audit.aggregate", g.name, money(total), to_string(measure), f.year, who);
        for (const std::string& s : f.sources()) x.source += (x.source.empty() ? "" : "; ") + source_text(m_, s);
        x.where = v.where;
        r_.findings.push_back(x);
    }

    // ---- totals built on incomplete data --------------------------------------------------

    void incomplete() {
        std::set<std::pair<std::string, int>> seen;
        for (const PublishedFigure& p : m_.published) {
            if (p.total_of.empty() || !seen.insert({p.total_of, p.year}).second) continue;
            const GroupYear& t = group_total(p.total_of, p.year);
            if (t.coverage.with_figure == 0) continue;
            incomplete_total(p, t);
        }
    }

    static std::string names(const std::vector<const Entity*>& es) {
        std::string out;
        for (const Entity* e : es) out += (out.empty() ? "" : ", ") + e->id;
        return out;
    }

    void incomplete_total(const PublishedFigure& p, const GroupYear& t) {
        const Coverage& c = t.coverage;
        std::vector<std::string> parts;
        if (!c.execution_missing.empty())
            parts.push_back(say("audit.exec_missing", c.execution_missing.size(), money(c.allocated_without_executed),
                                names(c.execution_missing)));
        if (!c.allocation_missing.empty())
            parts.push_back(say("audit.alloc_missing", money(c.executed_without_allocated), c.allocation_missing.size(),
                                names(c.allocation_missing)));
        int unknown_alloc = c.allocated[static_cast<size_t>(ValueKind::unknown)] +
                            c.allocated[static_cast<size_t>(ValueKind::not_reported)];
        if (unknown_alloc > static_cast<int>(c.allocation_missing.size()))
            parts.push_back(say(unknown_alloc == 1 ? "audit.unknown_alloc_one" : "audit.unknown_alloc_many", unknown_alloc));
        if (t.partial_through)
            parts.push_back(say("audit.partial", t.partial_through->iso()));
        if (parts.empty()) return;
        Finding f;
        f.kind = FindingKind::incomplete;
        f.year = p.year;
        f.subject = say("audit.total_of", m_.group(p.total_of)->name);
        f.measure = "execution-rate";
        // Show the rate as the source printed it, when it printed one, beside the matched rate.
        const PublishedFigure* printed_rate = &p;
        for (const PublishedFigure& q : m_.published)
            if (q.total_of == p.total_of && q.year == p.year && q.measure == Measure::execution_rate) {
                printed_rate = &q;
                break;
            }
        if (printed_rate->measure == Measure::execution_rate) f.printed = percent_text(printed_rate->printed, lang_);
        std::string matched = t.matched_rate ? percent_text(round_ratio(*t.matched_rate, 2, mode_), lang_) : "n/a";
        f.recomputed = matched + " " + say("audit.matched_rate");
        f.explanation = say("audit.in_year", p.year);
        for (size_t i = 0; i < parts.size(); ++i) f.explanation += (i ? "; " : "") + parts[i];
        f.explanation += say("audit.matched_tail", count_matched(p.total_of, p.year), matched, money(t.matched_executed),
                             money(t.matched_allocated));
        f.source = source_text(m_, printed_rate->source);
        f.where = printed_rate->where;
        r_.findings.push_back(f);
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
            if (before.coverage.with_figure == 0 || after.coverage.with_figure == 0) continue;
            Money change = after.allocated - before.allocated;
            for (const Entity* e : members) {
                const Figure* f0 = e->figure(y0);
                const Figure* f1 = e->figure(y1);
                bool a0 = f0 && f0->allocated.is_amount(), a1 = f1 && f1->allocated.is_amount();
                if (a0 == a1) continue;
                const Figure* with_amount = a0 ? f0 : f1;
                const Figure* without = a0 ? f1 : f0;  // may be null: no figure that year
                int without_year = a0 ? y1 : y0;
                auto status = [&](const Figure* f) { return f ? value_text(f->allocated, lang_) : say("audit.no_figure"); };
                Money excluded;
                if (without)
                    for (const Excluded& x : without->excluded()) excluded += x.amount;
                Finding x;
                x.kind = FindingKind::comparability;
                x.year = y1;
                x.subject = e->name;
                x.measure = "change";
                x.printed = fmt::format("{}: {}; {}: {}", y0, status(f0), y1, status(f1));
                Money contribution = (a1 ? f1->allocated.amount : Money{}) - (a0 ? f0->allocated.amount : Money{});
                x.difference = money(contribution) + say("audit.part_of_change");
                auto share = percent_of(contribution, change);
                x.explanation = say("audit.comparability", y0, y1, money(change), money(with_amount->allocated.amount),
                                    with_amount->year, status(without), without_year,
                                    share ? percent_text(round_ratio(*share, 2, mode_), lang_) : std::string("n/a"),
                                    excluded.is_zero() ? std::string() : say("audit.excluded", money(excluded), without->year));
                const Figure* changed = without ? without : with_amount;  // point at the year whose status changed
                for (const std::string& s : changed->sources())
                    x.source += (x.source.empty() ? "" : "; ") + source_text(m_, s);
                x.where = changed->allocated.where;
                r_.findings.push_back(x);
            }
        }
    }

    const GroupYear& total_of_cached(const std::vector<const Entity*>& members, int year) {
        if (!m_.headline.empty()) return group_total(m_.headline, year);
        auto [it, inserted] = headline_totals_.try_emplace(year);
        if (inserted) it->second = total_of(m_, members, year, nullptr);
        return it->second;
    }

    /// A text template of the audit in the audit's language, filled with `args`.
    template <class... Args>
    std::string say(std::string_view key, Args&&... args) const {
        return fmt::format(fmt::runtime(tr(key, lang_)), std::forward<Args>(args)...);
    }
    std::string money(const Money& m) const { return money_text(m, lang_); }

    const Model& m_;
    RoundingMode mode_;
    Lang lang_;
    std::vector<int> years_;
    std::map<int, SeriesYear> series_;
    std::map<std::pair<std::string, int>, GroupYear> totals_;
    std::map<int, GroupYear> headline_totals_;
    AuditResult r_;
};

}  // namespace

AuditResult audit(const Model& m, RoundingMode mode, Lang lang) { return Auditor(m, mode, lang).run(); }

}  // namespace veedor

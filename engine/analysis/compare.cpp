#include "analysis/compare.hpp"

#include <algorithm>

namespace veedor {

void KindCounts::count(ValueKind k) {
    switch (k) {
        case ValueKind::amount: ++amount; return;
        case ValueKind::unknown: ++unknown; return;
        case ValueKind::no_specific_budget: ++no_specific_budget; return;
        case ValueKind::not_reported: ++not_reported; return;
    }
}

std::vector<int> sorted_years(const Model& m) {
    std::vector<int> ys;
    for (const YearInfo& y : m.years) ys.push_back(y.year);
    std::sort(ys.begin(), ys.end());
    return ys;
}

static std::optional<Date> partial_through(const Model& m, int year) {
    const YearInfo* y = m.year(year);
    return y ? y->executed_through : std::nullopt;
}

static Money excluded_sum(const Figure& f) {
    Money s;
    for (const Excluded& x : f.excluded()) s += x.amount;
    return s;
}

GroupYear total_of(const Model& m, const std::vector<const Entity*>& members, int year, const GroupYear* previous) {
    GroupYear t;
    t.year = year;
    t.partial_through = partial_through(m, year);
    Coverage& c = t.coverage;
    c.members = static_cast<int>(members.size());
    for (const Entity* e : members) {
        c.reporting += !e->figures.empty();
        const Figure* f = e->figure(year);
        if (!f) continue;
        ++c.with_figure;
        c.allocated.count(f->allocated.kind);
        c.executed.count(f->executed.kind);
        t.excluded += excluded_sum(*f);
        bool a = f->allocated.is_amount(), x = f->executed.is_amount();
        if (a) t.allocated += f->allocated.amount;
        if (x) t.executed += f->executed.amount;
        if (a && x) {
            t.matched_allocated += f->allocated.amount;
            t.matched_executed += f->executed.amount;
        }
        bool exec_missing = f->executed.kind == ValueKind::unknown || f->executed.kind == ValueKind::not_reported;
        bool alloc_missing = f->allocated.kind == ValueKind::unknown || f->allocated.kind == ValueKind::not_reported;
        if (a && exec_missing && !f->allocated.amount.is_zero()) {
            c.allocated_without_executed += f->allocated.amount;
            c.execution_missing.push_back(e);
        }
        if (x && alloc_missing && !f->executed.amount.is_zero()) {
            c.executed_without_allocated += f->executed.amount;
            c.allocation_missing.push_back(e);
        }
    }
    auto known = [](const KindCounts& k) { return k.amount > 0 || k.unknown + k.not_reported == 0; };
    t.allocated_known = known(c.allocated);
    t.executed_known = known(c.executed);
    if (t.allocated_known && t.executed_known) t.report_rate = percent_of(t.executed, t.allocated);
    t.matched_rate = percent_of(t.matched_executed, t.matched_allocated);
    // Across a year where only some members have a figure the change is one of coverage: n/a.
    if (previous && previous->coverage.complete() && c.complete() && previous->allocated_known && t.allocated_known) {
        t.change = t.allocated - previous->allocated;
        t.change_rate = percent_of(*t.change, previous->allocated);
    }
    return t;
}

static bool wanted(const std::vector<int>& filter, int y) {
    return filter.empty() || std::find(filter.begin(), filter.end(), y) != filter.end();
}

static std::vector<const Entity*> filtered_members(const Model& m, const std::string& group, const CompareFilter& f) {
    std::vector<const Entity*> out;
    for (const Entity* e : m.members(group)) {
        if (f.level && e->level != *f.level) continue;
        if (!f.entities.empty() && std::find(f.entities.begin(), f.entities.end(), e->id) == f.entities.end()) continue;
        out.push_back(e);
    }
    return out;
}

EntityRows::EntityRows(const Model& m, std::vector<const Entity*> members, std::vector<int> years,
                       std::vector<int> wanted)
    : model_(&m), members_(std::move(members)), years_(std::move(years)), wanted_(std::move(wanted)) {
    for (size_t i = 0; i < members_.size(); ++i)
        for (size_t j = 0; j < years_.size(); ++j) size_ += has_row(i, j);
}

bool EntityRows::has_row(size_t member, size_t year) const {
    return wanted(wanted_, years_[year]) && members_[member]->figure(years_[year]);
}

EntityYear EntityRows::row(size_t member, size_t year) const {
    const Entity* e = members_[member];
    const int y = years_[year];
    const Figure* fig = e->figure(y);
    EntityYear row;
    row.entity = e;
    row.figure = fig;
    row.year = y;
    if (fig->allocated.is_amount() && fig->executed.is_amount())
        row.rate = percent_of(fig->executed.amount, fig->allocated.amount);
    if (year > 0) {
        const Figure* prev = e->figure(years_[year - 1]);
        if (prev && prev->allocated.is_amount() && fig->allocated.is_amount()) {
            row.change = fig->allocated.amount - prev->allocated.amount;
            row.change_rate = percent_of(*row.change, prev->allocated.amount);
        }
    }
    row.partial_through = partial_through(*model_, y);
    row.excluded = excluded_sum(*fig);
    return row;
}

EntityRows::iterator EntityRows::begin() const {
    iterator it(this, 0, 0);
    it.settle();
    return it;
}

void EntityRows::iterator::settle() {
    const size_t years = rows_->years_.size();
    if (years == 0) member_ = rows_->members_.size(), year_ = 0;
    while (member_ < rows_->members_.size() && !rows_->has_row(member_, year_))
        if (++year_ == years) ++member_, year_ = 0;
}

EntityRows::iterator& EntityRows::iterator::operator++() {
    if (++year_ == rows_->years_.size()) ++member_, year_ = 0;
    settle();
    return *this;
}

static GroupComparison compare_group(const Model& m, const std::string& id, const std::string& name,
                                     const std::vector<const Entity*>& members, const CompareFilter& f) {
    std::vector<int> years = sorted_years(m);
    GroupComparison g{id, name, EntityRows(m, members, years, f.years), {}};
    std::optional<GroupYear> previous;
    for (int y : years) {
        GroupYear t = total_of(m, members, y, previous ? &*previous : nullptr);
        previous = t;
        if (t.coverage.with_figure > 0 && wanted(f.years, y)) g.totals.push_back(std::move(t));
    }
    return g;
}

std::vector<const Entity*> headline_members(const Model& m) {
    if (!m.headline.empty()) return m.members(m.headline);
    std::vector<const Entity*> out;
    for (const Entity& e : m.entities)
        if (e.kind != EntityKind::aggregate) out.push_back(&e);
    return out;
}

std::string headline_name(const Model& m) {
    const Group* headline = m.group(m.headline);
    return headline ? headline->name : "All entities";
}

/// The printed national total of a year: the one the model marks with `use`, else the one printed
/// most precisely (the first of them). docs/model-format.md, "Several sources".
const PublishedFigure* printed_total(const Model& m, int year) {
    const PublishedFigure* best = nullptr;
    for (const PublishedFigure& p : m.published) {
        if (p.year != year || p.measure != Measure::allocated || p.total_of().empty() || p.total_of() != m.headline)
            continue;
        if (p.printed.places() > 2 || p.printed.is_negative()) continue;  // not an amount of money
        if (p.use) return &p;
        if (!best || more_precise(p, *best)) best = &p;
    }
    return best;
}

std::vector<SeriesYear> national_series(const Model& m) {
    std::vector<const Entity*> members = headline_members(m);
    std::vector<SeriesYear> out;
    std::optional<GroupYear> previous;
    for (int y : sorted_years(m)) {
        const YearInfo& info = *m.year(y);
        GroupYear t = total_of(m, members, y, previous ? &*previous : nullptr);
        previous = t;
        SeriesYear s;
        s.year = y;
        s.general_budget = info.general_budget;
        s.population = info.population;
        s.partial_through = info.executed_through;
        s.members = t.coverage.reporting;
        s.with_figure = t.coverage.with_figure;
        if (t.coverage.with_figure > 0 && t.allocated_known) s.entity_sum = t.allocated;
        const PublishedFigure* printed = printed_total(m, y);
        if (s.entity_sum && !s.incomplete()) {
            s.origin = SeriesOrigin::breakdown;
            s.specific = t.allocated;
            s.executed = t.executed;
        } else if (printed) {
            s.origin = SeriesOrigin::published_total;
            s.specific = Money::from_cents(Int128(printed->printed.rescaled(2).unscaled()));
            s.printed_source = printed->source;
            s.printed = printed;
        } else if (s.entity_sum) {
            s.origin = SeriesOrigin::partial_sum;
            s.specific = t.allocated;
            s.executed = t.executed;
        }
        if (!s.specific) s.share_na = s.per_capita_na = NotAvailable::no_figure;
        else if (!s.general_budget) s.share_na = NotAvailable::no_general_budget;
        else if (!(s.share = percent_of(*s.specific, *s.general_budget))) s.share_na = NotAvailable::zero_general_budget;
        if (s.specific && !s.population) s.per_capita_na = NotAvailable::no_population;
        if (s.specific) {
            if (s.population)
                s.per_capita = Ratio::of(s.specific->cents().convert_to<BigInt>(), BigInt(*s.population) * 100);
            // A partial sum changes with its coverage, not with the budget: no change to or from it.
            bool partial = s.origin == SeriesOrigin::partial_sum;
            if (!out.empty() && out.back().specific && !partial && out.back().origin != SeriesOrigin::partial_sum) {
                s.change = *s.specific - *out.back().specific;
                s.change_rate = percent_of(*s.change, *out.back().specific);
            }
        }
        out.push_back(s);
    }
    return out;
}

Comparison compare(const Model& m, const CompareFilter& f) {
    Comparison c;
    for (const Group& g : m.groups) {
        if (!f.groups.empty() && std::find(f.groups.begin(), f.groups.end(), g.id) == f.groups.end()) continue;
        auto members = filtered_members(m, g.id, f);
        if (members.empty()) continue;
        bool filtered = f.level || !f.entities.empty();
        c.groups.push_back(compare_group(m, g.id, g.name + (filtered ? " (only the entities shown)" : ""), members, f));
    }
    // Entities in no group form their own section, so that nothing in the model goes unshown.
    std::vector<const Entity*> loose;
    for (const Entity& e : m.entities) {
        if (!e.groups.empty()) continue;
        if (f.level && e.level != *f.level) continue;
        if (!f.entities.empty() && std::find(f.entities.begin(), f.entities.end(), e.id) == f.entities.end()) continue;
        loose.push_back(&e);
    }
    if (!loose.empty() && f.groups.empty()) c.groups.push_back(compare_group(m, "", "Entities in no group", loose, f));

    c.series_name = headline_name(m);
    for (const SeriesYear& s : national_series(m))
        if (wanted(f.years, s.year)) c.series.push_back(s);
    return c;
}

}  // namespace veedor

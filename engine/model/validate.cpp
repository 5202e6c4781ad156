#include "model/validate.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace veedor {
namespace {

/// Reports the second and later uses of each id in `items`.
template <class T>
void unique_ids(const std::vector<T>& items, std::string_view what, Diagnostics& d) {
    std::map<std::string, const T*> seen;
    for (const T& x : items) {
        if (x.id.empty()) continue;
        auto [it, inserted] = seen.emplace(x.id, &x);
        if (!inserted)
            d.error(x.where, msg("validate.id-twice-" + std::string(what), x.id, it->second->where.line));
    }
}

class Validator {
public:
    Validator(const Model& m, Diagnostics& d) : m_(m), d_(d) {}

    void run() {
        unique_ids(m_.sources, "source", d_);
        unique_ids(m_.groups, "group", d_);
        unique_ids(m_.entities, "entity", d_);
        for (const Source& s : m_.sources)
            if (!s.within.empty() && !m_.source(s.within))
                d_.error(s.where, msg("validate.within-unknown", s.id, s.within));
        years();
        if (!m_.headline.empty() && !m_.group(m_.headline))
            d_.error(m_.headline_where, msg("validate.headline-undefined", m_.headline));
        for (const Entity& e : m_.entities) entity(e);
        counted_twice();
        source_cycles();
        for (const PublishedFigure& p : m_.published) published(p);
        one_used();
    }

private:
    void sources(const std::vector<std::string>& ids, const Location& where) {
        for (const std::string& id : ids)
            if (!m_.source(id)) d_.error(where, msg("validate.unknown-source", id));
    }

    bool known_year(int year, const Location& where) {
        if (year == 0) return false;
        if (m_.year(year)) return true;
        // A year the reader rejected would make every figure of that year look unlisted.
        bool all_years_read = std::none_of(m_.years.begin(), m_.years.end(), [](const YearInfo& y) { return y.year == 0; });
        if (!all_years_read) return false;
        d_.error(where, msg("validate.year-not-listed", year));
        return false;
    }

    void years() {
        std::set<int> seen;
        for (const YearInfo& y : m_.years) {
            if (y.year && !seen.insert(y.year).second)
                d_.error(y.where, msg("validate.year-twice", y.year));
            sources(y.sources, y.where);
        }
    }

    void entity(const Entity& e) {
        for (const std::string& g : e.groups)
            if (!m_.group(g)) d_.error(e.where, msg("validate.unknown-group-of", e.id, g));
        bool is_aggregate = e.kind == EntityKind::aggregate;
        if (is_aggregate && e.aggregates.empty())
            d_.error(e.where, msg("validate.aggregate-without-group", e.id));
        if (!is_aggregate && !e.aggregates.empty())
            d_.error(e.where, msg("validate.aggregates-not-aggregate", e.id));
        if (!e.aggregates.empty()) {
            if (!m_.group(e.aggregates))
                d_.error(e.where, msg("validate.aggregates-unknown", e.id, e.aggregates));
            else if (e.in_group(e.aggregates))
                d_.error(e.where, msg("validate.member-of-own-aggregate", e.id));
        }
        std::set<int> seen;
        for (const Figure& f : e.figures) {
            if (known_year(f.year, f.where) && !seen.insert(f.year).second)
                d_.error(f.where, msg("validate.two-figures", e.id, f.year));
            sources(f.sources(), f.where);
            for (const Excluded& x : f.excluded()) sources(x.sources, x.where);
            if (f.allocated.is_amount() && f.executed.is_amount() && f.executed.amount > f.allocated.amount)
                d_.warning(f.executed.where, msg("validate.executed-over-allocated", e.id, f.executed.amount.grouped(true),
                                                 f.year, f.allocated.amount.grouped(true)));
        }
    }

    /// An aggregate row stands for a group; a member of that group must not also sit beside the
    /// row in one of the row's groups, or that group's total counts it twice.
    void counted_twice() {
        for (const Entity& agg : m_.entities) {
            if (agg.aggregates.empty()) continue;
            for (const Entity* member : m_.members(agg.aggregates))
                for (const std::string& g : agg.groups)
                    if (member->in_group(g))
                        d_.error(member->where, msg("validate.counted-twice", member->id, g, agg.id));
        }
    }

    void source_cycles() {
        for (const Source& s : m_.sources) {
            const Source* at = &s;
            for (size_t steps = 0; at && !at->within.empty(); ++steps) {
                if (steps > m_.sources.size()) {
                    d_.error(s.where, msg("validate.source-loop", s.id));
                    break;
                }
                at = m_.source(at->within);
            }
        }
    }

    void published(const PublishedFigure& p) {
        if (!p.source.empty() && !m_.source(p.source)) d_.error(p.where, msg("validate.unknown-source", p.source));
        if (p.unreadable) return;  // the reader reported it
        known_year(p.year, p.where);
        if (!p.entity().empty() && !m_.entity(p.entity())) d_.error(p.where, msg("validate.unknown-entity", p.entity()));
        if (!p.total_of().empty() && !m_.group(p.total_of()))
            d_.error(p.where, msg("validate.unknown-group", p.total_of()));
    }

    /// Of the figures several sources printed for one quantity, the model uses at most one.
    void one_used() {
        std::vector<const PublishedFigure*> used;
        for (const PublishedFigure& p : m_.published) {
            if (!p.use || p.unreadable) continue;
            for (const PublishedFigure* q : used)
                if (same_printed_quantity(*q, p)) {
                    d_.error(p.where, msg("validate.uses-another", to_string(p.measure), p.year, q->where.line));
                    break;
                }
            used.push_back(&p);
        }
    }

    const Model& m_;
    Diagnostics& d_;
};

}  // namespace

void validate(const Model& m, Diagnostics& d) { Validator(m, d).run(); }

}  // namespace veedor

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
            d.error(x.where, std::string(what) + " id '" + x.id + "' is used twice (first at line " +
                                 std::to_string(it->second->where.line) + ")");
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
                d_.error(s.where, "source '" + s.id + "' is within unknown source '" + s.within + "'");
        years();
        if (!m_.headline.empty() && !m_.group(m_.headline))
            d_.error(m_.headline_where, "headline group '" + m_.headline + "' is not defined under groups");
        for (const Entity& e : m_.entities) entity(e);
        counted_twice();
        source_cycles();
        for (const PublishedFigure& p : m_.published) published(p);
        one_used();
    }

private:
    void sources(const std::vector<std::string>& ids, const Location& where) {
        for (const std::string& id : ids)
            if (!m_.source(id)) d_.error(where, "unknown source '" + id + "'");
    }

    bool known_year(int year, const Location& where) {
        if (year == 0) return false;
        if (m_.year(year)) return true;
        // A year the reader rejected would make every figure of that year look unlisted.
        bool all_years_read = std::none_of(m_.years.begin(), m_.years.end(), [](const YearInfo& y) { return y.year == 0; });
        if (!all_years_read) return false;
        d_.error(where, "year " + std::to_string(year) + " is not listed under years");
        return false;
    }

    void years() {
        std::set<int> seen;
        for (const YearInfo& y : m_.years) {
            if (y.year && !seen.insert(y.year).second)
                d_.error(y.where, "year " + std::to_string(y.year) + " is listed twice");
            sources(y.sources, y.where);
        }
    }

    void entity(const Entity& e) {
        for (const std::string& g : e.groups)
            if (!m_.group(g)) d_.error(e.where, "entity '" + e.id + "' is in unknown group '" + g + "'");
        bool is_aggregate = e.kind == EntityKind::aggregate;
        if (is_aggregate && e.aggregates.empty())
            d_.error(e.where, "entity '" + e.id + "' is an aggregate: say which group it stands for with 'aggregates'");
        if (!is_aggregate && !e.aggregates.empty())
            d_.error(e.where, "entity '" + e.id + "' has 'aggregates' but its kind is not 'aggregate'");
        if (!e.aggregates.empty()) {
            if (!m_.group(e.aggregates))
                d_.error(e.where, "entity '" + e.id + "' aggregates unknown group '" + e.aggregates + "'");
            else if (e.in_group(e.aggregates))
                d_.error(e.where, "entity '" + e.id + "' cannot be a member of the group it aggregates");
        }
        std::set<int> seen;
        for (const Figure& f : e.figures) {
            if (known_year(f.year, f.where) && !seen.insert(f.year).second)
                d_.error(f.where, "entity '" + e.id + "' has two figures for " + std::to_string(f.year));
            sources(f.sources(), f.where);
            for (const Excluded& x : f.excluded()) sources(x.sources, x.where);
            if (f.allocated.is_amount() && f.executed.is_amount() && f.executed.amount > f.allocated.amount)
                d_.warning(f.executed.where, "entity '" + e.id + "' executed " + f.executed.amount.grouped(true) +
                                                 " in " + std::to_string(f.year) + ", more than its allocation of " +
                                                 f.allocated.amount.grouped(true));
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
                        d_.error(member->where, "entity '" + member->id + "' is counted twice in group '" + g +
                                                    "': directly and through the aggregate row '" + agg.id + "'");
        }
    }

    void source_cycles() {
        for (const Source& s : m_.sources) {
            const Source* at = &s;
            for (size_t steps = 0; at && !at->within.empty(); ++steps) {
                if (steps > m_.sources.size()) {
                    d_.error(s.where, "source '" + s.id + "' is within itself (a loop of 'within')");
                    break;
                }
                at = m_.source(at->within);
            }
        }
    }

    void published(const PublishedFigure& p) {
        if (!p.source.empty() && !m_.source(p.source)) d_.error(p.where, "unknown source '" + p.source + "'");
        if (p.unreadable) return;  // the reader reported it
        known_year(p.year, p.where);
        if (!p.entity().empty() && !m_.entity(p.entity())) d_.error(p.where, "unknown entity '" + p.entity() + "'");
        if (!p.total_of().empty() && !m_.group(p.total_of()))
            d_.error(p.where, "unknown group '" + p.total_of() + "'");
    }

    /// Of the figures several sources printed for one quantity, the model uses at most one.
    void one_used() {
        std::vector<const PublishedFigure*> used;
        for (const PublishedFigure& p : m_.published) {
            if (!p.use || p.unreadable) continue;
            for (const PublishedFigure* q : used)
                if (same_printed_quantity(*q, p)) {
                    d_.error(p.where, "the model already uses another printed " + std::string(to_string(p.measure)) +
                                          " for " + std::to_string(p.year) + " (line " + std::to_string(q->where.line) +
                                          "); mark one figure with 'use'");
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

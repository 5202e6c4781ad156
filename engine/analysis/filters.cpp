#include "analysis/filters.hpp"

#include <algorithm>

namespace veedor {

namespace {

template <class T>
bool named(const std::vector<T>& list, const T& x) {
    return list.empty() || std::find(list.begin(), list.end(), x) != list.end();
}

bool selects(const CompareFilter& f, const Model& m, const Subject& s) {
    switch (s.kind) {
        case Subject::Kind::entity: {
            const Entity* e = m.entity(s.id);
            return e && selects_entity(f, *e);
        }
        case Subject::Kind::group_total: return f.entities.empty() && !f.level && named(f.groups, s.id);
        case Subject::Kind::general_budget: return f.entities.empty() && !f.level && f.groups.empty();
    }
    return false;
}

}  // namespace

bool selects_year(const CompareFilter& f, int y) { return named(f.years, y); }

bool selects_entity(const CompareFilter& f, const Entity& e) {
    if (!named(f.entities, e.id) || (f.level && e.level != *f.level)) return false;
    return f.groups.empty() || std::any_of(f.groups.begin(), f.groups.end(), [&](const std::string& g) { return e.in_group(g); });
}

Model restricted_model(const Model& m, const CompareFilter& f) {
    Model r = m;
    std::erase_if(r.years, [&](const YearInfo& y) { return !selects_year(f, y.year); });
    std::erase_if(r.entities, [&](const Entity& e) { return !selects_entity(f, e); });
    for (Entity& e : r.entities) std::erase_if(e.figures, [&](const Figure& x) { return !selects_year(f, x.year); });
    const bool whole_groups = f.entities.empty() && !f.level;
    std::erase_if(r.published, [&](const PublishedFigure& p) {
        if (!selects_year(f, p.year)) return true;
        if (!p.entity().empty()) return r.entity(p.entity()) == nullptr;
        if (!p.total_of().empty()) return !whole_groups || !named(f.groups, p.total_of());
        return !whole_groups || !f.groups.empty();
    });
    return r;
}

AuditResult restricted_audit(const AuditResult& r, const Model& m, const CompareFilter& f) {
    AuditResult out;
    out.mode = r.mode;
    for (const Check& c : r.checks)
        if (selects_year(f, c.printed->year) && selects(f, m, c.subject)) out.checks.push_back(c);
    for (const Finding& x : r.findings)
        if (selects_year(f, x.year) && selects(f, m, x.subject)) out.findings.push_back(x);
    return out;
}

}  // namespace veedor

#include "scenario/scope_reconciliation.hpp"

#include <algorithm>
#include <stdexcept>

namespace veedor {

namespace {

/// Per need, the horizon total of its part that already ran: the line evaluated with its quantity
/// held at existing-quantity every year, capped year by year at the line itself (the same unit
/// cost and prices, so the cap is the cap on the quantity). The whole line without existing-quantity.
std::vector<Money> existing_parts(const Projector& projector, const Projection& central) {
    const Scenario& s = projector.scenario();
    Scenario held = s;
    for (Need& n : held.needs) {
        if (!n.scope || !n.scope->existing_quantity) continue;
        PerYear constant;
        for (int y : s.horizon()) {
            Number q;
            q.dist.shape = Distribution::Fixed{*n.scope->existing_quantity};
            constant.quantities.emplace_back(y, q);
        }
        n.quantity = std::move(constant);
    }
    const Projection at_existing = Projector(held).evaluate(projector.central_values());
    std::vector<Money> out(s.needs.size());
    for (size_t k = 0; k < s.needs.size(); ++k) {
        const Need& n = s.needs[k];
        if (!n.scope || n.scope->service != ScopeService::existing) continue;
        for (size_t y = 0; y < central.years.size(); ++y) {
            const Money& line = central.years[y].need_by_line[k];
            const Money& held_line = at_existing.years[y].need_by_line[k];
            out[k] += n.scope->existing_quantity ? std::min(line, held_line) : line;
        }
    }
    return out;
}

/// The last model year before the horizon in which some entity has an allocated amount.
int share_year(const Scenario& s) {
    int best = 0;
    for (const Entity& e : s.model.entities)
        for (const Figure& f : e.figures)
            if (e.kind != EntityKind::aggregate && f.allocated.is_amount() && f.year < s.from) best = std::max(best, f.year);
    return best;
}

}  // namespace

std::optional<ScopeReconciliation> reconcile_scopes(const Projector& projector, const Projection& central) {
    const Scenario& s = projector.scenario();
    if (std::none_of(s.needs.begin(), s.needs.end(), [](const Need& n) { return n.scope.has_value(); }))
        return std::nullopt;
    if (!central.details) throw std::logic_error("reconcile_scopes needs the per-line figures of the central case");
    ScopeReconciliation r;
    const std::vector<Money> existing = existing_parts(projector, central);
    std::vector<std::string> in_scope_entities;
    for (size_t k = 0; k < s.needs.size(); ++k) {
        const Need& n = s.needs[k];
        const Money line = central.cumulative.need_by_line[k];
        r.need_total += line;
        if (n.scope && n.scope->budget == ScopeBudget::outside) {
            r.need_outside += line;
            r.outside_lines.push_back(n.id);
            continue;
        }
        in_scope_entities.push_back(n.entity);
        if (n.scope && n.scope->service == ScopeService::existing) {
            r.need_existing += existing[k];
            r.existing_lines.push_back(n.id);
        }
        if (n.scope)
            for (const std::string& other : n.scope->overlaps_with) r.overlaps.emplace_back(n.id, other);
    }
    r.need_in_scope = r.need_total - r.need_outside;
    r.need_increment = r.need_in_scope - r.need_existing;
    r.funded_total = central.cumulative.funded;
    r.share_year = share_year(s);
    if (r.share_year != 0) {
        for (const Entity& e : s.model.entities) {
            const Figure* f = e.figure(r.share_year);
            if (e.kind == EntityKind::aggregate || !f || !f->allocated.is_amount()) continue;
            const bool matched = std::find(in_scope_entities.begin(), in_scope_entities.end(), e.id) != in_scope_entities.end();
            r.allocated_all += f->allocated.amount;
            if (matched) r.allocated_matching += f->allocated.amount;
            (matched ? r.matched_entities : r.unmatched_entities).push_back(e.id);
        }
    }
    // The funding of the matched sectors: the total funded × their share of share_year's
    // allocations, rounded half-up to the céntimo once, on the horizon total (docs/numerics.md).
    r.funded_matching = r.allocated_all.is_zero() || r.allocated_all.is_negative()
                            ? r.funded_total
                            : Money::from_raw(mul_div_round(r.funded_total.raw(), r.allocated_matching.raw(),
                                                            r.allocated_all.raw()));
    r.funded_unmatched = r.funded_total - r.funded_matching;
    return r;
}

}  // namespace veedor

#pragma once
/// The gap like for like (docs/methodology.md, "Scopes"): from the total costed need to the need
/// inside the specific budget's scope and its increment over existing services, and from the total
/// funding to the funding of the sectors that carry a need line. Central case, horizon totals,
/// current soles. Only for a scenario whose needs declare a scope (opt-in).

#include "core/money.hpp"
#include "scenario/projection.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace veedor {

struct ScopeReconciliation {
    Money need_total;      ///< every need line
    Money need_outside;    ///< lines paid by a budget the specific one excludes (budget: outside)
    Money need_in_scope;   ///< need_total - need_outside
    Money need_existing;   ///< the part of the in-scope lines that already ran before the horizon
    Money need_increment;  ///< need_in_scope - need_existing
    Money funded_total;
    Money funded_unmatched;  ///< the share of the funding of sectors with no in-scope need line
    Money funded_matching;   ///< funded_total - funded_unmatched
    /// The year whose allocations split the funding among sectors (the last before the horizon
    /// with entity allocations), and the sectors' allocations that year: those with an in-scope
    /// need line, and all. share_year 0: no such year, and all the funding counts as matching.
    int share_year = 0;
    Money allocated_matching, allocated_all;
    std::vector<std::string> outside_lines, existing_lines;      ///< need ids
    std::vector<std::string> matched_entities, unmatched_entities;  ///< entity ids with an allocation in share_year
    std::vector<std::pair<std::string, std::string>> overlaps;      ///< (need, need it overlaps with)

    Money gap_total() const { return need_total - funded_total; }
    /// The specific budget against the need inside its scope.
    Money gap_in_scope() const { return need_in_scope - funded_matching; }
};

/// Nothing when no need declares a scope. `central` is the projector's central case, with details.
/// A need without a scope counts as paid by the specific budget and new.
std::optional<ScopeReconciliation> reconcile_scopes(const Projector& projector, const Projection& central);

}  // namespace veedor

#pragma once
/// The reconciliation of a scenario's gap like for like (scenario/scope_reconciliation.hpp) as a
/// table: for people (terminal, Markdown, the brief) or machines (CSV, JSON).

#include "core/rounding.hpp"
#include "scenario/simulation.hpp"
#include "text/format.hpp"
#include "text/table.hpp"

namespace veedor {

/// The machine keys of the table's lines, in order (CSV column `line`, JSON `line`).
inline constexpr std::array<std::string_view, 10> scope_line_keys = {
    "need_total",       "need_outside",   "need_in_scope",   "need_existing", "need_increment",
    "funded_total",     "funded_unmatched", "funded_matching", "gap_total",     "gap_in_scope"};

/// The reconciliation table of `run` (which has `scopes`): from the total need to the need in
/// scope and its increment over existing services, from the total funding to the matching
/// funding, and the two gaps; for people with notes saying how the funding is split and which
/// lines may serve the same people.
Table scope_table(const SimulationRun& run, const Presentation& p, const Style& s);

}  // namespace veedor

#pragma once
/// The brief's sensitivity table: what moves the featured scenario's two horizon gaps most, the
/// funding gap (need - funded) and the spending gap (need - expected executed), side by side
/// (docs/methodology.md, "Sensitivity").

#include "core/rounding.hpp"
#include "report/document.hpp"
#include "scenario/simulation.hpp"

namespace veedor {

/// How many inputs of each ranking the brief shows: the table holds every input among the first
/// `brief_sensitivity_rows` of either ranking.
inline constexpr size_t brief_sensitivity_rows = 5;

/// The table: each input's swing of both gaps, the inputs ordered by the larger of their two
/// swings (largest first; ties in the funding ranking's order). Empty (no rows) without uncertain inputs.
Table brief_sensitivity_table(const SimulationRun& run, Lang l);

}  // namespace veedor

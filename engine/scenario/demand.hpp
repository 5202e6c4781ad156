#pragma once
/// Demand series and the quantities they drive (docs/scenario-format.md, "Demand").

#include "scenario/scenario.hpp"

#include <cstdint>
#include <vector>

namespace veedor {

/// The level of `demand` in each of `years` (micro units), given the values of the uncertain
/// numbers: the base in base-year, then each year the level before × (1 + growth/100), rounded
/// half-up to a micro unit. Years before base-year hold the base. An InputError located at the
/// series if a level passes 9.2 × 10^12 units.
std::vector<std::int64_t> demand_levels(const Demand& demand, const std::vector<int>& years,
                                        const std::vector<std::int64_t>& values);

/// A need's quantity driven by demand: level × per-unit, rounded half-up to a micro unit.
std::int64_t driven_quantity(std::int64_t level_micro, std::int64_t per_unit_micro, const Location& where);

}  // namespace veedor

#pragma once
/// Correlated uncertain numbers (docs/scenario-format.md, "Correlated inputs"; docs/methodology.md).
///
/// A correlation group is a one-factor Gaussian copula: each member's uniform draw u_i is mapped
/// to a standard normal e_i, mixed with the group's common factor z as
/// x_i = sqrt(rho) z + sqrt(1 - rho) e_i, and mapped back to a uniform by Phi; the member's
/// distribution then takes its quantile there as before. Every pair of members has latent (normal)
/// correlation rho, each member keeps its own distribution, and rho = 1 is a shared driver.
/// The draws of a trial come from that trial's stream alone, so they do not depend on threads.

#include "core/diagnostics.hpp"
#include "scenario/scenario.hpp"

#include <cstdint>
#include <vector>

namespace veedor {

/// Resolves each group's member labels to Scenario::params indices; reports a label that names
/// no uncertain number, names more than one, or is already in a group. Run after collect_params.
void resolve_correlations(Scenario& s, Diagnostics& d);

/// One trial's values of every uncertain number (Scenario::params order). Without correlation
/// groups this draws exactly what Distribution::sample does, one uniform per number in order;
/// the groups' common factors are drawn after them, one uniform per group.
void draw_values(const Scenario& s, RandomStream& stream, std::vector<std::int64_t>& values);

}  // namespace veedor

#pragma once
/// Simulating scenarios: for each, the central case, the Monte Carlo (when trials are asked for)
/// and the sensitivity ranking. The one driver `simulate`, `plot` and `report` share; the writers,
/// the charts and the brief read its result.

#include "scenario/montecarlo.hpp"
#include "scenario/scope_reconciliation.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace veedor {

struct SimulationRun {
    const Scenario* scenario = nullptr;
    Projection central;
    std::optional<MonteCarloResult> monte_carlo;
    std::vector<SensitivityRow> sensitivity;           ///< ranked by the funding gap's swing
    std::vector<SensitivityRow> spending_sensitivity;  ///< the same inputs, ranked by the spending gap's
    std::optional<ScopeReconciliation> scopes;         ///< the gap like for like, when needs declare scopes
};

/// How scenarios are run. Trials and seed, when given, override each scenario's own.
struct SimulationOptions {
    std::optional<long> trials;
    std::optional<std::uint64_t> seed;
    int threads = 0;  ///< 0: all cores; the results do not depend on it
    /// Told how a scenario's trials advance (done of total), for a progress display; may be empty.
    std::function<void(const Scenario&, long done, long total)> progress;
};

/// What simulating gave: a run per scenario, pointing into the scenarios, or why none could be.
struct Simulation {
    std::vector<SimulationRun> runs;
    Message problem;  ///< "FILE: Monte Carlo trials need a seed (…)"; no key on success
};

/// Simulates every scenario in order. Trials without a seed are a problem, said before any
/// trial runs; errors in the input found while projecting are thrown as the project's error.
[[nodiscard]] Simulation simulate_all(const std::vector<Scenario>& scenarios, const SimulationOptions& o);

}  // namespace veedor

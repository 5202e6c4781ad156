#include "scenario/simulation.hpp"

#include <algorithm>
#include <thread>

namespace veedor {

Simulation simulate_all(const std::vector<Scenario>& scenarios, const SimulationOptions& o) {
    Simulation result;
    for (const Scenario& s : scenarios)
        if (o.trials.value_or(s.trials.value_or(0)) > 0 && !o.seed && !s.seed) {
            result.problem = msg("sim.needs-seed", s.file);
            return result;
        }
    int threads = o.threads > 0 ? o.threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    for (const Scenario& s : scenarios) {
        Projector projector(s);
        SimulationRun run;
        run.scenario = &s;
        run.central = projector.evaluate(projector.central_values());
        run.scopes = reconcile_scopes(projector, run.central);
        long trials = o.trials.value_or(s.trials.value_or(0));
        if (trials > 0) {
            MonteCarloOptions mc{trials, *(o.seed ? o.seed : s.seed), threads, nullptr};
            if (o.progress) mc.progress = [&](long done, long total) { o.progress(s, done, total); };
            run.monte_carlo = run_monte_carlo(projector, mc);
        }
        run.sensitivity = sensitivity(projector);
        run.spending_sensitivity = ranked_by(run.sensitivity, SensitivityTarget::gap_executed);
        result.runs.push_back(std::move(run));
    }
    return result;
}

}  // namespace veedor

// veedor simulate SCENARIO...: funding, expected execution, need and gap, with Monte Carlo.
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/exit_codes.hpp"
#include "cli/progress.hpp"
#include "io/scenario_reader.hpp"
#include "io/simulate_writer.hpp"
#include "io/table.hpp"

#include <CLI/CLI.hpp>

#include <memory>
#include <ostream>
#include <thread>

namespace veedor {

namespace {

struct SimulateArgs {
    std::vector<std::string> scenarios;
    OutputOptions output;
    std::optional<long> trials;
    std::optional<std::uint64_t> seed;
    int threads = 0;
    long max_trials = 10'000'000;
};

int run_simulate(const SimulateArgs& a, std::ostream& out, std::ostream& err) {
    // Load every scenario first, so that all their problems are reported in one run.
    std::vector<Scenario> scenarios;
    bool invalid = false;
    for (const std::string& path : a.scenarios) {
        Diagnostics d;
        Scenario s = load_scenario(path, d, ScenarioLimits{a.max_trials});
        for (const Diagnostic& x : d.sorted()) err << terminal_safe(x.str()) << "\n";
        if (d.has_errors()) {
            err << path << ": " << d.error_count() << (d.error_count() == 1 ? " error" : " errors") << "\n";
            invalid = true;
        }
        scenarios.push_back(std::move(s));
    }
    if (invalid) {
        err << "nothing was written\n";
        return exit_code::invalid_input;
    }
    if (a.trials && (*a.trials < 1 || *a.trials > a.max_trials)) {
        err << "veedor: --trials must be between 1 and " << a.max_trials << "\n";
        return exit_code::usage;
    }

    int threads = a.threads > 0 ? a.threads : std::max(1u, std::thread::hardware_concurrency());
    std::vector<SimulationRun> runs;
    for (const Scenario& s : scenarios) {
        Projector projector(s);
        SimulationRun run;
        run.scenario = &s;
        run.central = projector.evaluate(projector.central_values());
        long trials = a.trials.value_or(s.trials.value_or(0));
        if (trials > 0) {
            std::optional<std::uint64_t> seed = a.seed ? a.seed : s.seed;
            if (!seed) {
                err << "veedor: " << s.file << ": Monte Carlo trials need a seed (--seed or monte-carlo: seed)\n";
                return exit_code::usage;
            }
            ProgressBar bar(err, "simulating " + s.file);
            MonteCarloOptions o{trials, *seed, threads, nullptr};
            if (bar.enabled()) o.progress = [&bar](long done, long total) { bar.update(done, total); };
            run.monte_carlo = run_monte_carlo(projector, o);
        }
        run.sensitivity = sensitivity(projector);
        runs.push_back(std::move(run));
    }

    Presentation p = a.output.presentation();
    std::string stdout_text;
    const std::string& f = a.output.format;
    if (f == "table") stdout_text = terminal_safe_text(simulation_text(runs, p));
    else if (f == "md") stdout_text = simulation_markdown(runs, p);
    else if (f == "json") stdout_text = simulation_json(runs, p);
    else stdout_text = render_csv(simulation_csv_tables(runs, p).front().table);

    std::vector<OutputFile> files;
    if (!a.output.out_dir.empty()) {
        const std::string dir = a.output.out_dir + "/";
        for (const NamedTable& t : simulation_csv_tables(runs, p))
            files.push_back({dir + t.name + ".csv", render_csv(t.table)});
        files.push_back({dir + "simulate.json", simulation_json(runs, p)});
        files.push_back({dir + "simulate.md", simulation_markdown(runs, p)});
    }
    std::vector<std::string> inputs = a.scenarios;
    for (const Scenario& s : scenarios) inputs.push_back(s.model_path);
    return emit(stdout_text, files, inputs, out, err);
}

}  // namespace

void add_simulate_command(CLI::App& app, Action& action) {
    auto args = std::make_shared<SimulateArgs>();
    CLI::App* cmd = app.add_subcommand("simulate", "Project funding scenarios: funded, expected executed, need, gap");
    cmd->add_option("scenarios", args->scenarios, "Scenario files (YAML); several are shown side by side")->required();
    cmd->add_option("-n,--trials", args->trials, "Monte Carlo trials (overrides the scenario's)");
    cmd->add_option("-s,--seed", args->seed, "Seed of the random streams (overrides the scenario's)");
    cmd->add_option("-j,--threads", args->threads, "Threads for the trials (default: all cores); results do not "
                                                   "depend on it")
        ->check(CLI::Range(0, 1024));
    cmd->add_option("--max-trials", args->max_trials, "Largest number of trials accepted")->capture_default_str();
    add_output_options(*cmd, args->output);
    cmd->footer("With --format csv the terminal gets the yearly table; --out writes simulate-*.csv, simulate.json "
                "and simulate.md.");
    cmd->callback([&action, args] {
        action = [args](std::ostream& out, std::ostream& err) { return run_simulate(*args, out, err); };
    });
}

}  // namespace veedor

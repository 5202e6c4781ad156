// veedor simulate SCENARIO...: funding, expected execution, need and gap, with Monte Carlo.
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/exit_codes.hpp"
#include "cli/number_option.hpp"
#include "readers/scenario_reader.hpp"
#include "text/table.hpp"
#include "writers/simulate_writer.hpp"

#include <CLI/CLI.hpp>

#include <memory>
#include <ostream>
#include <thread>

namespace veedor {

namespace {

struct SimulateArgs {
    std::vector<std::string> scenarios;
    std::string baseline;  ///< --baseline: empty for the first scenario
    OutputOptions output;
    RunOptions run;
};

int run_simulate(const SimulateArgs& a, std::ostream& out, std::ostream& err) {
    // Load every scenario first, so that all their problems are reported in one run.
    read_texts_in(a.output.people().lang);
    auto loaded = load_scenarios_reporting(a.scenarios, a.run.max_trials, err);
    if (!loaded) return exit_code::invalid_input;
    std::vector<Scenario>& scenarios = *loaded;
    std::optional<size_t> baseline = baseline_index(scenarios, a.baseline, err);
    if (!baseline) return exit_code::usage;
    const size_t b = *baseline;

    auto simulated = simulate_reporting(scenarios, a.run, err);
    if (!simulated) return exit_code::usage;
    std::vector<SimulationRun>& runs = *simulated;

    Presentation p = a.output.presentation();
    const Style people = a.output.people();
    auto render = [&](const std::string& f, size_t width) {
        if (f == "table") return terminal_safe_text(simulation_text(runs, p, people, width, b));
        if (f == "md") return simulation_markdown(runs, p, people, b);
        if (f == "json") return simulation_json(runs, p, b);
        return render_csv(simulation_csv_tables(runs, p, b).front().table);
    };
    auto folder = [&](const std::string& dir) {
        std::vector<OutputFile> files;
        for (const NamedTable& t : simulation_csv_tables(runs, p, b)) files.push_back({dir + t.name + ".csv", render_csv(t.table)});
        files.push_back({dir + "simulate.json", simulation_json(runs, p, b)});
        files.push_back({dir + "simulate.md", simulation_markdown(runs, p, people, b)});
        return files;
    };
    std::vector<std::string> inputs = a.scenarios;
    for (const Scenario& s : scenarios) inputs.push_back(s.model_path);
    return emit_outputs(a.output, render, folder, inputs, out, err);
}

}  // namespace

void add_simulate_command(CLI::App& app, Action& action) {
    auto args = std::make_shared<SimulateArgs>();
    CLI::App* cmd = app.add_subcommand("simulate", "Project funding scenarios: funded, expected executed, need, gap");
    cmd->add_option("scenarios", args->scenarios, "Scenario files (YAML); several are shown side by side")->required();
    cmd->add_option("--baseline", args->baseline,
                    "With several scenarios, the one the others are compared against: its file or its name "
                    "without folder and .yaml (default: the first)");
    add_run_options(*cmd, args->run);
    add_number_option(*cmd, "--max-trials", args->run.max_trials, {1, 1'000'000'000}, "Largest number of trials accepted");
    add_output_options(*cmd, args->output);
    set_footer(*cmd,
               "With --format csv the terminal gets the yearly table; -o DIR writes simulate-*.csv, simulate.json "
               "and simulate.md into DIR (simulate-compare.csv with several scenarios).",
               {"veedor simulate scenarios/peru/costed-needs.yaml",
                "veedor simulate scenarios/peru/bill-2017-flat.yaml scenarios/peru/restore-2015.yaml --trials 1000 --seed 7 "
                "--baseline restore-2015",
                "veedor simulate scenarios/peru/costed-needs.yaml -o simulate.json"});
    cmd->callback([&action, args] {
        action = [args](std::ostream& out, std::ostream& err) { return run_simulate(*args, out, err); };
    });
}

}  // namespace veedor

// veedor plot MODEL|SCENARIO... --out DIR: the charts, as gnuplot scripts, data and images.
#include "charts.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/exit_codes.hpp"
#include "cli/draw.hpp"
#include "readers/model_reader.hpp"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <memory>
#include <ostream>

namespace veedor {

namespace {

struct PlotArgs {
    std::vector<std::string> inputs;
    std::string out_dir;
    std::string lang = "en";
    bool pdf = false;
    RunOptions run;
};

std::string stem(const std::string& path) { return std::filesystem::path(path).stem().string(); }

int run_plot(const PlotArgs& a, std::ostream& out, std::ostream& err) {
    std::vector<std::string> models, scenario_paths;
    for (const std::string& in : a.inputs) (is_scenario_file(in) ? scenario_paths : models).push_back(in);
    std::vector<Model> loaded_models;
    bool invalid = false;
    for (const std::string& path : models) {
        auto m = load_model_reporting(path, err);
        if (m) loaded_models.push_back(std::move(*m));
        else invalid = true;
    }
    auto scenarios = load_scenarios_reporting(scenario_paths, 10'000'000, err);
    if (invalid || !scenarios) return exit_code::invalid_input;
    auto runs = simulate_all(*scenarios, a.run, err);
    if (!runs) return exit_code::usage;

    ChartStyle style;
    style.lang = *parse_lang(a.lang);
    style.pdf = a.pdf;
    std::vector<Chart> charts;
    for (const Model& m : loaded_models) {
        style.source = m.title + " (" + m.file + "); " + std::string(tr("made_with", style.lang));
        for (Chart& c : model_charts(m, style)) charts.push_back(std::move(c));
    }
    for (const SimulationRun& r : *runs) {
        style.source = r.scenario->title + " (" + r.scenario->file + "); " + std::string(tr("made_with", style.lang));
        for (Chart& c : scenario_charts(r, stem(r.scenario->file), style)) charts.push_back(std::move(c));
    }

    std::vector<std::string> inputs = a.inputs;
    for (const Scenario& s : *scenarios) inputs.push_back(s.model_path);
    return write_and_draw(charts, a.out_dir, inputs, out, err);
}

}  // namespace

void add_plot_command(CLI::App& app, Action& action) {
    auto args = std::make_shared<PlotArgs>();
    CLI::App* cmd = app.add_subcommand("plot", "Draw the charts of models and scenarios with gnuplot (PNG, SVG)");
    cmd->add_option("inputs", args->inputs, "Models and scenarios (YAML); each file's 'format' says which")->required();
    cmd->add_option("-o,--out", args->out_dir, "Folder for the scripts, data and images")->required();
    cmd->add_option("--lang", args->lang, "Language of titles and labels: en or es")
        ->check(CLI::IsMember({"en", "es"}))
        ->capture_default_str();
    cmd->add_flag("--pdf", args->pdf, "Also draw PDF (not byte-reproducible: cairo stamps the date)");
    add_run_options(*cmd, args->run);
    cmd->footer("Each chart NAME gets NAME.gp, NAME.dat, NAME.png and NAME.svg; `cd DIR && gnuplot NAME.gp` redraws "
                "it. Exit code 5 when gnuplot is missing (the scripts and data are still written).");
    cmd->callback([&action, args] {
        action = [args](std::ostream& out, std::ostream& err) { return run_plot(*args, out, err); };
    });
}

}  // namespace veedor

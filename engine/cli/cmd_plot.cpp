// veedor plot MODEL|SCENARIO... --out DIR: the charts, as gnuplot scripts, data and images.
#include "analysis/filters.hpp"
#include "plots/charts.hpp"
#include "plots/charts_compare.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "readers/scenario_reader.hpp"
#include "cli/exit_codes.hpp"
#include "cli/draw.hpp"
#include "cli/filter_options.hpp"
#include "readers/model_reader.hpp"
#include "scenario/track.hpp"

#include <CLI/CLI.hpp>

#include <memory>
#include <ostream>

namespace veedor {

namespace {

struct PlotArgs {
    std::vector<std::string> inputs;
    std::string out_dir;
    std::string lang = "en";
    std::string baseline;  ///< --baseline: empty for the first scenario
    std::string actual;    ///< --actual: a model with actual figures; empty: the first scenario's own
    bool pdf = false;
    RunOptions run;
    FilterOptions filter;
};

int run_plot(const PlotArgs& a, std::ostream& out, std::ostream& err) {
    std::vector<std::string> models, scenario_paths;
    for (const std::string& in : a.inputs) (is_scenario_file(in) ? scenario_paths : models).push_back(in);
    read_texts_in(*parse_lang(a.lang));
    std::vector<Model> loaded_models;
    bool invalid = false;
    for (const std::string& path : models) {
        auto m = load_model_reporting(path, err);
        if (!m) {
            invalid = true;
            continue;
        }
        auto filter = resolve_filter(a.filter, *m, "plot", err);
        if (!filter) return exit_code::usage;
        loaded_models.push_back(restricted_model(*m, *filter));
    }
    auto scenarios = load_scenarios_reporting(scenario_paths, default_max_trials, err);
    std::optional<Model> actual;
    if (!a.actual.empty()) actual = load_model_reporting(a.actual, err);
    if (invalid || !scenarios || (!a.actual.empty() && !actual)) return exit_code::invalid_input;
    std::optional<size_t> baseline = baseline_index(*scenarios, a.baseline, err);
    if (!baseline) return exit_code::usage;
    auto runs = simulate_reporting(*scenarios, a.run, err);
    if (!runs) return exit_code::usage;

    ChartStyle style;
    style.lang = *parse_lang(a.lang);
    style.pdf = a.pdf;
    std::vector<Chart> charts;
    for (size_t i = 0; i < loaded_models.size(); ++i) {
        const Model& m = loaded_models[i];
        style.source = chart_source(m, style.lang);
        style.name_suffix = i == 0 ? "" : "-" + std::to_string(i + 1);
        for (Chart& c : model_charts(m, style)) charts.push_back(std::move(c));
    }
    style.name_suffix.clear();
    std::vector<std::string> stems = scenario_stems(*runs);
    for (size_t i = 0; i < runs->size(); ++i) {
        const SimulationRun& r = (*runs)[i];
        style.source = chart_source(r.scenario->model, style.lang);
        for (Chart& c : scenario_charts(r, stems[i], style)) charts.push_back(std::move(c));
    }
    // Several scenarios: their funding paths on one chart, with the actual years of --actual (or
    // of the model the first scenario projects, which has none in its horizon unless extended).
    if (runs->size() > 1) {
        const Model& with_actuals = actual ? *actual : runs->front().scenario->model;
        style.source = chart_source(with_actuals, style.lang);
        charts.push_back(overlay_chart(*runs, *baseline, track(*runs, with_actuals), style));
    }

    std::vector<std::string> inputs = a.inputs;
    for (const Scenario& s : *scenarios) inputs.push_back(s.model_path);
    if (!a.actual.empty()) inputs.push_back(a.actual);
    std::vector<OutputFile> files;
    int drawn = draw_charts(charts, a.out_dir, files, err);
    if (drawn == exit_code::output_failed) return drawn;
    int rc = emit("", files, inputs, out, err);
    return rc != exit_code::ok ? rc : drawn;
}

}  // namespace

void add_plot_command(CLI::App& app, Action& action) {
    auto args = std::make_shared<PlotArgs>();
    CLI::App* cmd = app.add_subcommand("plot", "Draw the charts of models and scenarios with gnuplot (PNG, SVG)");
    cmd->add_option("inputs", args->inputs, "Models and scenarios (YAML); each file's 'format' says which")->required();
    cmd->add_option("-o,--out", args->out_dir, "Folder for the scripts, data and images")->required();
    cmd->add_option("--lang", args->lang, "Language of titles and labels: en or es")
        ->transform(CLI::IsMember({"en", "es"}, CLI::ignore_case))
        ->capture_default_str();
    cmd->add_option("--baseline", args->baseline,
                    "With several scenarios, whose need the overlay draws: its file or its name without folder "
                    "and .yaml (default: the first)");
    cmd->add_option("--actual", args->actual,
                    "Model with the actual figures the overlay of several scenarios shows as points");
    cmd->add_flag("--pdf", args->pdf, "Also draw PDF (not byte-reproducible: cairo stamps the date)");
    add_run_options(*cmd, args->run);
    add_filter_options(*cmd, args->filter);
    set_footer(*cmd,
               "Each chart NAME gets NAME.gp, NAME.dat, NAME.png and NAME.svg; `cd DIR && gnuplot NAME.gp` redraws "
               "it. With several scenarios, 9-scenarios-overlay draws their funding paths together. The filters "
               "apply to the models' charts. Exit code 5 when gnuplot is missing (the scripts and "
               "data are still written).",
               {"veedor plot scenarios/peru/model.yaml --out charts",
                "veedor plot scenarios/peru/model.yaml --from 2015 --entity MININTER --out charts-mininter",
                "veedor plot scenarios/peru/bill-2017-flat.yaml scenarios/peru/restore-2015.yaml --actual "
                "scenarios/after-the-report.yaml --trials 200 --seed 7 --lang es --out charts-es"});
    cmd->callback([&action, args] {
        action = [args](std::ostream& out, std::ostream& err) { return run_plot(*args, out, err); };
    });
}

}  // namespace veedor

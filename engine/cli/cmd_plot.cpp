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
#include "cli/style_option.hpp"
#include "core/enum_names.hpp"
#include "readers/model_reader.hpp"
#include "scenario/track.hpp"
#include "text/file_names.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <memory>
#include <ostream>
#include <set>

namespace veedor {

namespace {

struct PlotArgs {
    std::vector<std::string> inputs;
    std::string out_dir;
    std::string lang = "en";
    std::string baseline;  ///< --baseline: empty for the first scenario
    std::string actual;    ///< --actual: a model with actual figures; empty: the first scenario's own
    bool pdf = false;
    std::string numbers = "mef";
    std::string style;
    RunOptions run;
    FilterOptions filter;
};

/// File names for the charts of one entity or group over the years. Ids are unique in a model, but
/// their file names need not be ("MININTER" and "mininter" both give 9-entity-mininter), and a
/// run never writes one file twice (docs/hostile-input.md): a later name that is taken gets -2, -3...
class OverTheYearsNames {
public:
    /// What to append to file_slug(name) so that the chart's name is new in this run.
    std::string suffix(const std::string& name, const std::string& model_suffix) {
        const std::string base = file_slug(name) + model_suffix;
        std::string taken = base;
        for (int k = 2; !used_.insert(taken).second; ++k) taken = base + "-" + std::to_string(k);
        return taken.substr(base.size() - model_suffix.size());
    }

private:
    std::set<std::string> used_;
};

int run_plot(const PlotArgs& a, std::ostream& out, std::ostream& err) {
    std::vector<std::string> models, scenario_paths;
    for (const std::string& in : a.inputs) (is_scenario_file(in) ? scenario_paths : models).push_back(in);
    read_texts_in(*parse_lang(a.lang));
    ChartStyle style;
    bool invalid = !read_style(a.style, style, err);  // and the models' problems too, in the same run
    std::vector<Model> loaded_models;
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

    style.lang = *parse_lang(a.lang);
    style.pdf = a.pdf;
    style.numbers = *parse_name<NumberStyle>(a.numbers);
    std::vector<Chart> charts;
    OverTheYearsNames over_the_years;
    for (size_t i = 0; i < loaded_models.size(); ++i) {
        const Model& m = loaded_models[i];
        const std::string model_suffix = i == 0 ? "" : "-" + std::to_string(i + 1);
        style.source = chart_source(m, style.lang);
        style.name_suffix = model_suffix;
        for (Chart& c : model_charts(m, style)) charts.push_back(std::move(c));
        // One entity or group over the years, for each named (the filters already hold them to the years asked).
        for (const std::string& id : a.filter.entities)
            if (const Entity* e = m.entity(id)) {
                style.name_suffix = over_the_years.suffix("9-entity-" + e->id, model_suffix);
                charts.push_back(entity_chart(m, *e, style));
            }
        if (!a.filter.groups.empty())
            for (const GroupComparison& g : compare(m).groups)
                if (std::find(a.filter.groups.begin(), a.filter.groups.end(), g.id) != a.filter.groups.end()) {
                    style.name_suffix = over_the_years.suffix("10-group-" + g.id, model_suffix);
                    charts.push_back(group_chart(m, g, style));
                }
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
    if (!a.style.empty()) inputs.push_back(a.style);  // a theme is an input: never overwritten
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
    non_empty_path(cmd->add_option("-o,--out", args->out_dir, "Folder for the scripts, data and images"))->required();
    cmd->add_option("--lang", args->lang, "Language of titles and labels: en or es")
        ->transform(CLI::IsMember({"en", "es"}, CLI::ignore_case))
        ->capture_default_str();
    cmd->add_option("--baseline", args->baseline,
                    "With several scenarios, whose need the overlay draws: its file or its name without folder "
                    "and .yaml (default: the first)");
    cmd->add_option("--actual", args->actual,
                    "Model with the actual figures the overlay of several scenarios shows as points");
    cmd->add_flag("--pdf", args->pdf, "Also draw PDF (not byte-reproducible: cairo stamps the date)");
    cmd->add_option("--numbers", args->numbers,
                    "How value labels write amounts: mef (S/ 18.1 MM in Spanish) or si (S/ 18,1 millones)")
        ->transform(CLI::IsMember(name_strings<NumberStyle>(), CLI::ignore_case))
        ->capture_default_str();
    add_style_option(*cmd, args->style);
    add_run_options(*cmd, args->run);
    add_filter_options(*cmd, args->filter);
    set_footer(*cmd,
               "Each chart NAME gets NAME.gp, NAME.dat, NAME.png and NAME.svg; `cd DIR && gnuplot NAME.gp` redraws "
               "it. With several scenarios, 11-scenarios-overlay draws their funding paths together. The filters "
               "apply to the models' charts; with --entity or --group, each one named also gets a chart of its own "
               "over the years. Exit code 5 when gnuplot is missing (the scripts and data are still written).",
               {"veedor plot scenarios/peru/model.yaml --out charts",
                "veedor plot scenarios/peru/model.yaml --year 2015..2016 --entity MININTER --lang es --out charts-mininter",
                "veedor plot scenarios/peru/bill-2017-flat.yaml scenarios/peru/restore-2015.yaml --actual "
                "scenarios/after-the-report.yaml --trials 200 --seed 7 --lang es --out charts-es"});
    cmd->callback([&action, args] {
        action = [args](std::ostream& out, std::ostream& err) { return run_plot(*args, out, err); };
    });
}

}  // namespace veedor

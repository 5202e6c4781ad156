// veedor track SCENARIO... [--actual MODEL]: the plan against what happened, with PEFA PI-1 and PI-2.
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/draw.hpp"
#include "plots/charts_track.hpp"
#include "cli/exit_codes.hpp"
#include "scenario/track.hpp"
#include "text/table.hpp"
#include "writers/track_writer.hpp"

#include <CLI/CLI.hpp>

#include <memory>
#include <ostream>

namespace veedor {

namespace {

struct TrackArgs {
    std::vector<std::string> scenarios;
    std::string actual;  ///< a model with the actual figures; empty: each scenario's own model
    OutputOptions output;
    RunOptions run;
};

int run_track(const TrackArgs& a, std::ostream& out, std::ostream& err) {
    const Lang lang = chosen_lang(a.output.lang);
    read_texts_in(lang);
    auto loaded = load_scenarios_reporting(a.scenarios, a.run.max_trials, err);
    std::optional<Model> actual;
    if (!a.actual.empty()) actual = load_model_reporting(a.actual, err);
    if (!loaded || (!a.actual.empty() && !actual)) return exit_code::invalid_input;
    std::vector<Scenario>& scenarios = *loaded;
    const Model& first = actual ? *actual : scenarios.front().model;
    TrackSource src{actual ? a.actual : scenarios.front().model_path, first.title};
    // One set of actuals for all: the PEFA scores and the head name one model.
    for (const Scenario& s : scenarios) {
        if (!actual && s.model_path != src.model_file) {
            err << say("cli.track-models-differ", terminal_safe(src.model_file), terminal_safe(s.model_path)) << "\n";
            return exit_code::usage;
        }
    }

    auto simulated = simulate_reporting(scenarios, a.run, err);
    if (!simulated) return exit_code::usage;
    std::vector<SimulationRun>& runs = *simulated;

    // Without --actual every scenario is tracked against the one model they share (and its layers).
    Tracking tracking = track(runs, first);

    Presentation p = a.output.presentation();
    std::string stdout_text;
    const std::string& f = a.output.format;
    if (f == "table") stdout_text = terminal_safe_text(track_text(tracking, src, p, lang));
    else if (f == "md") stdout_text = track_markdown(tracking, src, p, lang);
    else if (f == "json") stdout_text = track_json(tracking, src, p);
    else stdout_text = render_csv(track_csv_tables(tracking, p).front().table);

    std::vector<OutputFile> files;
    int drawn = exit_code::ok;
    if (!a.output.out_dir.empty()) {
        const std::string dir = a.output.out_dir + "/";
        for (const NamedTable& t : track_csv_tables(tracking, p)) files.push_back({dir + t.name + ".csv", render_csv(t.table)});
        files.push_back({dir + "track.json", track_json(tracking, src, p)});
        files.push_back({dir + "track.md", track_markdown(tracking, src, p, lang)});
        ChartStyle style;
        style.lang = lang;
        style.source = src.model_title + "; " + std::string(tr("made_with", lang));
        if (auto chart = track_chart(tracking, style)) drawn = draw_charts({*chart}, a.output.out_dir, files, err);
        if (drawn == exit_code::output_failed) return drawn;
    }
    std::vector<std::string> inputs = a.scenarios;
    inputs.push_back(src.model_file);
    int rc = emit(stdout_text, files, inputs, out, err);
    return rc != exit_code::ok ? rc : drawn;
}

}  // namespace

void add_track_command(CLI::App& app, Action& action) {
    auto args = std::make_shared<TrackArgs>();
    CLI::App* cmd = app.add_subcommand("track", "The plan against what happened: each scenario beside the actual "
                                                "allocation and execution, with PEFA PI-1 and PI-2");
    cmd->add_option("scenarios", args->scenarios, "Scenario files (YAML)")->required();
    cmd->add_option("--actual", args->actual, "Model with the actual figures (default: the scenarios' own model)");
    add_run_options(*cmd, args->run);
    add_output_options(*cmd, args->output);
    set_footer(*cmd,
               "With --format csv the terminal gets the yearly table; --out DIR writes track-years.csv, "
               "track-pefa.csv, track.json, track.md and the chart 8-plan-vs-actual into DIR.",
               {"veedor track scenarios/peru/costed-needs.yaml --actual scenarios/after-the-report.yaml",
                "veedor track scenarios/peru/bill-2017-flat.yaml scenarios/peru/costed-needs.yaml --actual scenarios/after-the-report.yaml --lang es",
                "veedor track scenarios/peru/costed-needs.yaml --actual scenarios/after-the-report.yaml --format md"});
    cmd->callback([&action, args] {
        action = [args](std::ostream& out, std::ostream& err) { return run_track(*args, out, err); };
    });
}

}  // namespace veedor

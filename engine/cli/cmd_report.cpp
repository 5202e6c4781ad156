// veedor report MODEL [SCENARIO...] --lang es|en --out DIR: the shareable brief (HTML, Markdown).
#include "analysis/audit.hpp"
#include "plots/charts.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "readers/scenario_reader.hpp"
#include "cli/draw.hpp"
#include "cli/exit_codes.hpp"
#include "text/table.hpp"
#include "report/brief.hpp"

#include <CLI/CLI.hpp>

#include <memory>
#include <ostream>

namespace veedor {

namespace {

struct ReportArgs {
    std::string model;
    std::vector<std::string> scenarios;
    std::string out_dir;
    std::string lang = "es";
    OutputOptions output;
    RunOptions run;
};

/// The SVG at `path` among `files`, without its XML declaration; empty when none was drawn.
std::string drawn_svg(const std::vector<OutputFile>& files, const std::string& path) {
    std::string svg;
    for (const OutputFile& f : files)
        if (f.path == path) svg = f.content;
    auto start = svg.find("<svg");  // drop the XML declaration: the SVG goes inside HTML
    return start == std::string::npos ? std::string() : svg.substr(start);
}

int run_report(const ReportArgs& a, std::ostream& out, std::ostream& err) {
    if (is_scenario_file(a.model)) {
        err << "veedor: " << terminal_safe(a.model) << " is a scenario; the first file of `report` is the model\n";
        return exit_code::usage;
    }
    read_texts_in(*parse_lang(a.lang));
    auto m = load_model_reporting(a.model, err);
    auto scenarios = load_scenarios_reporting(a.scenarios, default_max_trials, err);
    if (!m || !scenarios) return exit_code::invalid_input;
    auto runs = simulate_reporting(*scenarios, a.run, err);
    if (!runs) return exit_code::usage;

    Lang lang = *parse_lang(a.lang);
    Presentation p = a.output.presentation();
    AuditResult findings = audit(*m, p.mode);

    ChartStyle style;
    style.lang = lang;
    style.source = m->title + "; " + std::string(tr("made_with", lang));
    std::vector<Chart> charts = model_charts(*m, style);
    std::vector<std::string> stems = scenario_stems(*runs);
    for (size_t i = 0; i < runs->size(); ++i) {
        const SimulationRun& r = (*runs)[i];
        style.source = r.scenario->title + "; " + std::string(tr("made_with", lang));
        for (Chart& c : scenario_charts(r, stems[i], style)) charts.push_back(std::move(c));
    }
    std::vector<std::string> inputs = a.scenarios;
    inputs.push_back(a.model);
    const std::string chart_dir = a.out_dir + "/charts";
    // Charts and brief are written together in one pass, after everything is drawn.
    std::vector<OutputFile> files;
    int drawn = draw_charts(charts, chart_dir, files, err);
    if (drawn == exit_code::output_failed) return drawn;

    std::vector<BriefChart> brief_charts;
    for (const Chart& c : charts)
        brief_charts.push_back({c.title, drawn_svg(files, chart_dir + "/" + c.name + ".svg"), "charts/" + c.name + ".svg"});
    Document d = build_brief(*m, findings, *runs, brief_charts, lang, p);
    files.push_back({a.out_dir + "/brief.html", render_html(d)});
    files.push_back({a.out_dir + "/brief.md", render_markdown(d)});
    int rc = emit("", files, inputs, out, err);
    if (rc == exit_code::ok) out << "The brief is in " << terminal_safe(a.out_dir) << "/brief.html (and brief.md)\n";
    return rc != exit_code::ok ? rc : drawn;
}

}  // namespace

void add_report_command(CLI::App& app, Action& action) {
    auto args = std::make_shared<ReportArgs>();
    CLI::App* cmd = app.add_subcommand("report", "Write the shareable brief: one self-contained HTML file and Markdown");
    cmd->add_option("model", args->model, "The model (YAML)")->required();
    cmd->add_option("scenarios", args->scenarios, "Scenarios (YAML) shown side by side");
    cmd->add_option("-o,--out", args->out_dir, "Folder for brief.html, brief.md and charts/")->required();
    cmd->add_option("--lang", args->lang, "Language: es (default) or en")
        ->check(CLI::IsMember({"en", "es"}))
        ->capture_default_str();
    cmd->add_option("--rounding", args->output.rounding, "half-up, half-even or toward-zero")
        ->check(CLI::IsMember(name_strings<RoundingMode>()))
        ->capture_default_str();
    add_run_options(*cmd, args->run);
    cmd->callback([&action, args] {
        action = [args](std::ostream& out, std::ostream& err) { return run_report(*args, out, err); };
    });
}

}  // namespace veedor

// veedor report MODEL [SCENARIO...] --lang es|en --out DIR: the shareable brief (HTML, Markdown).
#include "analysis/audit.hpp"
#include "charts.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/draw.hpp"
#include "cli/exit_codes.hpp"
#include "report/brief.hpp"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <fstream>
#include <memory>
#include <ostream>
#include <sstream>

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

std::string read_svg(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    if (!in) return {};
    std::stringstream s;
    s << in.rdbuf();
    std::string svg = s.str();
    auto start = svg.find("<svg");  // drop the XML declaration: the SVG goes inside HTML
    return start == std::string::npos ? std::string() : svg.substr(start);
}

int run_report(const ReportArgs& a, std::ostream& out, std::ostream& err) {
    if (is_scenario_file(a.model)) {
        err << "veedor: " << a.model << " is a scenario; the first file of `report` is the model\n";
        return exit_code::usage;
    }
    auto m = load_model_reporting(a.model, err);
    auto scenarios = load_scenarios_reporting(a.scenarios, 10'000'000, err);
    if (!m || !scenarios) return exit_code::invalid_input;
    auto runs = simulate_all(*scenarios, a.run, err);
    if (!runs) return exit_code::usage;

    Lang lang = *parse_lang(a.lang);
    Presentation p = a.output.presentation();
    AuditResult findings = audit(*m, p.mode);

    ChartStyle style;
    style.lang = lang;
    style.source = m->title + "; " + std::string(tr("made_with", lang));
    std::vector<Chart> charts = model_charts(*m, style);
    for (const SimulationRun& r : *runs) {
        style.source = r.scenario->title + "; " + std::string(tr("made_with", lang));
        for (Chart& c : scenario_charts(r, std::filesystem::path(r.scenario->file).stem().string(), style))
            charts.push_back(std::move(c));
    }
    std::vector<std::string> inputs = a.scenarios;
    inputs.push_back(a.model);
    const std::string chart_dir = a.out_dir + "/charts";
    int drawn = write_and_draw(charts, chart_dir, inputs, out, err);
    if (drawn == exit_code::output_failed) return drawn;

    std::vector<BriefChart> brief_charts;
    for (const Chart& c : charts)
        brief_charts.push_back({c.title, drawn == exit_code::ok ? read_svg(chart_dir + "/" + c.name + ".svg") : "",
                                "charts/" + c.name + ".svg"});
    Document d = build_brief(*m, findings, *runs, brief_charts, lang, p);
    std::vector<OutputFile> files = {{a.out_dir + "/brief.html", render_html(d)},
                                     {a.out_dir + "/brief.md", render_markdown(d)}};
    int rc = emit("", files, inputs, out, err);
    if (rc == exit_code::ok) out << "The brief is in " << a.out_dir << "/brief.html (and brief.md)\n";
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
        ->check(CLI::IsMember({"half-up", "half-even", "toward-zero"}))
        ->capture_default_str();
    add_run_options(*cmd, args->run);
    cmd->callback([&action, args] {
        action = [args](std::ostream& out, std::ostream& err) { return run_report(*args, out, err); };
    });
}

}  // namespace veedor

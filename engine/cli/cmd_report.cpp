// veedor report MODEL [SCENARIO...] --lang es|en --out DIR: the shareable brief (HTML, Markdown).
#include "analysis/audit.hpp"
#include "analysis/filters.hpp"
#include "plots/charts.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "readers/scenario_reader.hpp"
#include "cli/draw.hpp"
#include "cli/filter_options.hpp"
#include "cli/style_option.hpp"
#include "cli/exit_codes.hpp"
#include "cli/number_option.hpp"
#include "cli/pdf_print.hpp"
#include "text/table.hpp"
#include "report/brief.hpp"
#include "report/brief_track.hpp"
#include "plots/charts_track.hpp"
#include "plots/charts_compare.hpp"
#include "scenario/track.hpp"

#include <CLI/CLI.hpp>

#include <memory>
#include <ostream>

namespace veedor {

namespace {

struct ReportArgs {
    std::string model;
    std::vector<std::string> scenarios;
    std::string baseline;  ///< --baseline: empty for the first scenario
    std::string out_dir;
    std::string lang = "es";
    std::string style;
    OutputOptions output;
    RunOptions run;
    FilterOptions filter;
    bool pdf = false;         ///< --pdf: also OUT/brief.pdf, printed by headless Chromium
    int pdf_timeout = 120;    ///< --pdf-timeout: seconds Chromium may take
};

/// Appends OUT/brief.pdf, printed from `html`, to `files`. Returns ok, missing_tool (no Chromium:
/// said on `err`, the brief is written all the same) or output_failed (Chromium failed or timed
/// out: said on `err`, and the caller writes nothing).
int add_pdf(const ReportArgs& a, const std::string& html, std::vector<OutputFile>& files, std::ostream& err) {
    std::string chromium = find_chromium();
    if (chromium.empty()) {
        err << say("pdf.no-chromium", terminal_safe(a.out_dir)) << "\n";
        return exit_code::missing_tool;
    }
    PrintedPdf printed = print_pdf(chromium, html, a.pdf_timeout);
    if (printed.problem) {
        err << "veedor: " << terminal_safe(message_text(*printed.problem, messages_lang())) << say("cli.nothing-written-after") << "\n";
        return exit_code::output_failed;
    }
    files.push_back({a.out_dir + "/brief.pdf", std::move(printed.bytes), true});
    return exit_code::ok;
}

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
        err << say("cli.report-scenario-first", terminal_safe(a.model)) << "\n";
        return exit_code::usage;
    }
    read_texts_in(*parse_lang(a.lang));
    auto whole = load_model_reporting(a.model, err);
    auto scenarios = load_scenarios_reporting(a.scenarios, default_max_trials, err);
    ChartStyle style;  // the brief's charts in the user's theme, as `plot --style` draws them
    bool styled = read_style(a.style, style, err);
    if (!whole || !scenarios || !styled) return exit_code::invalid_input;
    std::optional<size_t> baseline = baseline_index(*scenarios, a.baseline, err);
    if (!baseline) return exit_code::usage;
    auto filter = resolve_filter(a.filter, *whole, "report", err);
    if (!filter) return exit_code::usage;
    // The audit reads the whole model (a printed total needs all its members), then keeps what the
    // filters name; the charts and tables show the filtered model.
    const Model filtered = restricted_model(*whole, *filter);
    const Model* m = &filtered;
    auto runs = simulate_reporting(*scenarios, a.run, err);
    if (!runs) return exit_code::usage;

    Lang lang = *parse_lang(a.lang);
    Presentation p = a.output.presentation();
    AuditResult findings = restricted_audit(audit(*whole, p.mode), *whole, *filter);

    style.lang = lang;
    style.mode = p.mode;  // the charts round as the tables do
    style.source = chart_source(*m, lang);
    std::vector<Chart> charts = model_charts(*m, style);
    std::vector<std::string> chart_scenario(charts.size());  // the scenario file each chart draws
    std::vector<std::string> stems = scenario_stems(*runs);
    for (size_t i = 0; i < runs->size(); ++i) {
        const SimulationRun& r = (*runs)[i];
        style.source = chart_source(r.scenario->model, lang);  // the figures' sources, not the scenario's title
        for (Chart& c : scenario_charts(r, stems[i], style)) {
            charts.push_back(std::move(c));
            chart_scenario.push_back(r.scenario->file);
        }
    }
    // The plan against actual, when the model has figures for some horizon year (report/brief_track).
    Tracking tracking = track(*runs, *m);
    // Several scenarios: their funding paths together against the baseline's need, the model's
    // actual years as points; shown in the brief with the model's charts.
    if (runs->size() > 1) {
        style.source = chart_source(*m, lang);
        charts.push_back(overlay_chart(*runs, *baseline, tracking, style));
        chart_scenario.push_back("");
    }
    if (has_actuals(tracking))
        if (auto c = track_chart(tracking, style)) charts.push_back(std::move(*c));
    std::vector<std::string> inputs = a.scenarios;
    inputs.push_back(a.model);
    if (!a.style.empty()) inputs.push_back(a.style);  // a theme is an input: never overwritten
    const std::string chart_dir = a.out_dir + "/charts";
    // Charts and brief are written together in one pass, after everything is drawn.
    std::vector<OutputFile> files;
    int drawn = draw_charts(charts, chart_dir, files, err);
    if (drawn == exit_code::output_failed) return drawn;

    std::vector<BriefChart> brief_charts;
    // The plan-against-actual chart, if drawn, is the last one and has its own section (below).
    for (size_t i = 0; i < chart_scenario.size(); ++i) {
        const Chart& c = charts[i];
        brief_charts.push_back({c.title, drawn_svg(files, chart_dir + "/" + c.name + ".svg"), "charts/" + c.name + ".svg",
                                chart_scenario[i]});
    }
    Document d = build_brief(*m, findings, *runs, brief_charts, lang, p, *baseline);
    if (has_actuals(tracking))
        add_track_section(d, tracking, drawn_svg(files, chart_dir + "/8-plan-vs-actual.svg"),
                          "charts/8-plan-vs-actual.svg", p, featured_run(*runs));
    files.push_back({a.out_dir + "/brief.html", render_html(d)});
    files.push_back({a.out_dir + "/brief.md", render_markdown(d)});
    int printed = a.pdf ? add_pdf(a, files[files.size() - 2].content, files, err) : exit_code::ok;
    if (printed == exit_code::output_failed) return printed;
    int rc = emit("", files, inputs, out, err);
    if (rc == exit_code::ok)
        out << say("cli.brief-is-in", terminal_safe(a.out_dir), a.pdf && printed == exit_code::ok ? ", brief.pdf" : "")
            << "\n";
    if (rc != exit_code::ok) return rc;
    return drawn != exit_code::ok ? drawn : printed;
}

}  // namespace

void add_report_command(CLI::App& app, Action& action) {
    auto args = std::make_shared<ReportArgs>();
    CLI::App* cmd = app.add_subcommand("report", "Write the shareable brief: one self-contained HTML file and Markdown");
    cmd->add_option("model", args->model, "The model (YAML)")->required();
    cmd->add_option("scenarios", args->scenarios, "Scenarios (YAML) shown side by side");
    cmd->add_option("--baseline", args->baseline,
                    "With several scenarios, the one the brief compares the others against, year by year: its file "
                    "or its name without folder and .yaml (default: the first)");
    non_empty_path(cmd->add_option("-o,--out", args->out_dir, "Folder for brief.html, brief.md, charts/ (and brief.pdf)"))
        ->required();
    cmd->add_option("--lang", args->lang, "Language: es (default) or en")
        ->transform(CLI::IsMember({"en", "es"}, CLI::ignore_case))
        ->capture_default_str();
    cmd->add_option("--rounding", args->output.rounding, name_list<RoundingMode>())
        ->transform(CLI::IsMember(name_strings<RoundingMode>(), CLI::ignore_case))
        ->capture_default_str();
    cmd->add_flag("--pdf", args->pdf, "Also write brief.pdf (A4), printed by headless Chromium (exit 5 without it)");
    add_number_option(*cmd, "--pdf-timeout", args->pdf_timeout, {1, 3600},
                      "Seconds Chromium may take to print the PDF (default 120); then nothing is written");
    add_style_option(*cmd, args->style);
    add_run_options(*cmd, args->run);
    add_filter_options(*cmd, args->filter);
    set_footer(*cmd, "The filters apply to the model's tables, charts and audit findings.",
               {"veedor report scenarios/peru/model.yaml --out brief",
                "veedor report scenarios/peru/model.yaml scenarios/peru/costed-needs.yaml --lang en --out brief-en",
                "veedor report scenarios/peru/model.yaml --year 2016 --out brief-2016"});
    cmd->callback([&action, args] {
        action = [args](std::ostream& out, std::ostream& err) { return run_report(*args, out, err); };
    });
}

}  // namespace veedor

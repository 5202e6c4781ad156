#include "cli/common.hpp"

#include "yaml/yaml_fields.hpp"

#include "cli/exit_codes.hpp"
#include "cli/number_option.hpp"
#include "cli/progress.hpp"
#include "readers/model_reader.hpp"
#include "readers/scenario_reader.hpp"
#include "scenario/scenario_rules.hpp"
#include "text/file_names.hpp"
#include "text/table.hpp"
#include "writers/compare_writer.hpp"
#include "yaml/yaml_tree.hpp"

#include <CLI/CLI.hpp>

#include <memory>

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <limits>
#include <ostream>
#include <thread>

#include <sys/ioctl.h>
#include <unistd.h>

namespace veedor {

YamlLimits& input_limits() {
    static YamlLimits limits;
    return limits;
}

Presentation OutputOptions::presentation() const {
    Presentation p;
    p.mode = *parse_rounding_mode(rounding);
    p.percent_places = percent_places;
    p.share_places = share_places;
    p.per_capita_places = per_capita_places;
    return p;
}

size_t OutputOptions::table_width() const {
    if (wide) return 0;
    if (const char* columns = std::getenv("COLUMNS")) {  // as ls and git read it
        NumberRead n = read_plain_number(columns, {20, 100000});
        if (n.value) return static_cast<size_t>(*n.value);
    }
    winsize w{};
    if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &w) == 0 && w.ws_col >= 20) return w.ws_col;
    return 0;
}

Lang chosen_lang(const std::string& lang_option) {
    return lang_option.empty() ? lang_from_environment() : *parse_lang(lang_option);
}

Lang& messages_lang() {
    static Lang lang = Lang::en;
    return lang;
}

void print_diagnostics(const Diagnostics& d, std::ostream& err) {
    for (const Diagnostic& x : d.sorted()) err << terminal_safe(diagnostic_text(x, messages_lang())) << "\n";
}

std::string counts_text(const Diagnostics& d, bool with_warnings) {
    std::string text = say(d.error_count() == 1 ? "cli.errors-one" : "cli.errors-many", d.error_count());
    if (with_warnings)
        text += ", " + say(d.warning_count() == 1 ? "cli.warnings-one" : "cli.warnings-many", d.warning_count());
    return text;
}

void read_texts_in(Lang l) {
    TextLanguage& t = text_language();
    t.code = std::string(code(l));
    t.fallback_mark = [l](std::string_view given) {
        return " " + trf("text.fallback", l, tr("lang." + std::string(given), l));
    };
}

Style OutputOptions::people() const {
    return Style{Style::people, chosen_lang(lang), *parse_name<NumberStyle>(numbers)};
}

void add_lang_option(CLI::App& cmd, std::string& lang) {
    cmd.add_option("--lang", lang,
                   "Language of the outputs for people: es or en (default: the locale's, from LC_ALL, LC_MESSAGES "
                   "or LANG; English when none names Spanish)")
        ->transform(CLI::IsMember({"es", "en"}, CLI::ignore_case));
}

CLI::Option* non_empty_path(CLI::Option* option) {
    return option->check(CLI::Validator(
        [](std::string& value) { return value.empty() ? say("cli.empty-path") : std::string(); }, "", "non-empty"));
}

void add_output_options(CLI::App& cmd, OutputOptions& o) {
    cmd.add_option("-f,--format", o.format, "Output on the terminal: " + name_list<OutputFormat>())
        ->transform(CLI::IsMember(name_strings<OutputFormat>(), CLI::ignore_case))
        ->capture_default_str();
    non_empty_path(cmd.add_option("-o,--out", o.out_dir,
                                  "FILE.csv, .json, .md or .txt: write that one file instead of the terminal's output; "
                                  "any other name: a folder that also gets every format (CSV, JSON, Markdown)"));
    cmd.add_option("--rounding", o.rounding, "Rounding of presented figures: " + name_list<RoundingMode>())
        ->transform(CLI::IsMember(name_strings<RoundingMode>(), CLI::ignore_case))
        ->capture_default_str();
    add_number_option(cmd, "--percent-places", o.percent_places, {0, 12}, "Decimal places of rates and changes in %");
    add_number_option(cmd, "--share-places", o.share_places, {0, 12}, "Decimal places of shares of the general budget (in %)");
    add_number_option(cmd, "--per-capita-places", o.per_capita_places, {0, 12}, "Decimal places of soles per person");
    add_lang_option(cmd, o.lang);
    cmd.add_option("--numbers", o.numbers,
                   "How numbers are written for people: mef (14,163,523.00, as the MEF and the report) or si "
                   "(14 163 523,00 in Spanish)")
        ->transform(CLI::IsMember(name_strings<NumberStyle>(), CLI::ignore_case))
        ->capture_default_str();
    cmd.add_flag("--wide", o.wide,
                 "Tables as wide as their longest name; by default a table on a terminal (or COLUMNS wide) "
                 "shortens names to fit");
}

void set_footer(CLI::App& cmd, const std::string& note, const std::vector<std::string>& examples) {
    std::string text = note.empty() ? "" : note + "\n\n";
    text += "Examples:";
    for (const std::string& e : examples) text += "\n  " + e;
    cmd.footer(text);
}

void warn_partial_headlines(const Model& m, Diagnostics& d) {
    const std::string name = headline_name(m);
    Style people = Style::human;
    people.lang = messages_lang();  // the warning is a message on stderr: in the run's language
    for (const SeriesYear& y : national_series(m))
        if (std::string w = headline_warning(y, name, people); !w.empty()) d.warning(m.year(y.year)->where, msg("cli.year-headline", w));
}

std::optional<Model> load_model_reporting(const std::string& path, std::ostream& err) {
    Diagnostics d;
    Model m = load_model(path, d, input_limits());
    if (!d.has_errors()) warn_partial_headlines(m, d);
    print_diagnostics(d, err);
    if (d.has_errors()) {
        err << path << ": " << counts_text(d) << say("cli.nothing-written-after") << "\n";
        return std::nullopt;
    }
    return m;
}

bool is_scenario_file(const std::string& path) {
    // A scenario file is one that parses and whose first 'format' says so. The parse stops at a
    // 'format' that does not (the answer is no, whatever follows), and keeps no entities: asking
    // costs a model little.
    Diagnostics ignored;
    bool seen = false, scenario = false;
    YamlHooks hooks{"entities", [](YamlNode&&) {}, [&](const YamlNode& k, const YamlNode& v) {
                        if (seen || k.text != "format") return true;
                        seen = true;
                        scenario = v.text.rfind("veedor-scenario/", 0) == 0;
                        return scenario;
                    }};
    YamlNode root = parse_yaml_file(path, ignored, {}, &hooks);
    return scenario && !root.is_null();
}

std::optional<std::vector<Scenario>> load_scenarios_reporting(const std::vector<std::string>& paths, long max_trials,
                                                              std::ostream& err) {
    std::vector<Scenario> scenarios;
    bool invalid = false;
    for (const std::string& path : paths) {
        Diagnostics d;
        Scenario s = load_scenario(path, d, ScenarioLimits{max_trials, input_limits()});
        Style people = Style::human;
        people.lang = messages_lang();  // a message on stderr: in the run's language
        if (!d.has_errors())
            for (const ModelBase& b : model_bases(s))
                if (std::string w = headline_warning(b.figure, headline_name(s.model), people); !w.empty())
                    d.warning(b.where, msg("cli.field-headline", b.field, w));
        print_diagnostics(d, err);
        if (d.has_errors()) {
            err << path << ": " << counts_text(d, false) << "\n";
            invalid = true;
        }
        scenarios.push_back(std::move(s));
    }
    if (invalid) {
        err << say("cli.nothing-written") << "\n";
        return std::nullopt;
    }
    return scenarios;
}

void add_run_options(CLI::App& cmd, RunOptions& o) {
    add_number_option(cmd, "-n,--trials", o.trials, {0, std::numeric_limits<long>::max()},
                      "Monte Carlo trials (overrides the scenario's; at most --max-trials)");
    add_number_option(cmd, "-s,--seed", o.seed, {0, std::numeric_limits<std::uint64_t>::max()},
                      "Seed of the random streams (overrides the scenario's)");
    add_number_option(cmd, "-j,--threads", o.threads, {0, 1024},
                      "Threads for the trials (default 0: all cores); results do not depend on it");
}

std::optional<std::vector<SimulationRun>> simulate_reporting(const std::vector<Scenario>& scenarios, const RunOptions& o,
                                                             std::ostream& err) {
    if (o.trials && *o.trials > o.max_trials) {
        err << say("cli.trials-out-of-range", *o.trials, o.max_trials) << "\n";
        return std::nullopt;
    }
    // One bar a scenario, made when its trials start and closed when the next one's do.
    std::unique_ptr<ProgressBar> bar;
    const Scenario* shown = nullptr;
    SimulationOptions so{o.trials, o.seed, o.threads, nullptr};
    so.progress = [&](const Scenario& s, long done, long total) {
        if (shown != &s) bar = std::make_unique<ProgressBar>(err, say("cli.simulating", s.file)), shown = &s;
        if (bar->enabled()) bar->update(done, total);
    };
    Simulation sim = simulate_all(scenarios, so);
    bar.reset();
    if (!sim.problem.key.empty()) {
        err << "veedor: " << message_text(sim.problem, messages_lang()) << "\n";
        return std::nullopt;
    }
    return std::move(sim.runs);
}

int emit(const std::string& stdout_text, const std::vector<OutputFile>& files, const std::vector<std::string>& inputs,
         std::ostream& out, std::ostream& err) {
    if (!files.empty()) {
        if (std::optional<Message> problem = write_outputs(files, inputs)) {
            err << "veedor: " << message_text(*problem, messages_lang()) << "\n";
            return exit_code::output_failed;
        }
    }
    out << stdout_text;
    out.flush();
    for (const OutputFile& f : files) err << say("cli.wrote", f.path) << "\n";
    return exit_code::ok;
}

std::optional<std::string> out_file_format(const std::string& path) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) return std::nullopt;
    std::string ext = std::filesystem::path(path).extension().string();
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (ext == ".csv" || ext == ".json" || ext == ".md") return ext.substr(1);
    if (ext == ".txt") return "table";
    return std::nullopt;
}

int emit_outputs(const OutputOptions& o, const RenderFormat& render, const RenderFolder& folder,
                 const std::vector<std::string>& inputs, std::ostream& out, std::ostream& err) {
    if (o.out_dir.empty()) return emit(render(o.format, o.table_width()), {}, inputs, out, err);
    if (std::optional<std::string> f = out_file_format(o.out_dir))
        return emit("", {{o.out_dir, render(*f, 0)}}, inputs, out, err);
    return emit(render(o.format, o.table_width()), folder(o.out_dir + "/"), inputs, out, err);
}

std::vector<std::string> scenario_stems(const std::vector<SimulationRun>& runs) {
    std::vector<std::string> stems;
    for (const SimulationRun& r : runs) stems.push_back(std::filesystem::path(r.scenario->file).stem().string());
    return unique_slugs(stems);
}

std::optional<size_t> baseline_index(const std::vector<Scenario>& scenarios, const std::string& given,
                                     std::ostream& err) {
    if (given.empty()) return 0;
    std::vector<size_t> found;
    for (size_t i = 0; i < scenarios.size(); ++i)
        if (scenarios[i].file == given || std::filesystem::path(scenarios[i].file).stem().string() == given)
            found.push_back(i);
    if (found.size() == 1) return found.front();
    std::string names;
    for (const Scenario& s : scenarios) names += (names.empty() ? "" : ", ") + s.file;
    err << "error: "
        << message_text(messages_lang(), found.empty() ? "cli.baseline-none" : "cli.baseline-several",
                        terminal_safe(given), terminal_safe(names))
        << "\n";
    return std::nullopt;
}

}  // namespace veedor

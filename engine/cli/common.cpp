#include "cli/common.hpp"

#include "cli/exit_codes.hpp"
#include "cli/progress.hpp"
#include "io/compare_writer.hpp"
#include "io/model_reader.hpp"
#include "io/scenario_reader.hpp"
#include "io/table.hpp"
#include "io/yaml_tree.hpp"
#include "scenario/scenario_rules.hpp"

#include <CLI/CLI.hpp>

#include <ostream>
#include <thread>

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

void add_output_options(CLI::App& cmd, OutputOptions& o) {
    cmd.add_option("-f,--format", o.format, "Output on the terminal: table, csv, json or md")
        ->check(CLI::IsMember({"table", "csv", "json", "md"}))
        ->capture_default_str();
    cmd.add_option("-o,--out", o.out_dir, "Also write every format (CSV, JSON, Markdown) into this folder");
    cmd.add_option("--rounding", o.rounding, "Rounding of presented figures: half-up, half-even or toward-zero")
        ->check(CLI::IsMember({"half-up", "half-even", "toward-zero"}))
        ->capture_default_str();
    cmd.add_option("--percent-places", o.percent_places, "Decimal places of rates and changes in %")
        ->check(CLI::Range(0, 12))
        ->capture_default_str();
    cmd.add_option("--share-places", o.share_places, "Decimal places of shares of the general budget (in %)")
        ->check(CLI::Range(0, 12))
        ->capture_default_str();
    cmd.add_option("--per-capita-places", o.per_capita_places, "Decimal places of soles per person")
        ->check(CLI::Range(0, 12))
        ->capture_default_str();
}

void warn_partial_headlines(const Model& m, Diagnostics& d) {
    const std::string name = headline_name(m);
    for (const SeriesYear& y : national_series(m))
        if (std::string w = headline_warning(y, name); !w.empty()) d.warning(m.year(y.year)->where, "year " + w);
}

std::optional<Model> load_model_reporting(const std::string& path, std::ostream& err) {
    Diagnostics d;
    Model m = load_model(path, d, input_limits());
    if (!d.has_errors()) warn_partial_headlines(m, d);
    for (const Diagnostic& x : d.sorted()) err << terminal_safe(x.str()) << "\n";
    if (d.has_errors()) {
        err << path << ": " << d.error_count() << (d.error_count() == 1 ? " error" : " errors") << ", "
            << d.warning_count() << (d.warning_count() == 1 ? " warning" : " warnings")
            << "; nothing was written\n";
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
        if (!d.has_errors())
            for (const ModelBase& b : model_bases(s))
                if (std::string w = headline_warning(b.figure, headline_name(s.model)); !w.empty())
                    d.warning(b.where, b.field + " " + w);
        for (const Diagnostic& x : d.sorted()) err << terminal_safe(x.str()) << "\n";
        if (d.has_errors()) {
            err << path << ": " << d.error_count() << (d.error_count() == 1 ? " error" : " errors") << "\n";
            invalid = true;
        }
        scenarios.push_back(std::move(s));
    }
    if (invalid) {
        err << "nothing was written\n";
        return std::nullopt;
    }
    return scenarios;
}

void add_run_options(CLI::App& cmd, RunOptions& o) {
    cmd.add_option("-n,--trials", o.trials, "Monte Carlo trials (overrides the scenario's)");
    cmd.add_option("-s,--seed", o.seed, "Seed of the random streams (overrides the scenario's)");
    cmd.add_option("-j,--threads", o.threads, "Threads for the trials (default: all cores); results do not depend on it")
        ->check(CLI::Range(0, 1024));
}

std::optional<std::vector<SimulationRun>> simulate_all(const std::vector<Scenario>& scenarios, const RunOptions& o,
                                                       std::ostream& err) {
    int threads = o.threads > 0 ? o.threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    std::vector<SimulationRun> runs;
    for (const Scenario& s : scenarios) {
        Projector projector(s);
        SimulationRun run;
        run.scenario = &s;
        run.central = projector.evaluate(projector.central_values());
        long trials = o.trials.value_or(s.trials.value_or(0));
        if (trials > 0) {
            std::optional<std::uint64_t> seed = o.seed ? o.seed : s.seed;
            if (!seed) {
                err << "veedor: " << s.file << ": Monte Carlo trials need a seed (--seed or monte-carlo: seed)\n";
                return std::nullopt;
            }
            ProgressBar bar(err, "simulating " + s.file);
            MonteCarloOptions mc{trials, *seed, threads, nullptr};
            if (bar.enabled()) mc.progress = [&bar](long done, long total) { bar.update(done, total); };
            run.monte_carlo = run_monte_carlo(projector, mc);
        }
        run.sensitivity = sensitivity(projector);
        runs.push_back(std::move(run));
    }
    return runs;
}

int emit(const std::string& stdout_text, const std::vector<OutputFile>& files, const std::vector<std::string>& inputs,
         std::ostream& out, std::ostream& err) {
    if (!files.empty()) {
        std::string problem = write_outputs(files, inputs);
        if (!problem.empty()) {
            err << "veedor: " << problem << "\n";
            return exit_code::output_failed;
        }
    }
    out << stdout_text;
    out.flush();
    for (const OutputFile& f : files) err << "wrote " << f.path << "\n";
    return exit_code::ok;
}

}  // namespace veedor

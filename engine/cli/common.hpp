#pragma once
/// What the subcommands share: loading a model with its messages, and the output options.

#include "core/rounding.hpp"
#include "writers/output_format.hpp"
#include "model/model.hpp"
#include "readers/scenario_reader.hpp"
#include "scenario/scenario.hpp"
#include "scenario/simulation.hpp"
#include "writers/atomic_file.hpp"
#include "text/format.hpp"
#include "text/messages.hpp"
#include "writers/simulate_writer.hpp"
#include "yaml/yaml_tree.hpp"

#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace CLI {
class App;
class Option;
}

namespace veedor {

/// Limits on the size of inputs; `--max-bytes` and `--max-nodes` raise them (docs/reliability.md).
YamlLimits& input_limits();

/// Options every reporting command takes.
struct OutputOptions {
    std::string format = "table";  ///< table | csv | json | md
    std::string out_dir;           ///< -o: a folder for every format, or one FILE.csv|json|md|txt
    std::string rounding = "half-up";
    int percent_places = 2;
    int share_places = 4;
    int per_capita_places = 4;
    bool wide = false;             ///< --wide: tables as wide as their text, whatever the terminal

    Presentation presentation() const;
    /// The columns a table printed on standard output must fit: none (0) with --wide or when
    /// standard output is not a terminal, unless COLUMNS says; else the terminal's width.
    size_t table_width() const;
    std::string lang;              ///< es | en; empty: from the locale (lang_from_environment)
    std::string numbers = "mef";   ///< mef | si (text/lang.hpp)

    /// How the outputs for people speak: the language and the number style asked for.
    Style people() const;
};

void add_output_options(CLI::App& cmd, OutputOptions& o);
/// Refuses an empty value of a file or folder option (`--out ""`, most often an unset variable in
/// a script): as a folder it would mean "/" and the root of the file system would get the files.
CLI::Option* non_empty_path(CLI::Option* option);
/// `--lang es|en` (default: from the locale, docs/cli.md) into `lang`.
void add_lang_option(CLI::App& cmd, std::string& lang);
/// The language `--lang` asked for, or the locale's when it was not given.
Lang chosen_lang(const std::string& lang_option);
/// The language of the run's messages on stderr and of --help: its --lang if given anywhere on
/// the command line, else the locale's. run_cli sets it before parsing.
Lang& messages_lang();
/// Every diagnostic of `d`, sorted, one a line, in messages_lang().
void print_diagnostics(const Diagnostics& d, std::ostream& err);
/// "1 error, 2 warnings" (en) or "1 error, 2 avisos" (es), in messages_lang().
std::string counts_text(const Diagnostics& d, bool with_warnings = true);
/// A line of the command's own, in messages_lang(): msg(key, values...) in words.
template <class... Values>
std::string say(std::string key, const Values&... values) {
    return message_text(messages_lang(), std::move(key), values...);
}
/// Reads the texts that models and scenarios give per language in `l`, marking a fallback
/// in `l`'s words (" [English only]"); before any file is read.
void read_texts_in(Lang l);

/// Ends `cmd`'s --help (and its man page) with `note` and two or three example command lines, each
/// run from the repository's root by tests/run_help_examples.sh.
void set_footer(CLI::App& cmd, const std::string& note, const std::vector<std::string>& examples);

/// Warns, at the year, of each year whose national figure stands over a partial sum of the
/// headline group's entities, or is that partial sum (docs/methodology.md, the headline rule).
void warn_partial_headlines(const Model& m, Diagnostics& d);

/// Loads and validates a model, printing every diagnostic and the counts to `err`. Nothing when
/// the model has errors.
std::optional<Model> load_model_reporting(const std::string& path, std::ostream& err);

/// True when the file is YAML whose top-level 'format' names a scenario (not a model).
bool is_scenario_file(const std::string& path);

/// Loads every scenario, printing their problems; nothing when any has an error.
std::optional<std::vector<Scenario>> load_scenarios_reporting(const std::vector<std::string>& paths, long max_trials,
                                                              std::ostream& err);

/// How scenarios are run: Monte Carlo trials, seed and threads (each overrides the scenario's).
struct RunOptions {
    std::optional<long> trials;
    std::optional<std::uint64_t> seed;
    int threads = 0;                ///< 0: all cores
    long max_trials = default_max_trials;  ///< the most --trials may ask (simulate's --max-trials)
};
void add_run_options(CLI::App& cmd, RunOptions& o);

/// Simulates every scenario (scenario/simulation.hpp) with a progress bar on a terminal; nothing
/// when --trials is over max_trials or trials lack a seed (said on `err`). The runs point into
/// `scenarios`.
std::optional<std::vector<SimulationRun>> simulate_reporting(const std::vector<Scenario>& scenarios, const RunOptions& o,
                                                             std::ostream& err);

/// Each run's scenario file stem as a slug, unique in the order of `runs` (text/file_names.hpp):
/// the name part of its chart files. a/plan.yaml and b/plan.yaml give plan and plan-2.
std::vector<std::string> scenario_stems(const std::vector<SimulationRun>& runs);

/// The scenario `--baseline` names: its file as given on the command line, or that file's name
/// without folder and extension (`restore-2015`); the first scenario when `given` is empty.
/// Nothing, said on `err`, when it names none or several.
std::optional<size_t> baseline_index(const std::vector<Scenario>& scenarios, const std::string& given,
                                     std::ostream& err);

/// The format `-o PATH` names by its extension, case aside (`csv`, `json`, `md`, and `table` for
/// `txt`), unless PATH is an existing folder: that one file is then written instead of standard
/// output. Nothing when PATH is a folder for every format (docs/cli.md, "Output options").
std::optional<std::string> out_file_format(const std::string& path);

/// One format's text ("table", "csv", "json", "md"; a table fits `width` columns unless 0), and
/// every file of an `-o DIR` folder.
using RenderFormat = std::function<std::string(const std::string& format, size_t width)>;
using RenderFolder = std::function<std::vector<OutputFile>(const std::string& dir)>;

/// What compare, audit and simulate do with their output options: print `--format` on standard
/// output (and write every format into `-o DIR`), or write `-o FILE` alone in its extension's
/// format. Returns the exit code.
int emit_outputs(const OutputOptions& o, const RenderFormat& render, const RenderFolder& folder,
                 const std::vector<std::string>& inputs, std::ostream& out, std::ostream& err);

/// Prints `stdout_text` and writes `files` (when any), reporting a failure to write.
/// Returns the exit code.
int emit(const std::string& stdout_text, const std::vector<OutputFile>& files, const std::vector<std::string>& inputs,
         std::ostream& out, std::ostream& err);

}  // namespace veedor

#pragma once
/// What the subcommands share: loading a model with its messages, and the output options.

#include "core/rounding.hpp"
#include "io/atomic_file.hpp"
#include "model/model.hpp"

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace veedor {

/// Options every reporting command takes.
struct OutputOptions {
    std::string format = "table";  ///< table | csv | json | md
    std::string out_dir;           ///< when set, every format is also written there
    std::string rounding = "half-up";
    int percent_places = 2;
    int share_places = 4;
    int per_capita_places = 4;

    Presentation presentation() const;
};

void add_output_options(CLI::App& cmd, OutputOptions& o);

/// Loads and validates a model, printing every diagnostic and the counts to `err`. Nothing when
/// the model has errors.
std::optional<Model> load_model_reporting(const std::string& path, std::ostream& err);

/// Prints `stdout_text` and writes `files` (when any), reporting a failure to write.
/// Returns the exit code.
int emit(const std::string& stdout_text, const std::vector<OutputFile>& files, const std::vector<std::string>& inputs,
         std::ostream& out, std::ostream& err);

}  // namespace veedor

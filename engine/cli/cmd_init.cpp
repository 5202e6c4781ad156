// veedor init DIR: a small commented model and scenario to start from; never over a file.
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/exit_codes.hpp"
#include "cli/init_templates.hpp"
#include "text/table.hpp"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <memory>
#include <ostream>

namespace veedor {

namespace {

int run_init(const std::string& dir, std::ostream& out, std::ostream& err) {
    const std::vector<OutputFile> files{{dir + "/model.yaml", init_templates::model},
                                        {dir + "/scenario.yaml", init_templates::scenario}};
    bool taken = false;
    for (const OutputFile& f : files) {
        std::error_code ec;
        if (std::filesystem::symlink_status(f.path, ec).type() != std::filesystem::file_type::not_found)
            err << say("cli.init-exists", terminal_safe(f.path)) << "\n", taken = true;
    }
    if (taken) {
        err << say("cli.run-help-options", "veedor init") << "\n";
        return exit_code::output_failed;
    }
    int rc = emit("", files, {}, out, err);
    if (rc == exit_code::ok)
        out << "Next: veedor check " << terminal_safe(dir) << "/model.yaml && veedor simulate " << terminal_safe(dir)
            << "/scenario.yaml\n";
    return rc;
}

}  // namespace

void add_init_command(CLI::App& app, Action& action) {
    auto dir = std::make_shared<std::string>();
    CLI::App* cmd = app.add_subcommand("init", "Start a model and a scenario in a folder: small, commented, valid");
    cmd->add_option("dir", *dir, "The folder (created if needed); model.yaml and scenario.yaml must not exist in it")
        ->required();
    set_footer(*cmd, "Writes DIR/model.yaml and DIR/scenario.yaml, with comments in English and Spanish; exit 3 if "
                     "either exists.",
               {"veedor init my-budget", "veedor init budgets/2025"});
    cmd->callback([&action, dir] {
        action = [dir](std::ostream& out, std::ostream& err) { return run_init(*dir, out, err); };
    });
}

}  // namespace veedor

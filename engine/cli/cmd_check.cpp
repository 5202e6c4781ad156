// veedor check MODEL: validates a model and says what it holds.
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/exit_codes.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <memory>
#include <ostream>

namespace veedor {

void add_check_command(CLI::App& app, Action& action) {
    auto path = std::make_shared<std::string>();
    CLI::App* cmd = app.add_subcommand("check", "Validate a model; report every problem as file:line:column");
    cmd->add_option("model", *path, "The model (YAML)")->required();
    cmd->callback([&action, path] {
        action = [path](std::ostream& out, std::ostream& err) {
            auto m = load_model_reporting(*path, err);
            if (!m) return exit_code::invalid_input;
            size_t figures = 0;
            for (const Entity& e : m->entities) figures += e.figures.size();
            out << fmt::format("{}: valid. {} years, {} groups, {} entities, {} yearly figures, {} printed figures, "
                               "{} sources.\n",
                               *path, m->years.size(), m->groups.size(), m->entities.size(), figures,
                               m->published.size(), m->sources.size());
            return exit_code::ok;
        };
    });
}

}  // namespace veedor

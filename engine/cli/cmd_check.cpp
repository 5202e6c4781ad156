// veedor check MODEL: validates a model and says what it holds.
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/exit_codes.hpp"
#include "readers/scenario_reader.hpp"
#include "text/table.hpp"
#include "writers/origins_text.hpp"
#include "yaml/yaml_tree.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <memory>
#include <ostream>

namespace veedor {

namespace {

int check_scenario_file(const std::string& path, Lang lang, std::ostream& out, std::ostream& err) {
    Diagnostics d;
    Scenario s = load_scenario(path, d, ScenarioLimits{default_max_trials, input_limits()});
    print_diagnostics(d, err);
    if (d.has_errors()) {
        err << terminal_safe(path) << ": " << counts_text(d) << say("cli.nothing-written-after") << "\n";
        return exit_code::invalid_input;
    }
    out << trf("chk.scenario", lang, terminal_safe(path), terminal_safe(s.model_path), s.from, s.to, s.funding.size(),
               s.execution.size(), s.needs.size(), s.params.size(),
               s.trials ? trf("chk.trials", lang, *s.trials, *s.seed) : "");
    return exit_code::ok;
}

}  // namespace

void add_check_command(CLI::App& app, Action& action) {
    auto path = std::make_shared<std::string>();
    auto origins = std::make_shared<bool>(false);
    auto lang = std::make_shared<std::string>();
    CLI::App* cmd = app.add_subcommand("check", "Validate a model or a scenario; report every problem as file:line:column");
    cmd->add_option("file", *path, "The model or scenario (YAML); its 'format' says which")->required();
    cmd->add_flag("--origins", *origins, "For a model: list its layers and which layer gives each value");
    add_lang_option(*cmd, *lang);
    set_footer(*cmd, "",
               {"veedor check scenarios/peru/model.yaml", "veedor check scenarios/peru/costed-needs.yaml",
                "veedor check scenarios/after-the-report.yaml --origins"});
    cmd->callback([&action, path, origins, lang] {
        action = [path, origins, lang](std::ostream& out, std::ostream& err) {
            Lang l = chosen_lang(*lang);
            read_texts_in(l);
            if (is_scenario_file(*path)) return check_scenario_file(*path, l, out, err);
            auto m = load_model_reporting(*path, err);
            if (!m) return exit_code::invalid_input;
            size_t figures = 0;
            for (const Entity& e : m->entities) figures += e.figures.size();
            out << trf("chk.model", l, terminal_safe(*path), m->years.size(), m->groups.size(), m->entities.size(), figures,
                               m->published.size(), m->sources.size());
            if (*origins) out << terminal_safe_text(origins_text(*m, l));
            return exit_code::ok;
        };
    });
}

}  // namespace veedor

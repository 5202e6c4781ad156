#pragma once
/// One function per subcommand: it registers its options and sets the action to run.

#include <functional>
#include <iosfwd>

namespace CLI {
class App;
}

namespace veedor {

/// What a parsed subcommand does; returns the exit code.
using Action = std::function<int(std::ostream& out, std::ostream& err)>;

void add_check_command(CLI::App& app, Action& action);
void add_compare_command(CLI::App& app, Action& action);
void add_audit_command(CLI::App& app, Action& action);
void add_simulate_command(CLI::App& app, Action& action);
void add_plot_command(CLI::App& app, Action& action);
void add_report_command(CLI::App& app, Action& action);
void add_import_command(CLI::App& app, Action& action);
void add_init_command(CLI::App& app, Action& action);
/// Hidden: `veedor completion bash` and `veedor completion --commands`, read from `app` as it is
/// when parsing (register it last).
void add_completion_command(CLI::App& app, Action& action);
void add_track_command(CLI::App& app, Action& action);

}  // namespace veedor

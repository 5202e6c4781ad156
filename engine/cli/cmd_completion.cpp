// veedor completion bash|--commands: the bash completion script and the list of commands, both
// read from the CLI11 app itself, so that a new command or option reaches them (and the man pages
// made from the list, see CMakeLists.txt) without a second list to keep up to date.
#include "cli/commands.hpp"

#include <CLI/CLI.hpp>

#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace veedor {

namespace {

/// The commands users see (a hidden one, such as this, has no group), in the order of --help.
std::vector<const CLI::App*> visible_commands(const CLI::App& app) {
    std::vector<const CLI::App*> out;
    for (const CLI::App* sub : app.get_subcommands([](const CLI::App* s) { return !s->get_group().empty(); }))
        out.push_back(sub);
    return out;
}

/// Each command that runs something, as it is typed after `veedor` ("check", "import mef"), a tab,
/// and its description.
void leaf_paths(const CLI::App& app, const std::string& prefix, std::vector<std::string>& out) {
    for (const CLI::App* sub : visible_commands(app)) {
        std::string path = prefix + sub->get_name();
        if (visible_commands(*sub).empty()) out.push_back(path + "\t" + sub->get_description());
        else leaf_paths(*sub, path + " ", out);
    }
}

/// The words completed after a command: its visible commands, then its long and short options.
std::string words(const CLI::App& app) {
    std::string w;
    for (const CLI::App* sub : visible_commands(app)) w += sub->get_name() + " ";
    for (const CLI::Option* o : app.get_options()) {
        for (const std::string& l : o->get_lnames()) w += "--" + l + " ";
        for (const std::string& s : o->get_snames()) w += "-" + s + " ";
    }
    if (!w.empty()) w.pop_back();
    return w;
}

/// Case branches: how a word moves from one command to its subcommand, and each command's words.
void bash_cases(const CLI::App& app, const std::string& key, std::string& moves, std::string& lists) {
    lists += "        '" + key + "') words='" + words(app) + "' ;;\n";
    for (const CLI::App* sub : visible_commands(app)) {
        std::string to = key.empty() ? sub->get_name() : key + "/" + sub->get_name();
        moves += "            '" + key + ":" + sub->get_name() + "') path='" + to + "' ;;\n";
        bash_cases(*sub, to, moves, lists);
    }
}

std::string bash_script(const CLI::App& app) {
    std::string moves, lists;
    bash_cases(app, "", moves, lists);
    return "# bash completion for veedor, written by `veedor completion bash` from its own options.\n"
           "_veedor() {\n"
           "    local cur=\"${COMP_WORDS[COMP_CWORD]}\" path='' words='' i\n"
           "    for ((i = 1; i < COMP_CWORD; i++)); do\n"
           "        case \"$path:${COMP_WORDS[i]}\" in\n" +
           moves +
           "        esac\n"
           "    done\n"
           "    case \"$path\" in\n" +
           lists +
           "    esac\n"
           "    if [[ \"$cur\" == -* ]]; then\n"
           "        COMPREPLY=($(compgen -W \"$words\" -- \"$cur\"))\n"
           "    else\n"
           "        COMPREPLY=($(compgen -W \"$(printf '%s\\n' $words | grep -v '^-')\" -- \"$cur\"))\n"
           "    fi\n"
           "}\n"
           "complete -o default -F _veedor veedor\n";
}

}  // namespace

void add_completion_command(CLI::App& app, Action& action) {
    auto commands = std::make_shared<bool>(false);
    auto shell = std::make_shared<std::string>();
    CLI::App* cmd = app.add_subcommand("completion", "Print the bash completion script, or the list of commands");
    cmd->group("");  // hidden: for packagers and the build
    cmd->add_option("shell", *shell, "bash")->check(CLI::IsMember({"bash"}));
    cmd->add_flag("--commands", *commands, "One command a line, as typed after veedor (\"import mef\"), a tab and what it does");
    cmd->callback([&action, &app, commands, shell] {
        action = [&app, commands, shell](std::ostream& out, std::ostream&) {
            if (*commands) {
                std::vector<std::string> paths;
                leaf_paths(app, "", paths);
                for (const std::string& p : paths) out << p << "\n";
            } else {
                out << bash_script(app);
            }
            return 0;
        };
    });
}

}  // namespace veedor

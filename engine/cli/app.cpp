#include "cli/app.hpp"

#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/exit_codes.hpp"
#include "cli/help_lang.hpp"
#include "cli/number_option.hpp"
#include "cli/usage_error.hpp"
#include "core/error.hpp"
#include "text/table.hpp"

#include <CLI/CLI.hpp>

#include <iostream>
#include <limits>
#include <stdexcept>
#include <streambuf>

namespace veedor {

namespace {

/// Every line written to it reaches `to` through terminal_safe(): the one path of the messages,
/// so that no name, path or title in one can drive the terminal (escape sequences, bidi
/// controls) or be invalid UTF-8, whichever message forgets to escape it.
class TerminalLines : public std::streambuf {
public:
    explicit TerminalLines(std::ostream& to) : to_(to) {}
    ~TerminalLines() override { sync(); }

protected:
    int_type overflow(int_type c) override {
        if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
        line_ += traits_type::to_char_type(c);
        if (c == '\n') sync();
        return c;
    }
    std::streamsize xsputn(const char* s, std::streamsize n) override {
        for (std::streamsize i = 0; i < n; ++i) overflow(traits_type::to_int_type(s[i]));
        return n;
    }
    int sync() override {
        if (line_.empty()) return 0;
        to_ << terminal_safe_text(line_);
        to_.flush();
        line_.clear();
        return 0;
    }

private:
    std::ostream& to_;
    std::string line_;
};

int run_cli_escaped(int argc, char** argv, std::ostream& out, std::ostream& err);

}  // namespace

int run_cli(int argc, char** argv, std::ostream& out, std::ostream& raw_err) {
    TerminalLines lines(raw_err);
    std::ostream err(&lines);
    return run_cli_escaped(argc, argv, out, err);
}

namespace {

/// The --lang given anywhere on the command line ("--lang es", "--lang=en"), else the locale's:
/// known before parsing, so that usage errors and --help speak it too.
Lang lang_of_run(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        std::string_view a = argv[i];
        std::optional<Lang> l;
        if (a == "--lang" && i + 1 < argc) l = parse_lang(argv[i + 1]);
        else if (a.rfind("--lang=", 0) == 0) l = parse_lang(a.substr(7));
        if (l) return *l;
    }
    return lang_from_environment();
}

int run_cli_escaped(int argc, char** argv, std::ostream& out, std::ostream& err) {
    messages_lang() = lang_of_run(argc, argv);
    CLI::App app{"veedor: tracks a public budget, allocated versus executed, from a YAML model.\n"
                 "Exit codes: 0 done, 1 invalid input, 2 usage, 3 output failed, 4 internal error, 5 gnuplot missing."};
    app.require_subcommand(1);
    app.set_version_flag("--version", "veedor 0.1.0");
    Action action;
    YamlLimits& limits = input_limits();
    constexpr NumberRange positive_long{1, std::numeric_limits<long>::max()};
    add_number_option(app, "--max-bytes", limits.max_bytes, positive_long, "Largest input file accepted, in bytes");
    add_number_option(app, "--max-nodes", limits.max_nodes, positive_long,
                      "Most values (scalars, lists, mappings) in one input file");
    add_check_command(app, action);
    add_compare_command(app, action);
    add_audit_command(app, action);
    add_simulate_command(app, action);
    add_plot_command(app, action);
    add_report_command(app, action);
    add_import_command(app, action);
    add_track_command(app, action);
    add_init_command(app, action);
    add_completion_command(app, action);
    speak_help(app, messages_lang());
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp&) {
        out << app.help();
        return exit_code::ok;
    } catch (const CLI::CallForAllHelp&) {
        out << app.help("", CLI::AppFormatMode::All);
        return exit_code::ok;
    } catch (const CLI::CallForVersion&) {
        out << app.version() << "\n";
        return exit_code::ok;
    } catch (const CLI::ParseError& e) {
        err << usage_error_text(app, e);
        return exit_code::usage;
    }
    try {
        return action(out, err);
    } catch (const InputError& e) {  // the input's fault (core/error.hpp), never a bug
        err << input_error_text(e.where() ? &*e.where() : nullptr, e.message(), messages_lang()) << "\n";
        return exit_code::invalid_input;
    } catch (const std::exception& e) {  // a bug: std::logic_error and the like
        err << say("cli.internal-error", e.what()) << "\n";
        return exit_code::internal_error;
    }
}

}  // namespace

}  // namespace veedor

#include "cli/usage_error.hpp"
#include "cli/common.hpp"

#include "text/table.hpp"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cctype>

namespace veedor {

namespace {

/// Edits from `a` to `b`: insertions, deletions, substitutions, and two neighbours swapped
/// (the optimal string alignment distance), the commonest typos each counting as one.
std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
    for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
    for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i)
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    return d[a.size()][b.size()];
}

/// The subcommand being read when parsing stopped: the last one named, at the deepest level.
const CLI::App& deepest(const CLI::App& app) {
    const CLI::App* at = &app;
    while (!at->get_subcommands().empty()) at = at->get_subcommands().back();
    return *at;
}

/// "veedor", "veedor compare", "veedor import mef".
std::string command_path(const CLI::App& sub) {
    std::string path;
    for (const CLI::App* at = &sub; at; at = at->get_parent()) path = (at->get_parent() ? " " + at->get_name() : "veedor") + path;
    return path;
}

std::vector<std::string> subcommand_names(const CLI::App& app) {
    std::vector<std::string> names;
    // A hidden command (no group, as `completion`) is not offered.
    for (const CLI::App* sub : app.get_subcommands([](const CLI::App* s) { return !s->get_group().empty(); }))
        names.push_back(sub->get_name());
    return names;
}

/// "--year", "--help", "--max-bytes": the long options of `sub` and of the commands above it.
std::vector<std::string> option_names(const CLI::App& sub) {
    std::vector<std::string> names;
    for (const CLI::App* at = &sub; at; at = at->get_parent())
        for (const CLI::Option* o : at->get_options())
            for (const std::string& l : o->get_lnames()) names.push_back("--" + l);
    return names;
}

std::string joined(const std::vector<std::string>& names) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) out += (i == 0 ? "" : i + 1 == names.size() ? say("cli.or") : ", ") + names[i];
    return out;
}

/// A missing subcommand: the word typed instead (the first that is not an option), with the
/// nearest command, or the list of commands.
std::string missing_command(const CLI::App& sub, const std::vector<std::string>& left) {
    std::vector<std::string> commands = subcommand_names(sub);
    const std::string of = sub.get_parent() ? say("cli.of-command", command_path(sub)) : "";
    auto typed = std::find_if(left.begin(), left.end(), [](const std::string& a) { return a.empty() || a[0] != '-'; });
    if (typed == left.end()) return say("cli.command-required", of, joined(commands));
    std::string near = nearest_name(*typed, commands);
    if (!near.empty()) return say("cli.not-a-command", *typed, of) + say("cli.did-you-mean", near);
    return say("cli.not-a-command-list", *typed, of, joined(commands));
}

/// CLI11's own messages in the run's language: the ones a user meets (an argument not expected,
/// one missing); names and values stay as typed.
std::string cli11_words(std::string what) {
    if (messages_lang() == Lang::en) return what;
    for (auto [en, key] : {std::pair{"The following argument was not expected: ", "cli.cli11-extra-one"},
                           {"The following arguments were not expected: ", "cli.cli11-extra-many"}})
        if (what.starts_with(en)) return say(key, what.substr(std::string_view(en).size()));
    for (auto [en, key] : {std::pair{" is required", "cli.cli11-required"}})
        if (what.ends_with(en)) return say(key, what.substr(0, what.size() - std::string_view(en).size()));
    if (auto at = what.find(": 1 required "); at != std::string::npos && what.ends_with(" missing"))
        return say("cli.cli11-value-missing", what.substr(0, at));
    return what;
}

/// The command whose --help explains the error: the one owning the option the message starts with
/// ("--max-bytes: ..." is the main command's, even after `check`), else `sub`.
const CLI::App& explaining(const CLI::App& sub, const std::string& what) {
    auto colon = what.find(':');
    if (what.rfind("--", 0) != 0 || colon == std::string::npos) return sub;
    const std::string name = what.substr(2, colon - 2);
    for (const CLI::App* at = &sub; at; at = at->get_parent())
        for (const CLI::Option* o : at->get_options())
            for (const std::string& l : o->get_lnames())
                if (l == name) return *at;
    return sub;
}

}  // namespace

std::string nearest_name(std::string_view typed, const std::vector<std::string>& names) {
    // Case aside: `--entity mininter` is MININTER, `--Year` is --year.
    auto letters = [](std::string_view s) {
        std::string l(s.substr(std::min(s.find_first_not_of('-'), s.size())));
        for (char& c : l) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return l;
    };
    std::string best;
    std::size_t best_distance = 3;  // at most two edits
    for (const std::string& name : names) {
        std::size_t d = edit_distance(letters(typed), letters(name));
        if (d < best_distance && 2 * d < letters(name).size()) best = name, best_distance = d;
    }
    return best;
}

std::string usage_error_text(const CLI::App& app, const CLI::ParseError& e) {
    const CLI::App& sub = explaining(deepest(app), e.what());
    const std::vector<std::string> left = app.remaining(true);
    std::string what = cli11_words(e.what());
    bool wants_command = sub.get_require_subcommand_min() > 0 && sub.get_subcommands().empty();
    if (dynamic_cast<const CLI::RequiredError*>(&e) && wants_command) what = missing_command(sub, left);
    if (dynamic_cast<const CLI::ExtrasError*>(&e)) {
        std::vector<std::string> options = option_names(sub);
        for (const std::string& a : left) {
            if (a.size() < 2 || a[0] != '-') continue;
            std::string near = nearest_name(a.substr(0, a.find('=')), options);
            if (!near.empty()) what += "\nveedor: " + say("cli.not-an-option", a) + say("cli.did-you-mean", near);
        }
    }
    std::string text = terminal_safe_text("veedor: " + what) + "\n";
    if (!sub.get_parent()) return text + say("cli.run-help-main") + "\n";
    return text + say(wants_command ? "cli.run-help-commands" : "cli.run-help-options", terminal_safe(command_path(sub))) + "\n";
}

}  // namespace veedor

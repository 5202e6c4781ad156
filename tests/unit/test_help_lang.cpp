// Spanish --help: every description a command's --help shows in English is replaced in Spanish
// (cli/help_lang.cpp puts each one through text/messages_help.cpp); one left out would be an
// English sentence in the middle of the Spanish help.
#include "cli/app.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

using namespace veedor;

namespace {

std::string help_of(std::vector<std::string> args) {
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    std::ostringstream out, err;
    int rc = run_cli(static_cast<int>(argv.size()), argv.data(), out, err);
    REQUIRE(rc == 0);
    return out.str() + err.str();
}

/// The descriptions in an English --help: on an option's or command's line, the text after the
/// first run of two or more spaces that follows the name; only those of three words or more (a
/// name or a list of values reads the same in both languages).
std::vector<std::string> descriptions(const std::string& help) {
    std::vector<std::string> out;
    std::istringstream lines(help);
    for (std::string line; std::getline(lines, line);) {
        if (line.rfind("  ", 0) != 0) continue;
        auto name_end = line.find_first_not_of(' ');
        auto gap = line.find("  ", name_end);
        if (gap == std::string::npos) continue;
        auto start = line.find_first_not_of(' ', gap);
        if (start == std::string::npos) continue;
        std::string text = line.substr(start);
        if (std::count(text.begin(), text.end(), ' ') >= 2) out.push_back(text);
    }
    return out;
}

}  // namespace

TEST_CASE("every description of every command's --help is in Spanish with --lang es") {
    const std::vector<std::vector<std::string>> commands = {
        {}, {"check"}, {"compare"}, {"audit"}, {"simulate"}, {"plot"}, {"report"}, {"import"}, {"import", "mef"},
        {"track"}, {"init"}, {"completion"}};
    size_t checked = 0;
    for (const auto& command : commands) {
        std::vector<std::string> en = {"veedor", "--lang", "en"}, es = {"veedor", "--lang", "es"};
        for (const std::string& c : command) en.push_back(c), es.push_back(c);
        en.push_back("--help"), es.push_back("--help");
        const std::string spanish = help_of(es);
        for (const std::string& d : descriptions(help_of(en))) {
            CAPTURE(d);
            CHECK(spanish.find(d) == std::string::npos);
            ++checked;
        }
    }
    CHECK(checked > 100);  // the test reads the help it means to (about 150 descriptions)
}

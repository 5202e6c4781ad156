#pragma once
/// --help in the language of the run. The commands are built with English texts (the man pages
/// are made from them, with LANG unset); in Spanish each description, group heading, footer note
/// and CLI11 label is put in Spanish from the table of help texts (text/messages_help.cpp).
#include "text/lang.hpp"

#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace veedor {

/// Every description, note and heading of `app` and its commands, in Spanish when `lang` is es.
void speak_help(CLI::App& app, Lang lang);
/// Every text speak_help() translates, in English as the commands give it: for the test that each
/// has its Spanish.
std::vector<std::string> help_texts(const CLI::App& app);

}  // namespace veedor

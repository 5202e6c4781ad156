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

/// Every description, note and heading of `app` and its commands, in Spanish when `lang` is es
/// (tests/unit/test_help_lang.cpp checks that no English description is left).
void speak_help(CLI::App& app, Lang lang);

}  // namespace veedor

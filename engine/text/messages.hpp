#pragma once
/// The words of every message on stderr: the readers' and validators' diagnostics, the input
/// errors, and the command line's own lines, in English and Spanish. Readers and analyses carry a
/// Message (core/diagnostics.hpp: a key and its values); only here does it become words, at print
/// time, in the language of the run.
///
/// The texts are fmt templates whose `{}` places take the message's values in order. They are kept
/// in one table per room that speaks (messages_*.cpp), so that each file stays short; a key
/// is unique across them, and each exists in both languages (tests/unit/test_messages.cpp).
#include "core/diagnostics.hpp"
#include "text/lang.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace veedor {

/// One message's text in both languages.
struct MessageText {
    std::string_view key, en, es;
};

/// The tables (each defined in its messages_*.cpp).
std::span<const MessageText> reader_messages();
std::span<const MessageText> scenario_messages();
std::span<const MessageText> import_messages();
std::span<const MessageText> cli_messages();

/// `m` in `lang`: its key's text filled with its values (themselves rendered in `lang`). A
/// message with no key is its text as it is. An unknown key is a bug: std::logic_error.
std::string message_text(const Message& m, Lang lang);
/// msg(key, values...) in `lang` at once, for the command line's own lines.
template <class... Values>
std::string message_text(Lang lang, std::string key, const Values&... values) {
    return message_text(msg(std::move(key), values...), lang);
}
/// "file:line:column: error: message" (en) or "file:line:column: error: mensaje" and
/// "…: aviso: …" (es).
std::string diagnostic_text(const Diagnostic& d, Lang lang);
/// An input error as run_cli prints it: located as a diagnostic, or "veedor: error: message".
std::string input_error_text(const Location* where, const Message& m, Lang lang);

/// The Spanish of a text of --help, given in English as the commands write it (text/messages_help.cpp);
/// nothing when the table lacks it.
std::optional<std::string> help_in_spanish(std::string_view english);

/// Every message's key, for the tests.
std::vector<std::string_view> all_message_keys();
/// The text of `key` in `lang` (the template itself), for the tests.
std::string_view message_template(std::string_view key, Lang lang);

}  // namespace veedor

#include "text/messages.hpp"

#include "core/error.hpp"

#include <fmt/args.h>
#include <fmt/format.h>

#include <stdexcept>
#include <unordered_map>

namespace veedor {

namespace {

/// Every table, by key, built once.
const std::unordered_map<std::string_view, const MessageText*>& by_key() {
    static const auto* all = [] {
        auto* m = new std::unordered_map<std::string_view, const MessageText*>;
        for (auto table : {reader_messages(), scenario_messages(), import_messages(), cli_messages()})
            for (const MessageText& t : table)
                if (!m->emplace(t.key, &t).second) throw std::logic_error("message key twice: " + std::string(t.key));
        return m;
    }();
    return *all;
}

std::string severity_word(Severity s, Lang lang) {
    if (s == Severity::error) return "error";
    return lang == Lang::es ? "aviso" : "warning";
}

}  // namespace

std::string_view message_template(std::string_view key, Lang lang) {
    auto found = by_key().find(key);
    if (found == by_key().end()) throw std::logic_error("no message text for key '" + std::string(key) + "'");
    return lang == Lang::es ? found->second->es : found->second->en;
}

std::string message_text(const Message& m, Lang lang) {
    if (m.key.empty()) return m.text;
    if (m.key.rfind("noun.", 0) == 0 && !by_key().contains(m.key)) return m.text;  // see noun()
    fmt::dynamic_format_arg_store<fmt::format_context> values;
    for (const Message& a : m.args) values.push_back(message_text(a, lang));
    return fmt::vformat(message_template(m.key, lang), values);
}

std::string diagnostic_text(const Diagnostic& d, Lang lang) {
    return d.where.str() + ": " + severity_word(d.severity, lang) + ": " + message_text(d.message, lang);
}

std::string input_error_text(const Location* where, const Message& m, Lang lang) {
    if (where) return diagnostic_text(Diagnostic{*where, Severity::error, m}, lang);
    return "veedor: error: " + message_text(m, lang);
}

std::vector<std::string_view> all_message_keys() {
    std::vector<std::string_view> keys;
    for (const auto& [key, text] : by_key()) keys.push_back(key);
    return keys;
}

// Diagnostic and InputError are declared in core, which cannot include this table: their English
// words are made here.
std::string Diagnostic::str() const { return diagnostic_text(*this, Lang::en); }
std::string Diagnostic::text() const { return message_text(message, Lang::en); }

const char* InputError::what() const noexcept {
    try {
        if (what_.empty()) what_ = where_ ? diagnostic_text(Diagnostic{*where_, Severity::error, message_}, Lang::en)
                                          : message_text(message_, Lang::en);
        return what_.c_str();
    } catch (...) {
        return std::runtime_error::what();
    }
}

}  // namespace veedor

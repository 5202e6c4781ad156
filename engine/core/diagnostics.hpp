#pragma once
/// Located problems: what a loader or validator found, where, and how serious.
///
/// Parsers and validators collect Diagnostics and carry on, so that one run reports every
/// problem; the command layer prints them as `file:line:column: severity: message` and chooses
/// the exit code (docs/cli.md).

#include <compare>
#include <concepts>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace veedor {

/// The name of an input file, stored once per process and named by a 4-byte number: a model has
/// a Location on every value, and copying the path into each (a heap allocation for paths over 15
/// characters) cost more memory than the values themselves. Interned names live until the process
/// ends; there are only as many as files read. Reads like a const std::string.
class FileName {
public:
    FileName() = default;  ///< the empty name
    FileName(std::string_view name);
    FileName(const std::string& name) : FileName(std::string_view(name)) {}
    FileName(const char* name) : FileName(std::string_view(name)) {}

    const std::string& str() const;
    operator const std::string&() const { return str(); }
    bool empty() const { return id_ == 0; }

    friend bool operator==(const FileName& a, const FileName& b) { return a.id_ == b.id_; }
    /// With text ("m.yaml", a std::string): a template, so that it matches exactly and the
    /// conversion of that text to a FileName is not a rival.
    template <class Text>
        requires std::convertible_to<const Text&, std::string_view> && (!std::same_as<Text, FileName>)
    friend bool operator==(const FileName& a, const Text& b) {
        return a.str() == std::string_view(b);
    }
    friend std::strong_ordering operator<=>(const FileName& a, const FileName& b) {
        return a.id_ == b.id_ ? std::strong_ordering::equal : a.str() <=> b.str();
    }

private:
    std::uint32_t id_ = 0;  // 0: the empty name; otherwise 1 + its place in the table of names
};

/// A place in an input file. line and column start at 1; 0 means "the whole file".
struct Location {
    FileName file;
    int line = 0;
    int column = 0;
    std::string str() const;
};

enum class Severity { error, warning };

/// A message in no language: the key of its text in the table of messages (text/messages.hpp)
/// and the values that fill the text's `{}` places, in order. A value is a Message too: one
/// with no key is a text given as it is (a name, a number, a path: never words), and one with a
/// key is a message inside another (an overflow inside "in Monte Carlo trial 3 of 10"). The
/// words come at print time, in the language of the run.
struct Message {
    std::string key;            ///< empty: `text` as it is
    std::string text;           ///< the value, when there is no key
    std::vector<Message> args;  ///< what fills the key's text

    friend bool operator==(const Message&, const Message&) = default;
};

/// A value of a message as it is: names, paths, numbers already written.
inline Message as_is(std::string text) { return Message{{}, std::move(text), {}}; }
inline Message as_is(const Message& m) { return m; }
inline Message as_is(const FileName& f) { return as_is(f.str()); }
inline Message as_is(const char* text) { return as_is(std::string(text)); }
inline Message as_is(std::string_view text) { return as_is(std::string(text)); }
template <class N>
    requires std::is_arithmetic_v<N>
Message as_is(N n) {
    return as_is(std::to_string(n));
}
/// A word of the input's vocabulary named in a message ("the model", "funding rule", "a list"):
/// its Spanish is found under "noun." + the English; a word the table lacks is shown as it is.
inline Message noun(std::string_view english) { return Message{"noun." + std::string(english), std::string(english), {}}; }
/// msg("model.unknown-entity", id, year): the message `key` filled with `values` (as_is each).
template <class... Values>
Message msg(std::string key, const Values&... values) {
    return Message{std::move(key), {}, {as_is(values)...}};
}

struct Diagnostic {
    Location where;
    Severity severity = Severity::error;
    Message message;
    /// "file:line:column: error: message", in English. Defined with the table of messages
    /// (text/messages.cpp), which this room cannot include; diagnostic_text() gives Spanish.
    std::string str() const;
    /// The message alone, in English (defined there too).
    std::string text() const;
};

class Diagnostics {
public:
    void error(Location where, Message message);
    void warning(Location where, Message message);
    /// The old way: a text in English only, shown as it is in every language. New messages
    /// take a key (msg()) so that they can be shown in Spanish.
    void error(Location where, std::string message) { error(std::move(where), as_is(std::move(message))); }
    void warning(Location where, std::string message) { warning(std::move(where), as_is(std::move(message))); }
    void error(Location where, const char* message) { error(std::move(where), std::string(message)); }
    void warning(Location where, const char* message) { warning(std::move(where), std::string(message)); }
    /// Adds every problem of `other`, in its order, after those already here.
    void append(Diagnostics&& other);

    const std::vector<Diagnostic>& all() const { return items_; }
    int error_count() const;
    int warning_count() const;
    bool has_errors() const { return error_count() > 0; }

    /// Sorted by file, line and column, so output follows the file; stable for equal places.
    std::vector<Diagnostic> sorted() const;

private:
    std::vector<Diagnostic> items_;
};

}  // namespace veedor

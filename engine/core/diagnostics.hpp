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

struct Diagnostic {
    Location where;
    Severity severity = Severity::error;
    std::string message;
    std::string str() const;  ///< "file:line:column: error: message"
};

class Diagnostics {
public:
    void error(Location where, std::string message);
    void warning(Location where, std::string message);
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

#pragma once
/// Located problems: what a loader or validator found, where, and how serious.
///
/// Parsers and validators collect Diagnostics and carry on, so that one run reports every
/// problem; the command layer prints them as `file:line:column: severity: message` and chooses
/// the exit code (docs/cli.md).

#include <string>
#include <vector>

namespace veedor {

/// A place in an input file. line and column start at 1; 0 means "the whole file".
struct Location {
    std::string file;
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

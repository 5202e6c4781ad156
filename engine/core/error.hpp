#pragma once
/// InputError: veedor's one exception for a problem in the INPUT found where no Diagnostics can
/// collect it (a figure that overflows exact arithmetic while projecting, a file that cannot be
/// read while importing). It is the input's fault, never a bug: run_cli catches it once and prints
/// it as `file:line:column: error: message`, exit 1 (docs/cli.md). Bugs and broken preconditions
/// stay std::logic_error ("internal error", exit 4).
///
/// An error thrown where the place is not known (the money arithmetic) has no Location; a caller
/// that knows the rule or file at fault catches it and throws it again with one, so that the user
/// learns what to change.

#include "core/diagnostics.hpp"

#include <optional>
#include <stdexcept>
#include <string>

namespace veedor {

class InputError : public std::runtime_error {
public:
    /// A problem whose place is not known here: what() is the message.
    explicit InputError(std::string message)
        : std::runtime_error(message), message_(std::move(message)) {}
    /// A problem at `where`: what() is "file:line:column: error: message".
    InputError(Location where, std::string message)
        : std::runtime_error(Diagnostic{where, Severity::error, message}.str()),
          where_(std::move(where)),
          message_(std::move(message)) {}

    /// The rule, entry or file at fault, when known.
    const std::optional<Location>& where() const { return where_; }
    /// The message without the location.
    const std::string& message() const { return message_; }

private:
    std::optional<Location> where_;
    std::string message_;
};

}  // namespace veedor

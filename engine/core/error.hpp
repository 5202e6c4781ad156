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
    /// A problem whose place is not known here.
    explicit InputError(Message message) : std::runtime_error(message.key), message_(std::move(message)) {}
    /// A problem at `where`.
    InputError(Location where, Message message)
        : std::runtime_error(message.key), where_(std::move(where)), message_(std::move(message)) {}
    /// The old way: a text in English only (see Diagnostics::error).
    explicit InputError(std::string message) : InputError(as_is(std::move(message))) {}
    InputError(Location where, std::string message) : InputError(std::move(where), as_is(std::move(message))) {}
    InputError(Location where, const char* message) : InputError(std::move(where), std::string(message)) {}

    /// In English: "file:line:column: error: message" when located, else the message. Defined
    /// with the table of messages (text/messages.cpp), which this room cannot include.
    const char* what() const noexcept override;

    /// The rule, entry or file at fault, when known.
    const std::optional<Location>& where() const { return where_; }
    /// The message without the location.
    const Message& message() const { return message_; }

private:
    std::optional<Location> where_;
    Message message_;
    mutable std::string what_;  // what() in English, made when first asked
};

}  // namespace veedor

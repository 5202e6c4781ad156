#pragma once
/// ScenarioError: a scenario whose numbers cannot be projected (a figure that overflows, a rule
/// that would fund a negative amount), found while evaluating it. It is the input's fault, never a
/// bug: the command layer prints it as a diagnostic and exits 1 (invalid input).

#include "core/diagnostics.hpp"

#include <stdexcept>
#include <string>

namespace veedor {

class ScenarioError : public std::runtime_error {
public:
    /// `where` is the rule or entry of the scenario that produced the figure.
    ScenarioError(Location where, std::string message)
        : std::runtime_error(Diagnostic{where, Severity::error, message}.str()),
          where_(std::move(where)),
          message_(std::move(message)) {}

    const Location& where() const { return where_; }
    /// The message without the location.
    const std::string& message() const { return message_; }

private:
    Location where_;
    std::string message_;
};

}  // namespace veedor

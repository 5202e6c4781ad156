#pragma once
/// Reads a scenario (docs/scenario-format.md): its chain of `extends`, its base model, and the
/// checks that tie them together.

#include "core/diagnostics.hpp"
#include "yaml/yaml_tree.hpp"
#include "scenario/scenario.hpp"

#include <string>

namespace veedor {

struct ScenarioLimits {
    long max_trials = 10'000'000;
    YamlLimits yaml;  ///< for the scenario files and the base model
};

/// Reads, resolves and validates the scenario at `path`. The scenario is usable only when
/// `diags` has no errors.
Scenario load_scenario(const std::string& path, Diagnostics& diags, const ScenarioLimits& limits = {});

}  // namespace veedor

#pragma once
/// Reads a scenario (docs/scenario-format.md): its chain of `extends`, its base model, and the
/// checks that tie them together.

#include "core/diagnostics.hpp"
#include "yaml/yaml_tree.hpp"
#include "scenario/scenario.hpp"

#include <string>

namespace veedor {

/// The most trials a scenario file may ask for unless `--max-trials` raises it: a file someone
/// sends cannot start a run of hours and gigabytes by itself (docs/reliability.md).
inline constexpr long default_max_trials = 1'000'000;

struct ScenarioLimits {
    long max_trials = default_max_trials;
    YamlLimits yaml;  ///< for the scenario files and the base model
};

/// Reads, resolves and validates the scenario at `path`. The scenario is usable only when
/// `diags` has no errors.
Scenario load_scenario(const std::string& path, Diagnostics& diags, const ScenarioLimits& limits = {});

}  // namespace veedor

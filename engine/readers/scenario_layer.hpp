#pragma once
/// One scenario file as written, before `extends` is resolved, and the merge of a chain of them.

#include "core/diagnostics.hpp"
#include "yaml/yaml_tree.hpp"
#include "scenario/scenario.hpp"

#include <optional>
#include <string>
#include <vector>

namespace veedor {

struct ScenarioLayer {
    bool parsed = false;  ///< false when the file could not be read as YAML at all
    std::string file;
    std::string extends;
    Location extends_where;
    std::optional<std::string> title, model_path, notes;
    Location model_where;
    std::optional<int> from, to, prices_of;
    std::vector<Source> sources;
    std::optional<std::vector<MacroEntry>> general_budget, inflation_pct, population;
    std::optional<std::vector<FundingRule>> funding;
    std::vector<ExecutionRule> execution;
    std::vector<Need> needs;
    /// Per need, the keys its file gives: a need of a scenario that `extends` may give only the
    /// fields it changes of an inherited need with its id (merge_layers fills in the rest).
    std::vector<std::vector<std::string>> need_keys;
    std::vector<Demand> demand;
    std::vector<CorrelationGroup> correlations;
    std::optional<long> trials;
    std::optional<std::uint64_t> seed;
    bool seed_given = false;
    Location monte_carlo_where;
};

/// Reads one scenario file; problems go to `d`.
ScenarioLayer read_scenario_layer(const std::string& path, Diagnostics& d, const YamlLimits& limits = {});

/// Merges a chain (child first, root parent last): each layer overrides what its parent set.
Scenario merge_layers(const std::vector<ScenarioLayer>& chain, Diagnostics& d);

}  // namespace veedor

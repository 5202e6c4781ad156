#include "readers/scenario_reader.hpp"

#include "readers/model_reader.hpp"
#include "readers/scenario_layer.hpp"
#include "scenario/correlation.hpp"
#include "scenario/scenario_rules.hpp"

#include <filesystem>

namespace veedor {

namespace fs = std::filesystem;

static std::string relative_to(const std::string& file, const std::string& path) {
    fs::path p(path);
    if (p.is_absolute()) return p.lexically_normal().string();
    return (fs::path(file).parent_path() / p).lexically_normal().string();
}

/// "tests/bad-scenarios/" for tests/bad-scenarios/x.yaml, "./" for x.yaml: where its relative paths start.
static std::string folder_of(const std::string& file) {
    std::string folder = fs::path(file).parent_path().string();
    return (folder.empty() ? "." : folder) + "/";
}

static std::string canonical(const std::string& path) {
    std::error_code ec;
    auto c = fs::weakly_canonical(path, ec);
    return ec ? path : c.string();
}

Scenario load_scenario(const std::string& path, Diagnostics& d, const ScenarioLimits& limits) {
    // Read the chain child -> parent -> ..., refusing loops.
    std::vector<ScenarioLayer> chain;
    std::vector<std::string> seen, shown;  // canonical paths to compare, paths as written to show
    std::string current = path;
    while (true) {
        seen.push_back(canonical(current));
        shown.push_back(current);
        ScenarioLayer layer = read_scenario_layer(current, d, limits.yaml);
        if (!layer.parsed) return Scenario{};
        std::string parent = layer.extends.empty() ? "" : relative_to(current, layer.extends);
        Location extends_at = layer.extends_where;
        chain.push_back(std::move(layer));
        if (parent.empty()) break;
        if (std::find(seen.begin(), seen.end(), canonical(parent)) != seen.end()) {
            std::string cycle;
            for (const auto& s : shown) cycle += s + " -> ";
            d.error(extends_at, msg("model.extends-cycle", cycle + parent));
            return Scenario{};
        }
        if (!fs::exists(parent)) {
            d.error(extends_at, msg("scenario.extends-missing", parent, folder_of(current)));
            return Scenario{};
        }
        current = parent;
    }

    Scenario s = merge_layers(chain, d);
    s.file = path;
    if (s.model_path.empty()) {
        d.error({path, 1, 1}, msg("scenario.no-model"));
        return s;
    }
    if (!fs::exists(s.model_path)) {
        d.error(s.model_where, msg("scenario.model-missing", s.model_path, folder_of(s.model_where.file.str())));
        return s;
    }
    Diagnostics model_diags;
    s.model = load_model(s.model_path, model_diags, limits.yaml);
    for (const Diagnostic& x : model_diags.all()) {
        if (x.severity == Severity::error) d.error(x.where, x.message);
    }
    if (model_diags.has_errors()) {
        d.error(s.model_where, msg("scenario.model-unusable", s.model_path));
        return s;
    }
    check_scenario(s, d, limits.max_trials);
    if (!d.has_errors()) {
        collect_params(s);
        resolve_correlations(s, d);
        check_central_case(s, d);
    }
    return s;
}

}  // namespace veedor

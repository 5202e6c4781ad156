#pragma once
/// Reads a budget model from a YAML file (docs/model-format.md).

#include "core/diagnostics.hpp"
#include "yaml/yaml_tree.hpp"
#include "model/model.hpp"

#include <optional>
#include <string>

namespace veedor {

/// Reads and validates the model at `path`, with the models it `extends` under it
/// (docs/model-format.md, "Layers"). Every problem, with its location, goes to `diags`;
/// the model is usable only when diags has no errors.
Model load_model(const std::string& path, Diagnostics& diags, const YamlLimits& limits = {});

/// One entry of a `sources` list (models and scenarios share the form); a model layer's source
/// may also say what it `replaces` (read by the model reader).
[[nodiscard]] std::optional<Source> read_source_entry(const YamlNode& n, Diagnostics& d, bool replaceable = false);

/// The same, from text (for tests); `name` is used in locations.
Model load_model_text(std::string_view text, const std::string& name, Diagnostics& diags);

}  // namespace veedor

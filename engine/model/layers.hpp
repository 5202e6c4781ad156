#pragma once
/// Where the values of a layered model come from (docs/model-format.md, "Layers"). Data only:
/// the reader records them while it merges the layers, `check --origins` puts them in words.

#include "core/diagnostics.hpp"

#include <optional>
#include <string>
#include <vector>

namespace veedor {

/// What a later layer gave.
enum class LayerValueKind {
    source,        ///< a source (subject: its id)
    group,         ///< a group (subject: its id)
    year,          ///< a year the earlier layers do not list (year)
    year_field,    ///< one field of a year the earlier layers list (year, field)
    entity,        ///< an entity the earlier layers do not have (subject: its id)
    entity_field,  ///< one field of an entity the earlier layers have (subject, field)
    figure,        ///< an entity's figure for a year (subject, year)
    printed,       ///< a printed figure (subject: what it is about, field: its measure, year)
};

/// One value given by a layer above the base, and what it replaced if anything.
struct LayerValue {
    LayerValueKind kind = LayerValueKind::source;
    std::string subject;
    std::string field;
    int year = 0;
    Location where;                   ///< where the layer gives it
    std::optional<Location> replaced; ///< where the value it replaces was given
    std::string note;                 ///< the layer's reason for replacing it
};

/// The files a model was read from, base first, and every value a later layer gave.
struct ModelLayers {
    std::vector<std::string> files;
    std::vector<LayerValue> values;
};

}  // namespace veedor

#pragma once
/// One model file as written, before `extends` is resolved, and the merge of a layer onto what
/// the layers below it give (docs/model-format.md, "Layers").

#include "core/diagnostics.hpp"
#include "model/model.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace veedor {

/// A layer's `replaces: "why"` on one item.
struct Replaces {
    std::string note;
    Location where;
};

/// The keys of an entity a file gave (a layer may name an entity of an earlier layer by its id
/// alone, to add figures).
enum EntityKey : std::uint8_t {
    key_name = 1,
    key_level = 2,
    key_kind = 4,
    key_region = 8,
    key_groups = 16,
    key_aggregates = 32,
    key_note = 64,
};

struct ModelLayer {
    bool parsed = false;  ///< false when the file could not be read as YAML at all
    Model model;          ///< as written in this file, not validated
    std::string extends;  ///< the path as written, relative to this file
    Location extends_where;
    std::vector<std::uint8_t> entity_keys;  ///< EntityKey bits, one per model.entities
    std::map<std::pair<int, int>, Replaces> replaces;  ///< by the line and column of the item

    /// The `replaces` of the item at `where`, or nullptr.
    const Replaces* replaces_at(const Location& where) const;
};

/// Reports an entity new in its layer that lacks a key every entity needs.
void require_entity_keys(const Entity& e, std::uint8_t keys, Diagnostics& d);

/// Adds `layer` onto `merged` (what the layers below give), reporting each value given in both
/// that the layer does not say it replaces, and recording in merged.layers what it gave.
void merge_model_layer(Model& merged, const ModelLayer& layer, Diagnostics& d);

}  // namespace veedor

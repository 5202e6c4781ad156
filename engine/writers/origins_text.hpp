#pragma once
/// Which layer each value of a model comes from, in words (`veedor check --origins`).

#include "model/model.hpp"
#include "text/lang.hpp"

#include <string>

namespace veedor {

/// The model's files, base first, then every value a layer above the base gave, with its place,
/// and what it replaced with the layer's reason. Everything not listed comes from the base.
std::string origins_text(const Model& m, Lang lang);

}  // namespace veedor

#pragma once
/// The rules a model must follow beyond its YAML shape: unique ids, references that resolve,
/// years that exist. Reports each broken rule with the location of the offending value.

#include "core/diagnostics.hpp"
#include "model/model.hpp"

namespace veedor {

/// Checks `m`; errors make the model unusable, warnings (executed above allocated) do not.
/// Values the reader already rejected (empty ids, year 0) are skipped, not reported twice.
void validate(const Model& m, Diagnostics& d);

}  // namespace veedor

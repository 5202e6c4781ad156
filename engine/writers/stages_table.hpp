#pragma once
/// The budget stages a model holds (an import from the MEF), as a table for compare: every stage
/// per entity and year, with the entity's name and the avance % (devengado / PIM, as the MEF's
/// Consulta Amigable computes it).

#include "core/rounding.hpp"
#include "model/model.hpp"
#include "text/lang.hpp"
#include "text/table.hpp"

#include <optional>

namespace veedor {

/// Nothing when no figure of the model has stages (a model written by hand).
std::optional<Table> stages_table(const Model& m, const Presentation& p, Lang lang);

}  // namespace veedor

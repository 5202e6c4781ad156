#include "writers/origins_text.hpp"

#include <fmt/format.h>

namespace veedor {
namespace {

std::string value_text(const LayerValue& v, Lang l) {
    const bool es = l == Lang::es;
    switch (v.kind) {
        case LayerValueKind::source: return fmt::format(fmt::runtime(es ? "fuente '{}'" : "source '{}'"), v.subject);
        case LayerValueKind::group: return fmt::format(fmt::runtime(es ? "grupo '{}'" : "group '{}'"), v.subject);
        case LayerValueKind::year: return fmt::format(fmt::runtime(es ? "año {}" : "year {}"), v.year);
        case LayerValueKind::year_field: return fmt::format(fmt::runtime(es ? "año {}, '{}'" : "year {}, '{}'"), v.year, v.field);
        case LayerValueKind::entity: return fmt::format(fmt::runtime(es ? "entidad '{}'" : "entity '{}'"), v.subject);
        case LayerValueKind::entity_field:
            return fmt::format(fmt::runtime(es ? "entidad '{}', '{}'" : "entity '{}', '{}'"), v.subject, v.field);
        case LayerValueKind::figure:
            return fmt::format(fmt::runtime(es ? "cifra de '{}' para {}" : "figure of '{}' for {}"), v.subject, v.year);
        case LayerValueKind::printed:
            if (v.subject.empty())
                return fmt::format(fmt::runtime(es ? "cifra publicada '{}' de {}" : "printed '{}' for {}"), v.field, v.year);
            return fmt::format(fmt::runtime(es ? "cifra publicada '{}' de '{}' para {}" : "printed '{}' of '{}' for {}"), v.field,
                               v.subject, v.year);
    }
    return {};
}

}  // namespace

std::string origins_text(const Model& m, Lang l) {
    const bool es = l == Lang::es;
    std::string out = es ? "Capas, de la base a la última:\n" : "Layers, base first:\n";
    for (size_t i = 0; i < m.layers.files.size(); ++i) out += fmt::format("  {}. {}\n", i + 1, m.layers.files[i]);
    if (m.layers.files.size() <= 1) {
        out += es ? "Todos los valores vienen de la capa 1.\n" : "Every value comes from layer 1.\n";
        return out;
    }
    out += es ? "Valores que da una capa sobre la base (todos los demás vienen de la capa 1):\n"
              : "Values a layer above the base gives (every other value comes from layer 1):\n";
    for (const LayerValue& v : m.layers.values) {
        out += fmt::format("  {}: {}", v.where.str(), value_text(v, l));
        if (v.replaced)
            out += fmt::format(fmt::runtime(es ? ", reemplaza el de {}: \"{}\"" : ", replaces the one at {}: \"{}\""),
                               v.replaced->str(), v.note);
        out += "\n";
    }
    return out;
}

}  // namespace veedor

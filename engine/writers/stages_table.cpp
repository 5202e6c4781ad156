// compare's table of the budget stages an imported model holds (stages_table.hpp).
#include "writers/stages_table.hpp"

#include "core/ratio.hpp"

#include <algorithm>

namespace veedor {

std::optional<Table> stages_table(const Model& m, const Presentation& p, Lang lang) {
    Table t;
    t.title = std::string(tr("stages.title", lang));
    t.headers = {std::string(tr("stages.entity", lang)), std::string(tr("stages.year", lang))};
    for (std::string_view stage : budget_stages) t.headers.push_back(std::string(tr(std::string("stages.") + std::string(stage), lang)));
    t.headers.push_back(std::string(tr("stages.avance", lang)));
    t.right_aligned.assign(t.headers.size(), true);
    t.right_aligned[0] = false;
    for (const Entity& e : m.entities)
        for (const Figure& f : e.figures) {
            if (f.stages().empty()) continue;
            std::vector<std::string> row{e.id + " " + e.name, std::to_string(f.year)};
            auto amount = [&](std::string_view stage) -> std::optional<Money> {
                auto it = std::find_if(f.stages().begin(), f.stages().end(), [&](const auto& s) { return s.first == stage; });
                return it == f.stages().end() ? std::nullopt : std::optional<Money>(it->second);
            };
            for (std::string_view stage : budget_stages) {
                auto a = amount(stage);
                row.push_back(a ? money_text(*a, lang) : "");
            }
            auto pim = amount("pim"), devengado = amount("devengado");
            std::optional<Ratio> avance = pim && devengado && !pim->is_zero() ? Ratio::of(*devengado, *pim) : std::nullopt;
            row.push_back(avance ? percent_text(round_ratio(avance->times(100), p.percent_places, p.mode), lang)
                                 : std::string(tr("stages.no_pim", lang)));
            t.rows.push_back(std::move(row));
        }
    if (t.rows.empty()) return std::nullopt;
    t.notes.push_back(std::string(tr("stages.note", lang)));
    return t;
}

}  // namespace veedor

#include "report/brief_track.hpp"

#include "writers/track_writer.hpp"

#include <algorithm>

namespace veedor {

bool has_actuals(const Tracking& t) {
    return std::any_of(t.scenarios.begin(), t.scenarios.end(), [](const ScenarioTrack& s) { return !s.years.empty(); });
}

void add_track_section(Document& d, const Tracking& t, const std::string& chart_svg, const std::string& chart_file,
                       const Presentation& p, const SimulationRun* featured) {
    const bool en = d.lang == Lang::en;
    Block heading;
    heading.kind = Block::Kind::heading;
    heading.text = en ? "Plan against actual" : "Plan frente a lo real";
    d.blocks.push_back(heading);
    Block intro;
    intro.text = en ? "Each scenario's central funding and expected execution beside the allocation and execution "
                      "the model records for the horizon years it has, and the share of the central case's costed "
                      "need that the actual execution met. The PEFA scores apply the 2016 framework's outturn "
                      "indicators to this specific budget."
                    : "El financiamiento central y la ejecución esperada de cada escenario frente a la asignación y "
                      "la ejecución que el modelo registra para los años del horizonte que tiene, y la parte de la "
                      "necesidad costeada del caso central que la ejecución real cubrió. Las calificaciones PEFA "
                      "aplican los indicadores de ejecución del marco 2016 a este presupuesto específico.";
    d.blocks.push_back(intro);
    if (!chart_svg.empty()) {
        Block figure;
        figure.kind = Block::Kind::figure;
        figure.text = en ? "Plan against actual" : "Plan frente a lo real";
        figure.svg = chart_svg;
        figure.image = chart_file;
        d.blocks.push_back(figure);
    }
    // One scenario's tables keep the printed brief short (docs/charts.md): the featured one, as in
    // the summary and the charts (else the first with actuals); `veedor track` shows every scenario.
    const ScenarioTrack* shown = nullptr;
    for (const ScenarioTrack& s : t.scenarios)
        if (!s.years.empty() && (!shown || s.run == featured)) shown = &s;
    if (shown && t.scenarios.size() > 1) {
        Block note;
        note.text = en ? "The tables show " + shown->run->scenario->title +
                             "; the command \"veedor track\" sets every scenario against the actual figures."
                       : "Las tablas muestran " + shown->run->scenario->title +
                             "; el comando \"veedor track\" compara cada escenario con las cifras reales.";
        d.blocks.push_back(note);
    }
    for (Table& table : track_tables(t, p, d.lang, shown ? shown->run : nullptr)) {
        Block b;
        b.kind = Block::Kind::table;
        b.table = std::move(table);
        d.blocks.push_back(std::move(b));
    }
}

}  // namespace veedor

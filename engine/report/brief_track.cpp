#include "report/brief_track.hpp"

#include "text/lang.hpp"
#include "writers/track_writer.hpp"

#include <algorithm>

namespace veedor {

bool has_actuals(const Tracking& t) {
    return std::any_of(t.scenarios.begin(), t.scenarios.end(), [](const ScenarioTrack& s) { return !s.years.empty(); });
}

void add_track_section(Document& d, const Tracking& t, const std::string& chart_svg, const std::string& chart_file,
                       const Presentation& p, const SimulationRun* featured) {
    Block heading;
    heading.kind = Block::Kind::heading;
    heading.text = tr("brief.track", d.lang);
    d.blocks.push_back(heading);
    Block intro;
    intro.text = tr("brief.track_intro", d.lang);
    d.blocks.push_back(intro);
    if (!chart_svg.empty()) {
        Block figure;
        figure.kind = Block::Kind::figure;
        figure.text = tr("brief.track", d.lang);
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
        note.text = trf("brief.track_shown", d.lang, shown->run->scenario->title);
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

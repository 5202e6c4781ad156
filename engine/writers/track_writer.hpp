#pragma once
/// Writes `veedor track`: each scenario's plan beside the actual figures, and the PEFA outturn
/// indicators with their thresholds, as terminal text, Markdown, CSV or JSON, in English or
/// Spanish (the machine columns and JSON keys are the same in both).

#include "core/rounding.hpp"
#include "scenario/track.hpp"
#include "text/lang.hpp"
#include "text/table.hpp"
#include "writers/compare_writer.hpp"

#include <string>
#include <vector>

namespace veedor {

/// Where the actuals come from, for the head of every output.
struct TrackSource {
    std::string model_file;  ///< the actual model's file
    std::string model_title;
};

std::string track_text(const Tracking& t, const TrackSource& src, const Presentation& p, Lang lang);
std::string track_markdown(const Tracking& t, const TrackSource& src, const Presentation& p, Lang lang, int level = 1);
std::string track_json(const Tracking& t, const TrackSource& src, const Presentation& p);
/// track-years and track-pefa.
std::vector<NamedTable> track_csv_tables(const Tracking& t, const Presentation& p);

/// The plan-against-actual tables of each scenario with actuals (only `only`'s, when given) and
/// the PEFA table, in human style: the brief renders them as it renders its other tables.
std::vector<Table> track_tables(const Tracking& t, const Presentation& p, Lang lang,
                                const SimulationRun* only = nullptr);

}  // namespace veedor

#pragma once
/// Writes the results of `veedor simulate`: the central projection, Monte Carlo summaries and the
/// sensitivity ranking of one or several scenarios, as terminal text, Markdown, CSV or JSON.

#include "core/rounding.hpp"
#include "writers/compare_writer.hpp"
#include "scenario/simulation.hpp"

#include <optional>
#include <string>
#include <vector>

namespace veedor {

/// For people, in the language and number style of `people`.
/// `width`: the terminal's columns, which long names are shortened to fit (0: no limit; render_text).
/// With several runs, every output also compares them per year and against `runs[baseline]`
/// (scenario/scenario_compare.hpp).
std::string simulation_text(const std::vector<SimulationRun>& runs, const Presentation& p,
                            const Style& people = Style::human, size_t width = 0, size_t baseline = 0);
std::string simulation_markdown(const std::vector<SimulationRun>& runs, const Presentation& p,
                                const Style& people = Style::human, size_t baseline = 0);
/// For machines: the CSV tables' columns, a figure that does not exist as null; with several runs
/// each run's "comparison" holds its rows of simulate-compare.
std::string simulation_json(const std::vector<SimulationRun>& runs, const Presentation& p, size_t baseline = 0);
/// simulate-years, -axes, -entities, -needs, -montecarlo, -probability, -sensitivity, -headline,
/// and with several runs -compare.
std::vector<NamedTable> simulation_csv_tables(const std::vector<SimulationRun>& runs, const Presentation& p,
                                              size_t baseline = 0);

/// A micro-unit value as plain decimal text without trailing zeros: 2500000 -> "2.5".
std::string micro_text(std::int64_t micro);

}  // namespace veedor

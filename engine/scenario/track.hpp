#pragma once
/// The plan against what happened (`veedor track`): each scenario's central funding and expected
/// execution beside the actual allocation and execution of every horizon year the actual model
/// has, with the variances, their running totals and the share of the central-case need that the
/// actual execution met; and the PEFA outturn indicators of the actual model. Exact values, in no
/// language (docs/methodology.md, "The plan against actual").

#include "analysis/compare.hpp"
#include "analysis/pefa.hpp"
#include "scenario/simulation.hpp"

#include <optional>
#include <vector>

namespace veedor {

/// actual − planned, and that as a % of planned (n/a when nothing was planned).
struct Variance {
    Money amount;
    std::optional<Ratio> pct;
};

/// A plan figure set beside an actual one: the year's, and the running total over the horizon
/// years so far that have the actual figure.
struct TrackedFigure {
    Money planned;
    std::optional<Money> actual;           ///< nothing when the actual model lacks it
    std::optional<Variance> variance;      ///< when `actual` is there
    std::optional<Variance> cumulative;    ///< running totals of planned and actual, years with `actual`
};

struct TrackYear {
    int year = 0;
    SeriesOrigin origin = SeriesOrigin::none;  ///< where the actual national figure comes from
    int members = 0, with_figure = 0;          ///< its coverage (a partial sum says "2 of 15")
    std::optional<Date> partial_through;       ///< the actual execution counts only this far
    TrackedFigure funded;    ///< planned funding against the actual allocation
    TrackedFigure executed;  ///< expected execution against the actual execution
    Money need;              ///< central case, current soles
    std::optional<Money> need_p10, need_p90;  ///< Monte Carlo band, when trials were run
    std::optional<Ratio> need_met;             ///< actual executed / central need, in %
    std::optional<Ratio> need_met_cumulative;  ///< over the years so far with an actual execution
};

struct ScenarioTrack {
    const SimulationRun* run = nullptr;
    std::vector<TrackYear> years;  ///< horizon years whose actual allocation or execution is known
};

struct Tracking {
    std::vector<ScenarioTrack> scenarios;
    PefaOutturn pefa;  ///< of the actual model
};

/// Tracks every run against `actual` (the scenario's own model, or another with the actuals).
Tracking track(const std::vector<SimulationRun>& runs, const Model& actual);

}  // namespace veedor

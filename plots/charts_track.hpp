#pragma once
/// The plan-against-actual chart of `veedor track` and the brief (docs/charts.md): each scenario's
/// funded path, the need's P10–P90 band, and the actual allocation and execution as points with
/// error bars for their precision.

#include "plots/chart.hpp"
#include "scenario/track.hpp"

#include <optional>

namespace veedor {

/// Half the width of the interval an actual figure stands for: zero for an exact figure. The hook
/// for printed figures that carry a precision ("14.1 millones" is ± 50,000): until the model
/// holds precisions every actual is exact, and the error bars have no height.
Money actual_half_width(const TrackYear& y, bool executed);

/// "8-plan-vs-actual": nothing when no scenario has a year with an actual figure.
std::optional<Chart> track_chart(const Tracking& t, const ChartStyle& style);

}  // namespace veedor

#pragma once
/// Funding risk (docs/scenario-format.md, "Funding risk"): a funding rule's probability of a cut
/// in a year. Each year's event is an uncertain number of its own, so that the Monte Carlo draws
/// it from the trial's stream like any other (the same results on any number of threads) and the
/// sensitivity table shows what a cut in that year moves.

#include "core/money.hpp"
#include "scenario/scenario.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace veedor {

/// Creates the draws of `risk`: one Number per year from `risk.from` (or `from`, the horizon's
/// first year) to `to`, uniform on 0-100 (%), labelled "funding cut WHO YEAR (draw, %)".
void make_cut_draws(CutRisk& risk, const std::string& who, int from, int to);

/// Cuts `path` (one amount per year of `years`) where `values` draw a cut: a year whose draw is
/// below probability-pct loses share-pct of its funding, and so do the `lasting` - 1 years after
/// it (cuts in year order, each of what the ones before left); each cut is rounded half-up to the
/// céntimo. A draw equal to the probability is no cut, so a probability of 0 never cuts and one
/// of 100 always does (draws are below 100).
void apply_cuts(const CutRisk& risk, const std::vector<int>& years, const std::vector<std::int64_t>& values,
                std::vector<Money>& path);

}  // namespace veedor

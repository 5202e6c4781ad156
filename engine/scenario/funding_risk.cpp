#include "scenario/funding_risk.hpp"

#include "core/money.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace veedor {

namespace {
constexpr std::int64_t percent_micro = 100'000'000;  // 100% in micro-percent
}

void make_cut_draws(CutRisk& risk, const std::string& who, int from, int to) {
    risk.draws.clear();
    risk.draw_years.clear();
    for (int y = std::max(from, risk.from); y <= to; ++y) {
        Number draw;
        draw.dist.shape = shape::Uniform{0, percent_micro};
        draw.label = fmt::format("funding cut {} {} (draw, %)", who, y);
        draw.where = risk.where;
        risk.draws.push_back(std::move(draw));
        risk.draw_years.push_back(y);
    }
}

void apply_cuts(const CutRisk& risk, const std::vector<int>& years, const std::vector<std::int64_t>& values,
                std::vector<Money>& path) {
    const std::int64_t probability = number_value(risk.probability_pct, values);
    const std::int64_t share = number_value(risk.share_pct, values);
    // In year order, so that a year under two lasting cuts loses the second share of what the
    // first left.
    for (size_t k = 0; k < risk.draws.size(); ++k) {
        if (number_value(risk.draws[k], values) >= probability) continue;
        const int cut_year = risk.draw_years[k];
        for (size_t j = 0; j < years.size(); ++j) {
            if (years[j] < cut_year || years[j] - cut_year >= risk.lasting) continue;
            Money& m = path[j];
            // The cut, m × share / 100%, rounded half-up to the céntimo; the share is at most 100%
            // (checked), so what is left is never negative.
            m = m - Money::from_raw(mul_div_half_up_by<percent_micro>(m.raw(), share));
        }
    }
}

}  // namespace veedor

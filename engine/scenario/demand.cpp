#include "scenario/demand.hpp"

#include "core/error.hpp"
#include "core/money.hpp"


#include <limits>

namespace veedor {

namespace {
constexpr std::int64_t micro = 1'000'000;
constexpr i128 int64_max = std::numeric_limits<std::int64_t>::max();

std::int64_t fit(i128 v, const Location& where, const Message& what) {
    if (v > int64_max || v < -int64_max) throw InputError(where, msg("proj.demand-overflows", what));
    return static_cast<std::int64_t>(v);
}
}  // namespace

std::vector<std::int64_t> demand_levels(const Demand& demand, const std::vector<int>& years,
                                        const std::vector<std::int64_t>& values) {
    const std::int64_t growth = number_value(demand.growth_pct, values);  // micro-percent
    std::int64_t level = number_value(demand.base, values);
    std::vector<std::int64_t> out;
    int year = demand.base_year;
    for (int y : years) {
        for (; year < y; ++year)
            level = fit(mul_div_half_up(level, 100 * micro + growth, 100 * micro), demand.where,
                        msg("proj.the-demand-of", demand.id, year + 1));
        out.push_back(level);
    }
    return out;
}

std::int64_t driven_quantity(std::int64_t level_micro, std::int64_t per_unit_micro, const Location& where) {
    return fit(mul_div_half_up(level_micro, per_unit_micro, micro), where, msg("proj.driven-quantity"));
}

}  // namespace veedor

#include "report/brief_risk.hpp"

#include "text/format.hpp"
#include "text/lang.hpp"

#include <fmt/format.h>

namespace veedor {

namespace {

/// The period of `year` (0: the horizon together) among the trials' summaries; nullptr when absent.
const PeriodSummary* period_of(const MonteCarloResult& mc, int year) {
    for (const PeriodSummary& s : mc.periods)
        if (s.year == year) return &s;
    return nullptr;
}

}  // namespace

Table brief_risk_table(const std::vector<SimulationRun>& runs, const Presentation& p, Lang l) {
    Table t;
    if (runs.empty()) return t;
    const Scenario& first = *runs.front().scenario;
    t.title = std::string(tr("brief.risk.title", l));
    t.headers = {std::string(tr("col.scenario", l)), std::string(tr("brief.risk.funded_mean", l)),
                 std::string(tr("brief.risk.gap_p50", l)), std::string(tr("brief.risk.gap_mean", l))};
    std::vector<int> years;
    for (int y = first.from; y <= first.to; ++y) years.push_back(y);
    years.push_back(0);
    for (int y : years)
        t.headers.push_back(y ? fmt::format(fmt::runtime(tr("brief.risk.p_year", l)), y)
                              : fmt::format(fmt::runtime(tr("brief.risk.p_horizon", l)), first.from, first.to));
    t.right_aligned = std::vector<bool>(t.headers.size(), true);
    t.right_aligned[0] = false;
    const std::string none(tr("value.not_applicable", l));
    bool any = false;
    for (const SimulationRun& r : runs) {
        std::vector<std::string> row{r.scenario->title};
        const MonteCarloResult* mc = r.monte_carlo ? &*r.monte_carlo : nullptr;
        const PeriodSummary* horizon = mc ? period_of(*mc, 0) : nullptr;
        // A horizon of other years: its horizon figures are not comparable with the first's.
        const bool same = r.scenario->from == first.from && r.scenario->to == first.to;
        if (horizon && same) {
            row.push_back(money_text(horizon->metrics[static_cast<size_t>(Metric::funded)].mean, l));
            row.push_back(money_text(horizon->metrics[static_cast<size_t>(Metric::gap_funded)].p50, l));
            row.push_back(money_text(horizon->metrics[static_cast<size_t>(Metric::gap_funded)].mean, l));
        } else {
            row.insert(row.end(), 3, none);
        }
        for (int y : years) {
            const PeriodSummary* s = mc && (y != 0 || same) ? period_of(*mc, y) : nullptr;
            if (!s) {
                row.push_back(none);
                continue;
            }
            auto share = Ratio::of(BigInt(s->funded_covers_need), BigInt(mc->trials));
            any |= share.has_value();
            row.push_back(share ? percent_text(round_ratio(share->times(100), p.percent_places, p.mode), l) : none);
        }
        t.rows.push_back(std::move(row));
    }
    if (!any) return Table{};
    t.notes.push_back(std::string(tr("brief.risk.note", l)));
    return t;
}

}  // namespace veedor

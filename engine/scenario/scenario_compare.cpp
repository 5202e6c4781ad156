#include "scenario/scenario_compare.hpp"

namespace veedor {

namespace {

const PeriodSummary* summary_of(const SimulationRun& r, int year) {
    if (!r.monte_carlo) return nullptr;
    for (const PeriodSummary& p : r.monte_carlo->periods)
        if (p.year == year) return &p;
    return nullptr;
}

ComparedFigures figures_of(const SimulationRun& run, const PeriodResult& r) {
    ComparedFigures f{r.funded, r.executed, r.need, r.need - r.funded, {}, {}, {}, {}};
    if (const PeriodSummary* s = summary_of(run, r.year)) {
        const Summary& need = s->metrics[static_cast<size_t>(Metric::need)];
        const Summary& gap = s->metrics[static_cast<size_t>(Metric::gap_funded)];
        f.need_p50 = need.p50;
        f.need_mean = need.mean;
        f.gap_p50 = gap.p50;
        f.gap_mean = gap.mean;
    }
    return f;
}

std::optional<Money> minus(const std::optional<Money>& a, const std::optional<Money>& b) {
    if (!a || !b) return std::nullopt;
    return *a - *b;
}

ComparedFigures difference(const ComparedFigures& a, const ComparedFigures& b) {
    return {a.funded - b.funded,           a.executed - b.executed,        a.need - b.need,
            a.gap - b.gap,                 minus(a.need_p50, b.need_p50),  minus(a.need_mean, b.need_mean),
            minus(a.gap_p50, b.gap_p50),   minus(a.gap_mean, b.gap_mean)};
}

std::vector<ComparedPeriod> periods_of(const SimulationRun& run) {
    std::vector<ComparedPeriod> out;
    for (const PeriodResult& r : run.central.years) out.push_back({r.year, figures_of(run, r), std::nullopt});
    out.push_back({0, figures_of(run, run.central.cumulative), std::nullopt});
    return out;
}

bool same_horizon(const Scenario& a, const Scenario& b) { return a.from == b.from && a.to == b.to; }

}  // namespace

ScenarioComparison compare_scenarios(const std::vector<SimulationRun>& runs, size_t baseline) {
    ScenarioComparison out;
    out.baseline = baseline;
    const SimulationRun& base_run = runs.at(baseline);
    const std::vector<ComparedPeriod> base = periods_of(base_run);
    for (const SimulationRun& run : runs) {
        ComparedScenario cs{&run, periods_of(run)};
        for (ComparedPeriod& p : cs.periods)
            for (const ComparedPeriod& b : base)
                if (b.year == p.year && (p.year != 0 || same_horizon(*run.scenario, *base_run.scenario)))
                    p.against_baseline = difference(p.figures, b.figures);
        out.scenarios.push_back(std::move(cs));
    }
    return out;
}

}  // namespace veedor

#include "scenario/track.hpp"

#include <algorithm>

namespace veedor {

namespace {

/// Running totals of planned and actual over the years that have the actual figure.
struct Running {
    Money planned, actual;
};

void pair_up(TrackedFigure& f, std::optional<Money> actual, Running& run) {
    f.actual = actual;
    if (!actual) return;
    f.variance = Variance{*actual - f.planned, percent_of(*actual - f.planned, f.planned)};
    run.planned += f.planned;
    run.actual += *actual;
    f.cumulative = Variance{run.actual - run.planned, percent_of(run.actual - run.planned, run.planned)};
}

const PeriodSummary* summary_of(const SimulationRun& r, int year) {
    if (!r.monte_carlo) return nullptr;
    for (const PeriodSummary& p : r.monte_carlo->periods)
        if (p.year == year) return &p;
    return nullptr;
}

}  // namespace

Tracking track(const std::vector<SimulationRun>& runs, const Model& actual) {
    Tracking out;
    out.pefa = pefa_outturn(actual);
    const std::vector<SeriesYear> series = national_series(actual);
    for (const SimulationRun& run : runs) {
        ScenarioTrack st;
        st.run = &run;
        Running funded, executed;
        Money executed_total, need_total;
        for (const PeriodResult& r : run.central.years) {
            auto s = std::find_if(series.begin(), series.end(), [&](const SeriesYear& y) { return y.year == r.year; });
            if (s == series.end() || (!s->specific && !s->executed)) continue;
            TrackYear y;
            y.year = r.year;
            y.origin = s->origin;
            y.members = s->members;
            y.with_figure = s->with_figure;
            y.partial_through = s->partial_through;
            y.funded.planned = r.funded;
            y.executed.planned = r.executed;
            y.need = r.need;
            pair_up(y.funded, s->specific, funded);
            pair_up(y.executed, s->executed, executed);
            if (const PeriodSummary* p = summary_of(run, r.year)) {
                y.need_p10 = p->metrics[static_cast<size_t>(Metric::need)].p10;
                y.need_p90 = p->metrics[static_cast<size_t>(Metric::need)].p90;
            }
            if (s->executed) {
                y.need_met = percent_of(*s->executed, r.need);
                executed_total += *s->executed;
                need_total += r.need;
                y.need_met_cumulative = percent_of(executed_total, need_total);
            }
            st.years.push_back(y);
        }
        out.scenarios.push_back(std::move(st));
    }
    return out;
}

}  // namespace veedor

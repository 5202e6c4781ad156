#include "scenario/montecarlo.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>

namespace veedor {

std::string_view to_string(Metric m) {
    switch (m) {
        case Metric::funded: return "funded";
        case Metric::executed: return "expected executed";
        case Metric::need: return "need";
        case Metric::gap_funded: return "gap (need - funded)";
        case Metric::gap_executed: return "gap (need - executed)";
    }
    return "?";
}

namespace {

constexpr int slots_per_period = metric_count + axis_count;

/// A trial's outcome, written into its own row of the table.
void record(const PeriodResult& r, Int128* out) {
    out[0] = r.funded.cents();
    out[1] = r.executed.cents();
    out[2] = r.need.cents();
    out[3] = (r.need - r.funded).cents();
    out[4] = (r.need - r.executed).cents();
    for (int a = 0; a < axis_count; ++a) out[metric_count + a] = r.need_by_axis[static_cast<size_t>(a)].cents();
}

Summary summarize(std::vector<Int128>& values) {
    std::sort(values.begin(), values.end());
    const long n = static_cast<long>(values.size());
    auto rank = [&](long percent) {  // nearest rank: ceil(p/100 × n), 1-based
        long r = (percent * n + 99) / 100;
        return Money::from_cents(values[static_cast<size_t>(std::clamp(r, 1L, n) - 1)]);
    };
    Int128 sum = 0;
    for (const Int128& v : values) sum += v;
    Int128 magnitude = sum < 0 ? Int128(-sum) : sum;
    Int128 mean = (magnitude / n) + ((magnitude % n) * 2 >= n ? 1 : 0);
    return {rank(5), rank(10), rank(50), rank(90), rank(95), Money::from_cents(sum < 0 ? Int128(-mean) : mean)};
}

}  // namespace

MonteCarloResult run_monte_carlo(const Projector& projector, const MonteCarloOptions& o) {
    const Scenario& s = projector.scenario();
    const size_t periods = s.horizon().size() + 1;
    const size_t row = periods * slots_per_period;
    const long trials = o.trials;
    std::vector<Int128> table(static_cast<size_t>(trials) * row);

    std::atomic<long> next{0}, done{0};
    constexpr long chunk = 64;
    auto worker = [&] {
        std::vector<std::int64_t> values(s.params.size());
        for (long start; (start = next.fetch_add(chunk)) < trials;) {
            long end = std::min(trials, start + chunk);
            for (long t = start; t < end; ++t) {
                RandomStream stream(o.seed, static_cast<std::uint64_t>(t));
                for (size_t k = 0; k < s.params.size(); ++k) values[k] = s.params[k].dist.sample(stream);
                Projection p = projector.evaluate(values);
                Int128* out = &table[static_cast<size_t>(t) * row];
                for (size_t y = 0; y + 1 < periods; ++y) record(p.years[y], out + y * slots_per_period);
                record(p.cumulative, out + (periods - 1) * slots_per_period);
            }
            done.fetch_add(end - start);
        }
    };
    int threads = std::max(1, o.threads);
    std::vector<std::thread> pool;
    for (int i = 1; i < threads; ++i) pool.emplace_back(worker);
    if (o.progress) {
        // The calling thread reports progress while the others work, then joins in.
        std::thread last(worker);
        while (done.load() < trials) {
            o.progress(done.load(), trials);
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        last.join();
        o.progress(trials, trials);
    } else {
        worker();
    }
    for (auto& t : pool) t.join();

    MonteCarloResult result;
    result.trials = trials;
    result.seed = o.seed;
    std::vector<int> years = s.horizon();
    std::vector<Int128> column(static_cast<size_t>(trials));
    for (size_t p = 0; p < periods; ++p) {
        PeriodSummary ps;
        ps.year = p + 1 < periods ? years[p] : 0;
        auto slot = [&](int k) {
            for (long t = 0; t < trials; ++t) column[static_cast<size_t>(t)] = table[static_cast<size_t>(t) * row + p * slots_per_period + static_cast<size_t>(k)];
            return summarize(column);
        };
        for (int m = 0; m < metric_count; ++m) ps.metrics[static_cast<size_t>(m)] = slot(m);
        for (int a = 0; a < axis_count; ++a) ps.need_by_axis[static_cast<size_t>(a)] = slot(metric_count + a);
        for (long t = 0; t < trials; ++t) {
            const Int128* r = &table[static_cast<size_t>(t) * row + p * slots_per_period];
            ps.funded_covers_need += r[3] <= 0;
            ps.executed_covers_need += r[4] <= 0;
        }
        result.periods.push_back(ps);
    }
    return result;
}

std::vector<SensitivityRow> sensitivity(const Projector& projector) {
    const Scenario& s = projector.scenario();
    std::vector<std::int64_t> central = projector.central_values();
    std::vector<SensitivityRow> rows;
    for (size_t k = 0; k < s.params.size(); ++k) {
        SensitivityRow r;
        r.label = s.params[k].label;
        r.central = central[k];
        r.low = s.params[k].dist.quantile(0.10);
        r.high = s.params[k].dist.quantile(0.90);
        std::vector<std::int64_t> values = central;
        values[k] = r.low;
        Projection low = projector.evaluate(values);
        values[k] = r.high;
        Projection high = projector.evaluate(values);
        r.gap_low = low.cumulative.need - low.cumulative.funded;
        r.gap_high = high.cumulative.need - high.cumulative.funded;
        rows.push_back(r);
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const SensitivityRow& a, const SensitivityRow& b) { return a.swing() > b.swing(); });
    return rows;
}

}  // namespace veedor

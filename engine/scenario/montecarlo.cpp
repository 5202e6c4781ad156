#include "scenario/montecarlo.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <memory>
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

/// The outcome of every trial, one column per (period, figure), so that a column is contiguous
/// for the summary and each trial writes only its own cells.
class OutcomeTable {
public:
    // Cells are left uninitialised: every one is written by its trial, and zeroing ten megabytes
    // on one thread before the trials start would cost more than a thousand trials.
    OutcomeTable(size_t periods, long trials)
        : trials_(static_cast<size_t>(trials)),
          cells_(std::make_unique_for_overwrite<i128[]>(periods * slots_per_period * trials_)) {}
    i128* column(size_t period, int slot) { return &cells_[(period * slots_per_period + static_cast<size_t>(slot)) * trials_]; }
    void record(size_t period, long trial, const PeriodResult& r) {
        auto t = static_cast<size_t>(trial);
        column(period, 0)[t] = r.funded.raw();
        column(period, 1)[t] = r.executed.raw();
        column(period, 2)[t] = r.need.raw();
        column(period, 3)[t] = (r.need - r.funded).raw();
        column(period, 4)[t] = (r.need - r.executed).raw();
        for (int a = 0; a < axis_count; ++a) column(period, metric_count + a)[t] = r.need_by_axis[static_cast<size_t>(a)].raw();
    }

private:
    size_t trials_;
    std::unique_ptr<i128[]> cells_;
};

/// Percentiles by nearest rank and the mean of one column; reorders the column.
Summary summarize(i128* values, long n) {
    i128 sum = 0;
    for (long t = 0; t < n; ++t) sum = checked_add(sum, values[t]);
    long from = 0;
    auto rank = [&](long percent) {  // nearest rank: ceil(p/100 × n), 1-based
        long r = std::clamp((percent * n + 99) / 100, 1L, n) - 1;
        std::nth_element(values + from, values + r, values + n);
        from = r;
        return Money::from_raw(values[r]);
    };
    // Ranks in increasing order: after nth_element at rank r, everything from r on is >= values[r],
    // so the next, higher rank is searched only there.
    Summary s;
    s.p5 = rank(5);
    s.p10 = rank(10);
    s.p50 = rank(50);
    s.p90 = rank(90);
    s.p95 = rank(95);
    s.mean = Money::from_raw(mul_div_half_up(sum, 1, n));
    return s;
}

/// Runs `work(i)` for i in [0, count) on `threads` threads, handing out indices in chunks.
template <class Work>
void parallel_for(long count, int threads, long chunk, Work work, const std::function<void(long)>& on_chunk = {}) {
    std::atomic<long> next{0};
    auto worker = [&] {
        for (long start; (start = next.fetch_add(chunk)) < count;) {
            long end = std::min(count, start + chunk);
            for (long i = start; i < end; ++i) work(i);
            if (on_chunk) on_chunk(end - start);
        }
    };
    std::vector<std::thread> pool;
    for (int i = 1; i < threads; ++i) pool.emplace_back(worker);
    worker();
    for (auto& t : pool) t.join();
}

}  // namespace

MonteCarloResult run_monte_carlo(const Projector& projector, const MonteCarloOptions& o) {
    const Scenario& s = projector.scenario();
    const std::vector<int> years = s.horizon();
    const size_t periods = years.size() + 1;
    const long trials = o.trials;
    const int threads = std::max(1, o.threads);
    OutcomeTable table(periods, trials);

    std::atomic<long> done{0};
    auto trial = [&](long t) {
        thread_local std::vector<std::int64_t> values;
        values.resize(s.params.size());
        RandomStream stream(o.seed, static_cast<std::uint64_t>(t));
        for (size_t k = 0; k < s.params.size(); ++k) values[k] = s.params[k].dist.sample(stream);
        Projection p = projector.evaluate(values, /*details=*/false);
        for (size_t y = 0; y + 1 < periods; ++y) table.record(y, t, p.years[y]);
        table.record(periods - 1, t, p.cumulative);
    };
    auto count_done = [&](long n) { done.fetch_add(n); };
    if (o.progress) {
        // A watcher reports progress from the calling thread's side while the workers run.
        std::atomic<bool> finished{false};
        std::thread watcher([&] {
            while (!finished.load()) {
                o.progress(done.load(), trials);
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
            }
        });
        parallel_for(trials, threads, 64, trial, count_done);
        finished = true;
        watcher.join();
        o.progress(trials, trials);
    } else {
        parallel_for(trials, threads, 64, trial);
    }

    // Summaries, one column at a time, also in parallel (each column is independent).
    MonteCarloResult result;
    result.trials = trials;
    result.seed = o.seed;
    result.periods.resize(periods);
    for (size_t p = 0; p < periods; ++p) {
        PeriodSummary& ps = result.periods[p];
        ps.year = p + 1 < periods ? years[p] : 0;
        const i128* gap_funded = table.column(p, 3);
        const i128* gap_executed = table.column(p, 4);
        for (long t = 0; t < trials; ++t) {  // before the columns are reordered
            ps.funded_covers_need += gap_funded[t] <= 0;
            ps.executed_covers_need += gap_executed[t] <= 0;
        }
    }
    const long columns = static_cast<long>(periods) * slots_per_period;
    parallel_for(columns, threads, 1, [&](long c) {
        size_t p = static_cast<size_t>(c / slots_per_period);
        int slot = static_cast<int>(c % slots_per_period);
        Summary x = summarize(table.column(p, slot), trials);
        if (slot < metric_count) result.periods[p].metrics[static_cast<size_t>(slot)] = x;
        else result.periods[p].need_by_axis[static_cast<size_t>(slot - metric_count)] = x;
    });
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

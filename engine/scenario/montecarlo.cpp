#include "scenario/montecarlo.hpp"

#include "core/error.hpp"
#include "scenario/correlation.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <exception>
#include <limits>
#include <memory>
#include <mutex>
#include <thread>

namespace veedor {

namespace {

/// What a trial records for one period: the five metrics, then the need of each axis that has a
/// costed need (an axis without one is zero in every trial and needs no column).
struct Slots {
    std::vector<int> axes;  ///< the axes with a column, in order
    explicit Slots(const Scenario& s) {
        for (int a = 0; a < axis_count; ++a)
            if (std::any_of(s.needs.begin(), s.needs.end(), [&](const Need& n) { return static_cast<int>(n.axis) == a; }))
                axes.push_back(a);
    }
    int count() const { return metric_count + static_cast<int>(axes.size()); }
};

/// Thrown when a figure does not fit a narrow cell: the trials are run again with wide cells.
struct TooWide {};

/// The outcome of every trial, one column per (period, figure), so that a column is contiguous
/// for the summary and each trial writes only its own cells. Cells are 64-bit céntimos (up to
/// 92 quadrillion soles, far beyond any budget) or, when a figure does not fit, 128-bit.
template <class Cell>
class OutcomeTable {
public:
    // Cells are left uninitialised: every one is written by its trial, and zeroing ten megabytes
    // on one thread before the trials start would cost more than a thousand trials.
    OutcomeTable(size_t periods, const Slots& slots, long trials)
        : slots_(slots),
          trials_(static_cast<size_t>(trials)),
          cells_(std::make_unique_for_overwrite<Cell[]>(periods * static_cast<size_t>(slots.count()) * trials_)) {}
    Cell* column(size_t period, int slot) {
        return &cells_[(period * static_cast<size_t>(slots_.count()) + static_cast<size_t>(slot)) * trials_];
    }
    void record(size_t period, long trial, const PeriodResult& r) {
        auto t = static_cast<size_t>(trial);
        column(period, 0)[t] = cell(r.funded);
        column(period, 1)[t] = cell(r.executed);
        column(period, 2)[t] = cell(r.need);
        column(period, 3)[t] = cell(r.need - r.funded);
        column(period, 4)[t] = cell(r.need - r.executed);
        for (size_t k = 0; k < slots_.axes.size(); ++k)
            column(period, metric_count + static_cast<int>(k))[t] = cell(r.need_by_axis[static_cast<size_t>(slots_.axes[k])]);
    }

private:
    static Cell cell(const Money& m) {
        i128 v = m.raw();
        if (v < std::numeric_limits<Cell>::min() || v > std::numeric_limits<Cell>::max()) throw TooWide{};
        return static_cast<Cell>(v);
    }
    const Slots& slots_;
    size_t trials_;
    std::unique_ptr<Cell[]> cells_;
};

/// Percentiles by nearest rank and the mean of one column; reorders the column.
template <class Cell>
Summary summarize(Cell* values, long n) {
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
/// When work throws, the exception of the lowest index that threw is rethrown here, after every
/// thread has stopped, so that the error is the same on any number of threads: chunks are handed
/// out in increasing order, so every index below a failure is still run, and those above it are
/// skipped.
template <class Work>
void parallel_for(long count, int threads, long chunk, Work work, const std::function<void(long)>& on_chunk = {}) {
    std::atomic<long> next{0};
    std::atomic<long> first_failure{count};
    std::mutex mutex;  // guards error and the lowering of first_failure
    std::exception_ptr error;
    auto worker = [&] {
        for (long start; (start = next.fetch_add(chunk)) < count && start < first_failure.load();) {
            long end = std::min(count, start + chunk);
            for (long i = start; i < end; ++i) {
                try {
                    work(i);
                } catch (...) {
                    std::lock_guard lock(mutex);
                    if (i < first_failure.load()) {
                        first_failure = i;
                        error = std::current_exception();
                    }
                    break;  // the rest of the chunk has higher indices
                }
            }
            if (on_chunk) on_chunk(end - start);
        }
    };
    std::vector<std::thread> pool;
    try {
        for (int i = 1; i < threads; ++i) pool.emplace_back(worker);
    } catch (const std::system_error&) {
        // No more threads to be had: those started and this one share the work.
    }
    worker();
    for (auto& t : pool) t.join();
    if (error) std::rethrow_exception(error);
}

}  // namespace

size_t bytes_per_trial(const Scenario& s) {
    return (s.horizon().size() + 1) * static_cast<size_t>(Slots(s).count()) * sizeof(std::int64_t);
}

namespace {

/// Runs the trials into `table`; an InputError of a trial says which trial it was.
template <class Cell>
void run_trials(const Projector& projector, const MonteCarloOptions& o, OutcomeTable<Cell>& table) {
    const Scenario& s = projector.scenario();
    const size_t periods = s.horizon().size() + 1;
    const long trials = o.trials;
    const int threads = std::max(1, o.threads);
    std::atomic<long> done{0};
    auto trial = [&](long t) {
        // Reused by every trial on this thread: a trial allocates nothing, so that threads do not
        // contend for the allocator.
        thread_local std::vector<std::int64_t> values;
        thread_local Projection p;
        RandomStream stream(o.seed, static_cast<std::uint64_t>(t));
        draw_values(s, stream, values);
        try {
            projector.evaluate_into(p, values, /*details=*/false);
            for (size_t y = 0; y + 1 < periods; ++y) table.record(y, t, p.years[y]);
            table.record(periods - 1, t, p.cumulative);
        } catch (const InputError& e) {
            if (e.where())
                throw InputError(*e.where(), msg("mc.in-trial", e.message(), t, trials, o.seed));
            // Not located: the money arithmetic of a gap (need - funded), which no one rule made.
            throw InputError({s.file, 1, 1}, msg("mc.gap-overflows", t, trials, o.seed));
        }
    };
    auto count_done = [&](long n) { done.fetch_add(n); };
    if (!o.progress) return parallel_for(trials, threads, 64, trial);
    // A watcher reports progress from the calling thread's side while the workers run; it is
    // stopped and joined whether the trials succeed or throw. It waits on a condition variable,
    // not a sleep, so that the end of the trials wakes it at once: a plain 100 ms sleep added up
    // to 100 ms to every run, more than 10,000 trials take.
    std::mutex watcher_mutex;
    std::condition_variable watcher_wake;
    bool finished = false;
    std::thread watcher([&] {
        std::unique_lock lock(watcher_mutex);
        while (!finished) {
            lock.unlock();
            o.progress(done.load(), trials);
            lock.lock();
            watcher_wake.wait_for(lock, std::chrono::milliseconds(100), [&] { return finished; });
        }
    });
    std::exception_ptr failure;
    try {
        parallel_for(trials, threads, 64, trial, count_done);
    } catch (...) {
        failure = std::current_exception();
    }
    {
        std::lock_guard lock(watcher_mutex);
        finished = true;
    }
    watcher_wake.notify_one();
    watcher.join();
    if (failure) std::rethrow_exception(failure);
    o.progress(trials, trials);
}

template <class Cell>
MonteCarloResult summarize_trials(const Projector& projector, const MonteCarloOptions& o, const Slots& slots,
                                  OutcomeTable<Cell>& table) {
    const std::vector<int> years = projector.scenario().horizon();
    const size_t periods = years.size() + 1;
    const long trials = o.trials;
    MonteCarloResult result;
    result.trials = trials;
    result.seed = o.seed;
    result.periods.resize(periods);
    for (size_t p = 0; p < periods; ++p) {
        PeriodSummary& ps = result.periods[p];
        ps.year = p + 1 < periods ? years[p] : 0;
        const Cell* gap_funded = table.column(p, 3);
        const Cell* gap_executed = table.column(p, 4);
        for (long t = 0; t < trials; ++t) {  // before the columns are reordered
            ps.funded_covers_need += gap_funded[t] <= 0;
            ps.executed_covers_need += gap_executed[t] <= 0;
        }
    }
    // Summaries, one column at a time, also in parallel (each column is independent). An axis
    // without a column is zero in every trial: its summary stays all zeros.
    const int per_period = slots.count();
    const long columns = static_cast<long>(periods) * per_period;
    parallel_for(columns, std::max(1, o.threads), 1, [&](long c) {
        size_t p = static_cast<size_t>(c / per_period);
        int slot = static_cast<int>(c % per_period);
        Summary x = summarize(table.column(p, slot), trials);
        if (slot < metric_count) result.periods[p].metrics[static_cast<size_t>(slot)] = x;
        else result.periods[p].need_by_axis[static_cast<size_t>(slots.axes[static_cast<size_t>(slot - metric_count)])] = x;
    });
    return result;
}

template <class Cell>
MonteCarloResult run_with(const Projector& projector, const MonteCarloOptions& o, const Slots& slots) {
    OutcomeTable<Cell> table(projector.scenario().horizon().size() + 1, slots, o.trials);
    run_trials(projector, o, table);
    return summarize_trials(projector, o, slots, table);
}

}  // namespace

MonteCarloResult run_monte_carlo(const Projector& projector, const MonteCarloOptions& o) {
    const Scenario& s = projector.scenario();
    const size_t bytes = static_cast<size_t>(o.trials) * bytes_per_trial(s);
    if (bytes > monte_carlo_memory_budget)
        throw InputError(s.monte_carlo_where.file.empty() ? Location{s.file, 1, 1} : s.monte_carlo_where,
                            msg("mc.memory",
                                        o.trials, (bytes + (1 << 20) - 1) >> 20, bytes_per_trial(s),
                                        monte_carlo_memory_budget >> 20,
                                        monte_carlo_memory_budget / bytes_per_trial(s)));
    const Slots slots(s);
    try {
        return run_with<std::int64_t>(projector, o, slots);
    } catch (const TooWide&) {
        // A figure beyond 92 quadrillion soles: the same trials again, with 128-bit cells.
        if (bytes > monte_carlo_memory_budget / 2)
            throw InputError(s.monte_carlo_where.file.empty() ? Location{s.file, 1, 1} : s.monte_carlo_where,
                                msg("mc.memory-wide",
                                            o.trials, monte_carlo_memory_budget >> 20));
        return run_with<i128>(projector, o, slots);
    }
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
        auto evaluate = [&](std::int64_t v, std::string_view which) {
            values[k] = v;
            try {
                return projector.evaluate(values);
            } catch (const InputError& e) {
                if (!e.where()) throw;
                throw InputError(*e.where(), msg("mc.in-sensitivity", e.message(), r.label, which));
            }
        };
        Projection low = evaluate(r.low, "P10");
        Projection high = evaluate(r.high, "P90");
        r.gap_low = low.cumulative.need - low.cumulative.funded;
        r.gap_high = high.cumulative.need - high.cumulative.funded;
        r.spend_low = low.cumulative.need - low.cumulative.executed;
        r.spend_high = high.cumulative.need - high.cumulative.executed;
        rows.push_back(r);
    }
    return ranked_by(std::move(rows), SensitivityTarget::gap_funded);
}

std::vector<SensitivityRow> ranked_by(std::vector<SensitivityRow> rows, SensitivityTarget target) {
    std::stable_sort(rows.begin(), rows.end(), [target](const SensitivityRow& a, const SensitivityRow& b) {
        return a.swing(target) > b.swing(target);
    });
    return rows;
}

}  // namespace veedor

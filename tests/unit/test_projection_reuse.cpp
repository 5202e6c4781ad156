// Projector::evaluate_into: a projection evaluated again into the same object gives exactly the
// figures of a fresh one, and allocates nothing (each Monte Carlo trial does this on its thread).
#include "scenario/projection.hpp"
#include "scenario/random.hpp"
#include "scenario_fixture.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <new>

// Every allocation of this thread is counted (the binary's operator new, for this test). Not
// under AddressSanitizer, which has its own operator new and reports memory that one allocator
// gives and another frees: the Release suite counts, the sanitizer suite checks the figures.
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define VEEDOR_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define VEEDOR_ASAN 1
#endif
namespace {
thread_local long allocations = 0;
}  // namespace
#ifndef VEEDOR_ASAN
void* operator new(std::size_t n) {
    ++allocations;
    if (void* p = std::malloc(n ? n : 1)) return p;
    throw std::bad_alloc();
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
#endif

using namespace veedor;

namespace {
// Every kind of quantity: a certain path, an uncertain path, certain and uncertain per-year
// quantities.
const char* const body = R"(funding:
  - {target: total, grow: {base-year: 2016, rate-pct: {value: {uniform: [0, 10]}, assumption: x}}}
execution:
  - {target: total, rate-pct: {value: {triangular: [40, 55, 70]}, assumption: x}}
needs:
  - {id: fixed-path, activity: a, axis: protection, entity: A, unit: u,
     quantity: {path: {start-year: 2016, start: 10, target: 40, by: 2019}, assumption: x},
     unit-cost: {value: {triangular: [50, 100, 300]}, assumption: x}}
  - {id: uncertain-path, activity: a, axis: prevention, entity: A, unit: u,
     quantity: {path: {start-year: 2016, start: {value: {uniform: [5, 15]}, assumption: x}, target: 33, by: 2018}, assumption: x},
     unit-cost: {value: 12.5, assumption: x}}
  - {id: fixed-years, activity: a, axis: prosecution, entity: A, unit: u,
     quantity: {per-year: [{year: 2017, value: 3}, {year: 2019, value: 7.5}], assumption: x},
     unit-cost: {value: {uniform: [1000, 2000]}, assumption: x}}
  - {id: uncertain-years, activity: a, axis: protection, entity: A, unit: u,
     quantity: {per-year: [{year: 2018, value: {triangular: [1, 2, 4]}}], assumption: x},
     unit-cost: {value: 999.99, assumption: x}}
)";

void same(const PeriodResult& a, const PeriodResult& b) {
    CHECK(a.year == b.year);
    CHECK(a.general_budget == b.general_budget);
    CHECK(a.population == b.population);
    CHECK(a.price_index_nano == b.price_index_nano);
    CHECK(a.funded == b.funded);
    CHECK(a.executed == b.executed);
    CHECK(a.need == b.need);
    CHECK(a.funded_constant == b.funded_constant);
    CHECK(a.executed_constant == b.executed_constant);
    CHECK(a.need_constant == b.need_constant);
    CHECK(a.need_by_axis == b.need_by_axis);
    CHECK(a.need_by_axis_constant == b.need_by_axis_constant);
    CHECK(a.funded_by_entity == b.funded_by_entity);
    CHECK(a.executed_by_entity == b.executed_by_entity);
    CHECK(a.need_by_entity == b.need_by_entity);
    CHECK(a.need_by_line == b.need_by_line);
}

void same(const Projection& a, const Projection& b) {
    CHECK(a.details == b.details);
    CHECK(a.entities == b.entities);
    REQUIRE(a.years.size() == b.years.size());
    for (size_t i = 0; i < a.years.size(); ++i) same(a.years[i], b.years[i]);
    same(a.cumulative, b.cumulative);
}
}  // namespace

TEST_CASE("a projection evaluated again into the same object equals a fresh one and allocates nothing") {
    Diagnostics d;
    Scenario s = test::load(body, d);
    REQUIRE_FALSE(d.has_errors());
    REQUIRE(s.params.size() == 6);
    Projector p(s);
    const std::vector<std::int64_t> central = p.central_values();
    Projection reused;
    p.evaluate_into(reused, central, true);  // the first evaluation sizes the buffers
    same(reused, p.evaluate(central, true));
    // The central case pinned by hand, 2018: the certain path 30 units x S/ 100 = S/ 3,000.00 of
    // 2016, x 1.21 = S/ 3,630.00; the uncertain path at its central start 10 reaches 33 in 2018:
    // S/ 412.50 of 2016, S/ 499.13 (499.125 half-up); 2 units x S/ 999.99 = S/ 1,999.98, S/ 2,419.98.
    CHECK(reused.years[1].need_constant.plain() == "5412.48");
    CHECK(reused.years[1].need.plain() == "6549.11");
    for (std::uint64_t trial = 0; trial < 20; ++trial) {
        RandomStream stream(7, trial);
        std::vector<std::int64_t> values;
        for (const Param& param : s.params) values.push_back(param.dist.sample(stream));
        const bool details = trial % 2 == 0;
        const long before = allocations;
        p.evaluate_into(reused, values, details);
        CHECK(allocations - before == 0);
        same(reused, p.evaluate(values, details));
        // A trial's needs (no details) are summed in 64 bits year by year; with details, need by
        // need in checked 128 bits: the same figures.
        const Projection exact = p.evaluate(values, true), fast = p.evaluate(values, false);
        for (size_t i = 0; i < exact.years.size(); ++i) {
            CHECK(fast.years[i].need == exact.years[i].need);
            CHECK(fast.years[i].need_constant == exact.years[i].need_constant);
            CHECK(fast.years[i].need_by_axis == exact.years[i].need_by_axis);
            CHECK(fast.years[i].need_by_axis_constant == exact.years[i].need_by_axis_constant);
        }
        CHECK(fast.cumulative.need == exact.cumulative.need);
    }
}

// Correlated uncertain numbers (scenario/correlation.hpp): the correlation measured on the draws.
#include "scenario/correlation.hpp"
#include "scenario/montecarlo.hpp"
#include "scenario/projection.hpp"
#include "scenario_fixture.hpp"

#include "text/messages.hpp"

#include <doctest/doctest.h>

#include <cmath>

using namespace veedor;

namespace {
std::string body(const std::string& coefficient, const std::string& members) {
    return R"(funding:
  - {target: total, flat: {base-year: 2016}}
needs:
  - {id: x, activity: "X", axis: protection, entity: A, unit: u,
     quantity: {per-year: [{year: 2017, value: 1}], assumption: a}, unit-cost: {value: {uniform: [0, 1]}, assumption: a}}
  - {id: y, activity: "Y", axis: protection, entity: A, unit: u,
     quantity: {per-year: [{year: 2017, value: 1}], assumption: a}, unit-cost: {value: {uniform: [0, 1]}, assumption: a}}
  - {id: z, activity: "Z", axis: protection, entity: A, unit: u,
     quantity: {per-year: [{year: 2017, value: 1}], assumption: a}, unit-cost: {value: {triangular: [0, 1, 3]}, assumption: a}}
correlations:
  - {id: costs, coefficient: )" + coefficient + ", members: [" + members + R"(], assumption: "one market"}
)";
}

/// Pearson's correlation of the draws of params a and b over `n` trials of seed 1.
double measured(const Scenario& s, int a, int b, long n) {
    double sa = 0, sb = 0, saa = 0, sbb = 0, sab = 0;
    std::vector<std::int64_t> v;
    for (long t = 0; t < n; ++t) {
        RandomStream stream(1, static_cast<std::uint64_t>(t));
        draw_values(s, stream, v);
        double x = static_cast<double>(v[static_cast<size_t>(a)]), y = static_cast<double>(v[static_cast<size_t>(b)]);
        sa += x, sb += y, saa += x * x, sbb += y * y, sab += x * y;
    }
    double cov = sab / n - sa / n * sb / n;
    return cov / std::sqrt((saa / n - sa / n * sa / n) * (sbb / n - sb / n * sb / n));
}
}  // namespace

TEST_CASE("a correlation group of coefficient 0.6 gives draws correlated as the copula says") {
    Diagnostics d;
    Scenario s = test::load(body("0.6", "\"unit cost of x (S/)\", \"unit cost of y (S/)\""), d);
    REQUIRE_FALSE(d.has_errors());
    REQUIRE(s.correlations.size() == 1);
    CHECK(s.correlations[0].params == std::vector<int>{0, 1});
    // Two uniforms through a Gaussian copula of latent correlation rho have Pearson (= Spearman)
    // correlation 6/pi asin(rho/2) = 0.581920 for rho = 0.6. Sampling error: the Fisher transform
    // of Spearman's rho has variance about 1.06/(n - 3) (Fieller, Hartley and Pearson 1957); the
    // bound is four of its standard deviations: 4 sqrt(1.06/19997) = 0.0291.
    const long n = 20000;
    double expected = 6 / M_PI * std::asin(0.3);
    double bound = 4 * std::sqrt(1.06 / (n - 3));
    double r = measured(s, 0, 1, n);
    CAPTURE(r);
    CHECK(std::fabs(std::atanh(r) - std::atanh(expected)) < bound);
    // A number outside the group stays independent of it.
    CHECK(std::fabs(std::atanh(measured(s, 0, 2, n))) < bound);
}

TEST_CASE("a shared driver (coefficient 1) puts every member at the same percentile") {
    Diagnostics d;
    Scenario s = test::load(body("1", "\"unit cost of x (S/)\", \"unit cost of y (S/)\""), d);
    REQUIRE_FALSE(d.has_errors());
    std::vector<std::int64_t> v;
    for (std::uint64_t t = 0; t < 100; ++t) {
        RandomStream stream(7, t);
        draw_values(s, stream, v);
        CHECK(v[0] == v[1]);
    }
}

TEST_CASE("without correlation groups the draws are those of Distribution::sample") {
    Diagnostics d;
    Scenario s = test::load(body("0.6", "\"unit cost of x (S/)\", \"unit cost of y (S/)\""), d);
    s.correlations.clear();
    std::vector<std::int64_t> v;
    RandomStream a(3, 11), b(3, 11);
    draw_values(s, a, v);
    for (size_t k = 0; k < s.params.size(); ++k) CHECK(v[k] == s.params[k].dist.sample(b));
}

TEST_CASE("correlated Monte Carlo gives the same figures on 1 and 2 threads") {
    Diagnostics d;
    Scenario s = test::load(body("0.6", "\"unit cost of x (S/)\", \"unit cost of z (S/)\""), d);
    REQUIRE_FALSE(d.has_errors());
    Projector p(s);
    MonteCarloResult one = run_monte_carlo(p, {3000, 9, 1, nullptr}), two = run_monte_carlo(p, {3000, 9, 2, nullptr});
    for (size_t k = 0; k < one.periods.size(); ++k)
        for (size_t m = 0; m < one.periods[k].metrics.size(); ++m) {
            CHECK(one.periods[k].metrics[m].p50 == two.periods[k].metrics[m].p50);
            CHECK(one.periods[k].metrics[m].mean == two.periods[k].metrics[m].mean);
        }
}

TEST_CASE("a member that names no uncertain number is refused with the group") {
    Diagnostics d;
    test::load(body("0.6", "\"unit cost of x (S/)\", \"unit cost of w (S/)\""), d);
    REQUIRE(d.all().size() == 1);
    CHECK(message_text(d.all()[0].message, Lang::en) == "correlation group 'costs': 'unit cost of w (S/)' is not an uncertain number of this "
                                "scenario (members are named as the sensitivity table names them with --lang en)");
}

TEST_CASE("a coefficient above 1 is refused") {
    Diagnostics d;
    test::load(body("1.5", "\"unit cost of x (S/)\", \"unit cost of y (S/)\""), d);
    REQUIRE(d.all().size() == 1);
    CHECK(message_text(d.all()[0].message, Lang::en) == "correlation group 'costs': 'coefficient' must be above 0 and at most 1");
}

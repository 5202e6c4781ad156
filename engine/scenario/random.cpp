#include "scenario/random.hpp"

#include "core/overloaded.hpp"

#include <cmath>

namespace veedor {

static std::uint64_t splitmix64(std::uint64_t& x) {
    std::uint64_t z = (x += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

RandomStream::RandomStream(std::uint64_t seed, std::uint64_t trial) {
    std::uint64_t x = seed;
    std::uint64_t mixed = splitmix64(x) ^ (trial * 0xD1B54A32D192ED03ULL);
    for (auto& s : s_) s = splitmix64(mixed);
}

std::uint64_t RandomStream::next() {
    std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
    std::uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = rotl(s_[3], 45);
    return result;
}

double RandomStream::uniform01() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

namespace detail {

static constexpr double ln2 = 0.693147180559945309417232121458176568;

double exp_det(double x) {
    if (x < -745.0) return 0.0;
    if (x > 709.0) return HUGE_VAL;
    // x = k ln2 + r, |r| <= ln2/2; exp(r) by its Taylor series (25 terms: error < 1e-17).
    double k = std::nearbyint(x / ln2);
    double r = x - k * ln2;
    double term = 1.0, sum = 1.0;
    for (int n = 1; n < 25; ++n) {
        term = term * r / n;
        sum += term;
    }
    return std::ldexp(sum, static_cast<int>(k));
}

double log_det(double x) {
    if (!(x > 0.0)) return -HUGE_VAL;
    // x = m 2^e with m in [sqrt(1/2), sqrt(2)); log(m) = 2 atanh((m-1)/(m+1)), |s| < 0.172.
    int e = 0;
    double m = std::frexp(x, &e);
    if (m < 0.70710678118654752440) {
        m *= 2.0;
        e -= 1;
    }
    double s = (m - 1.0) / (m + 1.0);
    double s2 = s * s, power = s, sum = 0.0;
    for (int n = 1; n < 40; n += 2) {
        sum += power / n;
        power *= s2;
    }
    return 2.0 * sum + e * ln2;
}

double normal_cdf(double x) {
    // Phi(x) = erfc(-x / sqrt 2) / 2, with erfc from Numerical Recipes' Chebyshev fit
    // (fractional error below 1.2e-7 everywhere).
    double z = std::fabs(x) / 1.41421356237309504880;
    double t = 1.0 / (1.0 + 0.5 * z);
    double poly = -z * z - 1.26551223 +
                  t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 +
                  t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
    double erfc = t * exp_det(poly);
    return x >= 0 ? 1.0 - 0.5 * erfc : 0.5 * erfc;
}

double normal_quantile(double p) {
    // Acklam's rational approximation (relative error below 1.15e-9).
    static const double a[] = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                               1.383577518672690e+02,  -3.066479806614716e+01, 2.506628277459239e+00};
    static const double b[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                               6.680131188771972e+01,  -1.328068155288572e+01};
    static const double c[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                               -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00};
    static const double d[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                               3.754408661907416e+00};
    const double low = 0.02425, high = 1 - low;
    if (p <= 0) return -HUGE_VAL;
    if (p >= 1) return HUGE_VAL;
    if (p < low) {
        double q = std::sqrt(-2 * log_det(p));
        return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
               ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    if (p > high) {
        double q = std::sqrt(-2 * log_det(1 - p));
        return -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
               ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    }
    double q = p - 0.5, r = q * q;
    return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
           (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

}  // namespace detail

/// Rounds a sampled value (in micro units) half-up to a whole micro unit.
static std::int64_t to_micro(double v) {
    return static_cast<std::int64_t>(v >= 0 ? std::floor(v + 0.5) : -std::floor(-v + 0.5));
}

std::int64_t Distribution::lowest() const {
    return std::visit(Overloaded{[](const Fixed& d) { return d.value; }, [](const auto& d) { return d.min; }}, shape);
}

std::int64_t Distribution::highest() const {
    return std::visit(Overloaded{[](const Fixed& d) { return d.value; }, [](const auto& d) { return d.max; }}, shape);
}

std::int64_t Distribution::central() const {
    return std::visit(Overloaded{
                          [](const Fixed& d) { return d.value; },
                          [](const Triangular& d) { return d.mode; },
                          [](const Uniform& d) {
                              std::int64_t sum = d.min + d.max;  // midpoint, half-up
                              return sum >= 0 ? (sum + 1) / 2 : -((-sum) / 2);
                          },
                          [](const Normal& d) { return d.mean; },
                      },
                      shape);
}

std::int64_t Distribution::quantile(double u) const {
    auto real = [](std::int64_t v) { return static_cast<double>(v); };
    return std::visit(
        Overloaded{
            [](const Fixed& d) { return d.value; },
            [&](const Uniform& d) { return to_micro(real(d.min) + u * (real(d.max) - real(d.min))); },
            [&](const Triangular& d) {
                double a = real(d.min), b = real(d.mode), c = real(d.max);
                if (c == a) return d.min;
                double fc = (b - a) / (c - a);
                if (u < fc) return to_micro(a + std::sqrt(u * (c - a) * (b - a)));
                return to_micro(c - std::sqrt((1 - u) * (c - a) * (c - b)));
            },
            [&](const Normal& d) {
                double mean = real(d.mean), sd = real(d.sd), lo = real(d.min), hi = real(d.max);
                double plo = detail::normal_cdf((lo - mean) / sd), phi = detail::normal_cdf((hi - mean) / sd);
                double v = mean + sd * detail::normal_quantile(plo + u * (phi - plo));
                if (v < lo) v = lo;
                if (v > hi) v = hi;
                return to_micro(v);
            },
        },
        shape);
}

std::int64_t Distribution::sample(RandomStream& stream) const {
    if (!uncertain()) return central();
    return quantile(stream.uniform01());
}

}  // namespace veedor

#pragma once
/// The project's own random streams and distributions.
///
/// std:: distributions give different numbers on different standard libraries, so a seed would
/// not reproduce a run elsewhere. Here every step is specified: SplitMix64 derives one
/// xoshiro256** stream per trial from (seed, trial), so a trial's numbers do not depend on which
/// thread runs it; uniforms take the top 53 bits; the other distributions are inverse CDFs built
/// only from +, -, *, / and sqrt (correctly rounded in IEEE 754) and this file's own exp and log.
/// This translation unit is compiled with -ffp-contract=off so no FMA changes a result.
///
/// Sampled values are assumptions (rates, quantities, unit costs), never amounts of money: they
/// are rounded to 6 decimal places (micro units) before any money is computed from them.

#include <cstdint>
#include <variant>

namespace veedor {

/// xoshiro256** (Blackman and Vigna), seeded through SplitMix64.
class RandomStream {
public:
    /// The stream of trial `trial` of a run with seed `seed`.
    RandomStream(std::uint64_t seed, std::uint64_t trial);
    std::uint64_t next();
    /// Uniform in [0, 1), 53 random bits.
    double uniform01();

private:
    std::uint64_t s_[4];
};

/// The shapes of a Distribution, each with exactly the parameters it has (a uniform has no mode).
namespace shape {
struct Fixed {
    std::int64_t value = 0;
};
struct Triangular {
    std::int64_t min = 0, mode = 0, max = 0;
};
struct Uniform {
    std::int64_t min = 0, max = 0;
};
/// Truncated to [min, max].
struct Normal {
    std::int64_t mean = 0, sd = 0, min = 0, max = 0;
};
}  // namespace shape

/// A value that may be uncertain, in micro units (value × 10^6). See docs/scenario-format.md.
struct Distribution {
    using Fixed = shape::Fixed;
    using Triangular = shape::Triangular;
    using Uniform = shape::Uniform;
    using Normal = shape::Normal;
    std::variant<Fixed, Triangular, Uniform, Normal> shape;

    bool uncertain() const { return !std::holds_alternative<Fixed>(shape); }
    /// The smallest and largest values a draw can take.
    std::int64_t lowest() const;
    std::int64_t highest() const;
    /// The value of the central case: the fixed value, the mode, the midpoint, the mean.
    std::int64_t central() const;
    /// The value at cumulative probability `q` in (0, 1), rounded half-up to a micro unit.
    std::int64_t quantile(double q) const;
    /// One draw from `stream`, rounded half-up to a micro unit.
    std::int64_t sample(RandomStream& stream) const;
};

namespace detail {
// Exposed for tests: the deterministic elementary functions used by the samplers.
double exp_det(double x);
double log_det(double x);
double normal_cdf(double x);
double normal_quantile(double p);
}  // namespace detail

}  // namespace veedor

#pragma once
/// Ratio: an exact fraction num/den (den > 0) of unbounded integers.
///
/// Execution rates, shares, changes and per-capita figures are ratios of amounts. They are kept
/// exact and rounded only when presented or compared with a printed figure (rounding.hpp), so
/// that no error accumulates and the same figure rounds the same way in every output.

#include "core/decimal.hpp"
#include "core/money.hpp"

#include <optional>

namespace veedor {

class Ratio {
public:
    /// num/den, or nothing when den is zero: a rate over a zero denominator is "n/a".
    static std::optional<Ratio> of(const BigInt& num, const BigInt& den);
    /// a/b for two amounts of money; nothing when b is zero.
    static std::optional<Ratio> of(const Money& a, const Money& b);

    const BigInt& num() const { return num_; }
    const BigInt& den() const { return den_; }

    /// The ratio multiplied by an integer (100 turns a fraction into a percentage).
    Ratio times(long long k) const { return Ratio(num_ * k, den_); }

    bool operator==(const Ratio& o) const { return num_ * o.den_ == o.num_ * den_; }

private:
    Ratio(BigInt n, BigInt d) : num_(std::move(n)), den_(std::move(d)) {}
    BigInt num_, den_;
};

/// The percentage 100·a/b (nothing when b is zero).
std::optional<Ratio> percent_of(const Money& a, const Money& b);

/// An exact money value as a Ratio of soles (cents/100).
Ratio soles(const Money& m);

}  // namespace veedor

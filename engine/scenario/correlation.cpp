#include "scenario/correlation.hpp"

#include <fmt/format.h>

#include <cmath>

namespace veedor {

void resolve_correlations(Scenario& s, Diagnostics& d) {
    std::vector<std::string> group_of(s.params.size());
    for (CorrelationGroup& g : s.correlations) {
        g.params.clear();
        for (const std::string& label : g.members) {
            std::vector<int> found;
            for (size_t k = 0; k < s.params.size(); ++k)
                if (s.params[k].label == label) found.push_back(static_cast<int>(k));
            if (found.empty()) {
                d.error(g.where, msg("corr.not-uncertain", g.id, label));
            } else if (found.size() > 1) {
                d.error(g.where, msg("corr.names-several", g.id, label, found.size()));
            } else if (auto& owner = group_of[static_cast<size_t>(found[0])]; !owner.empty()) {
                d.error(g.where, msg("corr.already-in", g.id, label, owner));
            } else {
                owner = g.id;
                g.params.push_back(found[0]);
            }
        }
        if (g.members.size() < 2) d.error(g.where, msg("corr.two-members", g.id));
    }
}

void draw_values(const Scenario& s, RandomStream& stream, std::vector<std::int64_t>& values) {
    const size_t n = s.params.size();
    values.resize(n);
    if (s.correlations.empty()) {
        for (size_t k = 0; k < n; ++k) values[k] = s.params[k].dist.sample(stream);
        return;
    }
    thread_local std::vector<double> u;
    u.resize(n);
    for (size_t k = 0; k < n; ++k) u[k] = stream.uniform01();
    // u is in [0, 1); moved half a step up it is in (0, 1), where the normal quantile is finite.
    auto open = [](double x) { return x + 0x1.0p-54; };
    for (const CorrelationGroup& g : s.correlations) {
        double rho = static_cast<double>(g.coefficient_micro) / 1e6;
        double z = detail::normal_quantile(open(stream.uniform01()));
        double a = std::sqrt(rho), b = std::sqrt(1.0 - rho);
        for (int k : g.params) {
            double x = a * z + b * detail::normal_quantile(open(u[static_cast<size_t>(k)]));
            double v = detail::normal_cdf(x);
            u[static_cast<size_t>(k)] = v < 1.0 ? v : 1.0 - 0x1.0p-53;  // Phi rounds to 1 beyond about 8.3
        }
    }
    for (size_t k = 0; k < n; ++k) values[k] = s.params[k].dist.quantile(u[k]);
}

}  // namespace veedor

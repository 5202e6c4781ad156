#include "analysis/pefa.hpp"

#include "analysis/compare.hpp"


namespace veedor {

std::optional<Money> original_budget(const Model& m, const Figure& f) {
    if (m.allocated_stage == "pia") return f.allocated.is_amount() ? std::optional(f.allocated.amount) : std::nullopt;
    for (const auto& [stage, amount] : f.stages())
        if (stage == "pia") return amount;
    return std::nullopt;
}

namespace {

BigInt big(const Money& m) { return m.cents().convert_to<BigInt>(); }

/// -1, 0, 1 as r is below, at or above k.
int compare_to(const Ratio& r, int k) {
    BigInt left = r.num(), right = BigInt(k) * r.den();
    return left < right ? -1 : left > right ? 1 : 0;
}

/// The headline members' approved and executed figures for the year (no value yet), or the gap.
PefaYear year_figures(const Model& m, const std::vector<const Entity*>& members, int year,
                      std::vector<std::pair<Money, Money>>& pairs) {
    PefaYear y;
    y.year = year;
    Money approved, executed;
    for (const Entity* e : members) {
        const Figure* f = e->figure(year);
        if (!f) {
            // A member with no figure in any year is not part of the data (as in the headline rule).
            if (e->figures.empty()) continue;
            if (y.gap == PefaGap::none) y.gap = PefaGap::members_missing;
            if (y.gap == PefaGap::members_missing) y.missing.push_back(e->id);
            continue;
        }
        auto pia = original_budget(m, *f);
        if (!pia || !f->executed.is_amount()) {
            PefaGap g = !pia ? PefaGap::no_original_budget : PefaGap::no_execution;
            if (y.gap == PefaGap::none || y.gap == PefaGap::members_missing) {
                if (y.gap != g) y.missing.clear();
                y.gap = g;
            }
            if (y.gap == g) y.missing.push_back(e->id);
            continue;
        }
        approved += *pia;
        executed += f->executed.amount;
        pairs.emplace_back(*pia, f->executed.amount);
    }
    y.entities = static_cast<int>(pairs.size());
    if (y.gap == PefaGap::none) {
        y.approved = approved;
        y.executed = executed;
    }
    return y;
}

/// The score the years' values earn against `bands`; `within` says whether a value is in a band.
template <class Within>
PefaScore score_of(const std::vector<PefaYear>& years, const std::array<PefaBand, 3>& bands, Within within) {
    for (const PefaBand& b : bands) {
        int held = 0;
        for (const PefaYear& y : years) held += within(*y.value, b) ? 1 : 0;
        if (held >= pefa_years_needed) return b.score;
    }
    return PefaScore::D;
}

/// Sets the indicator's score, or its gap from the first year that has one.
template <class Within>
void finish(PefaIndicator& ind, const std::array<PefaBand, 3>& bands, Within within) {
    if (ind.years.size() < 3) {
        ind.gap = PefaGap::fewer_than_three_years;
        return;
    }
    for (const PefaYear& y : ind.years) {
        if (y.gap != PefaGap::none) {
            ind.gap = y.gap;
            ind.gap_year = y.year;
            return;
        }
    }
    ind.score = score_of(ind.years, bands, within);
}

}  // namespace

PefaOutturn pefa_outturn(const Model& m) {
    std::vector<int> completed;
    for (const SeriesYear& s : national_series(m))
        if (s.origin != SeriesOrigin::none && !s.partial_through) completed.push_back(s.year);
    if (completed.size() > 3) completed.erase(completed.begin(), completed.end() - 3);

    PefaOutturn out;
    const std::vector<const Entity*> members = headline_members(m);
    for (int year : completed) {
        std::vector<std::pair<Money, Money>> pairs;
        PefaYear y1 = year_figures(m, members, year, pairs);
        PefaYear y2 = y1;
        if (y1.gap == PefaGap::none) {
            y1.value = percent_of(*y1.executed, *y1.approved);
            if (!y1.value) y1.gap = PefaGap::zero_budget;
            // Variance = Σ|executed_i − approved_i·E/A| / E (the adjusted budgets sum to E),
            // in % and exact: 100·Σ|executed_i·A − approved_i·E| / (A·E).
            BigInt a = big(*y2.approved), e = big(*y2.executed), sum = 0;
            for (const auto& [approved, executed] : pairs) sum += abs(big(executed) * a - big(approved) * e);
            if (a == 0 || e == 0) y2.gap = PefaGap::zero_budget;
            else y2.value = Ratio::of(sum * 100, a * e);
        }
        out.pi1.years.push_back(y1);
        out.pi2.years.push_back(y2);
    }
    finish(out.pi1, pi1_bands, [](const Ratio& r, const PefaBand& b) {
        return compare_to(r, b.low) >= 0 && compare_to(r, b.high) <= 0;
    });
    finish(out.pi2, pi2_bands, [](const Ratio& r, const PefaBand& b) { return compare_to(r, b.high) < 0; });
    return out;
}

}  // namespace veedor

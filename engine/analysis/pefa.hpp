#pragma once
/// The PEFA (2016 framework) outturn indicators of the national specific budget: PI-1 (aggregate
/// expenditure outturn) and PI-2.1 (composition variance across the headline group's entities),
/// each over the last three completed years, or n/a and why (docs/methodology.md, "PEFA outturn
/// indicators"). Exact values, in no language; the thresholds are data (pefa_bands).

#include "core/enum_names.hpp"
#include "core/ratio.hpp"
#include "model/model.hpp"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace veedor {

enum class PefaScore { A, B, C, D };
constexpr auto names_of(PefaScore) {
    return std::array{
        EnumName<PefaScore>{PefaScore::A, "A"},
        EnumName<PefaScore>{PefaScore::B, "B"},
        EnumName<PefaScore>{PefaScore::C, "C"},
        EnumName<PefaScore>{PefaScore::D, "D"},
    };
}
static_assert(names_are_distinct(names_of(PefaScore{})));

/// Why a year's figures, or a score, are n/a.
enum class PefaGap {
    none,
    fewer_than_three_years,  ///< the model has fewer than three completed years with a national figure
    no_original_budget,      ///< some member lacks its originally approved (PIA) amount
    no_execution,            ///< some member's execution is not an amount
    members_missing,         ///< some members of the headline group have no figure for the year
    zero_budget,             ///< the originally approved total (or the execution, for PI-2) is zero
};
constexpr auto names_of(PefaGap) {
    return std::array{
        EnumName<PefaGap>{PefaGap::none, ""},
        EnumName<PefaGap>{PefaGap::fewer_than_three_years, "fewer-than-three-years"},
        EnumName<PefaGap>{PefaGap::no_original_budget, "no-original-budget"},
        EnumName<PefaGap>{PefaGap::no_execution, "no-execution"},
        EnumName<PefaGap>{PefaGap::members_missing, "members-missing"},
        EnumName<PefaGap>{PefaGap::zero_budget, "zero-budget"},
    };
}
static_assert(names_are_distinct(names_of(PefaGap{})));

/// The band of a score, in %: PI-1 holds when low <= outturn <= high; PI-2 when variance < high
/// (low unused). Score A, B, C in order; D is whatever misses C.
struct PefaBand {
    PefaScore score;
    int low, high;
};
/// PEFA 2016, PI-1 dimension 1.1: outturn between 95–105 / 90–110 / 85–115 % of the approved budget.
inline constexpr std::array<PefaBand, 3> pi1_bands{
    PefaBand{PefaScore::A, 95, 105}, PefaBand{PefaScore::B, 90, 110}, PefaBand{PefaScore::C, 85, 115}};
/// PEFA 2016, PI-2 dimension 2.1: composition variance below 5 / 10 / 15 %.
inline constexpr std::array<PefaBand, 3> pi2_bands{
    PefaBand{PefaScore::A, 0, 5}, PefaBand{PefaScore::B, 0, 10}, PefaBand{PefaScore::C, 0, 15}};
/// A band must hold in at least this many of the three years.
inline constexpr int pefa_years_needed = 2;

/// One year of an indicator: the figures it used, or why it cannot.
struct PefaYear {
    int year = 0;
    std::optional<Money> approved;   ///< originally approved (PIA) total of the headline members
    std::optional<Money> executed;   ///< their executed total
    int entities = 0;                ///< members counted (PI-2's heads)
    std::optional<Ratio> value;      ///< PI-1: executed / approved, in %; PI-2: composition variance, in %
    PefaGap gap = PefaGap::none;
    std::vector<std::string> missing;  ///< entity ids behind the gap
};

struct PefaIndicator {
    std::vector<PefaYear> years;     ///< the last three completed years (fewer when the model has fewer)
    std::optional<PefaScore> score;  ///< nothing: n/a, `gap` (and the year's gap) says why
    PefaGap gap = PefaGap::none;
    int gap_year = 0;                ///< the year whose figures are missing, for a year's gap
};

struct PefaOutturn {
    PefaIndicator pi1, pi2;
};

/// The entity's originally approved amount for the year: its allocation when the model says
/// allocations are the PIA, else its `pia` stage; nothing when neither is given.
std::optional<Money> original_budget(const Model& m, const Figure& f);

/// PI-1 and PI-2.1 of the model's headline group over its last three completed years (years
/// with a national figure whose execution is not partial).
PefaOutturn pefa_outturn(const Model& m);

}  // namespace veedor

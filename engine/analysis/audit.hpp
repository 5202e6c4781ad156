#pragma once
/// The audit: recompute every figure a source printed, explain each disagreement, and flag
/// figures built on incomplete data. See docs/methodology.md ("The audit").

#include "analysis/compare.hpp"
#include "core/rounding.hpp"
#include "io/lang.hpp"
#include "model/model.hpp"

#include <optional>
#include <string>
#include <vector>

namespace veedor {

enum class FindingKind {
    mismatch,       ///< a printed figure differs from the recomputed one
    aggregate,      ///< an aggregate row differs from the total of the group it stands for
    incomplete,     ///< a printed total or rate rests on unknown or partial figures
    comparability,  ///< a change between years mixes an amount with a missing value
};
std::string_view to_string(FindingKind k);

enum class CheckStatus { agrees, differs, unverifiable };
std::string_view to_string(CheckStatus s);

/// One printed figure and what the engine makes of it.
struct Check {
    const PublishedFigure* printed = nullptr;
    CheckStatus status = CheckStatus::unverifiable;
    std::string subject;            ///< "MININTER", "total of sectors", "General Budget"
    std::optional<Ratio> exact;     ///< recomputed value (soles, or percent)
    std::optional<Decimal> rounded; ///< exact rounded to the printed places by the chosen mode
    std::string why_unverifiable;
};

struct Finding {
    FindingKind kind = FindingKind::mismatch;
    int year = 0;
    std::string subject;
    std::string measure;
    std::string printed;      ///< as printed, with units ("0.0046%", "S/ 599,593.00"); may be empty
    std::string recomputed;   ///< at the printed precision
    std::string exact;        ///< with more places, to show what was rounded
    std::string difference;   ///< printed minus recomputed, with units
    std::string explanation;  ///< what the engine can say about why
    /// The same three figures as plain numbers for machines ("27539.00", "4.56"); empty when
    /// the finding is not about one number.
    std::string printed_plain, recomputed_plain, difference_plain;
    std::string source;       ///< where the printed figure comes from
    Location where;           ///< where it is in the model
};

struct AuditResult {
    std::vector<Check> checks;
    std::vector<Finding> findings;
    int count(CheckStatus s) const;
};

/// Audits `m`, rounding recomputed figures by `mode` at each printed figure's precision; the
/// findings' texts are written in `lang`.
AuditResult audit(const Model& m, RoundingMode mode, Lang lang = Lang::en);

}  // namespace veedor

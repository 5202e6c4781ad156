#pragma once
/// The audit in words: each typed finding and check of analysis/audit.hpp written in a language,
/// with the model's names for its ids. The audit's writers and the brief share these texts.

#include "analysis/audit.hpp"
#include "text/lang.hpp"

#include <string>

namespace veedor {

/// A finding as text, each field in `lang` with its units ("0.0046%", "S/ 599,593.00"), and
/// the three figures also as plain numbers for machines ("27539.00"); a field the finding does
/// not have is empty.
struct FindingText {
    std::string subject, measure;
    std::string printed, recomputed, exact, difference;
    std::string printed_plain, recomputed_plain, difference_plain;
    std::string explanation;
    std::string source;  ///< "id (title)", several joined by "; "
};

FindingText describe(const Finding& f, const Model& m, RoundingMode mode, Lang lang,
                     NumberStyle numbers = NumberStyle::mef);

/// "MININTER"'s name, "total of Sectors", "General Budget of the Republic".
std::string subject_text(const Subject& s, const Model& m, Lang lang);
/// Why a printed figure cannot be recomputed: "executed is unknown".
std::string unverifiable_text(const WhyUnverifiable& why, Lang l = Lang::en);

}  // namespace veedor

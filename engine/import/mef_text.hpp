#pragma once
/// How the selection rules compare words with the MEF's names (docs/import-mef.md, "Matching"):
/// on normalized text, so that case, accents and repeated spaces do not defeat a rule.

#include <string>
#include <string_view>

namespace veedor {

/// `s` normalized for matching: ASCII letters in capitals; the accented Latin letters of Spanish
/// (Á É Í Ó Ú Ü Ñ and their small forms, in UTF-8 or, when `latin1`, in Latin-1) as their base
/// capital; every run of spaces, tabs and line ends as one space; no space at either end. Any
/// other byte is kept as it is. Written into `out` (reused: no allocation per row once it is large).
void normalize_for_match(std::string_view s, bool latin1, std::string& out);

/// Whether normalized `text` holds normalized `phrase`; when `whole_words`, only where the phrase
/// starts and ends at a word boundary (the text's ends, or a byte that is not A-Z or 0-9), so
/// "TRATA" matches "LA TRATA, " but not TRATAMIENTO, CONTRATACION or CONTRATA.
bool holds_phrase(std::string_view text, std::string_view phrase, bool whole_words);

}  // namespace veedor

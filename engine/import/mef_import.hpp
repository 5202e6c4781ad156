#pragma once
/// Import of the MEF's open-data budget-execution CSV files into a veedor model
/// (docs/import-mef.md): rows selected by rules, grouped into entities, summed exactly to the year.

#include "core/decimal.hpp"
#include "core/diagnostics.hpp"
#include "model/model.hpp"

#include <array>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

namespace veedor {

/// Which rows count and how they become entities (a small YAML file, docs/import-mef.md).
struct SelectRules {
    /// One rule: any of its columns holding any of its words or codes.
    struct Match {
        std::vector<std::string> columns;   ///< `column: X` or `columns: [X, Y]`
        std::vector<std::string> contains;  ///< phrases anywhere, on normalized text (mef_text.hpp)
        std::vector<std::string> words;     ///< phrases as whole words, on normalized text
        std::vector<std::string> equals;    ///< codes, exactly
        /// `share: 40%` (match rules only): the rows this rule selects count at this percentage of
        /// their amounts, greater than 0 and at most 100, exact (a mixed goal: docs/import-mef.md).
        std::optional<Decimal> share;
        std::string note;                   ///< `note:` why, written into the model's notes
        Location where;
    };
    std::string title;
    std::string allocated_stage = "pim";
    std::string executed_stage = "devengado";
    std::vector<Match> match;               ///< a row counts when any rule matches
    std::vector<Match> exclude;             ///< ... and no rule of these does
    std::string group_by = "pliego";        ///< pliego, ejecutora, nivel-gobierno, departamento
    Location where;
};

SelectRules load_select_rules(const std::string& path, Diagnostics& d);

/// One line of `--explain`: a group's selected rows of one year with the same names, summed.
struct ExplainLine {
    std::string group_name;
    std::array<i128, 7> sums{};  ///< céntimos per stage, in the order of budget_stages
    long rows = 0;
    size_t rule = 0;  ///< the first `match` rule (0-based) that selected its first row
};

/// The selected lines as CSV for a person to review (docs/import-mef.md, "What was selected").
std::string explain_csv(const std::map<std::tuple<std::string, int, std::string, std::string, std::string>, ExplainLine>& lines,
                        const SelectRules& rules);

enum class Encoding { automatic, utf8, latin1 };

struct ImportOptions {
    bool skip_bad_rows = false;  ///< false: any bad row fails the import
    Encoding encoding = Encoding::automatic;
    int threads = 0;             ///< threads reading each file; 0: all cores (the result is the same)
    size_t chunk_bytes = 4 << 20;  ///< bytes each thread reads at a time (tests make it small)
    /// A row longer than this is a bad row at its line (--max-record-bytes; docs/import-mef.md):
    /// memory stays bounded whatever a file holds.
    size_t max_record_bytes = 8 << 20;
    bool explain = false;        ///< keep the selected lines (ImportReport::explain)
    bool allow_overlap = false;  ///< sum files that share a year and month (otherwise an error)
    /// Read the files through mappings: CsvParallelOptions::mapped_fault_text (csv/csv_chunks.hpp).
    std::function<std::string(const std::string& path)> mapped_fault_text;
};

struct ImportReport {
    long rows = 0, selected = 0, bad = 0;
    std::vector<std::string> encodings;  ///< per file, as chosen
    /// With ImportOptions::explain: the selected lines, by group code, year, goal, activity and
    /// product names (UTF-8), each with its stage sums and rows.
    std::map<std::tuple<std::string, int, std::string, std::string, std::string>, ExplainLine> explain;
};

/// Reads every file, streaming; bad rows go to `d` (as errors, or as warnings when skipped).
/// Returns the model (meaningful only when `d` has no errors).
Model import_mef(const std::vector<std::string>& files, const SelectRules& rules, const ImportOptions& options,
                 Diagnostics& d, ImportReport& report);

/// The model as YAML in the format veedor reads (docs/model-format.md).
std::string model_to_yaml(const Model& m);

}  // namespace veedor

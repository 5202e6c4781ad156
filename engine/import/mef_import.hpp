#pragma once
/// Import of the MEF's open-data budget-execution CSV files into a veedor model
/// (docs/import-mef.md): rows selected by rules, grouped into entities, summed exactly to the year.

#include "core/diagnostics.hpp"
#include "model/model.hpp"

#include <string>
#include <vector>

namespace veedor {

/// Which rows count and how they become entities (a small YAML file, docs/import-mef.md).
struct SelectRules {
    struct Match {
        std::string column;
        std::vector<std::string> contains;  ///< any of these words, ignoring case
        std::vector<std::string> equals;    ///< any of these codes, exactly
    };
    std::string title;
    std::string allocated_stage = "pim";
    std::string executed_stage = "devengado";
    std::vector<Match> match;               ///< a row counts when any rule matches
    std::string group_by = "pliego";        ///< pliego, ejecutora, nivel-gobierno, departamento
    Location where;
};

SelectRules load_select_rules(const std::string& path, Diagnostics& d);

enum class Encoding { automatic, utf8, latin1 };

struct ImportOptions {
    bool skip_bad_rows = false;  ///< false: any bad row fails the import
    Encoding encoding = Encoding::automatic;
    int threads = 0;             ///< threads reading each file; 0: all cores (the result is the same)
    size_t chunk_bytes = 4 << 20;  ///< bytes each thread reads at a time (tests make it small)
    /// A row longer than this is a bad row at its line (--max-record-bytes; docs/import-mef.md):
    /// memory stays bounded whatever a file holds.
    size_t max_record_bytes = 8 << 20;
};

struct ImportReport {
    long rows = 0, selected = 0, bad = 0;
    std::vector<std::string> encodings;  ///< per file, as chosen
};

/// Reads every file, streaming; bad rows go to `d` (as errors, or as warnings when skipped).
/// Returns the model (meaningful only when `d` has no errors).
Model import_mef(const std::vector<std::string>& files, const SelectRules& rules, const ImportOptions& options,
                 Diagnostics& d, ImportReport& report);

/// The model as YAML in the format veedor reads (docs/model-format.md).
std::string model_to_yaml(const Model& m);

}  // namespace veedor

#pragma once
/// What `veedor import mef` adds up while it reads (exact sums per group and year, and per year
/// over every row), and the model made of them. Internal to the import.

#include "core/money.hpp"
#include "import/mef_import.hpp"

#include <array>
#include <map>
#include <set>
#include <tuple>
#include <string>
#include <unordered_map>
#include <vector>

namespace veedor {

/// One amount per MEF budget stage, in the order of budget_stages (céntimos).
using StageSums = std::array<i128, 7>;

inline void add_stages(StageSums& into, const StageSums& amounts) {
    for (size_t k = 0; k < into.size(); ++k) into[k] = checked_add(into[k], amounts[k]);
}

struct GroupSums {
    std::string name, nivel, departamento;  ///< as found on the group's first row
    std::map<int, StageSums> by_year;  ///< the rows counted in full (a year with only shared rows is here too, 0)
    /// Per year, per `match` rule with a share: its rows' amounts in full, counted at the share when
    /// the model is built (rounded once per rule, year and stage: counted_share in mef_model.cpp).
    std::map<int, std::map<size_t, StageSums>> shared;
    std::map<int, std::set<size_t>> files_by_year;  ///< which files (0-based) gave rows to each year
};

/// group code, year, META_NOMBRE, ACTIVIDAD_ACCION_OBRA_NOMBRE, PRODUCTO_PROYECTO_NOMBRE
using ExplainKey = std::tuple<std::string, int, std::string, std::string, std::string>;

struct ImportSums {
    std::unordered_map<std::string, GroupSums> groups;  ///< selected rows; memory grows with the groups
    std::map<int, StageSums> all_rows;                  ///< every good row: the year's whole budget
    std::map<int, int> last_month;                      ///< per year, the last MES_EJE seen
    std::map<int, unsigned> months;                     ///< per year, bit m set when MES_EJE m was seen
    std::map<ExplainKey, ExplainLine> explain;          ///< only with --explain

    /// Adds the sums of a later part of the files, read from file number `file` (names stay those
    /// of the first row seen).
    void add(const ImportSums& later, size_t file);
};

/// The veedor model of the sums: one entity per group, the general budget per year. What a model
/// cannot hold (no row, no group, a negative or too large sum) goes to `d` as errors.
Model build_imported_model(const ImportSums& sums, const SelectRules& rules, const std::vector<std::string>& files,
                           Diagnostics& d);

}  // namespace veedor

#pragma once
/// The filters compare, audit, plot and report share: periods as hledger users write them
/// (`--year 2016`, `--year 2015..2017`, `--from`, `--to`), groups, entities and a level; each
/// year, group and entity is checked against the model, with the nearest id suggested.

#include "analysis/compare.hpp"
#include "model/model.hpp"

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace veedor {

/// Years from `first` to `last`, both included; one year has first == last. An open end is
/// nullopt ("2015.." or "..2017").
struct YearSpan {
    std::optional<int> first;
    std::optional<int> last;
    bool single() const { return first && last && *first == *last; }
};

/// Reads "2016", "2015..2017", "2015.." or "..2017"; each year a plain decimal number in
/// 1900..2200. The error names no option ("2017..2015 ends before it starts").
std::optional<YearSpan> read_year_span(const std::string& text, std::string& error);

struct FilterOptions {
    std::vector<YearSpan> years;      ///< --year, repeatable: the years of any of them
    std::optional<long> from, to;     ///< --from, --to: the first and last year kept
    std::vector<std::string> groups;  ///< --group
    std::vector<std::string> entities;  ///< --entity
    std::string level;                ///< --level, one of Level's names (checked by CLI11)
    bool any() const { return !years.empty() || from || to || !groups.empty() || !entities.empty() || !level.empty(); }
};

/// Registers -y/--year, --from, --to, -g/--group, -e/--entity and -l/--level on `cmd`.
void add_filter_options(CLI::App& cmd, FilterOptions& f);

/// The filter the options name in `m`, its years spelled out (empty when no period was given).
/// Nothing when a year, group or entity is not the model's: each is said on `err`, with the nearest
/// id ("did you mean 'MININTER'?") and the pointer to `veedor COMMAND --help`.
std::optional<CompareFilter> resolve_filter(const FilterOptions& f, const Model& m, const std::string& command,
                                            std::ostream& err);

}  // namespace veedor

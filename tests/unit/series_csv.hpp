#pragma once
// The compare-series CSV of a comparison, for the tests of the national series' columns.
#include "writers/compare_writer.hpp"

#include <string>

inline std::string series_csv(const veedor::Comparison& c) {
    for (const veedor::NamedTable& t : veedor::comparison_csv_tables(c, veedor::Presentation{}))
        if (t.name == "compare-series") return veedor::render_csv(t.table);
    return "";
}

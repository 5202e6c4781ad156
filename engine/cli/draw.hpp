#pragma once
/// Has gnuplot draw charts, and lists every file of theirs for the caller to write in one pass.

#include "plots/chart.hpp"
#include "writers/atomic_file.hpp"

#include <iosfwd>
#include <string>
#include <vector>

namespace veedor {

/// Appends to `files` each chart's DIR/NAME.gp and DIR/NAME.dat and, when gnuplot drew them,
/// its images (DIR/NAME.png, .svg, .pdf). Writes nothing: the caller writes `files` with its
/// other outputs in one pass (docs/reliability.md, "Outputs appear together"). Returns ok,
/// output_failed (gnuplot failed, or two charts share a name; said on `err`) or missing_tool
/// (gnuplot absent: the scripts and data are listed all the same, and `err` says which package
/// to install).
int draw_charts(const std::vector<Chart>& charts, const std::string& dir, std::vector<OutputFile>& files,
                std::ostream& err);

}  // namespace veedor

#pragma once
/// Writes charts' scripts and data into a folder, then has gnuplot draw them (plot and report).

#include "chart.hpp"

#include <iosfwd>
#include <string>
#include <vector>

namespace veedor {

/// Returns the exit code: ok, output_failed, or missing_tool (gnuplot absent: the scripts and
/// data are written all the same, and `err` says which package to install).
int write_and_draw(const std::vector<Chart>& charts, const std::string& dir, const std::vector<std::string>& inputs,
                   std::ostream& out, std::ostream& err);

}  // namespace veedor

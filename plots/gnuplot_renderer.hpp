#pragma once
/// The real ChartSink: runs gnuplot (through gnuplot-iostream, the only user of that library)
/// on the scripts already written, in a private folder, and moves each finished image into place.

#include "chart.hpp"

#include <string>

namespace veedor {

/// The gnuplot program found on PATH, or empty.
std::string find_gnuplot();

class GnuplotRenderer : public ChartSink {
public:
    explicit GnuplotRenderer(std::string gnuplot) : gnuplot_(std::move(gnuplot)) {}
    std::string render(const std::string& dir, const std::vector<Chart>& charts) override;

private:
    std::string gnuplot_;
};

}  // namespace veedor

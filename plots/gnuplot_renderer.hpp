#pragma once
/// The real ChartSink: runs gnuplot on each chart's script in a private folder of the system's
/// temporary directory, never in the output folder and never through a shell, then hands back
/// the images' bytes so that the caller writes them with every other output in one pass.

#include "plots/chart.hpp"

#include <string>

namespace veedor {

/// The first executable file named `program` in a folder of PATH, or empty (no shell involved).
std::string find_on_path(const std::string& program);
/// The gnuplot program found on PATH, or empty.
std::string find_gnuplot();

class GnuplotRenderer : public ChartSink {
public:
    explicit GnuplotRenderer(std::string gnuplot) : gnuplot_(std::move(gnuplot)) {}
    [[nodiscard]] std::optional<Message> render(const std::vector<Chart>& charts, std::vector<Image>& images) override;

private:
    std::string gnuplot_;
};

}  // namespace veedor

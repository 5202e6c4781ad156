#include "cli/draw.hpp"

#include "cli/common.hpp"
#include "cli/exit_codes.hpp"
#include "gnuplot_renderer.hpp"

#include <ostream>

namespace veedor {

int write_and_draw(const std::vector<Chart>& charts, const std::string& dir, const std::vector<std::string>& inputs,
                   std::ostream& out, std::ostream& err) {
    // Scripts and data first (atomically), so that they exist even when gnuplot does not.
    std::vector<OutputFile> files;
    for (const Chart& c : charts) {
        files.push_back({dir + "/" + c.name + ".gp", c.script});
        files.push_back({dir + "/" + c.name + ".dat", c.data});
    }
    if (int rc = emit("", files, inputs, out, err); rc != exit_code::ok) return rc;
    std::string gnuplot = find_gnuplot();
    if (gnuplot.empty()) {
        err << "veedor: gnuplot is not installed, so no image was drawn. Install it with\n"
               "  apt-get install --no-install-recommends gnuplot-nox\n"
               "and run again, or run `gnuplot NAME.gp` in "
            << dir << ": the scripts and data are there.\n";
        return exit_code::missing_tool;
    }
    GnuplotRenderer renderer(gnuplot);
    std::string problem = renderer.render(dir, charts);
    if (!problem.empty()) {
        err << "veedor: " << problem << "\n";
        return exit_code::output_failed;
    }
    for (const Chart& c : charts) err << "drew " << dir << "/" << c.name << ".png and .svg\n";
    return exit_code::ok;
}

}  // namespace veedor

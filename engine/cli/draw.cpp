#include "cli/draw.hpp"

#include "cli/exit_codes.hpp"
#include "plots/gnuplot_renderer.hpp"
#include "text/table.hpp"

#include <ostream>
#include <set>

namespace veedor {

int draw_charts(const std::vector<Chart>& charts, const std::string& dir, std::vector<OutputFile>& files,
                std::ostream& err) {
    std::set<std::string> names;
    for (const Chart& c : charts)
        if (!names.insert(c.name).second) {
            // The commands make names unique before drawing; this guards the promise that a run
            // which would write one file twice writes nothing.
            err << "veedor: two charts are both named " << terminal_safe(c.name) << "; nothing was written\n";
            return exit_code::output_failed;
        }
    for (const Chart& c : charts) {
        files.push_back({dir + "/" + c.name + ".gp", c.script});
        files.push_back({dir + "/" + c.name + ".dat", c.data});
    }
    std::string gnuplot = find_gnuplot();
    if (gnuplot.empty()) {
        err << "veedor: gnuplot is not installed, so no image was drawn. Install it with\n"
               "  apt-get install --no-install-recommends gnuplot-nox\n"
               "and run again, or run `gnuplot NAME.gp` in "
            << terminal_safe(dir) << ": the scripts and data are there.\n";
        return exit_code::missing_tool;
    }
    std::vector<Image> images;
    std::string problem = GnuplotRenderer(gnuplot).render(charts, images);
    if (!problem.empty()) {
        err << "veedor: " << terminal_safe(problem) << "\n";
        return exit_code::output_failed;
    }
    for (Image& i : images) files.push_back({dir + "/" + i.file, std::move(i.bytes), true});
    return exit_code::ok;
}

}  // namespace veedor

#include "cli/draw.hpp"

#include "cli/common.hpp"
#include "cli/exit_codes.hpp"
#include "plots/gnuplot_renderer.hpp"
#include "plots/script_stamp.hpp"
#include "text/table.hpp"

#include <fstream>
#include <optional>
#include <ostream>
#include <set>
#include <sstream>

namespace veedor {

namespace {

/// The content of the file at `path`, or nothing when there is none (or it cannot be read).
std::optional<std::string> existing_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

/// Where the new script of a chart goes: DIR/NAME.gp, unless a .gp is there that no longer
/// matches its own checksum (the user edited it): then it is kept, and the new one goes beside it.
std::string script_path(const std::string& dir, const std::string& name, std::ostream& err) {
    std::string path = dir + "/" + name + ".gp";
    std::optional<std::string> old = existing_text(path);
    if (!old || intact_script(*old)) return path;
    std::string beside = dir + "/" + name + ".new.gp";
    err << say("cli.kept-script", terminal_safe(path), terminal_safe(beside)) << "\n";
    return beside;
}

}  // namespace

int draw_charts(const std::vector<Chart>& charts, const std::string& dir, std::vector<OutputFile>& files,
                std::ostream& err) {
    std::set<std::string> names;
    for (const Chart& c : charts)
        if (!names.insert(c.name).second) {
            // The commands make names unique before drawing; this guards the promise that a run
            // which would write one file twice writes nothing.
            err << say("cli.charts-same-name", terminal_safe(c.name)) << "\n";
            return exit_code::output_failed;
        }
    for (const Chart& c : charts) {
        files.push_back({script_path(dir, c.name, err), stamped_script(c.script)});
        files.push_back({dir + "/" + c.name + ".dat", c.data});
    }
    std::string gnuplot = find_gnuplot();
    if (gnuplot.empty()) {
        err << say("cli.no-gnuplot", terminal_safe(dir)) << "\n";
        return exit_code::missing_tool;
    }
    std::vector<Image> images;
    if (std::optional<Message> problem = GnuplotRenderer(gnuplot).render(charts, images)) {
        err << "veedor: " << terminal_safe(message_text(*problem, messages_lang())) << "\n";
        return exit_code::output_failed;
    }
    for (Image& i : images) files.push_back({dir + "/" + i.file, std::move(i.bytes), true});
    return exit_code::ok;
}

}  // namespace veedor

#include "plots/script.hpp"

#include "plots/gnuplot_text.hpp"
#include "text/file_names.hpp"

#include <fmt/format.h>

#include <cmath>

namespace veedor {

std::string data_file(const std::string& chart_name) { return gnuplot_string(chart_name + ".dat"); }

Script::Script(const std::string& name, std::string title, const ChartStyle& style)
    : name_(file_slug(name) + style.name_suffix), title_(std::move(title)), style_(style) {}

Script& Script::line(std::string command) {
    lines_.push_back(std::move(command));
    return *this;
}

Script& Script::subtitle(std::string text) {
    subtitle_ = std::move(text);
    return *this;
}

Script& Script::money_ticks(long long min, long long max, const std::string& axis) {
    std::string ticks;
    for (long long t : nice_ticks(min, max)) {
        std::string label = money_text(Money::from_soles(t), style_.lang);
        label = label.substr(0, label.size() - 3);  // whole soles on an axis: drop ".00"
        ticks += (ticks.empty() ? "" : ", ") + gnuplot_tic_label(label) + " " + std::to_string(t);
    }
    return line(fmt::format("set {} ({})", axis, ticks));
}

Script& Script::percent_ticks(double max, const std::string& axis) {
    // Ticks at round values: the axis in units of 10^-places percent, places chosen so that the
    // top is at least 10 units, then steps of 1, 2 or 5.
    int places = 0;
    while (places < 6 && max * std::pow(10, places) < 10) ++places;
    double unit = std::pow(10, -places);
    std::string ticks;
    for (long long t : nice_ticks(0, static_cast<long long>(std::ceil(max / unit)), 5)) {
        std::string label = percent_text(Decimal(BigInt(t), places), style_.lang);
        ticks += (ticks.empty() ? "" : ", ") + gnuplot_tic_label(label) + " " + fmt::format("{:.{}f}", t * unit, places);
    }
    return line(fmt::format("set {} ({})", axis, ticks));
}

std::string Script::font_size(int base) const {
    // Sizes are written for the default 10 pt; a theme's font size scales them alike.
    return fmt::format(",{}", (base * style_.theme.font_size + 5) / 10);
}

Chart Script::finish(const std::string& plot_command, std::string data) const {
    std::string s;
    s += "# " + name_ + ".gp: " + gnuplot_string(title_) + "\n";
    s += "# Written by veedor. Edit it freely, then run `gnuplot " + name_ + ".gp` in this folder to redraw\n";
    s += "# " + name_ + ".png and " + name_ + ".svg from " + name_ + ".dat.\n";
    s += "reset\n";  // one gnuplot draws many charts: nothing of the chart before may leak into this one
    s += "set encoding utf8\n";
    s += "set datafile separator \"\\t\"\n";
    s += "set datafile missing \"?\"\n";
    // The top, from the edge down: title, subtitle, key, then the plot. Placed at fixed heights of
    // the canvas so that none overlaps another whatever their lengths (a key of many entries wraps
    // into more rows, downwards).
    s += "set label 999 " + gnuplot_string(title_) + " at screen 0.5, screen 0.955 center font '" + font_size(15) + "' noenhanced\n";
    if (!subtitle_.empty())
        s += "set label 1000 " + gnuplot_string(subtitle_) + " at screen 0.5, screen 0.912 center font '" + font_size(11) + "' noenhanced\n";
    s += fmt::format("set key at screen 0.5, screen {} center top horizontal noenhanced samplen 2 spacing 1.1\n",
                     subtitle_.empty() ? "0.915" : "0.885");
    s += "set tmargin at screen 0.80\n";
    s += "set border 3\nset tics nomirror\nset grid ytics lc rgb '#dddddd'\n";
    s += "set bmargin 9\n";
    s += "set label 1001 " + gnuplot_string(std::string(tr("source", style_.lang)) + ": " + style_.source) +
         " at screen 0.01, screen 0.02 left font '" + font_size(9) + "' noenhanced\n";
    for (const std::string& l : lines_) s += l + "\n";
    const ChartTheme& t = style_.theme;
    // The font name passed the theme reader's character check; it still goes in as a string literal.
    const std::string font = gnuplot_string(fmt::format("{},{}", t.font, t.font_size));
    // The PNG at twice the size, everything in it scaled alike: sharp when printed or pasted.
    s += fmt::format("set terminal pngcairo noenhanced size {},{} font {} fontscale 2 linewidth {} "
                     "pointscale 2 background '#ffffff'\n",
                     t.width * 2, t.height * 2, font, 2 * t.line_width);
    s += "set output '" + name_ + ".png'\n";
    s += plot_command + "\n";
    s += fmt::format("set terminal svg noenhanced size {},{} font {}{} background '#ffffff'\n", t.width, t.height, font,
                     t.line_width == 1 ? "" : fmt::format(" linewidth {}", t.line_width));
    s += "set output '" + name_ + ".svg'\n";
    s += "replot\n";
    if (style_.pdf) {
        s += fmt::format("set terminal pdfcairo noenhanced size {:.2f}in,{:.2f}in font {}\n", t.width / 100.0,
                         t.height / 100.0, gnuplot_string(fmt::format("{},{}", t.font, t.font_size * 8 / 10)));
        s += "set output '" + name_ + ".pdf'\n";
        s += "replot\n";
    }
    s += "unset output\n";
    return Chart{name_, subtitle_.empty() ? title_ : title_ + ": " + subtitle_, s, std::move(data)};
}

}  // namespace veedor

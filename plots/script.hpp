#pragma once
/// Assembles a chart's gnuplot script: the settings every chart shares, then the chart's own
/// lines, then one output per image format from the same plot command.

#include "plots/chart.hpp"

#include <string>
#include <vector>

namespace veedor {

class Script {
public:
    /// `name` becomes the chart's file stem as its slug (text/file_names.hpp) with the style's suffix:
    /// nothing else of it reaches a script or a file name.
    Script(const std::string& name, std::string title, const ChartStyle& style);

    /// A gnuplot command written by veedor. Text from a model must enter it through
    /// gnuplot_string() only.
    Script& line(std::string command);
    /// A second, smaller title line (the scenario's or the group's name); text from a model.
    Script& subtitle(std::string text);
    /// Explicit money ticks on the y axis (or y2), in the chart's language: 'S/ 2,000,000' 2000000.
    Script& money_ticks(long long min, long long max, const std::string& axis = "ytics");
    /// Explicit percent ticks: '25%' 25.
    Script& percent_ticks(double max, const std::string& axis = "ytics");

    /// The whole script for `plot_command`, with the data in NAME.dat.
    Chart finish(const std::string& plot_command, std::string data) const;

    const std::string& name() const { return name_; }
    /// A font size for `font ','` written for the default 10 pt, scaled to the theme's: ",9".
    std::string font_size(int base) const;

private:
    std::string name_, title_, subtitle_;
    ChartStyle style_;
    std::vector<std::string> lines_;
};

/// The chart's data file name, quoted for gnuplot.
std::string data_file(const std::string& chart_name);

}  // namespace veedor

#pragma once
/// A chart: a gnuplot script and its data, ready to be written beside each other and run.
///
/// The script draws from `NAME.dat` and writes `NAME.png` and `NAME.svg` (and `NAME.pdf` when
/// asked) in its own folder, so that `cd DIR && gnuplot NAME.gp` redraws exactly the same image.

#include "text/lang.hpp"

#include <string>
#include <vector>

namespace veedor {

struct Chart {
    std::string name;    ///< file stem: "1-allocated-vs-executed"
    std::string title;   ///< for captions in the brief
    std::string script;  ///< NAME.gp
    std::string data;    ///< NAME.dat
};

/// What every chart shares.
struct ChartStyle {
    Lang lang = Lang::en;
    std::string source;  ///< the source line printed under the chart
    bool pdf = false;    ///< also write NAME.pdf (not byte-reproducible: cairo stamps a date)
    int width = 1100, height = 650;
};

/// Where charts go: the real renderer runs gnuplot; tests capture the scripts.
class ChartSink {
public:
    virtual ~ChartSink() = default;
    /// Renders the charts whose scripts and data are already in `dir`. Returns an error message,
    /// empty on success.
    virtual std::string render(const std::string& dir, const std::vector<Chart>& charts) = 0;
};

}  // namespace veedor

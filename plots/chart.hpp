#pragma once
/// A chart: a gnuplot script and its data, ready to be written beside each other and run.
///
/// The script draws from `NAME.dat` and writes `NAME.png` and `NAME.svg` (and `NAME.pdf` when
/// asked) in its own folder, so that `cd DIR && gnuplot NAME.gp` redraws exactly the same image.
/// NAME is a slug (ASCII letters, digits, '-'): nothing of a file's name reaches a script but
/// its slug, so a rerun of the script is as safe as the first run.

#include "core/chart_theme.hpp"
#include "core/diagnostics.hpp"
#include "core/rounding.hpp"
#include "text/lang.hpp"

#include <optional>
#include <string>
#include <vector>

namespace veedor {

struct Chart {
    std::string name;    ///< file stem, a slug: "1-allocated-vs-executed"
    std::string title;   ///< for captions in the brief
    std::string script;  ///< NAME.gp
    std::string data;    ///< NAME.dat
};

/// What every chart shares.
struct ChartStyle {
    Lang lang = Lang::en;
    std::string source;  ///< the source line printed under the chart
    bool pdf = false;    ///< also write NAME.pdf (not byte-reproducible: cairo stamps a date)
    /// Colours, font and sizes: the defaults, or the user's `--style` file.
    ChartTheme theme;
    /// How amounts in value labels are written (`--numbers`): "S/ 18.1 MM" or "S/ 18,1 millones".
    NumberStyle numbers = NumberStyle::mef;
    /// How rates and shares shown in charts are rounded: the brief passes `--rounding`.
    RoundingMode mode = RoundingMode::half_up;
    /// Appended to every chart's name: "-2" for the second model of one `plot` run, so that two
    /// models never write the same files.
    std::string name_suffix;
};

/// An image drawn from a chart: its file name (NAME.png, NAME.svg, NAME.pdf) and its bytes.
struct Image {
    std::string file;
    std::string bytes;
};

/// Where charts go: the real renderer runs gnuplot; tests capture the scripts.
class ChartSink {
public:
    virtual ~ChartSink() = default;
    /// Draws every chart from its script and data, somewhere of its own, and appends the images
    /// to `images`. Returns why an image is missing (keys "render.*" and "tool.*", in no language),
    /// or nothing on success. Chart names must be slugs (text/file_names.hpp): they are the
    /// images' file names.
    [[nodiscard]] virtual std::optional<Message> render(const std::vector<Chart>& charts, std::vector<Image>& images) = 0;
};

}  // namespace veedor

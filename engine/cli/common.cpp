#include "cli/common.hpp"

#include "cli/exit_codes.hpp"
#include "io/model_reader.hpp"
#include "io/table.hpp"

#include <CLI/CLI.hpp>

#include <ostream>

namespace veedor {

Presentation OutputOptions::presentation() const {
    Presentation p;
    p.mode = *parse_rounding_mode(rounding);
    p.percent_places = percent_places;
    p.share_places = share_places;
    p.per_capita_places = per_capita_places;
    return p;
}

void add_output_options(CLI::App& cmd, OutputOptions& o) {
    cmd.add_option("-f,--format", o.format, "Output on the terminal: table, csv, json or md")
        ->check(CLI::IsMember({"table", "csv", "json", "md"}))
        ->capture_default_str();
    cmd.add_option("-o,--out", o.out_dir, "Also write every format (CSV, JSON, Markdown) into this folder");
    cmd.add_option("--rounding", o.rounding, "Rounding of presented figures: half-up, half-even or toward-zero")
        ->check(CLI::IsMember({"half-up", "half-even", "toward-zero"}))
        ->capture_default_str();
    cmd.add_option("--percent-places", o.percent_places, "Decimal places of rates and changes in %")
        ->check(CLI::Range(0, 12))
        ->capture_default_str();
    cmd.add_option("--share-places", o.share_places, "Decimal places of shares of the general budget (in %)")
        ->check(CLI::Range(0, 12))
        ->capture_default_str();
    cmd.add_option("--per-capita-places", o.per_capita_places, "Decimal places of soles per person")
        ->check(CLI::Range(0, 12))
        ->capture_default_str();
}

std::optional<Model> load_model_reporting(const std::string& path, std::ostream& err) {
    Diagnostics d;
    Model m = load_model(path, d);
    for (const Diagnostic& x : d.sorted()) err << terminal_safe(x.str()) << "\n";
    if (d.has_errors()) {
        err << path << ": " << d.error_count() << (d.error_count() == 1 ? " error" : " errors") << ", "
            << d.warning_count() << (d.warning_count() == 1 ? " warning" : " warnings")
            << "; nothing was written\n";
        return std::nullopt;
    }
    return m;
}

int emit(const std::string& stdout_text, const std::vector<OutputFile>& files, const std::vector<std::string>& inputs,
         std::ostream& out, std::ostream& err) {
    if (!files.empty()) {
        std::string problem = write_outputs(files, inputs);
        if (!problem.empty()) {
            err << "veedor: " << problem << "\n";
            return exit_code::output_failed;
        }
    }
    out << stdout_text;
    out.flush();
    for (const OutputFile& f : files) err << "wrote " << f.path << "\n";
    return exit_code::ok;
}

}  // namespace veedor

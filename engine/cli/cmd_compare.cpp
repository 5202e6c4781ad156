// veedor compare MODEL: allocated versus executed, per entity, per group and the national series.
#include "analysis/compare.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/exit_codes.hpp"
#include "cli/filter_options.hpp"
#include "cli/number_option.hpp"
#include "text/table.hpp"
#include "writers/compare_writer.hpp"

#include <CLI/CLI.hpp>

#include <memory>
#include <ostream>

namespace veedor {

namespace {

struct CompareArgs {
    std::string model;
    OutputOptions output;
    FilterOptions filter;
};

int run_compare(const CompareArgs& a, std::ostream& out, std::ostream& err) {
    read_texts_in(a.output.people().lang);
    auto m = load_model_reporting(a.model, err);
    if (!m) return exit_code::invalid_input;

    auto filter = resolve_filter(a.filter, *m, "compare", err);
    if (!filter) return exit_code::usage;

    Comparison c = compare(*m, *filter);
    Presentation p = a.output.presentation();
    if (a.output.format == "csv" && a.output.out_dir.empty()) {
        // Nothing to write before the terminal's text (emit's order): stream it, never holding it.
        write_entities_csv(c, p, out);
        out.flush();
        return exit_code::ok;
    }
    const Style people = a.output.people();
    auto render = [&](const std::string& f, size_t width) {
        if (f == "table") return terminal_safe_text(comparison_text(c, *m, p, people, width));
        if (f == "md") return comparison_markdown(c, *m, p, people);
        if (f == "json") return comparison_json(c, *m, p);
        return comparison_entities_csv(c, p);
    };
    auto folder = [&](const std::string& dir) {
        std::vector<OutputFile> files;
        for (const NamedTable& t : comparison_csv_tables(c, p)) files.push_back({dir + t.name + ".csv", render_csv(t.table)});
        files.push_back({dir + "compare.json", comparison_json(c, *m, p)});
        files.push_back({dir + "compare.md", comparison_markdown(c, *m, p, people)});
        return files;
    };
    return emit_outputs(a.output, render, folder, {a.model}, out, err);
}

}  // namespace

void add_compare_command(CLI::App& app, Action& action) {
    auto args = std::make_shared<CompareArgs>();
    CLI::App* cmd = app.add_subcommand("compare", "Allocated versus executed: per entity, per group, national series");
    cmd->add_option("model", args->model, "The model (YAML)")->required();
    add_filter_options(*cmd, args->filter);
    add_output_options(*cmd, args->output);
    set_footer(*cmd,
               "With --format csv the terminal gets the per-entity table; -o DIR writes compare-entities.csv, "
               "compare-totals.csv, compare-series.csv, compare.json and compare.md into DIR.",
               {"veedor compare scenarios/peru/model.yaml --year 2015..2016 --group sectors",
                "veedor compare scenarios/peru/model.yaml --entity MININTER --format md",
                "veedor compare scenarios/peru/model.yaml -o compare.csv"});
    cmd->callback([&action, args] {
        action = [args](std::ostream& out, std::ostream& err) { return run_compare(*args, out, err); };
    });
}

}  // namespace veedor

// veedor compare MODEL: allocated versus executed, per entity, per group and the national series.
#include "analysis/compare.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/exit_codes.hpp"
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
    std::vector<int> years;
    std::vector<std::string> groups;
    std::vector<std::string> entities;
    std::string level;
};

int run_compare(const CompareArgs& a, std::ostream& out, std::ostream& err) {
    read_texts_in(a.output.people().lang);
    auto m = load_model_reporting(a.model, err);
    if (!m) return exit_code::invalid_input;

    CompareFilter filter{a.years, a.groups, a.entities, std::nullopt};
    if (!a.level.empty()) filter.level = parse_name<Level>(a.level);  // one of them: CLI11 checked it
    bool bad = false;
    for (int y : a.years)
        if (!m->year(y)) err << "veedor: --year " << y << " is not a year of the model\n", bad = true;
    for (const auto& g : a.groups)
        if (!m->group(g)) err << "veedor: --group '" << terminal_safe(g) << "' is not a group of the model\n", bad = true;
    for (const auto& e : a.entities)
        if (!m->entity(e)) err << "veedor: --entity '" << terminal_safe(e) << "' is not an entity of the model\n", bad = true;
    if (bad) return exit_code::usage;

    Comparison c = compare(*m, filter);
    Presentation p = a.output.presentation();
    std::string stdout_text;
    const std::string& f = a.output.format;
    if (f == "csv" && a.output.out_dir.empty()) {
        // Nothing to write before the terminal's text (emit's order): stream it, never holding it.
        write_entities_csv(c, p, out);
        out.flush();
        return exit_code::ok;
    }
    if (f == "table") stdout_text = terminal_safe_text(comparison_text(c, *m, p, a.output.people()));
    else if (f == "md") stdout_text = comparison_markdown(c, *m, p, a.output.people());
    else if (f == "json") stdout_text = comparison_json(c, *m, p);
    else stdout_text = comparison_entities_csv(c, p);

    std::vector<OutputFile> files;
    if (!a.output.out_dir.empty()) {
        const std::string dir = a.output.out_dir + "/";
        for (const NamedTable& t : comparison_csv_tables(c, p)) files.push_back({dir + t.name + ".csv", render_csv(t.table)});
        files.push_back({dir + "compare.json", comparison_json(c, *m, p)});
        files.push_back({dir + "compare.md", comparison_markdown(c, *m, p, a.output.people())});
    }
    return emit(stdout_text, files, {a.model}, out, err);
}

}  // namespace

void add_compare_command(CLI::App& app, Action& action) {
    auto args = std::make_shared<CompareArgs>();
    CLI::App* cmd = app.add_subcommand("compare", "Allocated versus executed: per entity, per group, national series");
    cmd->add_option("model", args->model, "The model (YAML)")->required();
    add_number_option(*cmd, "-y,--year", args->years, {1900, 2200}, "Only these years (repeatable)");
    cmd->add_option("-g,--group", args->groups, "Only these groups (repeatable)");
    cmd->add_option("-e,--entity", args->entities, "Only these entities, by id (repeatable)");
    cmd->add_option("-l,--level", args->level, "Only entities of this level")
        ->check(CLI::IsMember(name_strings<Level>()));
    add_output_options(*cmd, args->output);
    cmd->footer("With --format csv the terminal gets the per-entity table; --out writes compare-entities.csv, "
                "compare-totals.csv, compare-series.csv, compare.json and compare.md.");
    cmd->callback([&action, args] {
        action = [args](std::ostream& out, std::ostream& err) { return run_compare(*args, out, err); };
    });
}

}  // namespace veedor

// veedor audit MODEL: recomputes every printed total and percentage and explains disagreements.
#include "analysis/audit.hpp"
#include "analysis/filters.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/exit_codes.hpp"
#include "cli/filter_options.hpp"
#include "writers/audit_writer.hpp"
#include "text/table.hpp"

#include <CLI/CLI.hpp>

#include <memory>
#include <ostream>

namespace veedor {

namespace {

struct AuditArgs {
    std::string model;
    OutputOptions output;
    FilterOptions filter;
};

int run_audit(const AuditArgs& a, std::ostream& out, std::ostream& err) {
    read_texts_in(a.output.people().lang);
    auto m = load_model_reporting(a.model, err);
    if (!m) return exit_code::invalid_input;
    RoundingMode mode = a.output.presentation().mode;
    auto filter = resolve_filter(a.filter, *m, "audit", err);
    if (!filter) return exit_code::usage;
    AuditResult r = restricted_audit(audit(*m, mode), *m, *filter);

    const Style people = a.output.people();
    auto render = [&](const std::string& f, [[maybe_unused]] size_t width) {
        if (f == "table") return terminal_safe_text(audit_text(r, *m, mode, people));
        if (f == "md") return audit_markdown(r, *m, mode, people);
        if (f == "json") return audit_json(r, *m, mode);
        return render_csv(audit_csv_tables(r, *m).back().table);
    };
    auto folder = [&](const std::string& dir) {
        std::vector<OutputFile> files;
        for (const NamedTable& t : audit_csv_tables(r, *m)) files.push_back({dir + t.name + ".csv", render_csv(t.table)});
        files.push_back({dir + "audit.json", audit_json(r, *m, mode)});
        files.push_back({dir + "audit.md", audit_markdown(r, *m, mode, people)});
        return files;
    };
    return emit_outputs(a.output, render, folder, {a.model}, out, err);
}

}  // namespace

void add_audit_command(CLI::App& app, Action& action) {
    auto args = std::make_shared<AuditArgs>();
    CLI::App* cmd = app.add_subcommand("audit", "Recompute every printed total and percentage; explain each disagreement");
    cmd->add_option("model", args->model, "The model (YAML)")->required();
    add_output_options(*cmd, args->output);
    add_filter_options(*cmd, args->filter);
    set_footer(*cmd,
               "With --format csv the terminal gets the findings; -o DIR writes audit-checks.csv, audit-findings.csv, "
               "audit.json and audit.md into DIR. The filters keep the checks and findings of the years, entities "
               "and groups named. The exit code is 0 whatever the findings.",
               {"veedor audit scenarios/peru/model.yaml", "veedor audit scenarios/peru/model.yaml --year 2016 --group sectors",
                "veedor audit scenarios/peru/model.yaml -o audit.md"});
    cmd->callback([&action, args] {
        action = [args](std::ostream& out, std::ostream& err) { return run_audit(*args, out, err); };
    });
}

}  // namespace veedor

// veedor audit MODEL: recomputes every printed total and percentage and explains disagreements.
#include "analysis/audit.hpp"
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/exit_codes.hpp"
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
};

int run_audit(const AuditArgs& a, std::ostream& out, std::ostream& err) {
    read_texts_in(a.output.people().lang);
    auto m = load_model_reporting(a.model, err);
    if (!m) return exit_code::invalid_input;
    RoundingMode mode = a.output.presentation().mode;
    AuditResult r = audit(*m, mode);

    std::string stdout_text;
    const std::string& f = a.output.format;
    if (f == "table") stdout_text = terminal_safe_text(audit_text(r, *m, mode, a.output.people()));
    else if (f == "md") stdout_text = audit_markdown(r, *m, mode, a.output.people());
    else if (f == "json") stdout_text = audit_json(r, *m, mode);
    else stdout_text = render_csv(audit_csv_tables(r, *m).back().table);

    std::vector<OutputFile> files;
    if (!a.output.out_dir.empty()) {
        const std::string dir = a.output.out_dir + "/";
        for (const NamedTable& t : audit_csv_tables(r, *m)) files.push_back({dir + t.name + ".csv", render_csv(t.table)});
        files.push_back({dir + "audit.json", audit_json(r, *m, mode)});
        files.push_back({dir + "audit.md", audit_markdown(r, *m, mode, a.output.people())});
    }
    return emit(stdout_text, files, {a.model}, out, err);
}

}  // namespace

void add_audit_command(CLI::App& app, Action& action) {
    auto args = std::make_shared<AuditArgs>();
    CLI::App* cmd = app.add_subcommand("audit", "Recompute every printed total and percentage; explain each disagreement");
    cmd->add_option("model", args->model, "The model (YAML)")->required();
    add_output_options(*cmd, args->output);
    cmd->footer("With --format csv the terminal gets the findings; --out writes audit-checks.csv, audit-findings.csv, "
                "audit.json and audit.md. The exit code is 0 whatever the findings.");
    cmd->callback([&action, args] {
        action = [args](std::ostream& out, std::ostream& err) { return run_audit(*args, out, err); };
    });
}

}  // namespace veedor

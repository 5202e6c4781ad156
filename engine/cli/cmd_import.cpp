// veedor import mef FILE.csv... --select RULES --out MODEL.yaml: a model from the MEF's open data.
#include "cli/commands.hpp"
#include "cli/common.hpp"
#include "cli/exit_codes.hpp"
#include "cli/number_option.hpp"
#include "import/mef_import.hpp"
#include "readers/model_reader.hpp"
#include "text/messages.hpp"
#include "text/table.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <memory>
#include <ostream>

namespace veedor {

namespace {

struct ImportArgs {
    std::vector<std::string> files;
    std::string rules;
    std::string out;
    std::string on_bad_row = "fail";
    std::string encoding = "auto";
    int threads = 0;
    size_t max_record_bytes = ImportOptions{}.max_record_bytes;
    std::string explain;  ///< where to write the selected lines; empty: nowhere
    bool allow_overlap = false;
    std::string lang;  ///< of the messages only (run_cli reads it before parsing)
};

int run_import(const ImportArgs& a, std::ostream& out, std::ostream& err) {
    Diagnostics d;
    SelectRules rules = load_select_rules(a.rules, d);
    ImportOptions o;
    o.skip_bad_rows = a.on_bad_row == "skip";
    o.encoding = a.encoding == "utf-8" ? Encoding::utf8 : a.encoding == "latin-1" ? Encoding::latin1 : Encoding::automatic;
    o.threads = a.threads;
    o.max_record_bytes = a.max_record_bytes;
    o.explain = !a.explain.empty();
    o.allow_overlap = a.allow_overlap;
    o.mapped_fault_text = [](const std::string& path) {  // a file cut short while it is read
        Diagnostic x{{path, 0, 0}, Severity::error, msg("import.shorter")};
        return terminal_safe(diagnostic_text(x, messages_lang())) + "\n";
    };
    ImportReport report;
    Model m;
    if (!d.has_errors()) m = import_mef(a.files, rules, o, d, report);
    print_diagnostics(d, err);
    if (report.bad > 20) err << say("cli.more-bad-rows", report.bad - 20) << "\n";
    if (d.has_errors()) {
        if (o.skip_bad_rows && report.rows > 0 && report.bad == report.rows)
            err << say("cli.rows-all-bad", report.rows) << "\n";
        else
            err << say(report.bad && !o.skip_bad_rows ? "cli.rows-bad-skip" : "cli.rows-bad", report.rows, report.bad)
                << "\n";
        return exit_code::invalid_input;
    }
    std::string yaml = model_to_yaml(m);
    Diagnostics check;  // the model written must be one veedor reads
    load_model_text(yaml, a.out, check);
    if (check.has_errors()) {
        err << "veedor: internal error: the imported model does not validate: " << check.sorted().front().str() << "\n";
        return exit_code::internal_error;
    }
    std::vector<std::string> inputs = a.files;
    inputs.push_back(a.rules);
    std::string summary = fmt::format("{} rows read ({}), {} selected into {} entities, {} bad rows skipped\n",
                                      report.rows, fmt::join(report.encodings, ", "), report.selected,
                                      m.entities.size(), report.bad);
    if (a.explain.empty()) return emit(summary, {{a.out, yaml}}, inputs, out, err);
    summary += fmt::format("{} selected lines listed in {}\n", report.explain.size(), a.explain);
    return emit(summary, {{a.out, yaml}, {a.explain, explain_csv(report.explain, rules)}}, inputs, out, err);
}

}  // namespace

void add_import_command(CLI::App& app, Action& action) {
    auto args = std::make_shared<ImportArgs>();
    CLI::App* import = app.add_subcommand("import", "Build a model from other data");
    import->require_subcommand(1);
    CLI::App* cmd = import->add_subcommand("mef", "From the MEF's open-data budget-execution CSV files");
    cmd->add_option("files", args->files, "MEF CSV files (one per year, or parts of a year)")->required();
    cmd->add_option("--select", args->rules, "Selection rules (YAML): which rows count, how they are grouped")->required();
    non_empty_path(cmd->add_option("-o,--out", args->out, "The model to write (YAML)"))->required();
    cmd->add_option("--on-bad-row", args->on_bad_row, "fail (nothing is written) or skip (and say which)")
        ->transform(CLI::IsMember({"fail", "skip"}, CLI::ignore_case))
        ->capture_default_str();
    cmd->add_option("--encoding", args->encoding, "auto (UTF-8 unless the file is not valid UTF-8, then Latin-1), "
                                                  "utf-8 or latin-1")
        ->transform(CLI::IsMember({"auto", "utf-8", "latin-1"}, CLI::ignore_case))
        ->capture_default_str();
    add_number_option(*cmd, "-j,--threads", args->threads, {0, 256},
                      "Threads reading each file (default 0: all cores); the model does not depend on it");
    add_number_option(*cmd, "--max-record-bytes", args->max_record_bytes, {1, std::uint64_t{1} << 30},
                      "A row longer than this many bytes is a bad row (default 8 MiB); it bounds the memory used");
    non_empty_path(cmd->add_option("--explain", args->explain,
                                   "Also write the selected lines (group x goal, activity and product names, with "
                                   "every stage) to this CSV file, to review what was counted"));
    cmd->add_flag("--allow-overlap", args->allow_overlap,
                  "Sum files that share a year and month (MES_EJE); without it that is an error");
    add_lang_option(*cmd, args->lang);
    set_footer(*cmd, "",
               {"veedor import mef scenarios/mef/sample-2016.csv --select scenarios/mef/select-trata.yaml --out mef-2016.yaml",
                "veedor import mef scenarios/mef/sample-2016.csv --select scenarios/mef/select-trata.yaml --on-bad-row skip "
                "--out mef-2016.yaml"});
    cmd->callback([&action, args] {
        action = [args](std::ostream& out, std::ostream& err) { return run_import(*args, out, err); };
    });
}

}  // namespace veedor

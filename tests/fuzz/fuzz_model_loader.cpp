// libFuzzer target: any bytes as a model. Never a crash; a model that loads can be compared,
// audited and written in every format.
#include "core/error.hpp"
#include "analysis/audit.hpp"
#include "analysis/compare.hpp"
#include "writers/audit_writer.hpp"
#include "writers/compare_writer.hpp"
#include "readers/model_reader.hpp"

#include <cstdint>
#include <stdexcept>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace veedor;
    std::string text(reinterpret_cast<const char*>(data), size);
    Diagnostics d;
    Model m = load_model_text(text, "fuzz.yaml", d);
    for (const Diagnostic& x : d.all())
        if (x.where.file != "fuzz.yaml") __builtin_trap();  // every message names its file
    if (d.has_errors()) return 0;
    try {
        Comparison c = compare(m);
        Presentation p;
        comparison_text(c, m, p);
        comparison_json(c, m, p);
        comparison_markdown(c, m, p);
        for (const NamedTable& t : comparison_csv_tables(c, p)) render_csv(t.table);
        AuditResult a = audit(m, RoundingMode::half_up);
        audit_text(a, m, RoundingMode::half_up);
        audit_json(a, m, RoundingMode::half_up);
    } catch (const InputError&) {
        // a sum beyond 128 bits is reported as an error by the command (exit 1): allowed
    }
    return 0;
}

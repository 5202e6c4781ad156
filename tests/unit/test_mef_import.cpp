// The MEF import on small files written by hand: sums computed by hand, every kind of bad row
// named at its line, quoted names, a byte-order mark, Latin-1, and partial years.
#include "import/mef_import.hpp"
#include "import/mef_text.hpp"
#include "readers/model_reader.hpp"

#include "temp_dir.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>

using namespace veedor;

namespace {

const std::string header =
    "ANO_EJE,MES_EJE,NIVEL_GOBIERNO,PLIEGO,PLIEGO_NOMBRE,DEPARTAMENTO_EJECUTORA_NOMBRE,META_NOMBRE,"
    "MONTO_PIA,MONTO_PIM,MONTO_CERTIFICADO,MONTO_COMPROMETIDO_ANUAL,MONTO_COMPROMETIDO,MONTO_DEVENGADO,MONTO_GIRADO\n";

struct Imported {
    Model model;
    ImportReport report;
    std::vector<std::string> messages;
};

SelectRules trata_rules() {
    SelectRules rules;
    rules.match.push_back({{"META_NOMBRE"}, {"TRATA DE PERSONAS"}, {}, {}, {}});
    return rules;
}

/// Imports the texts as files f1.csv, f2.csv...; the messages name them so.
Imported import_files(const std::vector<std::string>& texts, const SelectRules& rules, const ImportOptions& options) {
    std::vector<std::string> paths;
    static const test::TempDir dir("mef");  // one per process: the paths are in the model, equal across imports
    for (size_t i = 0; i < texts.size(); ++i) {
        auto path = dir / ("f" + std::to_string(i + 1) + ".csv");
        std::ofstream(path, std::ios::binary) << texts[i];
        paths.push_back(path.string());
    }
    Diagnostics d;
    Imported out;
    out.model = import_mef(paths, rules, options, d, out.report);
    for (const Diagnostic& x : d.sorted()) {
        std::string message = x.str();
        for (size_t i = 0; i < paths.size(); ++i)
            if (message.rfind(paths[i], 0) == 0) message = "f" + std::to_string(i + 1) + ".csv" + message.substr(paths[i].size());
        out.messages.push_back(message);
    }
    for (const auto& p : paths) std::filesystem::remove(p);
    return out;
}

Imported import_text(const std::string& text, bool skip = true, int threads = 1, size_t chunk_bytes = 4 << 20) {
    ImportOptions options;
    options.skip_bad_rows = skip;
    options.threads = threads;
    options.chunk_bytes = chunk_bytes;
    Imported out = import_files({text}, trata_rules(), options);
    for (auto& m : out.messages) m = m.substr(std::string("f1.csv").size());
    return out;
}

/// The model written as YAML, read back: it must load without a message.
Model written_and_read(const Model& m) {
    Diagnostics d;
    Model back = load_model_text(model_to_yaml(m), "imported.yaml", d);
    for (const Diagnostic& x : d.sorted()) FAIL_CHECK(x.str());
    return back;
}

const Figure& figure(const Model& m, const std::string& id, int year) {
    for (const Entity& e : m.entities)
        if (e.id == id)
            for (const Figure& f : e.figures)
                if (f.year == year) return f;
    FAIL("no figure " << id << " " << year);
    throw 0;
}

std::string stage(const Figure& f, const std::string& name) {
    for (const auto& [s, amount] : f.stages())
        if (s == name) return amount.plain();
    return "missing";
}

}  // namespace

TEST_CASE("months add up to the year, exactly, in every stage, and the general budget is every row PIA") {
    Imported r = import_text(header +
                             "2016,1,E,006,\"MINISTERIO DEL INTERIOR\",LIMA,\"LUCHA CONTRA LA TRATA DE PERSONAS\",100.10,200,0.01,0,0,50.5,50\n"
                             "2016,2,E,006,MINISTERIO DEL INTERIOR,LIMA,Trata de Personas y otros,0.90,-10.25, 3 ,0,0,0.05,0\n"
                             "2016,3,E,006,MINISTERIO DEL INTERIOR,LIMA,OTRA META,1000,1000,1000,1000,1000,1000,1000\n"
                             "2016,12,R,440,\"GOBIERNO REGIONAL, AMAZONAS\",AMAZONAS,\"TRATA DE PERSONAS\nEN LA REGION\",7,8,9,10,11,12,13\n");
    CHECK(r.messages.empty());
    CHECK(r.report.rows == 4);
    CHECK(r.report.selected == 3);
    REQUIRE(r.model.entities.size() == 2);
    const Figure& interior = figure(r.model, "E006", 2016);
    CHECK(stage(interior, "pia") == "101.00");       // 100.10 + 0.90
    CHECK(stage(interior, "pim") == "189.75");       // 200 - 10.25
    CHECK(stage(interior, "certificado") == "3.01"); // 0.01 + " 3 "
    CHECK(stage(interior, "devengado") == "50.55");  // 50.5 + 0.05
    CHECK(interior.allocated.amount.plain() == "189.75");  // pim, by default
    CHECK(interior.executed.amount.plain() == "50.55");    // devengado
    const Entity& region = r.model.entities[1];
    CHECK(region.name == "GOBIERNO REGIONAL, AMAZONAS");
    CHECK(region.level == Level::regional);
    CHECK(region.region == "AMAZONAS");
    CHECK(stage(figure(r.model, "E440", 2016), "girado") == "13.00");
    REQUIRE(r.model.years.size() == 1);
    CHECK(r.model.years[0].general_budget->plain() == "1108.00");  // 101 + 1000 + 7
    CHECK_FALSE(r.model.years[0].executed_through.has_value());   // December is there
}

TEST_CASE("every kind of bad row is named at its line and left out of every sum") {
    Imported r = import_text(header +
                             "2016,1,E,006,M,LIMA,TRATA DE PERSONAS,1,1,1,1,1,1,1\n"
                             "2016,1,E,006,M,LIMA,TRATA DE PERSONAS,1.234,1,1,1,1,1,1\n"  // 3 decimals
                             "2016,1,E,006,M,LIMA,TRATA DE PERSONAS,1e3,1,1,1,1,1,1\n"    // exponent
                             "2016,1,E,006,M,LIMA,TRATA DE PERSONAS,,1,1,1,1,1,1\n"       // empty
                             "2016,1,E,006,M,LIMA,TRATA DE PERSONAS,1,1,1,1,1,1\n"        // a field short
                             "2016.5,1,E,006,M,LIMA,TRATA DE PERSONAS,1,1,1,1,1,1,1\n"    // a fractional year
                             "2016,13,E,006,M,LIMA,TRATA DE PERSONAS,1,1,1,1,1,1,1\n"     // month 13
                             "2016,\"2\",E,006,\"M\",LIMA,\"TRATA DE\nPERSONAS\",1,1,1,1,1,1,x\n"  // two lines, bad girado
                             "2016,3,E,006,M,LIMA,TRATA DE PERSONAS,2,2,2,2,2,2,2\n");
    CHECK(r.report.rows == 9);
    CHECK(r.report.bad == 7);
    CHECK(r.messages == std::vector<std::string>{
                            ":3:1: warning: MONTO_PIA '1.234' is not an amount; the row is skipped",
                            ":4:1: warning: MONTO_PIA '1e3' is not an amount; the row is skipped",
                            ":5:1: warning: MONTO_PIA '' is not an amount; the row is skipped",
                            ":6:1: warning: 13 fields, the header has 14; the row is skipped",
                            ":7:1: warning: ANO_EJE '2016.5' or MES_EJE '1' is not a year and a month (0 to 12); the row is skipped",
                            ":8:1: warning: ANO_EJE '2016' or MES_EJE '13' is not a year and a month (0 to 12); the row is skipped",
                            ":9:1: warning: MONTO_GIRADO 'x' is not an amount; the row is skipped"});
    CHECK(stage(figure(r.model, "E006", 2016), "pia") == "3.00");  // lines 2 and 11 only
    CHECK(r.model.years[0].executed_through->iso() == "2016-03-31");

    Imported failed = import_text(header + "2016,1,E,006,M,LIMA,X,1,1,1,1,1,1\n", false);
    CHECK(failed.messages == std::vector<std::string>{":2:1: error: 13 fields, the header has 14"});
}

TEST_CASE("a missing column is named, and a byte-order mark and Latin-1 names are handled") {
    Imported missing = import_text("ANO_EJE,MES_EJE\n2016,1\n");
    REQUIRE_FALSE(missing.messages.empty());
    CHECK(missing.messages[0] == ":1:1: error: the header has no column NIVEL_GOBIERNO");

    Imported r = import_text("\xEF\xBB\xBF" + header + "2015,6,M,300,MUNICIPALIDAD DE CALLER\xCD" "A,UCAYALI,TRATA DE PERSONAS,1,2,3,4,5,6,7\n");
    CHECK(r.messages.empty());
    CHECK(r.report.encodings == std::vector<std::string>{"latin-1"});
    REQUIRE(r.model.entities.size() == 1);
    CHECK(r.model.entities[0].name == "MUNICIPALIDAD DE CALLER\xC3\x8D" "A");  // Í in UTF-8
    CHECK(r.model.entities[0].level == Level::local);
    CHECK(r.model.years[0].executed_through->iso() == "2015-06-30");
}

TEST_CASE("threads and chunks of any size change nothing") {
    std::string text = header;
    for (int i = 0; i < 500; ++i)
        text += "2016," + std::to_string(1 + i % 12) + ",E,0" + std::to_string(10 + i % 7) +
                ",\"P\",LIMA,\"TRATA DE PERSONAS\"," + std::to_string(i) + ".25,1,1,1,1,1," + (i % 97 ? "1" : "bad") + "\n";
    Imported one = import_text(text, true, 1);
    CHECK(one.report.bad == 6);
    CHECK(one.messages.size() == 6);
    for (size_t chunk : {1, 37, 100, 4096})
        for (int threads : {1, 2, 3}) {
            Imported other = import_text(text, true, threads, chunk);
            CHECK(other.messages == one.messages);
            CHECK(other.report.rows == one.report.rows);
            CHECK(model_to_yaml(other.model) == model_to_yaml(one.model));
        }
}

TEST_CASE("Latin-1 bytes read as UTF-8 make bad rows, not a broken model") {
    ImportOptions forced;
    std::string text = header + "2015,6,M,300,MUNICIPALIDAD DE CALLER\xCD" "A,UCAYALI,TRATA DE PERSONAS,1,2,3,4,5,6,7\n";
    test::TempDir dir("mef-utf8");
    auto path = dir / "f.csv";
    std::ofstream(path, std::ios::binary) << text;
    SelectRules rules;
    rules.match.push_back({{"META_NOMBRE"}, {"TRATA DE PERSONAS"}, {}, {}, {}});
    forced.encoding = Encoding::utf8;
    Diagnostics d;
    ImportReport report;
    import_mef({path.string()}, rules, forced, d, report);
    REQUIRE(d.error_count() == 1);
    CHECK(d.sorted()[0].str().find(":2:1: error: PLIEGO_NOMBRE is not valid UTF-8 (if the file is Latin-1: --encoding latin-1)") !=
          std::string::npos);
}

TEST_CASE("names with control characters and YAML line breaks survive the model written and read back") {
    // A tab, U+0085 (NEL), U+2028, quotes, a backslash, U+0001, DEL, U+FEFF. The C0 controls and
    // DEL become spaces: a model's names are one line without control characters (read_text).
    const std::string odd = "A B\xC2\x85" "C\xE2\x80\xA8" "D \"q\" \\   \xEF\xBB\xBF" "E";
    const std::string in_csv = "\"A\tB\xC2\x85" "C\xE2\x80\xA8" "D \"\"q\"\" \\ \x01\x7F\xEF\xBB\xBF" "E\"";
    Imported r = import_text(header + "2016,1,E,006," + in_csv + ",LIMA,TRATA DE PERSONAS,1,1,1,1,1,1,1\n");
    REQUIRE(r.messages.empty());
    REQUIRE(r.model.entities.size() == 1);
    CHECK(r.model.entities[0].name == odd);
    Diagnostics d;
    Model back = load_model_text(model_to_yaml(r.model), "imported.yaml", d);
    CHECK_FALSE(d.has_errors());
    REQUIRE(back.entities.size() == 1);
    CHECK(back.entities[0].name == odd);
}

TEST_CASE("what a model cannot hold is a clear error, not a broken model") {
    ImportOptions skip;
    skip.skip_bad_rows = true;
    // A negative year's sum: corrections larger than what they correct.
    Imported negative = import_files({header + "2016,12,E,001,PCM,LIMA,TRATA DE PERSONAS,10,10,5,5,5,-7.50,0\n"},
                                     trata_rules(), skip);
    CHECK(negative.messages == std::vector<std::string>{
                                   "f1.csv: error: pliego 001 (PCM), 2016: devengado adds up to -7.50, and the stage the rules "
                                   "chose must be from 0 to 10^24 soles (a correction larger than what it corrects?)"});
    // No row selected, no data row, every row bad.
    Imported none = import_files({header + "2016,12,E,001,PCM,LIMA,OTRA COSA,1,1,1,1,1,1,1\n"}, trata_rules(), skip);
    CHECK(none.messages == std::vector<std::string>{
                               ": error: no row matched the selection rules ('match'): the model would have no entity"});
    CHECK(import_files({header}, trata_rules(), skip).messages ==
          std::vector<std::string>{"f1.csv: error: the files have no data row to import"});
    Imported all_bad = import_files({header + "2016,12,E,001,PCM,LIMA,TRATA DE PERSONAS,x,1,1,1,1,1,1\n"}, trata_rules(), skip);
    CHECK(all_bad.messages == std::vector<std::string>{"f1.csv: error: the files have no data row to import",
                                                       "f1.csv:2:1: warning: MONTO_PIA 'x' is not an amount; the row is skipped"});
    // An amount beyond 10^24 soles is a bad row.
    Imported huge = import_text(header + "2016,12,E,001,PCM,LIMA,TRATA DE PERSONAS,1000000000000000000000000,1,1,1,1,1,1\n");
    REQUIRE(huge.messages.size() == 2);
    CHECK(huge.messages[1] == ":2:1: warning: MONTO_PIA '1000000000000000000000000' is not an amount; the row is skipped");
}

TEST_CASE("codes that differ only in punctuation or accents give different entities, with names") {
    Imported r = import_text(header +
                             "2016,12,E,A B,,LIMA,TRATA DE PERSONAS,1,1,1,1,1,1,1\n"
                             "2016,12,E,A-B,SECOND,LIMA,TRATA DE PERSONAS,2,2,2,2,2,2,2\n"
                             "2016,12,E,\xC3\x91" "1,THIRD,LIMA,TRATA DE PERSONAS,3,3,3,3,3,3,3\n"
                             "2016,12,E,\xC3\x93" "1,FOURTH,LIMA,TRATA DE PERSONAS,4,4,4,4,4,4,4\n");
    // A blank name is said, and the code names the group.
    REQUIRE(r.messages == std::vector<std::string>{": warning: pliego A B: its name is blank in the files; it is named 'pliego A B'"});
    Model back = written_and_read(r.model);
    std::vector<std::string> ids, names;
    for (const Entity& e : back.entities) ids.push_back(e.id), names.push_back(e.name);
    CHECK(ids == std::vector<std::string>{"EA_20B", "EA-B", "E_C3_911", "E_C3_931"});
    CHECK(names == std::vector<std::string>{"pliego A B", "SECOND", "THIRD", "FOURTH"});  // an empty name: the code
}

TEST_CASE("the header: a byte-order mark before a quoted name, a column twice, SEC_EJEC for executing units") {
    Imported bom = import_text("\xEF\xBB\xBF\"ANO_EJE\"," + header.substr(8) + "2016,12,E,001,PCM,LIMA,TRATA DE PERSONAS,1,1,1,1,1,1,1\n");
    CHECK(bom.messages.empty());
    CHECK(bom.model.entities.size() == 1);
    Imported twice = import_text(header.substr(0, header.size() - 1) + ",PLIEGO\n");
    CHECK(twice.messages.front() == ":1:1: error: the header has the column PLIEGO more than once: which one counts?");
    SelectRules by_unit = trata_rules();
    by_unit.group_by = "ejecutora";
    const std::string with_units = "EJECUTORA,EJECUTORA_NOMBRE," + header;
    Imported no_sec = import_files({with_units}, by_unit, {});
    CHECK(no_sec.messages == std::vector<std::string>{"f1.csv:1:1: error: the header has no column SEC_EJEC"});
}

TEST_CASE("a year or a month with decimals is a bad row") {
    Imported r = import_text(header + "2016.00,12,E,001,PCM,LIMA,TRATA DE PERSONAS,1,1,1,1,1,1,1\n"
                                      "2016,12.0,E,001,PCM,LIMA,TRATA DE PERSONAS,1,1,1,1,1,1,1\n"
                                      "2016,12,E,001,PCM,LIMA,TRATA DE PERSONAS,1,1,1,1,1,1,1\n");
    CHECK(r.report.bad == 2);
}

TEST_CASE("accented rule words match in Latin-1 files as in UTF-8 files") {
    SelectRules rules;
    rules.match.push_back({{"DEPARTAMENTO_EJECUTORA_NOMBRE"}, {"JUN\xC3\x8DN"}, {}, {}, {}});  // JUNÍN
    ImportOptions options;
    Imported utf8 = import_files({header + "2016,12,R,450,GR JUNIN,JUN\xC3\x8DN,X,1,1,1,1,1,1,1\n"}, rules, options);
    Imported latin1 = import_files({header + "2016,12,R,450,GR JUNIN,JUN\xCDN,X,1,1,1,1,1,1,1\n"}, rules, options);
    CHECK(utf8.messages.empty());
    CHECK(latin1.messages.empty());
    CHECK(latin1.report.encodings == std::vector<std::string>{"latin-1"});
    CHECK(utf8.report.selected == 1);
    CHECK(latin1.report.selected == 1);
    REQUIRE(latin1.model.entities.size() == 1);
    CHECK(latin1.model.entities[0].region == "JUN\xC3\x8DN");
    CHECK(latin1.model.entities[0].level == Level::regional);
}

TEST_CASE("a figure names the files its rows came from") {
    ImportOptions options;
    Imported r = import_files({header + "2016,6,E,001,PCM,LIMA,TRATA DE PERSONAS,1,1,1,1,1,1,1\n",
                               header + "2016,12,E,001,PCM,LIMA,TRATA DE PERSONAS,2,2,2,2,2,2,2\n"
                                        "2017,1,E,001,PCM,LIMA,TRATA DE PERSONAS,4,4,4,4,4,4,4\n"},
                              trata_rules(), options);
    REQUIRE(r.messages.empty());
    Model back = written_and_read(r.model);
    REQUIRE(back.entities.size() == 1);
    CHECK(back.entities[0].figures[0].sources() == std::vector<std::string>{"file-1", "file-2"});
    CHECK(back.entities[0].figures[1].sources() == std::vector<std::string>{"file-2"});
    CHECK(stage(back.entities[0].figures[0], "pia") == "3.00");
}

TEST_CASE("rule words match normalized text: case - accents - repeated spaces - whole words") {
    std::string n;
    normalize_for_match("  Prevención y  persecución\tDEL DELITO DE TRATA DE  PERSONAS ", false, n);
    CHECK(n == "PREVENCION Y PERSECUCION DEL DELITO DE TRATA DE PERSONAS");
    normalize_for_match("V\xCD" "CTIMAS DE TRATA \x96 NI\xD1" "OS", true, n);  // Latin-1: VÍCTIMAS, NIÑOS, cp1252 en dash
    CHECK(n == "VICTIMAS DE TRATA \x96 NINOS");
    CHECK(holds_phrase("LA TRATA, SEXUAL", "TRATA", true));
    CHECK(holds_phrase("TRATA", "TRATA", true));
    CHECK_FALSE(holds_phrase("TRATAMIENTO DE PERSONAS", "TRATA", true));
    CHECK_FALSE(holds_phrase("CONTRATACION OPORTUNA", "TRATA", true));
    CHECK_FALSE(holds_phrase("CONTRATA ADMINISTRATIVA", "TRATA", true));
    CHECK_FALSE(holds_phrase("PERSONAS TRATADAS", "TRATA", true));
    CHECK(holds_phrase("CONTRATACION OPORTUNA", "TRATA", false));  // contains: anywhere
    CHECK(holds_phrase("TRATAMIENTO Y LA TRATA", "TRATA", true));   // a later occurrence counts
}

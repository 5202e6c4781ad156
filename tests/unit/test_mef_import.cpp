// The MEF import on small files written by hand: sums computed by hand, every kind of bad row
// named at its line, quoted names, a byte-order mark, Latin-1, and partial years.
#include "io/mef_import.hpp"
#include "io/model_reader.hpp"

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

Imported import_text(const std::string& text, bool skip = true, int threads = 1, size_t chunk_bytes = 4 << 20) {
    auto path = std::filesystem::temp_directory_path() / ("veedor-mef-" + std::to_string(::getpid()) + ".csv");
    std::ofstream(path, std::ios::binary) << text;
    SelectRules rules;
    rules.match.push_back({"META_NOMBRE", {"TRATA DE PERSONAS"}, {}});
    ImportOptions options;
    options.skip_bad_rows = skip;
    options.threads = threads;
    options.chunk_bytes = chunk_bytes;
    Diagnostics d;
    Imported out;
    out.model = import_mef({path.string()}, rules, options, d, out.report);
    for (const Diagnostic& x : d.sorted()) out.messages.push_back(x.str().substr(path.string().size()));
    std::filesystem::remove(path);
    return out;
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
    CHECK(r.model.years[0].general_budget.plain() == "1108.00");  // 101 + 1000 + 7
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
                            ":7:1: warning: ANO_EJE 2016.5 or MES_EJE 1 is out of range; the row is skipped",
                            ":8:1: warning: ANO_EJE 2016 or MES_EJE 13 is out of range; the row is skipped",
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
    auto path = std::filesystem::temp_directory_path() / ("veedor-mef-utf8-" + std::to_string(::getpid()) + ".csv");
    std::ofstream(path, std::ios::binary) << text;
    SelectRules rules;
    rules.match.push_back({"META_NOMBRE", {"TRATA DE PERSONAS"}, {}});
    forced.encoding = Encoding::utf8;
    Diagnostics d;
    ImportReport report;
    import_mef({path.string()}, rules, forced, d, report);
    std::filesystem::remove(path);
    REQUIRE(d.error_count() == 1);
    CHECK(d.sorted()[0].str().find(":2:1: error: PLIEGO_NOMBRE is not valid UTF-8 (if the file is Latin-1: --encoding latin-1)") !=
          std::string::npos);
}

TEST_CASE("names with control characters and YAML line breaks survive the model written and read back") {
    // A tab, U+0085 (NEL), U+2028, quotes, a backslash, U+0001, DEL, U+FEFF.
    const std::string odd = "A\tB\xC2\x85" "C\xE2\x80\xA8" "D \"q\" \\ \x01\x7F\xEF\xBB\xBF" "E";
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

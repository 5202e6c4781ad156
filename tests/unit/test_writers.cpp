// The figures of the issue come out exactly in every format; text from a model is escaped.
#include "writers/audit_writer.hpp"
#include "writers/compare_writer.hpp"
#include "peru.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

using namespace veedor;

namespace {
bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }
}  // namespace

TEST_CASE("terminal table") {
    std::string t = comparison_text(compare(peru_model()), peru_model(), Presentation{});
    CHECK(has(t, "2015  S/ 14,163,523.00  S/ 4,146,895.59      29.28%          63.22%"));
    CHECK(has(t, "2016   S/ 6,485,049.50  S/ 3,484,772.77    53.74% *        40.55% *  -S/ 7,678,473.50   -54.21%"));
    CHECK(has(t, "MININTER  2015       S/ 954,099.00       S/ 876,041.10    91.82%"));
    CHECK(has(t, "MIMP      2016     S/ 3,803,268.50     S/ 1,512,632.00  39.77% *"));
    CHECK(has(t, "MD-COMAS          2015   S/ 93,765.00   S/ 13,670.00     14.58%"));
    CHECK(has(t, "0.0015%"));
    CHECK(has(t, "0.0108%"));
    CHECK(has(t, "0.0023%"));
    CHECK(has(t, "* execution counted through 2016-06-30 (partial year)."));
}

TEST_CASE("CSV") {
    auto tables = comparison_csv_tables(compare(peru_model()), Presentation{});
    REQUIRE(tables.size() == 3);
    std::string entities = render_csv(tables[0].table);
    std::string totals = render_csv(tables[1].table);
    std::string series = render_csv(tables[2].table);
    CHECK(has(entities, "sectors,MININTER,Ministry of the Interior (MININTER),national,ministry,,2015,954099.00,amount,"
                        "876041.10,amount,91.82,n/a,n/a,,0.00\r\n"));
    CHECK(has(entities, ",2016,401812.00,amount,293851.91,amount,73.13,202293.00,101.39,2016-06-30,0.00\r\n"));
    CHECK(has(totals, "sectors,2015,14163523.00,4146895.59,29.28,63.22,"));
    CHECK(has(totals, "sectors,2016,6485049.50,3484772.77,53.74,40.55,6485049.50,2629872.77,-7678473.50,-54.21,"));
    CHECK(has(totals, "regional-local,2016,687002.00,115475.00,16.81,"));
    CHECK(has(series, "2013,1600000.00,published-total,,108418909559.00,0.0015,"));
    CHECK(has(series, "2016,6485049.50,breakdown,3484772.77,138490511244.00,0.0047,-7678473.50,-54.21,31488625,0.2059,2016-06-30"));
}

TEST_CASE("JSON") {
    auto j = nlohmann::json::parse(comparison_json(compare(peru_model()), peru_model(), Presentation{}));
    const auto& sectors = j["groups"][0];
    CHECK(sectors["id"] == "sectors");
    CHECK(sectors["totals"][0]["allocated"] == "14163523.00");
    CHECK(sectors["totals"][0]["execution_rate_all_pct"] == "29.28");
    CHECK(sectors["totals"][1]["execution_rate_all_pct"] == "53.74");
    CHECK(sectors["totals"][1]["execution_rate_matched_pct"] == "40.55");
    CHECK(sectors["totals"][1]["change"] == "-7678473.50");
    CHECK(sectors["totals"][1]["change_pct"] == "-54.21");
    CHECK(sectors["totals"][1]["executed_through"] == "2016-06-30");
    CHECK(sectors["entities"][0]["execution_rate_pct"] == "91.82");
    CHECK(sectors["entities"][0]["change"].is_null());  // n/a is null in JSON
    CHECK(j["series"]["years"][0]["share_of_general_budget_pct"] == "0.0015");
    CHECK(j["series"]["years"][2]["share_of_general_budget_pct"] == "0.0108");
    CHECK(j["series"]["years"][4]["share_of_general_budget_pct"] == "0.0023");
    CHECK(j["groups"][1]["totals"][1]["execution_rate_all_pct"] == "16.81");
}

TEST_CASE("Markdown") {
    std::string md = comparison_markdown(compare(peru_model()), peru_model(), Presentation{});
    CHECK(has(md, "| 2015 | S/ 14,163,523.00 | S/ 4,146,895.59 | 29.28% | 63.22% |"));
    CHECK(has(md, "| 2016 | S/ 6,485,049.50 | S/ 3,484,772.77 | 53.74% \\* | 40.55% \\* | -S/ 7,678,473.50 | -54.21% |"));
    CHECK(has(md, "| MINJUS | 2016 | S/ 401,812.00 | S/ 293,851.91 | 73.13% \\* |"));
    CHECK(has(md, "| 2013 | S/ 1,600,000.00 | S/ 108,418,909,559.00 | 0.0015% |"));
}

TEST_CASE("audit outputs carry the findings") {
    AuditResult a = audit(peru_model(), RoundingMode::half_up);
    std::string text = audit_text(a, peru_model(), RoundingMode::half_up);
    CHECK(has(text, "54 printed figures checked (half-up rounding at the printed precision): 44 agree, 7 differ, 3 "
                    "cannot be recomputed."));
    CHECK(has(text, "The printed total leaves out Provincial Municipality of Maynas (S/ 4,135.00)."));
    auto j = nlohmann::json::parse(audit_json(a, peru_model(), RoundingMode::half_up));
    CHECK(j["summary"]["differ"] == 7);
    std::string csv = render_csv(audit_csv_tables(a, peru_model())[0].table);
    CHECK(has(csv, "2016,total of Sectors,share-of-general-budget,0.0046,0.0047,differs,"));
}

TEST_CASE("escaping text from a model") {
    CHECK(csv_field("plain") == "plain");
    CHECK(csv_field("a,b") == "\"a,b\"");
    CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csv_field("two\nlines") == "\"two\nlines\"");
    CHECK(terminal_safe("red\x1b[31m") == "red\\x1b[31m");
    CHECK(terminal_safe_text("a\nb\x07") == "a\nb\\x07");
    CHECK(markdown_safe("a|b") == "a\\|b");
    CHECK(markdown_safe("<script>") == "\\<script\\>");
}

TEST_CASE("8-bit control characters do not reach the terminal") {
    CHECK(terminal_safe("a\xC2\x9B" "2J") == "a<U+009B>2J");
    CHECK(terminal_safe("Huancavelica \xC3\xA1") == "Huancavelica \xC3\xA1");  // á stays
}

TEST_CASE("CSV cells never start a spreadsheet formula, and numbers stay numbers") {
    CHECK(csv_field("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"");
    CHECK(csv_field("+1") == "'+1");
    CHECK(csv_field("@SUM(A1)") == "'@SUM(A1)");
    CHECK(csv_field("-cmd|' /C calc'!A0") == "'-cmd|' /C calc'!A0");
    CHECK(csv_field("\tx") == "'\tx");
    CHECK(csv_field("-7678473.50") == "-7678473.50");
    CHECK(csv_field("-54.21") == "-54.21");
    CHECK(csv_field("-") == "'-");
    CHECK(csv_field("Ministry") == "Ministry");
}

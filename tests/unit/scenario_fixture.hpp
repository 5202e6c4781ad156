#pragma once
// Writes a small model and a scenario into a temporary folder and loads the scenario.
#include "readers/scenario_reader.hpp"
#include "temp_dir.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace test {

/// A: 2015 allocated 1,000.00 executed 500.00; 2016 allocated 2,000.00 executed 1,500.00.
/// General budget 1,000,000.00 (2015) and 2,000,000.00 (2016); population 100 in 2015 and 2016.
inline const char* const small_model = R"(format: veedor-model/1
title: "Small"
currency: PEN
headline: all
years:
  - {year: 2015, general-budget: 1000000.00, population: 100}
  - {year: 2016, general-budget: 2000000.00, population: 100}
groups:
  - {id: all, name: "All"}
entities:
  - id: A
    name: "Ministry A"
    level: national
    kind: ministry
    groups: [all]
    figures:
      - {year: 2015, allocated: 1000.00, executed: 500.00}
      - {year: 2016, allocated: 2000.00, executed: 1500.00}
)";

/// Horizon 2017-2019 in soles of 2016; inflation 10% a year; general budget 3,000,000.00 in 2017,
/// then +10% a year; population +10% a year. `body` adds funding, execution, needs...
inline std::string scenario_text(const std::string& body) {
    return std::string(R"(format: veedor-scenario/1
title: "Test"
model: model.yaml
horizon: {from: 2017, to: 2019}
prices-of: 2016
macro:
  inflation-pct:
    - {from: 2016, to: 2019, value: 10, assumption: "round numbers for hand computation"}
  general-budget:
    - {year: 2017, amount: 3000000.00, assumption: "round"}
    - {from: 2018, to: 2019, growth-pct: 10, assumption: "round"}
  population:
    - {from: 2017, to: 2019, growth-pct: 10, assumption: "round"}
)") + body;
}

inline std::filesystem::path write_files(const std::string& scenario, const std::string& name = "s.yaml") {
    namespace fs = std::filesystem;
    static const TempDir temp("scenario-test");  // one per test process, removed when it exits
    const fs::path& dir = temp.path();
    std::ofstream(dir / "model.yaml") << small_model;
    std::ofstream(dir / name) << scenario;
    return dir / name;
}

inline veedor::Scenario load(const std::string& body, veedor::Diagnostics& d) {
    return veedor::load_scenario(write_files(scenario_text(body)).string(), d);
}

}  // namespace test

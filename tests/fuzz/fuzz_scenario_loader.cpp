// libFuzzer target: any bytes as a scenario on a small fixed model. Never a crash; a scenario that
// loads can be evaluated.
#include "core/error.hpp"
#include "readers/scenario_reader.hpp"
#include "scenario/projection.hpp"

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>

#include <unistd.h>

namespace {
const std::filesystem::path& folder() {
    static const std::filesystem::path dir = [] {
        auto d = std::filesystem::temp_directory_path() / ("veedor-fuzz-scenario-" + std::to_string(::getpid()));
        std::filesystem::create_directories(d);
        std::ofstream(d / "model.yaml") << R"(format: veedor-model/1
title: "Small"
currency: PEN
headline: all
years:
  - {year: 2015, general-budget: 1000000.00, population: 100}
  - {year: 2016, general-budget: 2000000.00}
groups:
  - {id: all, name: "All"}
entities:
  - id: A
    name: "A"
    level: national
    kind: ministry
    groups: [all]
    figures:
      - {year: 2015, allocated: 1000.00, executed: 500.00}
      - {year: 2016, allocated: 2000.00, executed: 1500.00}
)";
        return d;
    }();
    return dir;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace veedor;
    auto path = folder() / "s.yaml";
    {
        std::ofstream out(path, std::ios::binary);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    Diagnostics d;
    Scenario s = load_scenario(path.string(), d, ScenarioLimits{1000});
    if (d.has_errors()) return 0;
    try {
        Projector p(s);
        p.evaluate(p.central_values());
    } catch (const InputError&) {  // a figure that overflows: exit 1, allowed
    } catch (const std::invalid_argument&) {  // an own-history rate over unknown figures
    }
    return 0;
}

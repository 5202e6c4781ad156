#pragma once
// The shipped Peru model, loaded once for the tests that check the report's own figures.
#include "readers/model_reader.hpp"

#include <doctest/doctest.h>

inline const veedor::Model& peru_model() {
    static const veedor::Model model = [] {
        veedor::Diagnostics d;
        veedor::Model m = veedor::load_model(std::string(VEEDOR_SOURCE_DIR) + "/scenarios/peru/model.yaml", d);
        REQUIRE_FALSE(d.has_errors());
        return m;
    }();
    return model;
}

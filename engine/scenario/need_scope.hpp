#pragma once
/// A need line's scope (docs/scenario-format.md, "Scopes"): which budget pays for it and whether
/// the service already ran before the horizon. Data only; the reconciliation of a projection
/// against it is in scenario/scope_reconciliation.hpp.

#include "core/diagnostics.hpp"
#include "core/enum_names.hpp"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace veedor {

/// Who pays for a need line: the specific budget the scenario funds, or a budget it excludes
/// (the Public Ministry's own, in the shipped model).
enum class ScopeBudget { specific, outside };
constexpr auto names_of(ScopeBudget) {
    return std::array{
        EnumName<ScopeBudget>{ScopeBudget::specific, "specific"},
        EnumName<ScopeBudget>{ScopeBudget::outside, "outside"},
    };
}
static_assert(names_are_distinct(names_of(ScopeBudget{})));

/// A new service, or one already running before the horizon (in the year before it).
enum class ScopeService { new_service, existing };
constexpr auto names_of(ScopeService) {
    return std::array{
        EnumName<ScopeService>{ScopeService::new_service, "new"},
        EnumName<ScopeService>{ScopeService::existing, "existing"},
    };
}
static_assert(names_are_distinct(names_of(ScopeService{})));

struct NeedScope {
    ScopeBudget budget = ScopeBudget::specific;
    ScopeService service = ScopeService::new_service;
    /// With service: existing, the units already running (micro units); none: the whole line.
    std::optional<std::int64_t> existing_quantity;
    std::vector<std::string> overlaps_with;  ///< need ids that may serve the same people
    std::vector<std::string> sources;
    std::string assumption;
    Location where;
};

}  // namespace veedor

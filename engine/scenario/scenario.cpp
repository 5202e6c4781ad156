#include "scenario/scenario.hpp"

namespace veedor {

std::string_view to_string(FundingKind k) {
    switch (k) {
        case FundingKind::flat: return "flat";
        case FundingKind::grow: return "grow";
        case FundingKind::index_to_inflation: return "index-to-inflation";
        case FundingKind::share_of_general_budget: return "share-of-general-budget";
        case FundingKind::restore: return "restore";
        case FundingKind::amounts: return "amounts";
        case FundingKind::cover_need: return "cover-need";
    }
    return "?";
}

std::string_view to_string(Axis a) {
    switch (a) {
        case Axis::prevention: return "prevention";
        case Axis::prosecution: return "prosecution";
        case Axis::protection: return "protection";
        case Axis::reintegration: return "reintegration";
        case Axis::cross_cutting: return "cross-cutting";
    }
    return "?";
}

std::vector<int> Scenario::horizon() const {
    std::vector<int> ys;
    for (int y = from; y <= to; ++y) ys.push_back(y);
    return ys;
}

}  // namespace veedor

#include "scenario/scenario.hpp"

namespace veedor {

std::vector<int> Scenario::horizon() const {
    std::vector<int> ys;
    for (int y = from; y <= to; ++y) ys.push_back(y);
    return ys;
}

}  // namespace veedor

#pragma once
/// Overloaded{lambdas...}: one visitor for std::visit built from a lambda per alternative, so a
/// variant's cases are handled side by side and a missing one does not compile.

namespace veedor {

template <class... F>
struct Overloaded : F... {
    using F::operator()...;
};

}  // namespace veedor

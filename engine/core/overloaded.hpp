#pragma once
/// Overloaded{lambdas...}: one visitor for std::visit built from a lambda per alternative, so a
/// variant's cases are handled side by side and a missing one does not compile.

namespace veedor {

template <class... F>
struct Overloaded : F... {
    using F::operator()...;
};
// The deduction guide C++20 makes implicit for aggregates; clang 14 (the sanitizer build) does
// not implement that yet, so it is written out.
template <class... F>
Overloaded(F...) -> Overloaded<F...>;

}  // namespace veedor

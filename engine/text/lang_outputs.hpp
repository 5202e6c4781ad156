#pragma once
/// The second part of the text table (text/lang.hpp): the words of the terminal, Markdown and
/// check outputs of compare, audit, simulate and check. tr() looks here after the first part.

#include <span>
#include <string_view>

namespace veedor {

struct TextPair {
    std::string_view key, en, es;
};

std::span<const TextPair> output_texts();

}  // namespace veedor

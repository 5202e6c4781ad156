#pragma once
/// The formats a command prints on the terminal (--format): one name table for the option, its
/// help text and the commands that pick a writer.

#include "core/enum_names.hpp"

#include <array>

namespace veedor {

enum class OutputFormat { table, csv, json, md };
constexpr auto names_of(OutputFormat) {
    return std::array{
        EnumName<OutputFormat>{OutputFormat::table, "table"},
        EnumName<OutputFormat>{OutputFormat::csv, "csv"},
        EnumName<OutputFormat>{OutputFormat::json, "json"},
        EnumName<OutputFormat>{OutputFormat::md, "md"},
    };
}
static_assert(names_are_distinct(names_of(OutputFormat{})));

}  // namespace veedor

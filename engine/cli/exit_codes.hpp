#pragma once
/// veedor's exit codes (docs/cli.md). Scripts may rely on them.

namespace veedor::exit_code {
inline constexpr int ok = 0;              ///< done; warnings may have been printed
inline constexpr int invalid_input = 1;   ///< a model or scenario has errors; nothing was written
inline constexpr int usage = 2;           ///< wrong command line
inline constexpr int output_failed = 3;   ///< an output could not be written (earlier outputs are intact)
inline constexpr int internal_error = 4;  ///< a bug in veedor; please report it
inline constexpr int missing_tool = 5;    ///< a program veedor runs (gnuplot) is not installed
}  // namespace veedor::exit_code

#pragma once
/// The veedor command line: parses arguments, runs one subcommand, returns the exit code.

#include <iosfwd>

namespace veedor {

int run_cli(int argc, char** argv, std::ostream& out, std::ostream& err);

}  // namespace veedor

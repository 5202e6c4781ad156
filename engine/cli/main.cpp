#include "cli/app.hpp"

#include <iostream>

int main(int argc, char** argv) { return veedor::run_cli(argc, argv, std::cout, std::cerr); }

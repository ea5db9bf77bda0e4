#include "cli/cli.hpp"

int main(int argc, char** argv) { return regie::cli::run(argc, argv); }

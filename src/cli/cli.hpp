// The regie command line: one binary with subcommands (serve, migrate, demo, gebruiker, token,
// audit). Errors go to stderr in Dutch with a non-zero exit code.
#pragma once

namespace regie::cli {

int run(int argc, char** argv);

}  // namespace regie::cli

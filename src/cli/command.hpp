// What every subcommand of the command line shares: how it registers itself, the database it
// works on, and how an error becomes a Dutch line on stderr and an exit code.
// A subcommand lives in its own file under commands/ and is listed once in cli.cpp.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <string>
#include <vector>

#include "cli/wiring.hpp"
#include "core/result.hpp"
#include "service/demo_service.hpp"

namespace regie::cli {

inline constexpr int kExitFout = 1;
inline constexpr int kExitGebruik = 2;
inline constexpr int kExitOpslag = 3;
inline constexpr int kExitAuditGebroken = 4;

// A parsed subcommand. `run` gets the wired services (nullptr when `wired` is false: the
// command needs no database) and returns the exit code.
struct Command {
  CLI::App* app = nullptr;
  bool wired = true;
  std::function<int(Wiring*)> run;
};

// Options shared by every subcommand.
struct CommandOptions {
  std::string database;  // --db, or REGIE_DB
};

// Each registers its subcommand (or group) on `app` and appends what to run when chosen.
using AddCommand = void (*)(CLI::App& app, CommandOptions& options, std::vector<Command>& out);

// --db on a subcommand.
void add_database_option(CLI::App* sub, CommandOptions& options);
// The Dutch text of the error on stderr; the exit code for its kind.
int fail(const Error& error);
void print_accounts(const std::vector<service::DemoAccount>& accounts);

void add_serve_command(CLI::App& app, CommandOptions& options, std::vector<Command>& out);
void add_migrate_command(CLI::App& app, CommandOptions& options, std::vector<Command>& out);
void add_demo_command(CLI::App& app, CommandOptions& options, std::vector<Command>& out);
void add_gebruiker_command(CLI::App& app, CommandOptions& options, std::vector<Command>& out);
void add_token_command(CLI::App& app, CommandOptions& options, std::vector<Command>& out);
void add_audit_command(CLI::App& app, CommandOptions& options, std::vector<Command>& out);
void add_check_command(CLI::App& app, CommandOptions& options, std::vector<Command>& out);
void add_openapi_command(CLI::App& app, CommandOptions& options, std::vector<Command>& out);
void add_catalogus_command(CLI::App& app, CommandOptions& options, std::vector<Command>& out);
void add_begroting_command(CLI::App& app, CommandOptions& options, std::vector<Command>& out);

}  // namespace regie::cli

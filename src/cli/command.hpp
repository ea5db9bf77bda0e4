// What every subcommand of the command line shares: how it registers itself, the database it
// works on, and how an error becomes a Dutch line on stderr and an exit code.
// A subcommand lives in its own file under commands/ and is listed once in cli.cpp.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "cli/wiring.hpp"
#include "core/result.hpp"
#include "service/demo_service.hpp"

namespace CLI {  // NOLINT(readability-identifier-naming): CLI11's namespace
class App;
class Option;
}  // namespace CLI

namespace regie::cli {

// An option of a (sub)command: what may be said about it after it is added.
class Option {
 public:
  explicit Option(CLI::Option* option) : option_(option) {}
  Option& required();
  // A number outside [min, max] is refused before the command runs.
  Option& range(int min, int max);
  // Only one of `values` is accepted.
  Option& one_of(const std::vector<std::string>& values);

 private:
  CLI::Option* option_;
};

// A command or subcommand of the command line: a thin layer over CLI11, so that only
// command.cpp and cli.cpp read its large header and the command files stay quick to build and
// to check (decision 40). Copies refer to the same subcommand.
class Subcommand {
 public:
  explicit Subcommand(CLI::App* app) : app_(app) {}
  Subcommand add_subcommand(const std::string& name, const std::string& description);
  // The group `name` (import, export, …) that several command files add to: the existing one,
  // or a new one that needs one of its subcommands.
  Subcommand groep(const std::string& name, const std::string& description);
  // Exactly one of its subcommands must be given.
  void require_subcommand();
  Option add_option(const std::string& name, std::string& target, const std::string& description);
  Option add_option(const std::string& name, int& target, const std::string& description);
  Option add_option(const std::string& name, std::int64_t& target, const std::string& description);
  Option add_option(const std::string& name, std::vector<std::string>& target,
                    const std::string& description);
  void add_flag(const std::string& name, bool& target, const std::string& description);
  // Whether this subcommand was on the command line.
  bool parsed() const;

 private:
  CLI::App* app_;
};

inline constexpr int kExitFout = 1;
inline constexpr int kExitGebruik = 2;
inline constexpr int kExitOpslag = 3;
inline constexpr int kExitAuditGebroken = 4;

// A parsed subcommand. `run` gets the wired services (nullptr when `wired` is false: the
// command needs no database) and returns the exit code.
struct Command {
  Subcommand app;
  bool wired = true;
  std::function<int(Wiring*)> run;
};

// Options shared by every subcommand.
struct CommandOptions {
  std::string database;  // --db, or REGIE_DB
};

// Each registers its subcommand (or group) on `app` and appends what to run when chosen.
using AddCommand = void (*)(Subcommand app, CommandOptions& options, std::vector<Command>& out);

// --db on a subcommand.
void add_database_option(Subcommand sub, CommandOptions& options);
// --db, or REGIE_DB when --db is not given.
std::string database_naam(const std::string& flag);
// The Dutch text of the error on stderr; the exit code for its kind.
int fail(const Error& error);
// A refused import: every error of the file on its own line, "regel 7, kolom Uren: <reden>".
int fail_import(const Error& error);
void print_accounts(const std::vector<service::DemoAccount>& accounts);

void add_serve_command(Subcommand app, CommandOptions& options, std::vector<Command>& out);
void add_migrate_command(Subcommand app, CommandOptions& options, std::vector<Command>& out);
void add_demo_command(Subcommand app, CommandOptions& options, std::vector<Command>& out);
void add_gebruiker_command(Subcommand app, CommandOptions& options, std::vector<Command>& out);
void add_token_command(Subcommand app, CommandOptions& options, std::vector<Command>& out);
void add_audit_command(Subcommand app, CommandOptions& options, std::vector<Command>& out);
void add_check_command(Subcommand app, CommandOptions& options, std::vector<Command>& out);
void add_openapi_command(Subcommand app, CommandOptions& options, std::vector<Command>& out);
void add_catalogus_command(Subcommand app, CommandOptions& options, std::vector<Command>& out);
void add_begroting_command(Subcommand app, CommandOptions& options, std::vector<Command>& out);
void add_backup_command(Subcommand app, CommandOptions& options, std::vector<Command>& out);
void add_realisatie_command(Subcommand app, CommandOptions& options, std::vector<Command>& out);

}  // namespace regie::cli

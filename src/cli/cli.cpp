#include "cli/cli.hpp"

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>
#include <CLI/CLI.hpp>

#include <cstdlib>
#include <iostream>
#include <optional>
#include <string>

#include "cli/command.hpp"
#include "cli/wiring.hpp"
#include "service/clock.hpp"

namespace regie::cli {
namespace {

// The subcommands, in the order `regie --help` lists them.
constexpr AddCommand kCommands[] = {
    add_serve_command,     add_migrate_command,   add_demo_command,   add_gebruiker_command,
    add_token_command,     add_audit_command,     add_check_command,  add_openapi_command,
    add_catalogus_command, add_begroting_command, add_backup_command, add_realisatie_command,
};

// The system clock, or the clock started at REGIE_KLOK ("2026-12-01" or
// "2026-12-01T09:00:00Z") so tests and demonstrations run on a chosen day.
std::optional<std::shared_ptr<service::Clock>> klok() {
  const char* env = std::getenv("REGIE_KLOK");
  if (env == nullptr || *env == '\0') return service::system_clock();
  auto moment = service::parse_moment(env);
  if (!moment) return std::nullopt;
  return service::clock_from(*moment);
}

}  // namespace

int run(int argc, char** argv) {
  spdlog::set_default_logger(spdlog::stderr_logger_mt("regie"));
  spdlog::set_pattern("%Y-%m-%dT%H:%M:%S.%e%z %l %v");

  CLI::App app{"regie: gedeelde werkruimte voor opdrachtgevers en omgevingsdienst"};
  app.require_subcommand(1);
  CommandOptions options;
  std::vector<Command> commands;
  for (AddCommand add : kCommands) add(Subcommand(&app), options, commands);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "regie: " << e.what() << "\n"
              << "Zie 'regie --help'.\n";
    return kExitGebruik;
  }

  for (const auto& command : commands) {
    if (!command.app.parsed()) continue;
    if (!command.wired) return command.run(nullptr);
    auto clock = klok();
    if (!clock) {
      std::cerr << "regie: REGIE_KLOK is geen datum (JJJJ-MM-DD) of tijdstip "
                   "(JJJJ-MM-DDTUU:MM:SSZ).\n";
      return kExitGebruik;
    }
    auto wiring = wire(database_naam(options.database), *clock);
    if (!wiring.ok()) return fail(wiring.error());
    return command.run(&*wiring);
  }
  return kExitGebruik;
}

}  // namespace regie::cli

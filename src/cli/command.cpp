#include "cli/command.hpp"

#include <cstdlib>

#include <CLI/CLI.hpp>
#include <iostream>

#include "web/messages.hpp"

namespace regie::cli {

Option& Option::required() {
  option_->required();
  return *this;
}

Option& Option::range(int min, int max) {
  option_->check(CLI::Range(min, max));
  return *this;
}

Option& Option::one_of(const std::vector<std::string>& values) {
  option_->check(CLI::IsMember(values));
  return *this;
}

Subcommand Subcommand::add_subcommand(const std::string& name, const std::string& description) {
  return Subcommand(app_->add_subcommand(name, description));
}

Subcommand Subcommand::groep(const std::string& name, const std::string& description) {
  for (CLI::App* sub : app_->get_subcommands({})) {
    if (sub->get_name() == name) return Subcommand(sub);
  }
  Subcommand out(app_->add_subcommand(name, description));
  out.require_subcommand();
  return out;
}

void Subcommand::require_subcommand() { app_->require_subcommand(1); }

Option Subcommand::add_option(const std::string& name, std::string& target,
                              const std::string& description) {
  return Option(app_->add_option(name, target, description));
}

Option Subcommand::add_option(const std::string& name, int& target,
                              const std::string& description) {
  return Option(app_->add_option(name, target, description));
}

Option Subcommand::add_option(const std::string& name, std::int64_t& target,
                              const std::string& description) {
  return Option(app_->add_option(name, target, description));
}

Option Subcommand::add_option(const std::string& name, std::vector<std::string>& target,
                              const std::string& description) {
  return Option(app_->add_option(name, target, description));
}

void Subcommand::add_flag(const std::string& name, bool& target, const std::string& description) {
  app_->add_flag(name, target, description);
}

bool Subcommand::parsed() const { return app_->parsed(); }

void add_database_option(Subcommand sub, CommandOptions& options) {
  sub.add_option("--db", options.database,
                 "Database: een bestandspad, sqlite:PAD of een postgresql://-URL (of REGIE_DB)");
}

std::string database_naam(const std::string& flag) {
  if (!flag.empty()) return flag;
  const char* env = std::getenv("REGIE_DB");
  return env ? std::string(env) : std::string();
}

int fail_import(const Error& error) {
  if (error.code != ErrorCode::kInvalid || error.fields.empty()) return fail(error);
  std::cerr << "regie: het bestand is niet ingelezen; er is niets opgeslagen. "
            << error.fields.size() << (error.fields.size() == 1 ? " fout:\n" : " fouten:\n");
  for (const auto& f : error.fields) {
    std::cerr << "  " << web::veldnaam(f.field) << ": " << web::tekst(f.key) << "\n";
  }
  return kExitGebruik;
}

int fail(const Error& error) {
  std::cerr << "regie: " << web::tekst(error.key);
  if (!error.fields.empty()) std::cerr << " " << web::beschrijving(error);
  if (!error.detail.empty()) std::cerr << " (" << error.detail << ")";
  std::cerr << "\n";
  switch (error.code) {
    case ErrorCode::kStorage:
    case ErrorCode::kCorrupt:
      return kExitOpslag;
    case ErrorCode::kInvalid:
      return kExitGebruik;
    default:
      return kExitFout;
  }
}

void print_accounts(const std::vector<service::DemoAccount>& accounts) {
  std::cout << "Demo-accounts (wachtwoord: " << service::kDemoWachtwoord << "):\n";
  for (const auto& a : accounts) {
    std::cout << "  " << a.naam << "  —  " << (a.persoon.empty() ? "" : a.persoon + ", ")
              << a.hoeden << "\n";
  }
}

}  // namespace regie::cli

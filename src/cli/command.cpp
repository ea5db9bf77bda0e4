#include "cli/command.hpp"

#include <iostream>

#include "web/messages.hpp"

namespace regie::cli {

void add_database_option(CLI::App* sub, CommandOptions& options) {
  sub->add_option("--db", options.database,
                  "Database: een bestandspad, sqlite:PAD of een postgresql://-URL (of REGIE_DB)");
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

// regie audit verify: checks the hash chain of the audit log and names the first broken link.
#include <iostream>

#include "cli/command.hpp"
#include "web/messages.hpp"

namespace regie::cli {

void add_audit_command(Subcommand app, CommandOptions& options, std::vector<Command>& out) {
  auto audit = app.add_subcommand("audit", "Auditlog");
  audit.require_subcommand();
  auto sub = audit.add_subcommand("verify", "Controleer de hashketen van het auditlog");
  add_database_option(sub, options);
  out.push_back({sub, true, [](Wiring* w) {
                   auto check = w->services.audit->verify();
                   if (!check.ok()) return fail(check.error());
                   if (check->first_broken_id) {
                     std::cerr << "regie: auditlog gebroken bij regel " << *check->first_broken_id
                               << ": " << web::tekst(check->reason) << ".\n";
                     return kExitAuditGebroken;
                   }
                   std::cout << "Auditlog in orde: " << check->checked
                             << " regels, keten ongebroken.\n";
                   return 0;
                 }});
}

}  // namespace regie::cli

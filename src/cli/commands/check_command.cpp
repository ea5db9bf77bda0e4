// regie check: the governance findings (GOV-4..GOV-8) of a regio; exit 1 on a finding of ernst
// fout, so a scheduler can act on it.
#include <iostream>

#include "cli/command.hpp"
#include "web/messages.hpp"

namespace regie::cli {
namespace {

struct CheckOptions {
  std::int64_t regio = 0;
  std::string peildatum;
};

int check(Wiring& w, const CheckOptions& o) {
  Datum peildatum = w.services.clock->vandaag();
  if (!o.peildatum.empty()) {
    auto parsed = Datum::parse_nl(o.peildatum);
    if (!parsed) {
      std::cerr << "regie: --peildatum '" << o.peildatum
                << "' is geen geldige datum (JJJJ-MM-DD of dd-mm-jjjj).\n";
      return kExitGebruik;
    }
    peildatum = *parsed;
  }
  const service::Context ctx = service::systeem_context(o.regio);
  auto gezondheid = w.services.governance->bevindingen(ctx, o.regio, peildatum);
  if (!gezondheid.ok()) return fail(gezondheid.error());
  int fouten = 0;
  std::cout << "Bevindingen op " << peildatum.nl() << ": " << gezondheid->bevindingen.size()
            << "\n";
  for (const auto& b : gezondheid->bevindingen) {
    if (b.ernst == governance::Ernst::kFout) ++fouten;
    std::string betreft;
    for (Id org : b.organisaties) {
      betreft += (betreft.empty() ? "" : ", ") + gezondheid->organisatie_namen[org];
    }
    for (Id p : b.personen) {
      betreft += (betreft.empty() ? "" : ", ") + gezondheid->persoon_namen[p];
    }
    if (betreft.empty()) betreft = "de regio";
    std::cout << "[" << b.requirement << "] " << governance::label(b.ernst) << " ("
              << governance::label(b.pet) << ") " << betreft << ": "
              << web::tekst_met(b.uitleg_key, b.waarden)
              << " Oplossing: " << web::tekst_met(b.remedie_key, b.waarden) << "\n";
  }
  return fouten > 0 ? kExitFout : 0;
}

}  // namespace

void add_check_command(Subcommand app, CommandOptions& options, std::vector<Command>& out) {
  auto o = std::make_shared<CheckOptions>();
  auto sub = app.add_subcommand(
      "check", "Governance-controles (GOV-4..GOV-8); exitcode 1 bij bevindingen van ernst fout");
  add_database_option(sub, options);
  sub.add_option("--regio", o->regio, "Id van de regio").required();
  sub.add_option("--peildatum", o->peildatum, "Datum JJJJ-MM-DD (standaard vandaag)");
  out.push_back({sub, true, [o](Wiring* w) { return check(*w, *o); }});
}

}  // namespace regie::cli

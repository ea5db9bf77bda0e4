// regie begroting: the begroting per deelnemer of a regio's programme of a year (UP-2), as CSV for
// Dutch Excel or as XLSX with formulas, the same figures as the page. The newest version of the
// year is used (vastgesteld or concept); --deelnemer keeps one deelnemer.
#include <fstream>
#include <iostream>

#include "cli/command.hpp"
#include "core/text.hpp"
#include "core/xlsx.hpp"
#include "domain/programma/begroting_export.hpp"
#include "service/programma_service.hpp"

namespace regie::cli {
namespace {

struct BegrotingOptions {
  std::int64_t regio = 0;
  std::int32_t jaar = 0;
  std::int64_t deelnemer = 0;
  std::string formaat = "csv";
  std::string bestand;
};

int begroting(Wiring& w, const BegrotingOptions& o) {
  if (o.formaat == "xlsx" && (o.bestand.empty() || o.bestand == "-")) {
    std::cerr << "regie: geef met --uit een bestand op voor xlsx.\n";
    return kExitGebruik;
  }
  const auto ctx = service::systeem_context(o.regio);
  auto& service = *w.services.programmas;
  auto programma = service.programma_van_jaar(ctx, o.jaar);
  if (!programma.ok()) {
    if (programma.error().code == ErrorCode::kNotFound) {
      std::cerr << "regie: de regio heeft geen uitvoeringsprogramma " << o.jaar << ".\n";
      return kExitGebruik;
    }
    return fail(programma.error());
  }
  auto overzicht = service.begroting(ctx, programma->id);
  if (!overzicht.ok()) return fail(overzicht.error());
  programma::Begroting b = overzicht->begroting;
  std::string totaal_label = "Totaal programma";
  if (o.deelnemer != 0) {
    auto een = programma::alleen_deelnemer(b, o.deelnemer);
    if (!een.ok()) {
      std::cerr << "regie: organisatie " << o.deelnemer << " is geen deelnemer in " << o.jaar
                << ".\n";
      return kExitGebruik;
    }
    b = std::move(een).value();
    totaal_label = "Totaal " + b.deelnemers.front().naam;
  }
  std::string inhoud;
  if (o.formaat == "xlsx") {
    auto bytes = schrijf_xlsx(programma::begroting_werkboek(*programma, b, totaal_label));
    if (!bytes.ok()) return fail(bytes.error());
    inhoud = std::move(bytes).value();
  } else {
    inhoud = programma::schrijf_begroting_csv(b);
  }
  if (o.bestand.empty() || o.bestand == "-") {
    std::cout << inhoud;
    return 0;
  }
  std::ofstream uit(o.bestand, std::ios::binary | std::ios::trunc);
  uit << inhoud;
  if (!uit.flush()) {
    std::cerr << "regie: kan '" << o.bestand << "' niet schrijven.\n";
    return kExitFout;
  }
  std::cout << "Begroting " << o.jaar << " (versie " << programma->versienummer << ", "
            << kleine_letters(label(programma->status)) << ") van " << b.deelnemers.size()
            << (b.deelnemers.size() == 1 ? " deelnemer" : " deelnemers") << " geschreven naar "
            << o.bestand << ": totaal " << format_bedrag_nl(b.totaal_cents) << ".\n";
  return 0;
}

}  // namespace

void add_begroting_command(Subcommand app, CommandOptions& options, std::vector<Command>& out) {
  auto o = std::make_shared<BegrotingOptions>();
  auto sub = app.add_subcommand(
      "begroting", "De begroting per deelnemer van het uitvoeringsprogramma van een jaar (UP-2)");
  add_database_option(sub, options);
  sub.add_option("--regio", o->regio, "Id van de regio").required();
  sub.add_option("--jaar", o->jaar, "Jaar van het programma").required();
  sub.add_option("--deelnemer", o->deelnemer, "Alleen deze deelnemer (id van de organisatie)");
  sub.add_option("--formaat", o->formaat, "csv of xlsx (standaard csv)").one_of({"csv", "xlsx"});
  sub.add_option("--uit", o->bestand, "Bestand (standaard: standaarduitvoer; nodig voor xlsx)");
  out.push_back({sub, true, [o](Wiring* w) { return begroting(*w, *o); }});
}

}  // namespace regie::cli

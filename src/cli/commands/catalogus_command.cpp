// regie import producten / regie export producten: the producten- en dienstencatalogus of a regio
// and year as CSV in Dutch Excel conventions (UP-3). The import is all-or-nothing and names every
// bad line with its column; --dry-run checks without saving.
#include <fstream>
#include <iostream>
#include <iterator>

#include "cli/command.hpp"
#include "domain/programma/catalogus_csv.hpp"
#include "web/messages.hpp"

namespace regie::cli {
namespace {

struct CatalogusOptions {
  std::string bestand;
  std::int64_t regio = 0;
  std::int32_t jaar = 0;
  bool proef = false;
};

int importeer(Wiring& w, const CatalogusOptions& o) {
  std::ifstream in(o.bestand, std::ios::binary);
  if (!in) {
    std::cerr << "regie: kan '" << o.bestand << "' niet openen.\n";
    return kExitGebruik;
  }
  const std::string inhoud((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto verslag =
      w.services.catalogus->importeren(service::systeem_context(o.regio), o.jaar, inhoud, o.proef);
  if (!verslag.ok()) return fail_import(verslag.error());
  std::cout << (o.proef ? "Proef (niets opgeslagen): " : "Ingelezen: ") << "catalogus "
            << verslag->jaar << ": " << verslag->nieuw << " nieuw, " << verslag->gewijzigd
            << " gewijzigd, " << verslag->ongewijzigd << " ongewijzigd";
  if (verslag->niet_in_bestand > 0) {
    std::cout << "; " << verslag->niet_in_bestand << " niet in het bestand (blijven staan)";
  }
  std::cout << ".\n";
  return 0;
}

int exporteer(Wiring& w, const CatalogusOptions& o) {
  auto catalogus = w.services.catalogus->catalogus(service::systeem_context(o.regio), o.jaar);
  if (!catalogus.ok()) return fail(catalogus.error());
  const std::string csv = programma::schrijf_producten_csv(catalogus->producten);
  if (o.bestand.empty() || o.bestand == "-") {
    std::cout << csv;
    return 0;
  }
  std::ofstream uit(o.bestand, std::ios::binary | std::ios::trunc);
  uit << csv;
  if (!uit.flush()) {
    std::cerr << "regie: kan '" << o.bestand << "' niet schrijven.\n";
    return kExitFout;
  }
  std::cout << catalogus->producten.size() << " producten van " << o.jaar << " geschreven naar "
            << o.bestand << ".\n";
  return 0;
}

void opties(Subcommand sub, CommandOptions& options, CatalogusOptions& o) {
  add_database_option(sub, options);
  sub.add_option("--regio", o.regio, "Id van de regio").required();
  sub.add_option("--jaar", o.jaar, "Jaar van de catalogus").required();
}

}  // namespace

void add_catalogus_command(Subcommand app, CommandOptions& options, std::vector<Command>& out) {
  auto invoer = app.groep("import", "Gegevens inlezen uit een bestand");
  auto uitvoer = app.groep("export", "Gegevens schrijven naar een bestand");

  auto i = std::make_shared<CatalogusOptions>();
  auto in = invoer.add_subcommand(
      "producten",
      "De producten- en dienstencatalogus van een jaar uit CSV of XLSX (UP-3); alles of niets");
  in.add_option("bestand", i->bestand,
                "CSV-bestand (; of , en decimale komma) of Excel-werkboek (.xlsx)")
      .required();
  opties(in, options, *i);
  in.add_flag("--dry-run", i->proef, "Alleen controleren, niets opslaan");
  out.push_back({in, true, [i](Wiring* w) { return importeer(*w, *i); }});

  auto e = std::make_shared<CatalogusOptions>();
  auto ex = uitvoer.add_subcommand("producten",
                                   "De producten- en dienstencatalogus van een jaar als CSV");
  opties(ex, options, *e);
  ex.add_option("--uit", e->bestand, "Bestand (standaard: standaarduitvoer)");
  out.push_back({ex, true, [e](Wiring* w) { return exporteer(*w, *e); }});
}

}  // namespace regie::cli

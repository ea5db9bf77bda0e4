// regie import realisaties FILE --bron NAAM [--dry-run]: a bronsysteem's export of realisaties
// (CSV or XLSX) into a regio (MON-1, MON-7). All or nothing; every rejected line named; the same
// file twice changes nothing; a file of the same months replaces the earlier import. The file is
// read as a stream (twice: its hash, then its rows); on a terminal a progress bar runs on stderr.
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

#include "cli/command.hpp"
#include "core/text.hpp"
#include "domain/monitoring/realisatie.hpp"
#include "service/realisatie_service.hpp"

namespace regie::cli {
namespace {

struct RealisatieOptions {
  std::string bestand;
  std::string bron;
  std::int64_t regio = 0;
  bool proef = false;
};

// Opens the file from its start each time (the import reads it twice).
service::BestandOpener bestand_opener(const std::string& pad) {
  return [pad]() -> Result<service::Bytebron> {
    auto in = std::make_shared<std::ifstream>(pad, std::ios::binary);
    if (!*in) return Error::invalid({{"bestand", "fout.bestand_onleesbaar"}});
    return service::Bytebron([in](char* buf, std::size_t n) -> Result<std::size_t> {
      in->read(buf, static_cast<std::streamsize>(n));
      if (in->bad()) return Error::storage("lezen van het bestand mislukt");
      return static_cast<std::size_t>(in->gcount());
    });
  };
}

int importeer(Wiring& w, const RealisatieOptions& o) {
  std::error_code fout;
  const auto grootte = std::filesystem::file_size(o.bestand, fout);
  if (fout) {
    std::cerr << "regie: kan '" << o.bestand << "' niet openen.\n";
    return kExitGebruik;
  }
  const bool terminal = isatty(STDERR_FILENO) == 1;
  service::Voortgang voortgang;
  if (terminal && grootte > 0) {
    voortgang = [grootte](std::uint64_t gelezen, std::int64_t regels) {
      const auto procent = static_cast<int>(gelezen * 100 / grootte);
      const int breed = 30;
      const int vol = procent * breed / 100;
      std::cerr << "\r[" << std::string(static_cast<std::size_t>(vol), '#')
                << std::string(static_cast<std::size_t>(breed - vol), ' ') << "] " << procent
                << " % " << format_getal_nl(regels) << " regels" << std::flush;
    };
  }
  const std::string naam = std::filesystem::path(o.bestand).filename().string();
  auto verslag = w.services.realisaties->importeren(
      service::systeem_context(o.regio), {o.bron, naam, monitoring::ImportSoort::kBestand, o.proef},
      bestand_opener(o.bestand), voortgang);
  if (voortgang) std::cerr << "\n";
  if (!verslag.ok()) return fail_import(verslag.error());
  const auto& v = *verslag;
  if (v.ongewijzigd) {
    std::cout << "Ongewijzigd: dit bestand is al ingelezen als import " << v.import_id
              << "; er is niets veranderd.\n";
    return 0;
  }
  std::cout << (v.proef ? "Proef (niets opgeslagen): "
                        : "Ingelezen als import " + std::to_string(v.import_id) + ": ")
            << format_getal_nl(v.telling.regels)
            << (v.telling.regels == 1 ? " regel, " : " regels, ")
            << monitoring::maand_nl(v.van_maand)
            << (v.van_maand == v.tot_maand ? "" : " t/m " + monitoring::maand_nl(v.tot_maand))
            << "; " << format_honderdsten(v.telling.uren) << " uur, "
            << format_getal_nl(v.telling.aantal) << " producten, "
            << format_bedrag_nl(v.telling.bedrag_cents) << ".\n";
  for (Id id : v.vervangen) {
    std::cout << (v.proef ? "Zou vervangen: import " : "Vervangen: import ") << id
              << " (blijft in de geschiedenis).\n";
  }
  std::cout << "SHA-256 " << v.sha256 << "\n";
  return 0;
}

}  // namespace

void add_realisatie_command(Subcommand app, CommandOptions& options, std::vector<Command>& out) {
  auto invoer = app.groep("import", "Gegevens inlezen uit een bestand");
  auto o = std::make_shared<RealisatieOptions>();
  auto in = invoer.add_subcommand(
      "realisaties",
      "Realisaties (uren, producten, kosten) uit de export van een bronsysteem (MON-1); alles of "
      "niets");
  in.add_option("bestand", o->bestand,
                "CSV-bestand (; of , en decimale komma) of Excel-werkboek (.xlsx)")
      .required();
  in.add_option("--bron", o->bron, "Naam van het bronsysteem (met zijn kolomindeling)").required();
  add_database_option(in, options);
  in.add_option("--regio", o->regio, "Id van de regio").required();
  in.add_flag("--dry-run", o->proef, "Alleen controleren, niets opslaan");
  out.push_back({in, true, [o](Wiring* w) { return importeer(*w, *o); }});
}

}  // namespace regie::cli

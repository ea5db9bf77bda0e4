// The matrix of realisaties and monitoring (MON-1 … MON-7): everyone of the regio sees the
// monitoring dashboard and plan versus realisatie, and the closed months; the omgevingsdienst,
// the regisseur and the beheerder read the imports and their rows, keep the bronsystemen, import,
// close months and record corrections; the opdrachtgever and the bestuurder get 403; the
// anonymous visitor goes to the login (401 for the API). The scratch of each account: a
// bronsysteem of its own with one import, and a bronsysteem in Regio Elders.
#include "domain/monitoring/realisatie_repository.hpp"
#include "route_matrix/catalogus_rows.hpp"
#include "service/realisatie_service.hpp"
#include "web/app.hpp"

namespace regie::e2e::matrix {
namespace {

constexpr std::array<int, kAantalWie> kLezen = {kL, 200, 200, 200, 200, 200, 403, 403, 200};
constexpr std::array<int, kAantalWie> kWijzigen = {kL, kD, kD, kD, kD, kD, 403, 403, kD};
constexpr std::array<int, kAantalWie> kElders = {kL, 404, 404, 404, 404, 404, 403, 403, 404};
constexpr std::array<int, kAantalWie> kNietVerstuurd = {kL, 404, 404, 404, 404, 404, 404, 404, 404};
constexpr std::array<int, kAantalWie> kApiLezenOd = {401, 200, 200, 200, 200, 200, 403, 403, 200};
constexpr std::array<int, kAantalWie> kApiNieuwOd = {401, 201, 201, 201, 201, 201, 403, 403, 201};
constexpr std::array<int, kAantalWie> kApiWijzigenOd = {401, 200, 200, 200, 200,
                                                        200, 403, 403, 200};
constexpr std::array<int, kAantalWie> kApiElders = {401, 404, 404, 404, 404, 404, 403, 403, 404};

Fields bron_velden(const std::string& naam) {
  return {{"naam", naam},
          {"kolomDatum", "Datum"},
          {"kolomDeelnemer", "Gemeente"},
          {"kolomZaaktype", "Zaaktype"},
          {"kolomUren", "Uren"}};
}

// A month of its own for every closing (long before the demo's closed months).
std::string volgende_maand() {
  static int n = 0;
  const int m = n++;
  return std::to_string(2010 + m / 12) + "-" + (m % 12 < 9 ? "0" : "") + std::to_string(m % 12 + 1);
}

// A file of one row of its own (October: the demo closed up to September).
std::string bestand(const std::string& label) {
  static int dag = 0;
  return "Datum;Gemeente;Zaaktype;Uren\r\n" + std::to_string(1 + (dag++ % 28)) +
         "-10-2026;Beekdal;TH-01;" + std::to_string(1 + label.size() % 9) + "\r\n";
}

}  // namespace

Plak realisatie_plak() {
  Plak p;
  p.lezen = {
      {"GET", "/monitoring", Doel::kGeen, kHtmlLezen},
      {"GET", "/realisaties", Doel::kGeen, kLezen},
      {"GET", "/realisaties/imports/{id}", Doel::kKlad, kLezen},
      {"GET", "/realisaties/bronnen/nieuw", Doel::kGeen, kLezen},
      {"GET", "/realisaties/bronnen/{id}", Doel::kKlad, kLezen},
      {"GET", "/realisaties/bronnen/{id}", Doel::kAndereRegio, kElders},
      {"GET", "/realisaties/correctie", Doel::kGeen, kLezen},
      // MON-1: the progress of an upload only for the one who sent it; this token nobody sent.
      {"GET", "/realisaties/voortgang/{token}", Doel::kGeen, kNietVerstuurd},
      {"GET", "/api/v1/bronsystemen", Doel::kGeen, kApiLezenOd},
      {"GET", "/api/v1/bronsystemen/{id}", Doel::kKlad, kApiLezenOd},
      {"GET", "/api/v1/bronsystemen/{id}", Doel::kAndereRegio, kApiElders},
      {"GET", "/api/v1/realisatie-imports", Doel::kGeen, kApiLezenOd},
      {"GET", "/api/v1/realisatie-imports/{id}", Doel::kKlad, kApiLezenOd},
      {"GET", "/api/v1/realisatie-imports/{id}/realisaties", Doel::kKlad, kApiLezenOd},
      {"GET", "/api/v1/periode-afsluitingen", Doel::kGeen, kApiLezen},
      {"GET", "/api/v1/plan-realisatie", Doel::kGeen, kApiLezen},
  };
  p.schrijven = {
      {"POST", "/realisaties/bronnen", Doel::kGeen, kWijzigen},
      {"POST", "/realisaties/bronnen/{id}", Doel::kKlad, kWijzigen},
      {"POST", "/realisaties/bronnen/{id}", Doel::kAndereRegio, kElders},
      // The import answers with its report (200), not a redirect.
      {"POST", "/realisaties/import", Doel::kGeen, kLezen},
      {"POST", "/realisaties/afsluiten", Doel::kGeen, kWijzigen},
      {"POST", "/realisaties/correctie", Doel::kGeen, kWijzigen},
      {"POST", "/api/v1/bronsystemen", Doel::kGeen, kApiNieuwOd},
      {"PUT", "/api/v1/bronsystemen/{id}", Doel::kKlad, kApiWijzigenOd},
      {"PUT", "/api/v1/bronsystemen/{id}", Doel::kAndereRegio, kApiNergens},
      {"POST", "/api/v1/realisatie-imports", Doel::kGeen, kApiNieuwOd},
      {"POST", "/api/v1/realisatie-correcties", Doel::kGeen, kApiNieuwOd},
      {"POST", "/api/v1/periode-afsluitingen", Doel::kGeen, kApiNieuwOd},
  };
  const std::string eigen = "altijd de realisaties van de eigen regio";
  p.zonder_eigenaar = {
      {{"POST", "/realisaties/bronnen"}, eigen},
      {{"POST", "/realisaties/import"}, eigen},
      {{"POST", "/realisaties/afsluiten"}, eigen},
      {{"POST", "/realisaties/correctie"}, eigen},
      {{"POST", "/api/v1/bronsystemen"}, eigen},
      {{"POST", "/api/v1/realisatie-imports"}, eigen},
      {{"POST", "/api/v1/realisatie-correcties"}, eigen},
      {{"POST", "/api/v1/periode-afsluitingen"}, eigen},
  };
  p.klad = [](Omgeving& o, Klad& k, const std::string& label) -> Result<void> {
    auto& service = *o.server.app()->services.realisaties;
    REGIE_ASSIGN_OR_RETURN(auto mw, o.server.context("medewerker"));
    REGIE_ASSIGN_OR_RETURN(auto b, service.create_bron(mw, bron_velden("Klad " + label)));
    k.zet("bron", b.id);
    const std::string csv = bestand(label);
    REGIE_ASSIGN_OR_RETURN(auto v,
                           service.importeren(mw, {b.naam, "klad.csv"}, service::opener_van(csv)));
    k.zet("import", v.import_id);
    // Regio Elders: a bronsysteem straight into the store.
    REGIE_ASSIGN_OR_RETURN(auto uow, o.server.store().begin(Toegang::kSchrijven));
    monitoring::Bronsysteem elders;
    elders.regio_id = o.elders.regio;
    elders.naam = "Elders " + label;
    elders.kolommen = {"Datum", "Gemeente", "Zaaktype", "Uren", "", "", "", "", ""};
    REGIE_ASSIGN_OR_RETURN(Id e, uow->realisaties().create_bron(elders));
    REGIE_TRY(uow->commit());
    k.zet("bron_elders", e);
    return Ok();
  };
  p.verzoek = [](Omgeving& o, const Rij& rij, const Klad& k, const std::string& label) {
    const std::string pattern = rij.pattern;
    const std::string method = rij.method;
    const bool api = is_api(pattern);
    Verzoek v;
    const bool bron = pattern.find("bron") != std::string::npos;
    Id id = 0;
    if (rij.doel == Doel::kKlad) id = bron ? k["bron"] : k["import"];
    if (rij.doel == Doel::kAndereRegio) id = k["bron_elders"];
    v.pad = vervang(pattern, "{id}", std::to_string(id));
    v.pad = vervang(v.pad, "{token}", "0123456789abcdef0123456789abcdef");
    if (method == "GET") return v;
    if (pattern.ends_with("/import") || pattern.ends_with("/realisatie-imports")) {
      auto uow = o.server.store().begin(Toegang::kLezen);
      std::string naam;
      if (uow.ok()) {
        auto b = (*uow)->realisaties().get_bron(k["bron"]);
        if (b.ok()) naam = b->naam;
      }
      if (api) {
        std::string bron_naam;
        for (char c : naam) bron_naam += c == ' ' ? std::string("%20") : std::string(1, c);
        v.pad += "?bron=" + bron_naam + "&bestandsnaam=matrix.csv";
        v.json = bestand(label);  // the file itself is the body
        v.content_type = "text/csv";
      } else {
        v.velden = {{"bron", naam}, {"bestand", bestand(label)}};
      }
      return v;
    }
    if (pattern.ends_with("afsluiten") || pattern.ends_with("afsluitingen")) {
      Fields f = {{"maand", volgende_maand()}};
      if (api) {
        v.json = json_body(f, {});
      } else {
        v.velden = f;
      }
      return v;
    }
    if (pattern.ends_with("correctie") || pattern.ends_with("correcties")) {
      Fields f = {{"deelnemerId", std::to_string(o.demo.beekdal)},
                  {"productcode", "TH-01"},
                  {"datum", api ? "2026-03-10" : "10-03-2026"},
                  {"uren", api ? "1" : "-1"},
                  {"reden", "Correctie " + label}};
      if (api) {
        v.json = json_body(f, {"deelnemerId", "uren"});
      } else {
        v.velden = f;
      }
      return v;
    }
    // A bronsysteem: a new one, or the scratch one renamed.
    auto uow = o.server.store().begin(Toegang::kLezen);
    if (uow.ok() && id != 0) {
      auto b = (*uow)->realisaties().get_bron(id);
      if (b.ok()) v.versie = b->versie;
    }
    Fields f = bron_velden((id == 0 ? "Nieuw " : "Gewijzigd ") + label);
    if (api) {
      v.json = json_body(f, {});
    } else {
      v.velden = f;
    }
    return v;
  };
  return p;
}

}  // namespace regie::e2e::matrix

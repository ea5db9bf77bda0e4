// The matrix of the producten- en dienstencatalogus (UP-3): everyone of the regio reads the
// catalogue page, downloads it as CSV and reads it over the API with its verdeelsleutels; the
// keepers (beheerder, accountmanagers, directie, regisseur) add, change and delete products and
// copy a year; the others get 403; the anonymous visitor goes to the login (401 for the API).
// The scratch of each account: a catalogue year of its own with two products (one changed, one
// deleted by the rows), a free year to copy it to, and a product in Regio Elders.
#include "route_matrix/catalogus_rows.hpp"
#include "domain/programma/catalogus_repository.hpp"
#include "service/catalogus_service.hpp"
#include "web/app.hpp"

namespace regie::e2e::matrix {
namespace {

// Each account's scratch has two years of its own, before the years of the programme's rows
// (2040 and later) and never the demo's 2027, whose programme is vastgesteld.
std::int32_t volgend_catalogusjaar() {
  static std::int32_t jaar = 2001;
  if (jaar == 2027 || jaar + 1 == 2027) jaar = 2028;
  const std::int32_t out = jaar;
  jaar += 2;
  return out;
}

// `api`: the uurtarief in whole cents as the API reads it; otherwise in euro as a form does.
Fields product_velden(std::int32_t jaar, const std::string& code, const std::string& naam,
                      bool api = false) {
  return {{"jaar", std::to_string(jaar)},
          {"productcode", code},
          {"naam", naam},
          {"taakveld", "toezicht"},
          {"taak", "basistaak"},
          {"afrekenwijze", "kental"},
          {"normuren", "8"},
          {"uurtarief", api ? "9850" : "98,50"}};
}

}  // namespace

Plak catalogus_plak() {
  Plak p;
  p.lezen = {
      {"GET", "/regio/catalogus", Doel::kGeen, {kL, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET",
       "/regio/catalogus/{jaar}/csv",
       Doel::kGeen,
       {kL, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET",
       "/regio/catalogus/{jaar}/xlsx",
       Doel::kGeen,
       {kL, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET", "/regio/catalogus/producten/nieuw", Doel::kGeen, kHtmlFormulier},
      {"GET", "/regio/catalogus/producten/{id}", Doel::kKlad, kHtmlFormulier},
      {"GET", "/regio/catalogus/producten/{id}/verwijderen", Doel::kKladWeg, kHtmlFormulier},
      {"GET", "/regio/catalogus/producten/{id}", Doel::kAndereRegio, kHtmlNergens},
      {"GET", "/regio/catalogus/jaren/nieuw", Doel::kGeen, kHtmlFormulier},
      {"GET", "/regio/catalogus/import", Doel::kGeen, kHtmlFormulier},
      {"GET", "/api/v1/producten", Doel::kGeen, kApiLezen},
      {"GET", "/api/v1/verdeelsleutels", Doel::kGeen, kApiLezen},
      {"GET", "/api/v1/producten/{id}", Doel::kKlad, kApiLezen},
      {"GET", "/api/v1/producten/{id}", Doel::kAndereRegio, kApiNergens},
  };
  p.schrijven = {
      {"POST", "/regio/catalogus/producten", Doel::kGeen, kHtmlWijzigen},
      {"POST", "/regio/catalogus/producten/{id}", Doel::kKlad, kHtmlWijzigen},
      {"POST", "/regio/catalogus/jaren", Doel::kGeen, kHtmlWijzigen},
      // The import answers with its report (200), not a redirect.
      {"POST", "/regio/catalogus/import", Doel::kGeen, kHtmlFormulier},
      {"POST", "/regio/catalogus/producten/{id}", Doel::kAndereRegio, kHtmlNergens},
      {"POST", "/api/v1/producten", Doel::kGeen, kApiNieuw},
      {"PUT", "/api/v1/producten/{id}", Doel::kKlad, kApiWijzigen},
      {"POST", "/api/v1/catalogusjaren", Doel::kGeen, kApiNieuw},
      {"PUT", "/api/v1/producten/{id}", Doel::kAndereRegio, kApiNergens},
  };
  p.verwijderen = {
      {"POST", "/regio/catalogus/producten/{id}/verwijderen", Doel::kKladWeg, kHtmlWijzigen},
      {"POST", "/regio/catalogus/producten/{id}/verwijderen", Doel::kAndereRegio, kHtmlNergens},
      {"DELETE", "/api/v1/producten/{id}", Doel::kKladWeg, kApiWeg},
      {"DELETE", "/api/v1/producten/{id}", Doel::kAndereRegio, kApiNergens},
  };
  p.zonder_eigenaar = {
      {{"POST", "/regio/catalogus/producten"}, "altijd de catalogus van de eigen regio"},
      {{"POST", "/regio/catalogus/jaren"}, "altijd de catalogus van de eigen regio"},
      {{"POST", "/regio/catalogus/import"}, "altijd de catalogus van de eigen regio"},
      {{"POST", "/api/v1/producten"}, "altijd de catalogus van de eigen regio"},
      {{"POST", "/api/v1/catalogusjaren"}, "altijd de catalogus van de eigen regio"},
  };
  p.klad = [](Omgeving& o, Klad& k, const std::string& label) -> Result<void> {
    const std::int32_t jaar = volgend_catalogusjaar();
    auto& catalogus = *o.server.app()->services.catalogus;
    REGIE_ASSIGN_OR_RETURN(auto rg, o.server.context("ingrid.mulder"));
    REGIE_ASSIGN_OR_RETURN(auto a,
                           catalogus.create_product(rg, product_velden(jaar, "KP-01", label)));
    REGIE_ASSIGN_OR_RETURN(auto b,
                           catalogus.create_product(rg, product_velden(jaar, "KP-02", label)));
    k.zet("product", a.id);
    k.zet("product_weg", b.id);
    k.zet("catalogusjaar", jaar);
    // Regio Elders: a product of the same year, straight into the store.
    REGIE_ASSIGN_OR_RETURN(auto uow, o.server.store().begin(Toegang::kSchrijven));
    programma::Product elders;
    elders.regio_id = o.elders.regio;
    elders.jaar = jaar;
    elders.code = "KP-01";
    elders.naam = "Elders " + label;
    elders.taakveld = "toezicht";
    elders.normuren = 800;
    elders.uurtarief_cents = 9850;
    REGIE_ASSIGN_OR_RETURN(Id e, uow->catalogus().create_product(elders));
    REGIE_TRY(uow->commit());
    k.zet("product_elders", e);
    return Ok();
  };
  p.verzoek = [](Omgeving& o, const Rij& rij, const Klad& k, const std::string& label) {
    const std::string pattern = rij.pattern;
    const std::string method = rij.method;
    Verzoek v;
    Id id = 0;
    if (rij.doel == Doel::kKlad) id = k["product"];
    if (rij.doel == Doel::kKladWeg) id = k["product_weg"];
    if (rij.doel == Doel::kAndereRegio) id = k["product_elders"];
    v.pad = vervang(rij.pattern, "{jaar}", "2027");
    v.pad = vervang(v.pad, "{id}", std::to_string(id));
    if (method == "GET") return v;
    const std::int32_t jaar = static_cast<std::int32_t>(k["catalogusjaar"]);
    const bool api = is_api(pattern);
    if (pattern.ends_with("/catalogus/import")) {
      v.velden = {{"jaar", std::to_string(jaar)},
                  {"bestand",
                   "code;naam;taakveld;taak;afrekenwijze;normuren;uurtarief\r\n"
                   "KI-01;Import " +
                       label + ";toezicht;basistaak;kental;8;98,50\r\n"}};
      return v;
    }
    if (pattern.ends_with("/catalogusjaren") || pattern.ends_with("/catalogus/jaren")) {
      Fields kopie = {{"jaar", std::to_string(jaar + 1)}, {"vanJaar", std::to_string(jaar)}};
      if (api) {
        v.json = json_body(kopie, {"jaar", "vanJaar"});
      } else {
        v.velden = kopie;
      }
      return v;
    }
    auto uow = o.server.store().begin(Toegang::kLezen);
    if (uow.ok() && id != 0) {
      auto product = (*uow)->catalogus().get_product(id);
      if (product.ok()) v.versie = product->versie;
    }
    if (method == "DELETE" || pattern.ends_with("/verwijderen")) return v;
    // A code of its own per new product: letters, digits and '-' only.
    static int volgnummer = 0;
    const bool nieuw = id == 0;
    const std::string code = nieuw ? "KN-" + std::to_string(++volgnummer) : "KP-01";
    Fields velden = product_velden(jaar, code, "Product " + label, api);
    if (!nieuw) velden.erase("jaar");
    if (api) {
      v.json = json_body(velden, {"jaar", "uurtarief", "normuren"});
    } else {
      v.velden = velden;
    }
    return v;
  };
  return p;
}

}  // namespace regie::e2e::matrix

// The matrix of a regio's own verdeelsleutels (UP-3, decision 44): the keepers of the catalogue
// add, change and delete a key in the web UI and over the API; everyone of the regio reads a key
// over the API; the others get 403 for the forms; a key of Regio Elders is not found. The
// scratch of each account: two keys of its own in a year no programme uses (one changed, one
// deleted by the rows), and a key of Regio Elders.
#include <nlohmann/json.hpp>

#include "domain/programma/catalogus_repository.hpp"
#include "route_matrix/catalogus_rows.hpp"
#include "service/catalogus_service.hpp"
#include "web/app.hpp"

namespace regie::e2e::matrix {
namespace {

// A year of no programme and no catalogue row: the keys of every account live side by side.
constexpr std::int32_t kSleuteljaar = 2099;

// The first deelnemer of the year, who gets the whole weight.
Id eerste_deelnemer(Omgeving& o) {
  auto ctx = o.server.context("ingrid.mulder");
  if (!ctx.ok()) return 0;
  auto c = o.server.app()->services.catalogus->catalogus(*ctx, kSleuteljaar);
  if (!c.ok() || c->deelnemers_van_jaar.empty()) return 0;
  return c->deelnemers_van_jaar.front();
}

std::string nieuwe_sleutelcode() {
  static int volgnummer = 0;
  return "ks-" + std::to_string(++volgnummer);
}

Fields sleutel_velden(Id deelnemer, std::int64_t gewicht) {
  return {{"jaar", std::to_string(kSleuteljaar)},
          {"sleutelcode", nieuwe_sleutelcode()},
          {"naam", "Bedrijven"},
          {"soort", "gewicht"},
          {"eenheid", "bedrijven"},
          {programma::aandeel_veld(deelnemer), std::to_string(gewicht)}};
}

}  // namespace

Plak sleutel_plak() {
  Plak p;
  p.lezen = {
      {"GET", "/regio/catalogus/sleutels/nieuw", Doel::kGeen, kHtmlFormulier},
      {"GET", "/regio/catalogus/sleutels/{id}", Doel::kKlad, kHtmlFormulier},
      {"GET", "/regio/catalogus/sleutels/{id}/verwijderen", Doel::kKladWeg, kHtmlFormulier},
      {"GET", "/regio/catalogus/sleutels/{id}", Doel::kAndereRegio, kHtmlNergens},
      {"GET", "/api/v1/verdeelsleutels/{id}", Doel::kKlad, kApiLezen},
      {"GET", "/api/v1/verdeelsleutels/{id}", Doel::kAndereRegio, kApiNergens},
  };
  p.schrijven = {
      {"POST", "/regio/catalogus/sleutels", Doel::kGeen, kHtmlWijzigen},
      {"POST", "/regio/catalogus/sleutels/{id}", Doel::kKlad, kHtmlWijzigen},
      {"POST", "/regio/catalogus/sleutels/{id}", Doel::kAndereRegio, kHtmlNergens},
      {"POST", "/api/v1/verdeelsleutels", Doel::kGeen, kApiNieuw},
      {"PUT", "/api/v1/verdeelsleutels/{id}", Doel::kKlad, kApiWijzigen},
      {"PUT", "/api/v1/verdeelsleutels/{id}", Doel::kAndereRegio, kApiNergens},
  };
  p.verwijderen = {
      {"POST", "/regio/catalogus/sleutels/{id}/verwijderen", Doel::kKladWeg, kHtmlWijzigen},
      {"POST", "/regio/catalogus/sleutels/{id}/verwijderen", Doel::kAndereRegio, kHtmlNergens},
      {"DELETE", "/api/v1/verdeelsleutels/{id}", Doel::kKladWeg, kApiWeg},
      {"DELETE", "/api/v1/verdeelsleutels/{id}", Doel::kAndereRegio, kApiNergens},
  };
  p.zonder_eigenaar = {
      {{"POST", "/regio/catalogus/sleutels"}, "altijd een sleutel van de eigen regio"},
      {{"POST", "/api/v1/verdeelsleutels"}, "altijd een sleutel van de eigen regio"},
  };
  p.klad = [](Omgeving& o, Klad& k, const std::string& label) -> Result<void> {
    auto& catalogus = *o.server.app()->services.catalogus;
    REGIE_ASSIGN_OR_RETURN(auto rg, o.server.context("ingrid.mulder"));
    const Id d = eerste_deelnemer(o);
    auto velden = sleutel_velden(d, 10);
    velden["naam"] = "Klad " + label;
    REGIE_ASSIGN_OR_RETURN(auto a, catalogus.create_sleutel(rg, velden));
    REGIE_ASSIGN_OR_RETURN(auto b, catalogus.create_sleutel(rg, sleutel_velden(d, 20)));
    k.zet("sleutel", a.id);
    k.zet("sleutel_weg", b.id);
    // Regio Elders: a key of the same year, straight into the store.
    REGIE_ASSIGN_OR_RETURN(auto uow, o.server.store().begin(Toegang::kSchrijven));
    programma::Verdeelsleutel elders;
    elders.regio_id = o.elders.regio;
    elders.jaar = kSleuteljaar;
    elders.code = nieuwe_sleutelcode();
    elders.naam = "Elders " + label;
    elders.soort = programma::SleutelSoort::kGewicht;
    elders.aandelen = {{o.elders.organisatie, 1}};
    REGIE_ASSIGN_OR_RETURN(Id e, uow->catalogus().create_sleutel(elders));
    REGIE_TRY(uow->commit());
    k.zet("sleutel_elders", e);
    return Ok();
  };
  p.verzoek = [](Omgeving& o, const Rij& rij, const Klad& k, const std::string&) {
    const std::string pattern = rij.pattern;
    const std::string method = rij.method;
    Verzoek v;
    Id id = 0;
    if (rij.doel == Doel::kKlad) id = k["sleutel"];
    if (rij.doel == Doel::kKladWeg) id = k["sleutel_weg"];
    if (rij.doel == Doel::kAndereRegio) id = k["sleutel_elders"];
    v.pad = vervang(rij.pattern, "{id}", std::to_string(id));
    if (method == "GET") return v;
    auto uow = o.server.store().begin(Toegang::kLezen);
    if (uow.ok() && id != 0) {
      auto sleutel = (*uow)->catalogus().get_sleutel(id);
      if (sleutel.ok()) v.versie = sleutel->versie;
    }
    if (method == "DELETE" || pattern.ends_with("/verwijderen")) return v;
    const Id d = eerste_deelnemer(o);
    Fields velden = sleutel_velden(d, 30);
    if (id != 0) {
      velden.erase("jaar");
      velden.erase("sleutelcode");
    }
    if (!is_api(pattern)) {
      v.velden = velden;
      return v;
    }
    nlohmann::json body = {{"naam", velden["naam"]},
                           {"soort", "gewicht"},
                           {"eenheid", "bedrijven"},
                           {"aandelen", {{{"organisatieId", d}, {"waarde", 30}}}}};
    if (id == 0) {
      body["jaar"] = kSleuteljaar;
      body["sleutelcode"] = velden["sleutelcode"];
    }
    v.json = body.dump();
    return v;
  };
  return p;
}

}  // namespace regie::e2e::matrix

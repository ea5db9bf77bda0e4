// The matrix of competenties (COMP): only one's own self-assessment (kBeekdal: the
// opdrachtgever's persoon, kOd: the accountmanager's); the beheerder is linked to no persoon.
// The regio overview is for everyone of the regio.
#include <nlohmann/json.hpp>

#include "domain/competenties/competenties.hpp"
#include "domain/competenties/zelfbeoordeling_repository.hpp"
#include "route_matrix/matrix.hpp"

namespace regie::e2e::matrix {
namespace {

// This year's self-assessment of the persoon in the demo; 0 when there is none.
Id zelfbeoordeling_id(Omgeving& o, const std::string& persoon) {
  auto uow = o.server.store().begin(Toegang::kLezen);
  if (!uow.ok()) return 0;
  ZelfbeoordelingQuery q;
  q.regio_id = o.demo.regio;
  q.persoon_id = o.server.persoon_id(persoon);
  q.jaar = o.server.clock().vandaag().jaar();
  auto lijst = (*uow)->zelfbeoordelingen().list(q);
  return lijst.ok() && !lijst->empty() ? lijst->front().id : 0;
}

std::int64_t zelfbeoordeling_versie(Omgeving& o, Id id) {
  auto uow = o.server.store().begin(Toegang::kLezen);
  if (!uow.ok()) return 0;
  auto z = (*uow)->zelfbeoordelingen().get(id);
  return z.ok() ? z->versie : 0;
}

// A valid body: a new assessment as accountmanager in a year of its own per channel, or new
// scores for the demo's opdrachtgever assessment.
Fields competentie_velden(Omgeving& o, bool create, bool api) {
  using competenties::Profiel;
  Profiel profiel = create ? Profiel::kAccountmanager : Profiel::kOpdrachtgever;
  Fields f;
  if (create) {
    f["jaar"] = std::to_string(o.server.clock().vandaag().jaar() - (api ? 3 : 2));
    f["profiel"] = std::string(competenties::code(profiel));
  }
  for (const auto& c : competenties::catalogus(profiel)) {
    f[competenties::score_veld(c.code)] = "3";
  }
  return f;
}

// The API takes the scores as an array.
std::string competentie_json(const Fields& fields) {
  nlohmann::json body = nlohmann::json::object();
  nlohmann::json scores = nlohmann::json::array();
  for (const auto& [key, value] : fields) {
    if (key.rfind("scores.", 0) == 0) {
      scores.push_back({{"competentie", key.substr(7)}, {"score", std::stoi(value)}});
    } else if (key == "jaar") {
      body[key] = std::stoi(value);
    } else {
      body[key] = value;
    }
  }
  body["scores"] = scores;
  return body.dump();
}

}  // namespace

Plak competentie_plak() {
  Plak p;
  p.lezen = {
      {"GET", "/api/v1/competenties", Doel::kGeen, {401, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET",
       "/api/v1/zelfbeoordelingen",
       Doel::kGeen,
       {401, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET",
       "/api/v1/zelfbeoordelingen/{id}",
       Doel::kBeekdal,
       {401, 404, 404, 404, 404, 404, 200, 404, 404}},
      {"GET",
       "/api/v1/zelfbeoordelingen/{id}",
       Doel::kOd,
       {401, 404, 200, 404, 404, 404, 404, 404, 404}},
      {"GET",
       "/api/v1/regios/{id}/competentie-overzicht",
       Doel::kGeen,
       {401, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET", "/competenties", Doel::kGeen, {kL, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET", "/competenties/nieuw", Doel::kGeen, {kL, 403, 200, 200, 200, 200, 200, 200, 200}},
      {"GET", "/competenties/{id}", Doel::kBeekdal, {kL, 404, 404, 404, 404, 404, 200, 404, 404}},
      {"GET", "/competenties/{id}", Doel::kOd, {kL, 404, 200, 404, 404, 404, 404, 404, 404}},
      {"GET", "/regio/competenties", Doel::kGeen, {kL, 200, 200, 200, 200, 200, 200, 200, 200}},
  };
  p.schrijven = {
      {"POST",
       "/api/v1/zelfbeoordelingen",
       Doel::kGeen,
       {401, 403, 201, 201, 201, 201, 201, 201, 201}},
      {"PUT",
       "/api/v1/zelfbeoordelingen/{id}",
       Doel::kBeekdal,
       {401, 404, 404, 404, 404, 404, 200, 404, 404}},
      {"POST", "/competenties", Doel::kGeen, {kL, 403, kD, kD, kD, kD, kD, kD, kD}},
      {"POST", "/competenties/{id}", Doel::kBeekdal, {kL, 404, 404, 404, 404, 404, kD, 404, 404}},
  };
  p.zonder_eigenaar = {
      {{"POST", "/api/v1/zelfbeoordelingen"}, "altijd de eigen persoon"},
      {{"POST", "/competenties"}, "altijd de eigen persoon"},
      {{"PUT", "/api/v1/zelfbeoordelingen/{id}"},
       "[beekdal] en [od] zijn voor elk ander account andermans zelfbeoordeling (404)"},
      {{"POST", "/competenties/{id}"},
       "[beekdal] en [od] zijn voor elk ander account andermans zelfbeoordeling (404)"},
  };
  // This year's self-assessments in the demo of the opdrachtgever's persoon (Pieter de Boer)
  // and the accountmanager's (Thomas Bakker).
  p.klad = [](Omgeving& o, Klad& k, const std::string&) -> Result<void> {
    k.zet("zelfbeoordeling_beekdal", zelfbeoordeling_id(o, "Pieter de Boer"));
    k.zet("zelfbeoordeling_od", zelfbeoordeling_id(o, "Thomas Bakker"));
    if (k["zelfbeoordeling_beekdal"] == 0 || k["zelfbeoordeling_od"] == 0) {
      return Error::not_found("demo: zelfbeoordeling van Pieter de Boer of Thomas Bakker");
    }
    return Ok();
  };
  p.verzoek = [](Omgeving& o, const Rij& rij, const Klad& k, const std::string&) {
    const std::string method = rij.method;
    const std::string pattern = rij.pattern;
    Id id = 0;
    if (pattern.find("/regios/") != std::string::npos) {
      id = o.demo.regio;
    } else if (rij.doel == Doel::kBeekdal) {
      id = k["zelfbeoordeling_beekdal"];
    } else if (rij.doel == Doel::kOd) {
      id = k["zelfbeoordeling_od"];
    }
    Verzoek v;
    v.pad = vervang(pattern, "{id}", std::to_string(id));
    if (method == "GET") return v;
    const bool create = pattern.find("{id}") == std::string::npos;
    const bool api = is_api(pattern);
    if (!create) v.versie = zelfbeoordeling_versie(o, id);
    if (api) {
      v.json = competentie_json(competentie_velden(o, create, true));
    } else {
      v.velden = competentie_velden(o, create, false);
    }
    return v;
  };
  return p;
}

}  // namespace regie::e2e::matrix

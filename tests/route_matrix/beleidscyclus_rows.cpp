// The matrix of the Big 8 cycle (B8): everyone of the regio reads the cycle; the beheerder and
// the omgevingsdienst's accountmanagers and directie change it, and the regisseur beleidscyclus
// (rg) who keeps it (decision 24); the opdrachtgevers add bijdragen (B8-4). The step under test is
// the demo's first step (afgerond); it is saved afgerond again before each reopening. Nobody
// changes the cycle of another regio (its first step, 404).
#include "domain/beleidscyclus/cyclus_repository.hpp"
#include "route_matrix/matrix.hpp"

namespace regie::e2e::matrix {
namespace {

std::int64_t stap_versie(Omgeving& o, Id stap) {
  auto uow = o.server.store().begin(Toegang::kLezen);
  if (!uow.ok()) return 0;
  auto s = (*uow)->cyclus().get_stap(stap);
  return s.ok() ? s->versie : 0;
}

Fields velden_van(Omgeving& o, const std::string& pattern, Id stap, const std::string& label) {
  if (pattern.ends_with("/documenten")) {
    // B8-4: a bijdrage, which the opdrachtgevers add too.
    return {{"titel", "Document " + label},
            {"link", "https://voorbeeld.nl/document.pdf"},
            {"soort", "bijdrage"}};
  }
  if (pattern.ends_with("/besluiten")) {
    return {{"tekst", "Besluit " + label}, {"datum", "2026-06-30"}};
  }
  if (pattern.ends_with("/heropeningen")) {
    return {{"reden", "Tussentijdse bijstelling " + label}, {"geplandEind", "2027-03-31"}};
  }
  if (pattern.ends_with("/evaluatieconclusies")) {
    return {{"tekst", "Conclusie " + label},
            {"datum", "2026-11-20"},
            {"raaktStapId", std::to_string(stap)},
            {"raaktPeriode", "2031-2034"}};
  }
  return {{"naam", "Strategisch beleidskader"},
          {"volgorde", "1"},
          {"periode", "2027-2030"},
          {"status", "afgerond"},
          {"geplandBegin", "2026-01-05"},
          {"geplandEind", "2026-06-30"},
          {"redenPlanwijziging", "Terug naar de planning van de ronde"},
          {"werkelijkBegin", "2026-01-12"},
          {"werkelijkEind", "2026-06-30"},
          {"versie", std::to_string(stap_versie(o, stap))}};
}

}  // namespace

Plak beleidscyclus_plak() {
  Plak p;
  p.lezen = {
      {"GET",
       "/api/v1/regios/{id}/beleidscyclus",
       Doel::kGeen,
       {401, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET",
       "/api/v1/regios/{id}/beleidscyclus/stappen/{stapId}",
       Doel::kGeen,
       {401, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET",
       "/api/v1/regios/{id}/beleidscyclus/evaluatieconclusies",
       Doel::kGeen,
       {401, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET", "/regio/beleidscyclus", Doel::kGeen, {kL, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET",
       "/regio/beleidscyclus/stappen/{stapId}",
       Doel::kGeen,
       {kL, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET",
       "/regio/beleidscyclus/stappen/{stapId}/bewerken",
       Doel::kGeen,
       {kL, 200, 200, 200, 200, 403, 403, 403, 200}},
  };
  p.schrijven = {
      {"PUT",
       "/api/v1/regios/{id}/beleidscyclus/stappen/{stapId}",
       Doel::kGeen,
       {401, 200, 200, 200, 200, 403, 403, 403, 200}},
      {"POST",  // B8-4: the opdrachtgevers (ambtelijk, bestuurlijk) contribute
       "/api/v1/regios/{id}/beleidscyclus/stappen/{stapId}/documenten",
       Doel::kGeen,
       {401, 201, 201, 201, 201, 403, 201, 201, 201}},
      {"POST",
       "/api/v1/regios/{id}/beleidscyclus/stappen/{stapId}/besluiten",
       Doel::kGeen,
       {401, 201, 201, 201, 201, 403, 403, 403, 201}},
      {"POST",
       "/api/v1/regios/{id}/beleidscyclus/stappen/{stapId}/heropeningen",
       Doel::kGeen,
       {401, 201, 201, 201, 201, 403, 403, 403, 201}},
      {"POST",
       "/api/v1/regios/{id}/beleidscyclus/evaluatieconclusies",
       Doel::kGeen,
       {401, 201, 201, 201, 201, 403, 403, 403, 201}},
      {"PUT",
       "/api/v1/regios/{id}/beleidscyclus/stappen/{stapId}",
       Doel::kAndereRegio,
       {401, 404, 404, 404, 404, 404, 404, 404, 404}},
      {"POST",
       "/api/v1/regios/{id}/beleidscyclus/stappen/{stapId}/documenten",
       Doel::kAndereRegio,
       {401, 404, 404, 404, 404, 404, 404, 404, 404}},
      {"POST",
       "/api/v1/regios/{id}/beleidscyclus/stappen/{stapId}/besluiten",
       Doel::kAndereRegio,
       {401, 404, 404, 404, 404, 404, 404, 404, 404}},
      {"POST",
       "/api/v1/regios/{id}/beleidscyclus/stappen/{stapId}/heropeningen",
       Doel::kAndereRegio,
       {401, 404, 404, 404, 404, 404, 404, 404, 404}},
      {"POST",
       "/api/v1/regios/{id}/beleidscyclus/evaluatieconclusies",
       Doel::kAndereRegio,
       {401, 404, 404, 404, 404, 404, 404, 404, 404}},
      {"POST",
       "/regio/beleidscyclus/stappen/{stapId}",
       Doel::kGeen,
       {kL, kD, kD, kD, kD, 403, 403, 403, kD}},
      {"POST",  // B8-4: the opdrachtgevers (ambtelijk, bestuurlijk) contribute
       "/regio/beleidscyclus/stappen/{stapId}/documenten",
       Doel::kGeen,
       {kL, kD, kD, kD, kD, 403, kD, kD, kD}},
      {"POST",
       "/regio/beleidscyclus/stappen/{stapId}/besluiten",
       Doel::kGeen,
       {kL, kD, kD, kD, kD, 403, 403, 403, kD}},
      {"POST",
       "/regio/beleidscyclus/stappen/{stapId}/heropeningen",
       Doel::kGeen,
       {kL, kD, kD, kD, kD, 403, 403, 403, kD}},
      {"POST",
       "/regio/beleidscyclus/evaluatieconclusies",
       Doel::kGeen,
       {kL, kD, kD, kD, kD, 403, 403, 403, kD}},
      {"POST",
       "/regio/beleidscyclus/stappen/{stapId}",
       Doel::kAndereRegio,
       {kL, 404, 404, 404, 404, 404, 404, 404, 404}},
      {"POST",
       "/regio/beleidscyclus/stappen/{stapId}/documenten",
       Doel::kAndereRegio,
       {kL, 404, 404, 404, 404, 404, 404, 404, 404}},
      {"POST",
       "/regio/beleidscyclus/stappen/{stapId}/besluiten",
       Doel::kAndereRegio,
       {kL, 404, 404, 404, 404, 404, 404, 404, 404}},
      {"POST",
       "/regio/beleidscyclus/stappen/{stapId}/heropeningen",
       Doel::kAndereRegio,
       {kL, 404, 404, 404, 404, 404, 404, 404, 404}},
  };
  p.zonder_eigenaar = {
      {{"POST", "/regio/beleidscyclus/evaluatieconclusies"}, "altijd de cyclus van de eigen regio"},
  };
  p.klad = [](Omgeving& o, Klad& k, const std::string&) -> Result<void> {
    REGIE_ASSIGN_OR_RETURN(auto uow, o.server.store().begin(Toegang::kLezen));
    REGIE_ASSIGN_OR_RETURN(auto stappen, uow->cyclus().list_stappen(o.demo.regio));
    if (stappen.empty()) return Error::not_found("demo: geen stappen van de beleidscyclus");
    k.zet("stap", stappen.front().id);
    return Ok();
  };
  p.verzoek = [](Omgeving& o, const Rij& rij, const Klad& k, const std::string& label) {
    const std::string method = rij.method;
    const std::string pattern = rij.pattern;
    const bool elders = rij.doel == Doel::kAndereRegio;
    const Id stap = elders ? o.elders.stap : k["stap"];
    Verzoek v;
    v.pad = vervang(pattern, "{id}", std::to_string(elders ? o.elders.regio : o.demo.regio));
    v.pad = vervang(v.pad, "{stapId}", std::to_string(stap));
    if (method == "GET") return v;
    Fields velden = velden_van(o, pattern, stap, label);
    if (is_api(pattern)) {
      if (method == "PUT" || pattern.ends_with("/besluiten")) v.versie = stap_versie(o, stap);
      v.json = json_body(velden, {"volgorde", "raaktStapId", "versie"});
      return v;
    }
    v.velden = velden;
    return v;
  };
  return p;
}

}  // namespace regie::e2e::matrix

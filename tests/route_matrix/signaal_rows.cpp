// The matrix of signalen (OPD-6): whoever sees the opdracht sees its signalen; the open signalen
// of the actor (empty for roles without a side). The opdrachtnemer side reports, the
// opdrachtgever of the opdracht (Beekdal) handles the scratch signaal; nobody of Beekdal reports
// on or handles one of Dijkstede's opdracht.
#include "domain/opdrachten/signaal_repository.hpp"
#include "route_matrix/opdracht_rows.hpp"
#include "service/signaal_service.hpp"
#include "web/app.hpp"

namespace regie::e2e::matrix {
namespace {

// The opdracht's first signaal: the scratch one.
std::int64_t signaal_versie(Omgeving& o, Id opdracht) {
  auto uow = o.server.store().begin(Toegang::kLezen);
  if (!uow.ok()) return 0;
  auto lijst = (*uow)->signalen().list(opdracht);
  return lijst.ok() && !lijst->empty() ? lijst->front().versie : 0;
}

Fields signaal_velden(const std::string& label) {
  return {{"soort", "stagnatie"},
          {"wat", "Werving loopt vast " + label},
          {"impact", "Inspecties lopen uit"},
          {"maatregel", "Tijdelijke inzet van een collega"}};
}

}  // namespace

Plak signaal_plak() {
  Plak p;
  p.lezen = {
      {"GET", "/api/v1/signalen", Doel::kGeen, {401, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET",
       "/api/v1/opdrachten/{id}/signalen",
       Doel::kKlad,
       {401, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET",
       "/api/v1/opdrachten/{id}/signalen/{signaalId}",
       Doel::kKlad,
       {401, 200, 200, 200, 200, 200, 200, 200, 200}},
  };
  p.schrijven = {
      {"POST",
       "/api/v1/opdrachten/{id}/signalen",
       Doel::kKlad,
       {401, 403, 201, 201, 201, 403, 403, 403, 403}},
      {"POST",
       "/api/v1/opdrachten/{id}/signalen/{signaalId}/afhandeling",
       Doel::kKlad,
       {401, 403, 403, 403, 403, 403, 200, 403, 403}},
      {"POST",
       "/api/v1/opdrachten/{id}/signalen",
       Doel::kAanvaardDijkstede,
       {401, 403, 201, 201, 201, 403, 403, 403, 403}},
      {"POST",
       "/api/v1/opdrachten/{id}/signalen/{signaalId}/afhandeling",
       Doel::kAanvaardDijkstede,
       {401, 403, 403, 403, 403, 403, 403, 403, 403}},
      {"POST", "/opdrachten/{id}/signalen", Doel::kKlad, {kL, 403, kD, kD, kD, 403, 403, 403, 403}},
      {"POST",
       "/opdrachten/{id}/signalen/{signaalId}/afhandeling",
       Doel::kKlad,
       {kL, 403, 403, 403, 403, 403, kD, 403, 403}},
      {"POST",
       "/opdrachten/{id}/signalen",
       Doel::kAanvaardDijkstede,
       {kL, 403, kD, kD, kD, 403, 403, 403, 403}},
      {"POST",
       "/opdrachten/{id}/signalen/{signaalId}/afhandeling",
       Doel::kAanvaardDijkstede,
       {kL, 403, 403, 403, 403, 403, 403, 403, 403}},
  };
  // An opdracht of Beekdal offered and accepted, with an open signaal of the OD; the same of
  // Dijkstede.
  p.klad = [](Omgeving& o, Klad& k, const std::string& label) -> Result<void> {
    REGIE_ASSIGN_OR_RETURN(auto am, o.server.context("accountmanager"));
    auto met_signaal = [&](const Fields& velden, const std::string& achter) -> Result<void> {
      REGIE_ASSIGN_OR_RETURN(auto aanvaard, aanvaarde_opdracht(o, velden));
      REGIE_ASSIGN_OR_RETURN(auto signaal, o.server.app()->services.signalen->melden(
                                               am, aanvaard.id, signaal_velden("Klad " + label)));
      k.zet("opdracht_signaal" + achter, aanvaard.id);
      k.zet("signaal" + achter, signaal.id);
      return Ok();
    };
    REGIE_TRY(met_signaal(opdracht_velden(o, "Klad " + label), ""));
    return met_signaal(opdracht_velden_dijkstede(o, "Klad Dijkstede " + label), "_dijkstede");
  };
  p.verzoek = [](Omgeving& o, const Rij& rij, const Klad& k, const std::string& label) {
    const std::string method = rij.method;
    const std::string pattern = rij.pattern;
    const bool dijkstede = rij.doel == Doel::kAanvaardDijkstede;
    const Id id = dijkstede ? k["opdracht_signaal_dijkstede"] : k["opdracht_signaal"];
    Verzoek v;
    v.pad = vervang(pattern, "{id}", std::to_string(id));
    v.pad = vervang(v.pad, "{signaalId}",
                    std::to_string(dijkstede ? k["signaal_dijkstede"] : k["signaal"]));
    if (method == "GET") return v;
    const bool afhandeling = pattern.ends_with("/afhandeling");
    Fields velden =
        afhandeling ? Fields{{"afhandeling", "Maatregel akkoord " + label}} : signaal_velden(label);
    if (is_api(pattern)) {
      if (afhandeling) v.versie = signaal_versie(o, id);
      v.json = json_body(velden, {});
      return v;
    }
    v.velden = velden;
    v.versie = afhandeling ? signaal_versie(o, id) : opdracht_versie(o, id);
    return v;
  };
  return p;
}

}  // namespace regie::e2e::matrix

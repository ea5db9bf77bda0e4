// The matrix of governance: the findings of the checks (GOV-9, also per organisatie),
// collectief opdrachtgeverschap with its mandaat (GOV-6) and the projectgroep (GOV-8). The
// mandaat is the vertegenwoordigde's: Beekdal's opdrachtgever records Beekdal's, never
// Dijkstede's, not even where Beekdal is the representative. The regisseur beleidscyclus (rg)
// seats projectgroep leden for any deelnemer (GOV-8, decision 24).
#include "domain/governance/collectief_repository.hpp"
#include "route_matrix/matrix.hpp"

namespace regie::e2e::matrix {
namespace {

Id vertegenwoordiging_van(const Omgeving& o, Doel doel, const Klad& k) {
  switch (doel) {
    case Doel::kKlad:
      return k["vertegenwoordiging"];
    case Doel::kKladDijkstede:
      return k["vertegenwoordiging_dijkstede"];
    case Doel::kKladWeg:
      return k["vertegenwoordiging_weg"];
    case Doel::kKladWegDijkstede:
      return k["vertegenwoordiging_weg_dijkstede"];
    case Doel::kAndereRegio:
      return o.elders.vertegenwoordiging;
    default:
      return 0;
  }
}

// The version of the projectgroep of `regio` or of vertegenwoordiging `id`, read from the store
// (also in another regio).
std::int64_t versie_van(Omgeving& o, const std::string& pattern, Id regio, Id id) {
  auto uow = o.server.store().begin(Toegang::kLezen);
  if (!uow.ok()) return 0;
  if (pattern.find("/projectgroep") != std::string::npos) {
    auto groep = (*uow)->collectief().get_projectgroep(regio);
    return groep.ok() && *groep ? (*groep)->versie : 0;
  }
  auto v = (*uow)->collectief().get_vertegenwoordiging(id);
  return v.ok() ? v->versie : 0;
}

// A valid, harmless body; for kKladDijkstede a new mandaat or lid is Dijkstede's.
Fields governance_velden_van(const Omgeving& o, const std::string& method,
                             const std::string& pattern, Doel doel, Id id, const Klad& k,
                             const std::string& label) {
  const bool create = method == "POST" && pattern.find("{id}") == std::string::npos;
  const bool leden = pattern.ends_with("/projectgroep/leden");
  const bool voor_dijkstede = doel == Doel::kKladDijkstede && (create || leden);
  if (leden) {
    // Personen of their own, since a lid blocks deleting its persoon.
    return {{"persoonId",
             std::to_string(voor_dijkstede ? k["persoon_lid_dijkstede"] : k["persoon_lid"])},
            {"organisatieId", std::to_string(voor_dijkstede ? o.demo.dijkstede : o.demo.beekdal)}};
  }
  if (pattern.find("/projectgroep") != std::string::npos) {
    return {{"regisseurPersoonId", std::to_string(k["regisseur"])}};
  }
  // Hoeveland represents Beekdal, or Beekdal represents Dijkstede.
  const bool dijkstede = id == k["vertegenwoordiging_dijkstede"] || voor_dijkstede;
  return {{"opdrachtgeverId", std::to_string(dijkstede ? o.demo.beekdal : k["hoeveland"])},
          {"vertegenwoordigdeId", std::to_string(dijkstede ? o.demo.dijkstede : o.demo.beekdal)},
          {"mandaatScope", (create ? "Nieuw " : "Gewijzigd ") + label}};
}

}  // namespace

Plak governance_plak() {
  Plak p;
  p.lezen = {
      {"GET",
       "/api/v1/regios/{id}/bevindingen",
       Doel::kGeen,
       {401, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET",
       "/api/v1/vertegenwoordigingen",
       Doel::kGeen,
       {401, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET",
       "/api/v1/vertegenwoordigingen/{id}",
       Doel::kKlad,
       {401, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET",
       "/api/v1/regios/{id}/projectgroep",
       Doel::kGeen,
       {401, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET", "/regio/bevindingen", Doel::kGeen, {kL, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET",
       "/organisaties/{id}/bevindingen",
       Doel::kBeekdal,
       {kL, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET",
       "/organisaties/{id}/bevindingen",
       Doel::kDijkstede,
       {kL, 200, 200, 200, 200, 200, 403, 403, 200}},
      {"GET", "/vertegenwoordigingen", Doel::kGeen, {kL, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET",
       "/vertegenwoordigingen/nieuw",
       Doel::kGeen,
       {kL, 200, 403, 403, 403, 403, 200, 403, 403}},
      {"GET",
       "/vertegenwoordigingen/{id}",
       Doel::kKlad,
       {kL, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET",
       "/vertegenwoordigingen/{id}/bewerken",
       Doel::kKlad,
       {kL, 200, 403, 403, 403, 403, 200, 403, 403}},
      {"GET",
       "/vertegenwoordigingen/{id}/bewerken",
       Doel::kKladDijkstede,
       {kL, 200, 403, 403, 403, 403, 403, 403, 403}},
      {"GET", "/regio/projectgroep", Doel::kGeen, {kL, 200, 200, 200, 200, 200, 200, 200, 200}},
      // Deletes ask first: the confirmation pages (GET), as guarded as the delete itself.
      {"GET",
       "/vertegenwoordigingen/{id}/verwijderen",
       Doel::kKlad,
       {kL, 200, 403, 403, 403, 403, 200, 403, 403}},
      {"GET",
       "/vertegenwoordigingen/{id}/verwijderen",
       Doel::kKladDijkstede,
       {kL, 200, 403, 403, 403, 403, 403, 403, 403}},
      {"GET",
       "/regio/projectgroep/leden/{lidId}/verwijderen",
       Doel::kKlad,
       {kL, 200, 403, 403, 403, 403, 200, 403, 200}},
      {"GET",
       "/regio/projectgroep/leden/{lidId}/verwijderen",
       Doel::kKladDijkstede,
       {kL, 200, 403, 403, 403, 403, 403, 403, 200}},
  };
  p.schrijven = {
      {"POST",
       "/api/v1/vertegenwoordigingen",
       Doel::kGeen,
       {401, 201, 403, 403, 403, 403, 201, 403, 403}},
      {"POST",
       "/api/v1/vertegenwoordigingen",
       Doel::kKladDijkstede,
       {401, 201, 403, 403, 403, 403, 403, 403, 403}},
      {"PUT",
       "/api/v1/vertegenwoordigingen/{id}",
       Doel::kKlad,
       {401, 200, 403, 403, 403, 403, 200, 403, 403}},
      {"PUT",
       "/api/v1/vertegenwoordigingen/{id}",
       Doel::kKladDijkstede,
       {401, 200, 403, 403, 403, 403, 403, 403, 403}},
      {"PUT",
       "/api/v1/vertegenwoordigingen/{id}",
       Doel::kAndereRegio,
       {401, 404, 404, 404, 404, 404, 404, 404, 404}},
      {"PUT",
       "/api/v1/regios/{id}/projectgroep",
       Doel::kGeen,
       {401, 200, 403, 403, 403, 403, 403, 403, 403}},
      {"PUT",
       "/api/v1/regios/{id}/projectgroep",
       Doel::kAndereRegio,
       {401, 404, 404, 404, 404, 404, 404, 404, 404}},
      {"POST",
       "/api/v1/regios/{id}/projectgroep/leden",
       Doel::kGeen,
       {401, 201, 403, 403, 403, 403, 201, 403, 201}},
      {"POST",
       "/api/v1/regios/{id}/projectgroep/leden",
       Doel::kKladDijkstede,
       {401, 201, 403, 403, 403, 403, 403, 403, 201}},
      {"POST",
       "/api/v1/regios/{id}/projectgroep/leden",
       Doel::kAndereRegio,
       {401, 404, 404, 404, 404, 404, 404, 404, 404}},
      {"POST", "/vertegenwoordigingen", Doel::kGeen, {kL, kD, 403, 403, 403, 403, kD, 403, 403}},
      {"POST",
       "/vertegenwoordigingen",
       Doel::kKladDijkstede,
       {kL, kD, 403, 403, 403, 403, 403, 403, 403}},
      {"POST",
       "/vertegenwoordigingen/{id}",
       Doel::kKlad,
       {kL, kD, 403, 403, 403, 403, kD, 403, 403}},
      {"POST",
       "/vertegenwoordigingen/{id}",
       Doel::kKladDijkstede,
       {kL, kD, 403, 403, 403, 403, 403, 403, 403}},
      {"POST",
       "/vertegenwoordigingen/{id}",
       Doel::kAndereRegio,
       {kL, 404, 404, 404, 404, 404, 404, 404, 404}},
      {"POST", "/regio/projectgroep", Doel::kGeen, {kL, kD, 403, 403, 403, 403, 403, 403, 403}},
      {"POST", "/regio/projectgroep/leden", Doel::kGeen, {kL, kD, 403, 403, 403, 403, kD, 403, kD}},
      {"POST",
       "/regio/projectgroep/leden",
       Doel::kKladDijkstede,
       {kL, kD, 403, 403, 403, 403, 403, 403, kD}},
  };
  p.verwijderen = {
      {"DELETE",
       "/api/v1/vertegenwoordigingen/{id}",
       Doel::kKladWeg,
       {401, 204, 403, 403, 403, 403, 204, 403, 403}},
      {"DELETE",
       "/api/v1/vertegenwoordigingen/{id}",
       Doel::kKladWegDijkstede,
       {401, 204, 403, 403, 403, 403, 403, 403, 403}},
      {"DELETE",
       "/api/v1/vertegenwoordigingen/{id}",
       Doel::kAndereRegio,
       {401, 404, 404, 404, 404, 404, 404, 404, 404}},
      {"DELETE",
       "/api/v1/regios/{id}/projectgroep/leden/{lidId}",
       Doel::kKlad,
       {401, 204, 403, 403, 403, 403, 204, 403, 204}},
      {"DELETE",
       "/api/v1/regios/{id}/projectgroep/leden/{lidId}",
       Doel::kKladDijkstede,
       {401, 204, 403, 403, 403, 403, 403, 403, 204}},
      {"DELETE",
       "/api/v1/regios/{id}/projectgroep/leden/{lidId}",
       Doel::kAndereRegio,
       {401, 404, 404, 404, 404, 404, 404, 404, 404}},
      {"POST",
       "/vertegenwoordigingen/{id}/verwijderen",
       Doel::kKladWeg,
       {kL, kD, 403, 403, 403, 403, kD, 403, 403}},
      {"POST",
       "/vertegenwoordigingen/{id}/verwijderen",
       Doel::kKladWegDijkstede,
       {kL, kD, 403, 403, 403, 403, 403, 403, 403}},
      {"POST",
       "/vertegenwoordigingen/{id}/verwijderen",
       Doel::kAndereRegio,
       {kL, 404, 404, 404, 404, 404, 404, 404, 404}},
      {"POST",
       "/regio/projectgroep/leden/{lidId}/verwijderen",
       Doel::kKlad,
       {kL, kD, 403, 403, 403, 403, kD, 403, kD}},
      {"POST",
       "/regio/projectgroep/leden/{lidId}/verwijderen",
       Doel::kKladDijkstede,
       {kL, kD, 403, 403, 403, 403, 403, 403, kD}},
      {"POST",
       "/regio/projectgroep/leden/{lidId}/verwijderen",
       Doel::kAndereRegio,
       {kL, 404, 404, 404, 404, 404, 404, 404, 404}},
  };
  p.zonder_eigenaar = {
      {{"POST", "/regio/projectgroep"}, "altijd de projectgroep van de eigen regio"},
  };
  // GOV-6: Hoeveland represents Beekdal (Beekdal's mandaat); Beekdal represents Dijkstede
  // (Dijkstede's mandaat, Beekdal only the representative). GOV-8: the register's scratch persoon
  // as lid for Beekdal, its Dijkstede persoon as lid for Dijkstede; and a persoon of each
  // gemeente for the leden the matrix adds (none is deleted later).
  p.klad = [](Omgeving& o, Klad& k, const std::string& label) -> Result<void> {
    REGIE_ASSIGN_OR_RETURN(auto ctx, o.server.context("beheerder"));
    k.zet("hoeveland", o.server.organisatie_id("Gemeente Hoeveland"));
    k.zet("regisseur", o.server.persoon_id("Ingrid Mulder"));
    if (k["hoeveland"] == 0 || k["regisseur"] == 0) {
      return Error::not_found("demo: Gemeente Hoeveland of Ingrid Mulder");
    }
    auto& gov = o.server.governance();
    auto vertegenwoordiging = [&](Id opdrachtgever, Id vertegenwoordigde) -> Result<Id> {
      REGIE_ASSIGN_OR_RETURN(auto v,
                             gov.create_vertegenwoordiging(
                                 ctx, {{"opdrachtgeverId", std::to_string(opdrachtgever)},
                                       {"vertegenwoordigdeId", std::to_string(vertegenwoordigde)},
                                       {"mandaatScope", "Klad " + label}}));
      return v.id;
    };
    const Id hoeveland = k["hoeveland"];
    REGIE_ASSIGN_OR_RETURN(Id beekdal, vertegenwoordiging(hoeveland, o.demo.beekdal));
    REGIE_ASSIGN_OR_RETURN(Id weg, vertegenwoordiging(hoeveland, o.demo.beekdal));
    REGIE_ASSIGN_OR_RETURN(Id dijkstede, vertegenwoordiging(o.demo.beekdal, o.demo.dijkstede));
    REGIE_ASSIGN_OR_RETURN(Id weg_dijkstede, vertegenwoordiging(o.demo.beekdal, o.demo.dijkstede));
    k.zet("vertegenwoordiging", beekdal);
    k.zet("vertegenwoordiging_weg", weg);
    k.zet("vertegenwoordiging_dijkstede", dijkstede);
    k.zet("vertegenwoordiging_weg_dijkstede", weg_dijkstede);
    auto lid = [&](Id persoon_id, Id organisatie) -> Result<Id> {
      REGIE_ASSIGN_OR_RETURN(auto l, gov.create_projectgroeplid(
                                         ctx, {{"persoonId", std::to_string(persoon_id)},
                                               {"organisatieId", std::to_string(organisatie)}}));
      return l.id;
    };
    REGIE_ASSIGN_OR_RETURN(Id lid_beekdal, lid(k["persoon"], o.demo.beekdal));
    REGIE_ASSIGN_OR_RETURN(Id lid_dijkstede, lid(k["persoon_dijkstede"], o.demo.dijkstede));
    k.zet("lid", lid_beekdal);
    k.zet("lid_dijkstede", lid_dijkstede);
    auto& reg = o.server.register_service();
    auto persoon = [&](const std::string& naam, Id werkgever) -> Result<Id> {
      REGIE_ASSIGN_OR_RETURN(
          auto nieuw, reg.create_persoon(ctx, {{"naam", naam + " " + label},
                                               {"organisatieId", std::to_string(werkgever)}}));
      return nieuw.id;
    };
    REGIE_ASSIGN_OR_RETURN(Id persoon_lid, persoon("Klad lid Beekdal", o.demo.beekdal));
    REGIE_ASSIGN_OR_RETURN(Id persoon_lid_dijkstede,
                           persoon("Klad lid Dijkstede", o.demo.dijkstede));
    k.zet("persoon_lid", persoon_lid);
    k.zet("persoon_lid_dijkstede", persoon_lid_dijkstede);
    return Ok();
  };
  p.verzoek = [](Omgeving& o, const Rij& rij, const Klad& k, const std::string& label) {
    const std::string method = rij.method;
    const std::string pattern = rij.pattern;
    const bool elders = rij.doel == Doel::kAndereRegio;
    const Id regio = elders ? o.elders.regio : o.demo.regio;
    Id id = 0;
    if (pattern.find("/regios/") != std::string::npos) {
      id = regio;
    } else if (pattern.find("/organisaties/") != std::string::npos) {
      id = rij.doel == Doel::kBeekdal ? o.demo.beekdal : o.demo.dijkstede;
    } else if (pattern.find("/vertegenwoordigingen") != std::string::npos) {
      id = vertegenwoordiging_van(o, rij.doel, k);
    }
    const Id lid = elders                             ? o.elders.lid
                   : rij.doel == Doel::kKladDijkstede ? k["lid_dijkstede"]
                                                      : k["lid"];
    Verzoek v;
    v.pad = vervang(pattern, "{id}", std::to_string(id));
    v.pad = vervang(v.pad, "{lidId}", std::to_string(lid));
    if (method == "GET") return v;
    if (is_api(pattern)) {
      if (method == "PUT" || method == "DELETE") v.versie = versie_van(o, pattern, regio, id);
      if (method != "DELETE") {
        v.json = json_body(governance_velden_van(o, method, pattern, rij.doel, id, k, label),
                           {"opdrachtgeverId", "vertegenwoordigdeId", "regisseurPersoonId",
                            "persoonId", "organisatieId"});
      }
      return v;
    }
    if (pattern.find("verwijderen") == std::string::npos) {
      v.velden = governance_velden_van(o, method, pattern, rij.doel, id, k, label);
    }
    if (pattern.find("{") != std::string::npos || pattern == "/regio/projectgroep") {
      v.versie = versie_van(o, pattern, regio, id);
    }
    return v;
  };
  return p;
}

}  // namespace regie::e2e::matrix

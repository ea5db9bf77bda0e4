// The matrix of the register (GOV-1..GOV-3): the regio, organisaties with their
// deelnemerschappen, personen and rollen, over the API and in HTML. A form page answers 403 to
// an account that may not save it; a record the account may not see answers 404, never 403.
// Ownership: Beekdal makes no persoon or rol for Dijkstede, and nobody writes to a record of
// another regio. GOV-10: a gemeente records its own people and appoints its own rollen, the OD's
// directie the OD's people and rollen; accountmanagers record none.
#include "domain/governance/register_repository.hpp"
#include "route_matrix/matrix.hpp"

namespace regie::e2e::matrix {
namespace {

// The kind of record a pattern is about.
std::string soort_van(const std::string& pattern) {
  if (pattern.find("/regio") != std::string::npos) return "regio";
  if (pattern.find("/personen") != std::string::npos) return "persoon";
  if (pattern.find("/rollen") != std::string::npos) return "rol";
  return "organisatie";
}

Id doel_id(const Omgeving& o, const std::string& soort, Doel doel, const Klad& k) {
  auto pick = [&](Id org, Id persoon, Id rol) {
    return soort == "organisatie" ? org : soort == "persoon" ? persoon : rol;
  };
  if (doel == Doel::kAndereRegio) {
    const Elders& e = o.elders;
    return soort == "regio" ? e.regio : pick(e.organisatie, e.persoon, e.rol);
  }
  if (soort == "regio") return o.demo.regio;
  const Demo& d = o.demo;
  switch (doel) {
    case Doel::kOd:
      return pick(d.od, d.persoon_od, d.rol_od);
    case Doel::kBeekdal:
      return pick(d.beekdal, d.persoon_beekdal, d.rol_beekdal);
    case Doel::kDijkstede:
      return pick(d.dijkstede, d.persoon_dijkstede, d.rol_dijkstede);
    case Doel::kKlad:
      return pick(k["organisatie"], k["persoon"], k["rol"]);
    case Doel::kKladDijkstede:
      return pick(0, k["persoon_dijkstede"], k["rol_dijkstede"]);
    case Doel::kKladWeg:
      return pick(k["organisatie_weg"], k["persoon_weg"], k["rol_weg"]);
    case Doel::kKladWegDijkstede:
      return pick(0, k["persoon_weg_dijkstede"], k["rol_weg_dijkstede"]);
    default:
      return 0;
  }
}

std::int64_t versie_van(Omgeving& o, const std::string& soort, Id id) {
  if (soort == "regio") {
    auto uow = o.server.store().begin(Toegang::kLezen);
    if (!uow.ok()) return 0;
    auto regio = (*uow)->registry().get_regio(id);
    return regio.ok() ? regio->versie : 0;
  }
  if (soort == "persoon") return o.server.persoon_versie(id);
  if (soort == "rol") return o.server.rol_versie(id);
  return o.server.organisatie_versie(id);
}

// A valid, harmless body of the record kind; for kKladDijkstede a new record is Dijkstede's
// instead of Beekdal's.
Fields velden_van(const Omgeving& o, const std::string& method, const std::string& pattern,
                  Doel doel, Id id, const Klad& k, const std::string& label) {
  const bool create = method == "POST" && pattern.find("{id}") == std::string::npos;
  const bool voor_dijkstede = create && doel == Doel::kKladDijkstede;
  const std::string soort = soort_van(pattern);
  if (pattern.find("deelnemerschappen") != std::string::npos) {
    return {{"relatie", "niet_deelnemer"}, {"van", "2030-01-01"}};
  }
  if (soort == "regio") {
    return {{"naam", "Omgevingsdienst Regio Voorbeeld"},
            {"gemeenschappelijkeRegeling",
             "Gemeenschappelijke regeling Omgevingsdienst Regio Voorbeeld"},
            {"minimumUrenAmbtelijkOpdrachtgever", "450"}};
  }
  if (soort == "persoon") {
    bool dijkstede = id == k["persoon_dijkstede"] || voor_dijkstede;
    return {{"naam", (create ? "Nieuw " : "Gewijzigd ") + label},
            {"functie", "Adviseur"},
            {"organisatieId", std::to_string(dijkstede ? o.demo.dijkstede : o.demo.beekdal)}};
  }
  if (soort == "rol") {
    bool dijkstede = id == k["rol_dijkstede"] || voor_dijkstede;
    return {{"persoonId", std::to_string(dijkstede ? k["persoon_dijkstede"] : k["persoon"])},
            {"organisatieId", std::to_string(dijkstede ? o.demo.dijkstede : o.demo.beekdal)},
            {"soort", "beleidsadviseur"},
            {"van", "2024-01-01"},
            {"urenPerJaar", create ? "50" : "120"}};
  }
  return {{"naam", (create ? "Nieuw " : "Gewijzigd ") + label}, {"soort", "overig"}};
}

}  // namespace

Plak register_plak() {
  Plak p;
  p.lezen = {
      {"GET", "/api/v1/regios", Doel::kGeen, {401, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET", "/api/v1/regios/{id}", Doel::kGeen, {401, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET", "/api/v1/organisaties", Doel::kGeen, {401, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET",
       "/api/v1/organisaties/{id}",
       Doel::kOd,
       {401, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET",
       "/api/v1/organisaties/{id}",
       Doel::kBeekdal,
       {401, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET",
       "/api/v1/organisaties/{id}",
       Doel::kDijkstede,
       {401, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET",
       "/api/v1/organisaties/{id}/deelnemerschappen",
       Doel::kDijkstede,
       {401, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET", "/api/v1/personen", Doel::kGeen, {401, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET", "/api/v1/personen/{id}", Doel::kOd, {401, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET",
       "/api/v1/personen/{id}",
       Doel::kBeekdal,
       {401, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET",
       "/api/v1/personen/{id}",
       Doel::kDijkstede,
       {401, 200, 200, 200, 200, 200, 404, 404, 200}},
      {"GET", "/api/v1/rollen", Doel::kGeen, {401, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET", "/api/v1/rollen/{id}", Doel::kOd, {401, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET", "/api/v1/rollen/{id}", Doel::kBeekdal, {401, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET",
       "/api/v1/rollen/{id}",
       Doel::kDijkstede,
       {401, 200, 200, 200, 200, 200, 404, 404, 200}},
      {"GET", "/regio", Doel::kGeen, {kL, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET", "/regio/bewerken", Doel::kGeen, {kL, 200, 403, 403, 403, 403, 403, 403, 403}},
      {"GET", "/organisaties", Doel::kGeen, {kL, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET", "/organisaties/nieuw", Doel::kGeen, {kL, 200, 403, 403, 403, 403, 403, 403, 403}},
      {"GET", "/organisaties/{id}", Doel::kOd, {kL, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET", "/organisaties/{id}", Doel::kBeekdal, {kL, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET", "/organisaties/{id}", Doel::kDijkstede, {kL, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET",
       "/organisaties/{id}/bewerken",
       Doel::kBeekdal,
       {kL, 200, 403, 403, 403, 403, 403, 403, 403}},
      {"GET", "/personen", Doel::kGeen, {kL, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET", "/personen/nieuw", Doel::kGeen, {kL, 200, 403, 403, 200, 403, 200, 403, 403}},
      {"GET", "/personen/{id}", Doel::kOd, {kL, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET", "/personen/{id}", Doel::kBeekdal, {kL, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET", "/personen/{id}", Doel::kDijkstede, {kL, 200, 200, 200, 200, 200, 404, 404, 200}},
      {"GET", "/personen/{id}/bewerken", Doel::kOd, {kL, 200, 403, 403, 200, 403, 403, 403, 403}},
      {"GET",
       "/personen/{id}/bewerken",
       Doel::kBeekdal,
       {kL, 200, 403, 403, 403, 403, 200, 403, 403}},
      {"GET",
       "/personen/{id}/bewerken",
       Doel::kDijkstede,
       {kL, 200, 403, 403, 403, 403, 404, 404, 403}},
      {"GET", "/rollen", Doel::kGeen, {kL, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET", "/rollen/nieuw", Doel::kGeen, {kL, 200, 403, 403, 200, 403, 200, 403, 403}},
      {"GET", "/rollen/{id}", Doel::kOd, {kL, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET", "/rollen/{id}", Doel::kBeekdal, {kL, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET", "/rollen/{id}", Doel::kDijkstede, {kL, 200, 200, 200, 200, 200, 404, 404, 200}},
      {"GET", "/rollen/{id}/bewerken", Doel::kOd, {kL, 200, 403, 403, 200, 403, 403, 403, 403}},
      {"GET",
       "/rollen/{id}/bewerken",
       Doel::kBeekdal,
       {kL, 200, 403, 403, 403, 403, 200, 403, 403}},
      {"GET",
       "/rollen/{id}/bewerken",
       Doel::kDijkstede,
       {kL, 200, 403, 403, 403, 403, 404, 404, 403}},
      // Deletes ask first: the confirmation pages (GET), as guarded as the delete itself.
      {"GET",
       "/organisaties/{id}/verwijderen",
       Doel::kBeekdal,
       {kL, 200, 403, 403, 403, 403, 403, 403, 403}},
      {"GET",
       "/organisaties/{id}/deelnemerschappen/{deelnemerschapId}/verwijderen",
       Doel::kKlad,
       {kL, 200, 403, 403, 403, 403, 403, 403, 403}},
      {"GET",
       "/personen/{id}/verwijderen",
       Doel::kOd,
       {kL, 200, 403, 403, 200, 403, 403, 403, 403}},
      {"GET",
       "/personen/{id}/verwijderen",
       Doel::kBeekdal,
       {kL, 200, 403, 403, 403, 403, 200, 403, 403}},
      {"GET",
       "/personen/{id}/verwijderen",
       Doel::kDijkstede,
       {kL, 200, 403, 403, 403, 403, 404, 404, 403}},
      {"GET", "/rollen/{id}/verwijderen", Doel::kOd, {kL, 200, 403, 403, 200, 403, 403, 403, 403}},
      {"GET",
       "/rollen/{id}/verwijderen",
       Doel::kBeekdal,
       {kL, 200, 403, 403, 403, 403, 200, 403, 403}},
      {"GET",
       "/rollen/{id}/verwijderen",
       Doel::kDijkstede,
       {kL, 200, 403, 403, 403, 403, 404, 404, 403}},
  };
  p.schrijven = {
      {"PUT", "/api/v1/regios/{id}", Doel::kGeen, {401, 200, 403, 403, 403, 403, 403, 403, 403}},
      {"PUT",
       "/api/v1/regios/{id}",
       Doel::kAndereRegio,
       {401, 404, 404, 404, 404, 404, 404, 404, 404}},
      {"POST", "/api/v1/organisaties", Doel::kGeen, {401, 201, 403, 403, 403, 403, 403, 403, 403}},
      {"PUT",
       "/api/v1/organisaties/{id}",
       Doel::kKlad,
       {401, 200, 403, 403, 403, 403, 403, 403, 403}},
      {"PUT",
       "/api/v1/organisaties/{id}",
       Doel::kAndereRegio,
       {401, 404, 404, 404, 404, 404, 404, 404, 404}},
      {"POST",
       "/api/v1/organisaties/{id}/deelnemerschappen",
       Doel::kKlad,
       {401, 201, 403, 403, 403, 403, 403, 403, 403}},
      {"POST",
       "/api/v1/organisaties/{id}/deelnemerschappen",
       Doel::kAndereRegio,
       {401, 404, 404, 404, 404, 404, 404, 404, 404}},
      {"POST", "/api/v1/personen", Doel::kGeen, {401, 201, 403, 403, 403, 403, 201, 403, 403}},
      {"POST",
       "/api/v1/personen",
       Doel::kKladDijkstede,
       {401, 201, 403, 403, 403, 403, 403, 403, 403}},
      {"PUT", "/api/v1/personen/{id}", Doel::kKlad, {401, 200, 403, 403, 403, 403, 200, 403, 403}},
      {"PUT",
       "/api/v1/personen/{id}",
       Doel::kKladDijkstede,
       {401, 200, 403, 403, 403, 403, 404, 404, 403}},
      {"PUT",
       "/api/v1/personen/{id}",
       Doel::kAndereRegio,
       {401, 404, 404, 404, 404, 404, 404, 404, 404}},
      {"POST", "/api/v1/rollen", Doel::kGeen, {401, 201, 403, 403, 403, 403, 201, 403, 403}},
      {"POST",
       "/api/v1/rollen",
       Doel::kKladDijkstede,
       {401, 201, 403, 403, 403, 403, 403, 403, 403}},
      {"PUT", "/api/v1/rollen/{id}", Doel::kKlad, {401, 200, 403, 403, 403, 403, 200, 403, 403}},
      {"PUT",
       "/api/v1/rollen/{id}",
       Doel::kKladDijkstede,
       {401, 200, 403, 403, 403, 403, 404, 404, 403}},
      {"PUT",
       "/api/v1/rollen/{id}",
       Doel::kAndereRegio,
       {401, 404, 404, 404, 404, 404, 404, 404, 404}},
      {"POST", "/regio/bewerken", Doel::kGeen, {kL, kD, 403, 403, 403, 403, 403, 403, 403}},
      {"POST", "/organisaties", Doel::kGeen, {kL, kD, 403, 403, 403, 403, 403, 403, 403}},
      {"POST", "/organisaties/{id}", Doel::kKlad, {kL, kD, 403, 403, 403, 403, 403, 403, 403}},
      {"POST",
       "/organisaties/{id}",
       Doel::kAndereRegio,
       {kL, 404, 404, 404, 404, 404, 404, 404, 404}},
      {"POST",
       "/organisaties/{id}/deelnemerschappen",
       Doel::kKlad,
       {kL, kD, 403, 403, 403, 403, 403, 403, 403}},
      {"POST",
       "/organisaties/{id}/deelnemerschappen",
       Doel::kAndereRegio,
       {kL, 404, 404, 404, 404, 404, 404, 404, 404}},
      {"POST", "/personen", Doel::kGeen, {kL, kD, 403, 403, 403, 403, kD, 403, 403}},
      {"POST", "/personen", Doel::kKladDijkstede, {kL, kD, 403, 403, 403, 403, 403, 403, 403}},
      {"POST", "/personen/{id}", Doel::kKlad, {kL, kD, 403, 403, 403, 403, kD, 403, 403}},
      {"POST", "/personen/{id}", Doel::kKladDijkstede, {kL, kD, 403, 403, 403, 403, 404, 404, 403}},
      {"POST", "/personen/{id}", Doel::kAndereRegio, {kL, 404, 404, 404, 404, 404, 404, 404, 404}},
      {"POST", "/rollen", Doel::kGeen, {kL, kD, 403, 403, 403, 403, kD, 403, 403}},
      {"POST", "/rollen", Doel::kKladDijkstede, {kL, kD, 403, 403, 403, 403, 403, 403, 403}},
      {"POST", "/rollen/{id}", Doel::kKlad, {kL, kD, 403, 403, 403, 403, kD, 403, 403}},
      {"POST", "/rollen/{id}", Doel::kKladDijkstede, {kL, kD, 403, 403, 403, 403, 404, 404, 403}},
      {"POST", "/rollen/{id}", Doel::kAndereRegio, {kL, 404, 404, 404, 404, 404, 404, 404, 404}},
  };
  p.verwijderen = {
      {"DELETE",
       "/api/v1/organisaties/{id}/deelnemerschappen/{deelnemerschapId}",
       Doel::kKlad,
       {401, 204, 403, 403, 403, 403, 403, 403, 403}},
      {"DELETE",
       "/api/v1/organisaties/{id}/deelnemerschappen/{deelnemerschapId}",
       Doel::kAndereRegio,
       {401, 404, 404, 404, 404, 404, 404, 404, 404}},
      {"DELETE",
       "/api/v1/organisaties/{id}",
       Doel::kAndereRegio,
       {401, 404, 404, 404, 404, 404, 404, 404, 404}},
      {"DELETE",
       "/api/v1/rollen/{id}",
       Doel::kAndereRegio,
       {401, 404, 404, 404, 404, 404, 404, 404, 404}},
      {"DELETE",
       "/api/v1/personen/{id}",
       Doel::kAndereRegio,
       {401, 404, 404, 404, 404, 404, 404, 404, 404}},
      {"DELETE",
       "/api/v1/organisaties/{id}",
       Doel::kKladWeg,
       {401, 204, 403, 403, 403, 403, 403, 403, 403}},
      {"DELETE",
       "/api/v1/rollen/{id}",
       Doel::kKladWeg,
       {401, 204, 403, 403, 403, 403, 204, 403, 403}},
      {"DELETE",
       "/api/v1/rollen/{id}",
       Doel::kKladWegDijkstede,
       {401, 204, 403, 403, 403, 403, 404, 404, 403}},
      {"DELETE",
       "/api/v1/personen/{id}",
       Doel::kKladWeg,
       {401, 204, 403, 403, 403, 403, 204, 403, 403}},
      {"DELETE",
       "/api/v1/personen/{id}",
       Doel::kKladWegDijkstede,
       {401, 204, 403, 403, 403, 403, 404, 404, 403}},
      {"POST",
       "/organisaties/{id}/deelnemerschappen/{deelnemerschapId}/verwijderen",
       Doel::kKlad,
       {kL, kD, 403, 403, 403, 403, 403, 403, 403}},
      {"POST",
       "/organisaties/{id}/deelnemerschappen/{deelnemerschapId}/verwijderen",
       Doel::kAndereRegio,
       {kL, 404, 404, 404, 404, 404, 404, 404, 404}},
      {"POST",
       "/organisaties/{id}/verwijderen",
       Doel::kAndereRegio,
       {kL, 404, 404, 404, 404, 404, 404, 404, 404}},
      {"POST",
       "/rollen/{id}/verwijderen",
       Doel::kAndereRegio,
       {kL, 404, 404, 404, 404, 404, 404, 404, 404}},
      {"POST",
       "/personen/{id}/verwijderen",
       Doel::kAndereRegio,
       {kL, 404, 404, 404, 404, 404, 404, 404, 404}},
      {"POST",
       "/organisaties/{id}/verwijderen",
       Doel::kKladWeg,
       {kL, kD, 403, 403, 403, 403, 403, 403, 403}},
      {"POST",
       "/rollen/{id}/verwijderen",
       Doel::kKladWeg,
       {kL, kD, 403, 403, 403, 403, kD, 403, 403}},
      {"POST",
       "/rollen/{id}/verwijderen",
       Doel::kKladWegDijkstede,
       {kL, kD, 403, 403, 403, 403, 404, 404, 403}},
      {"POST",
       "/personen/{id}/verwijderen",
       Doel::kKladWeg,
       {kL, kD, 403, 403, 403, 403, kD, 403, 403}},
      {"POST",
       "/personen/{id}/verwijderen",
       Doel::kKladWegDijkstede,
       {kL, kD, 403, 403, 403, 403, 404, 404, 403}},
  };
  p.zonder_eigenaar = {
      {{"POST", "/api/v1/organisaties"}, "een nieuwe organisatie hoort bij de eigen regio"},
      {{"POST", "/organisaties"}, "een nieuwe organisatie hoort bij de eigen regio"},
      {{"POST", "/regio/bewerken"}, "altijd de eigen regio"},
  };
  // Made as beheerder through the service (not through the routes under test).
  p.klad = [](Omgeving& o, Klad& k, const std::string& label) -> Result<void> {
    REGIE_ASSIGN_OR_RETURN(auto ctx, o.server.context("beheerder"));
    auto& reg = o.server.register_service();
    REGIE_ASSIGN_OR_RETURN(
        auto org, reg.create_organisatie(ctx, {{"naam", "Klad " + label}, {"soort", "overig"}}));
    k.zet("organisatie", org.id);
    REGIE_ASSIGN_OR_RETURN(auto weg, reg.create_organisatie(ctx, {{"naam", "Klad weg " + label},
                                                                  {"soort", "overig"}}));
    k.zet("organisatie_weg", weg.id);
    REGIE_ASSIGN_OR_RETURN(
        auto dn,
        reg.create_deelnemerschap(
            ctx, org.id, {{"relatie", "deelnemer"}, {"van", "2020-01-01"}, {"tot", "2020-12-31"}}));
    k.zet("deelnemerschap", dn.id);
    auto persoon = [&](const std::string& naam, Id werkgever) -> Result<Id> {
      REGIE_ASSIGN_OR_RETURN(
          auto nieuw, reg.create_persoon(ctx, {{"naam", naam + " " + label},
                                               {"organisatieId", std::to_string(werkgever)}}));
      return nieuw.id;
    };
    // A beleidsadviseur for the organisatie.
    auto rol = [&](Id persoon_id, Id organisatie) -> Result<Id> {
      REGIE_ASSIGN_OR_RETURN(auto r,
                             reg.create_rol(ctx, {{"persoonId", std::to_string(persoon_id)},
                                                  {"organisatieId", std::to_string(organisatie)},
                                                  {"soort", "beleidsadviseur"},
                                                  {"van", "2024-01-01"},
                                                  {"urenPerJaar", "100"}}));
      return r.id;
    };
    const Demo& d = o.demo;
    REGIE_ASSIGN_OR_RETURN(Id p_beekdal, persoon("Klad Beekdal", d.beekdal));
    REGIE_ASSIGN_OR_RETURN(Id p_weg, persoon("Klad weg Beekdal", d.beekdal));
    REGIE_ASSIGN_OR_RETURN(Id p_dijkstede, persoon("Klad Dijkstede", d.dijkstede));
    REGIE_ASSIGN_OR_RETURN(Id p_weg_dijkstede, persoon("Klad weg Dijkstede", d.dijkstede));
    k.zet("persoon", p_beekdal);  // employed by Beekdal
    k.zet("persoon_weg", p_weg);
    k.zet("persoon_dijkstede", p_dijkstede);
    k.zet("persoon_weg_dijkstede", p_weg_dijkstede);
    REGIE_ASSIGN_OR_RETURN(Id r, rol(p_beekdal, d.beekdal));
    REGIE_ASSIGN_OR_RETURN(Id r_weg, rol(p_beekdal, d.beekdal));
    REGIE_ASSIGN_OR_RETURN(Id r_dijkstede, rol(p_dijkstede, d.dijkstede));
    REGIE_ASSIGN_OR_RETURN(Id r_weg_dijkstede, rol(p_dijkstede, d.dijkstede));
    k.zet("rol", r);
    k.zet("rol_weg", r_weg);
    k.zet("rol_dijkstede", r_dijkstede);
    k.zet("rol_weg_dijkstede", r_weg_dijkstede);
    return Ok();
  };
  p.verzoek = [](Omgeving& o, const Rij& rij, const Klad& k, const std::string& label) {
    const std::string method = rij.method;
    const std::string pattern = rij.pattern;
    const std::string soort = soort_van(pattern);
    const Id id = doel_id(o, soort, rij.doel, k);
    Verzoek v;
    v.pad = vervang(pattern, "{id}", std::to_string(id));
    v.pad = vervang(v.pad, "{deelnemerschapId}",
                    std::to_string(rij.doel == Doel::kAndereRegio ? o.elders.deelnemerschap
                                                                  : k["deelnemerschap"]));
    if (method == "GET") return v;
    const bool deelnemerschap = pattern.find("deelnemerschap") != std::string::npos;
    if (is_api(pattern)) {
      if (method == "PUT" || method == "DELETE") v.versie = versie_van(o, soort, id);
      if (method != "DELETE") {
        v.json = json_body(
            velden_van(o, method, pattern, rij.doel, id, k, label),
            {"urenPerJaar", "organisatieId", "persoonId", "minimumUrenAmbtelijkOpdrachtgever"});
      }
      return v;
    }
    if (pattern.find("verwijderen") == std::string::npos) {
      v.velden = velden_van(o, method, pattern, rij.doel, id, k, label);
    }
    if ((pattern.find("{id}") != std::string::npos || pattern == "/regio/bewerken") &&
        !deelnemerschap) {
      v.versie = versie_van(o, soort, id);
    }
    return v;
  };
  return p;
}

}  // namespace regie::e2e::matrix

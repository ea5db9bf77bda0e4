// The matrix of opdrachten (OPD-1..OPD-3): both sides draft; only the opdrachtgever side offers.
// A collectief opdracht is for the whole regio, so every account reads it. GOV-10: the OD side of
// an opdracht is its directie and the accountmanager registered for its opdrachtgever or
// deelnemer; Youssef El Amrani (am2), registered for other deelnemers, has no side on Beekdal's
// or Dijkstede's opdrachten.
#include "route_matrix/opdracht_rows.hpp"

#include "domain/opdrachten/opdracht.hpp"
#include "service/opdracht_service.hpp"
#include "web/app.hpp"

namespace regie::e2e::matrix {

Fields opdracht_velden(const Omgeving& o, const std::string& titel) {
  return {{"titel", titel},
          {"jaar", "2027"},
          {"opdrachtgeverId", std::to_string(o.demo.beekdal)},
          {"aanleiding", "De regionale strategie 2027-2030 is vastgesteld."},
          {"scope", "Alle milieutaken van het basistakenpakket."},
          {"doel", "95% van de vergunningen binnen de termijn."},
          {"activiteiten", "Vergunningverlening, toezicht en handhaving."},
          {"resultaat", "Een jaarverslag met de bereikte doelen."},
          {"sturingsvorm", "Via de accountmanager."},
          {"monitoring", "Per kwartaal een rapportage."},
          {"governance", "Het AB stelt vast."}};
}

Fields opdracht_velden_dijkstede(const Omgeving& o, const std::string& titel) {
  auto velden = opdracht_velden(o, titel);
  velden["opdrachtgeverId"] = std::to_string(o.demo.dijkstede);
  return velden;
}

Fields maatwerk_velden(const Omgeving& o, Fields velden) {
  velden["soort"] = "maatwerk";
  velden["deelnemerId"] = std::to_string(o.demo.dijkstede);
  velden["extraUren"] = "40";
  velden["extraFinanciering"] = "4000";
  return velden;
}

opdrachten::Lijsten opdracht_lijsten() {
  return {{"planning", {{{"omschrijving", "Start"}, {"datum", "2027-01-01"}}}},
          {"bemensing", {{{"rol", "Toezichthouder"}, {"uren", "100"}}}},
          {"financien", {{{"jaar", "2027"}, {"bedrag", "100000"}}}},
          {"stakeholders", {{{"naam", "Provincie"}, {"rol", "Bevoegd gezag"}}}},
          {"risicos",
           {{{"omschrijving", "Krapte"},
             {"kans", "hoog"},
             {"impact", "hoog"},
             {"beheersmaatregel", "Inhuur"}}}}};
}

std::int64_t opdracht_versie(Omgeving& o, Id id) {
  auto ctx = o.server.context("beheerder");
  if (!ctx.ok()) return 0;
  auto d = o.server.app()->services.opdrachten->opdracht(*ctx, id);
  return d.ok() ? d->opdracht.versie : 0;
}

Result<opdrachten::Opdracht> aanvaarde_opdracht(Omgeving& o, const Fields& velden) {
  REGIE_ASSIGN_OR_RETURN(auto am, o.server.context("accountmanager"));
  auto& opd = *o.server.app()->services.opdrachten;
  REGIE_ASSIGN_OR_RETURN(auto a, opd.create(am, velden, opdracht_lijsten()));
  // Offered by the ambtelijk opdrachtgever of the organisatie that gives it (GOV-10): Pieter de
  // Boer for Beekdal, Anouk Meijer for Dijkstede.
  REGIE_ASSIGN_OR_RETURN(
      auto og,
      o.server.context(a.opdrachtgever_id == o.demo.beekdal ? "opdrachtgever" : "anouk.meijer"));
  REGIE_ASSIGN_OR_RETURN(a, opd.create_overgang(og, a.id, a.versie, {{"stap", "aanbieden"}}));
  // OPD-8: the omgevingsdienst's interne afstemming comes before accepting.
  REGIE_TRY(o.server.app()->services.interne_afstemmingen->vastleggen(
      am, a.id,
      {{"teams", "Team toezicht"},
       {"capaciteit", "Voldoende uren vrij"},
       {"effecten", "Geen verschuiving van lopend werk"},
       {"uitkomst", "uitvoerbaar"}}));
  return opd.create_overgang(am, a.id, a.versie, {{"stap", "aanvaarden"}});
}

Plak opdracht_plak() {
  Plak p;
  p.lezen = {
      {"GET", "/api/v1/opdrachten", Doel::kGeen, {401, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET",
       "/api/v1/opdrachten/{id}",
       Doel::kKlad,
       {401, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET",
       "/api/v1/opdrachten/{id}/overgangen",
       Doel::kKlad,
       {401, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET", "/opdrachten", Doel::kGeen, {kL, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET", "/opdrachten/nieuw", Doel::kGeen, {kL, 403, 200, 200, 200, 403, 200, 403, 403}},
      {"GET", "/opdrachten/{id}", Doel::kKlad, {kL, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET",
       "/opdrachten/{id}/afdrukken",
       Doel::kKlad,
       {kL, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET",
       "/opdrachten/{id}/bewerken",
       Doel::kKladWeg,
       {kL, 403, 200, 200, 200, 403, 200, 403, 403}},
  };
  // kKladWeg is the scratch opdracht that is edited, kKlad the complete one that is offered.
  p.schrijven = {
      {"POST", "/api/v1/opdrachten", Doel::kGeen, {401, 403, 201, 403, 201, 403, 201, 403, 403}},
      {"PUT",
       "/api/v1/opdrachten/{id}",
       Doel::kKladWeg,
       {401, 403, 200, 403, 200, 403, 200, 403, 403}},
      {"POST",
       "/api/v1/opdrachten/{id}/overgangen",
       Doel::kKlad,
       {401, 403, 403, 403, 403, 403, 201, 403, 403}},
      // Ownership, OPD-2: maatwerk for Dijkstede (the OD may, Beekdal may not); Dijkstede's own
      // opdrachten; one of another regio.
      {"POST",
       "/api/v1/opdrachten",
       Doel::kKladDijkstede,
       {401, 403, 201, 403, 201, 403, 403, 403, 403}},
      {"PUT",
       "/api/v1/opdrachten/{id}",
       Doel::kKladDijkstede,
       {401, 403, 200, 403, 200, 403, 403, 403, 403}},
      {"PUT",
       "/api/v1/opdrachten/{id}",
       Doel::kMaatwerkDijkstede,
       {401, 403, 200, 403, 200, 403, 404, 404, 403}},
      {"PUT",
       "/api/v1/opdrachten/{id}",
       Doel::kAndereRegio,
       {401, 404, 404, 404, 404, 404, 404, 404, 404}},
      {"POST",
       "/api/v1/opdrachten/{id}/overgangen",
       Doel::kKladDijkstede,
       {401, 403, 403, 403, 403, 403, 403, 403, 403}},
      {"POST", "/opdrachten", Doel::kGeen, {kL, 403, kD, 403, kD, 403, kD, 403, 403}},
      {"POST", "/opdrachten/{id}", Doel::kKladWeg, {kL, 403, kD, 403, kD, 403, kD, 403, 403}},
      {"POST",
       "/opdrachten/{id}/stappen",
       Doel::kKlad,
       {kL, 403, 403, 403, 403, 403, kD, 403, 403}},
      {"POST", "/opdrachten", Doel::kKladDijkstede, {kL, 403, kD, 403, kD, 403, 403, 403, 403}},
      {"POST",
       "/opdrachten/{id}",
       Doel::kKladDijkstede,
       {kL, 403, kD, 403, kD, 403, 403, 403, 403}},
      {"POST",
       "/opdrachten/{id}",
       Doel::kMaatwerkDijkstede,
       {kL, 403, kD, 403, kD, 403, 404, 404, 403}},
      {"POST",
       "/opdrachten/{id}",
       Doel::kAndereRegio,
       {kL, 404, 404, 404, 404, 404, 404, 404, 404}},
      {"POST",
       "/opdrachten/{id}/stappen",
       Doel::kKladDijkstede,
       {kL, 403, 403, 403, 403, 403, 403, 403, 403}},
  };
  // Two collectief opdrachten of Beekdal drafted by the accountmanager; for the ownership rows a
  // complete collectief concept of Dijkstede and a maatwerk concept of Dijkstede.
  p.klad = [](Omgeving& o, Klad& k, const std::string& label) -> Result<void> {
    REGIE_ASSIGN_OR_RETURN(auto am, o.server.context("accountmanager"));
    auto& opd = *o.server.app()->services.opdrachten;
    auto velden = opdracht_velden(o, "Klad " + label);
    REGIE_ASSIGN_OR_RETURN(auto aanbieden, opd.create(am, velden, opdracht_lijsten()));
    REGIE_ASSIGN_OR_RETURN(auto wijzigen, opd.create(am, velden, opdracht_lijsten()));
    k.zet("opdracht", aanbieden.id);
    k.zet("opdracht_wijzigen", wijzigen.id);
    auto dijkstede = opdracht_velden_dijkstede(o, "Klad Dijkstede " + label);
    REGIE_ASSIGN_OR_RETURN(auto collectief, opd.create(am, dijkstede, opdracht_lijsten()));
    REGIE_ASSIGN_OR_RETURN(auto maatwerk,
                           opd.create(am, maatwerk_velden(o, dijkstede), opdracht_lijsten()));
    k.zet("opdracht_dijkstede", collectief.id);
    k.zet("maatwerk_dijkstede", maatwerk.id);
    return Ok();
  };
  p.verzoek = [](Omgeving& o, const Rij& rij, const Klad& k, const std::string& label) {
    const std::string method = rij.method;
    const std::string pattern = rij.pattern;
    Id id = 0;
    switch (rij.doel) {
      case Doel::kKladWeg:
        id = k["opdracht_wijzigen"];
        break;
      case Doel::kKladDijkstede:
        id = k["opdracht_dijkstede"];
        break;
      case Doel::kMaatwerkDijkstede:
        id = k["maatwerk_dijkstede"];
        break;
      case Doel::kAndereRegio:
        id = o.elders.opdracht;
        break;
      default:
        id = k["opdracht"];
    }
    Verzoek v;
    v.pad = vervang(pattern, "{id}", std::to_string(id));
    if (method == "GET") return v;
    const bool create = pattern.find("{id}") == std::string::npos;
    const bool stap = pattern.ends_with("/overgangen") || pattern.ends_with("/stappen");
    Fields velden = stap ? Fields{{"stap", "aanbieden"}}
                         : opdracht_velden(o, (create ? "Nieuw " : "Gewijzigd ") + label);
    // Ownership: a new opdracht is maatwerk for Dijkstede (OPD-2).
    if (create && rij.doel == Doel::kKladDijkstede) velden = maatwerk_velden(o, velden);
    if (is_api(pattern)) {
      if (method == "PUT" || stap) v.versie = opdracht_versie(o, id);
      v.json = json_body(
          velden, {"opdrachtgeverId", "jaar", "deelnemerId", "extraUren", "extraFinanciering"});
      return v;
    }
    v.velden = velden;
    if (!create) v.versie = opdracht_versie(o, id);
    return v;
  };
  return p;
}

}  // namespace regie::e2e::matrix

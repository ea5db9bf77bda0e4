// The matrix of the interne afstemming (OPD-8): whoever sees the opdracht reads it; the
// omgevingsdienst (accountmanagers, directie) records one on an offered opdracht, also on a
// collectief one given by Dijkstede; nobody else does.
#include "route_matrix/opdracht_rows.hpp"
#include "service/interne_afstemming_service.hpp"
#include "web/app.hpp"

namespace regie::e2e::matrix {
namespace {

Fields afstemming_velden(const std::string& label) {
  return {{"teams", "Team toezicht " + label},
          {"capaciteit", "Voldoende uren vrij"},
          {"effecten", "Geen verschuiving van lopend werk"},
          {"uitkomst", "uitvoerbaar"}};
}

}  // namespace

Plak interne_afstemming_plak() {
  Plak p;
  p.lezen = {
      {"GET",
       "/api/v1/opdrachten/{id}/interne-afstemmingen",
       Doel::kKlad,
       {401, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET",
       "/api/v1/opdrachten/{id}/interne-afstemmingen/{afstemmingId}",
       Doel::kKlad,
       {401, 200, 200, 200, 200, 200, 200, 200, 200}},
  };
  p.schrijven = {
      {"POST",
       "/api/v1/opdrachten/{id}/interne-afstemmingen",
       Doel::kKlad,
       {401, 403, 201, 201, 201, 403, 403, 403, 403}},
      {"POST",
       "/api/v1/opdrachten/{id}/interne-afstemmingen",
       Doel::kKladDijkstede,
       {401, 403, 201, 201, 201, 403, 403, 403, 403}},
      {"POST",
       "/opdrachten/{id}/interne-afstemmingen",
       Doel::kKlad,
       {kL, 403, kD, kD, kD, 403, 403, 403, 403}},
      {"POST",
       "/opdrachten/{id}/interne-afstemmingen",
       Doel::kKladDijkstede,
       {kL, 403, kD, kD, kD, 403, 403, 403, 403}},
  };
  // A collectief opdracht of Beekdal and one of Dijkstede, each offered by its gemeente's
  // opdrachtgever, the first with an afstemming of the directie.
  p.klad = [](Omgeving& o, Klad& k, const std::string& label) -> Result<void> {
    REGIE_ASSIGN_OR_RETURN(auto am, o.server.context("accountmanager"));
    REGIE_ASSIGN_OR_RETURN(auto directie, o.server.context("directie"));
    auto& opd = *o.server.app()->services.opdrachten;
    auto aangeboden = [&](const Fields& velden, const std::string& og) -> Result<Id> {
      REGIE_ASSIGN_OR_RETURN(auto a, opd.create(am, velden, opdracht_lijsten()));
      REGIE_ASSIGN_OR_RETURN(auto ctx, o.server.context(og));
      REGIE_ASSIGN_OR_RETURN(a, opd.create_overgang(ctx, a.id, a.versie, {{"stap", "aanbieden"}}));
      return a.id;
    };
    REGIE_ASSIGN_OR_RETURN(auto beekdal,
                           aangeboden(opdracht_velden(o, "Afstemming " + label), "opdrachtgever"));
    REGIE_ASSIGN_OR_RETURN(
        auto dijkstede,
        aangeboden(opdracht_velden_dijkstede(o, "Afstemming Dijkstede " + label), "anouk.meijer"));
    REGIE_ASSIGN_OR_RETURN(auto a, o.server.app()->services.interne_afstemmingen->vastleggen(
                                       directie, beekdal, afstemming_velden(label)));
    k.zet("opdracht_afstemming", beekdal);
    k.zet("opdracht_afstemming_dijkstede", dijkstede);
    k.zet("afstemming", a.id);
    return Ok();
  };
  p.verzoek = [](Omgeving&, const Rij& rij, const Klad& k, const std::string& label) {
    const bool dijkstede = rij.doel == Doel::kKladDijkstede;
    Verzoek v;
    v.pad = vervang(
        rij.pattern, "{id}",
        std::to_string(dijkstede ? k["opdracht_afstemming_dijkstede"] : k["opdracht_afstemming"]));
    v.pad = vervang(v.pad, "{afstemmingId}", std::to_string(k["afstemming"]));
    if (std::string(rij.method) == "GET") return v;
    if (is_api(rij.pattern)) {
      v.json = json_body(afstemming_velden(label), {});
    } else {
      v.velden = afstemming_velden(label);
    }
    return v;
  };
  return p;
}

}  // namespace regie::e2e::matrix

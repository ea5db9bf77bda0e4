// The matrix of the programmakoppelingen (OPD-4, OPD-7): whoever sees the opdracht reads them;
// either side of the opdracht chooses its lines; nobody else does. The scratch: a concept
// collective opdracht 2027 of Beekdal and one of Dijkstede, with no lines yet (version 0); the
// rows choose the demo programme's regionaal line RG-01.
#include "route_matrix/opdracht_rows.hpp"
#include "web/app.hpp"

namespace regie::e2e::matrix {

Plak koppeling_plak() {
  Plak p;
  p.lezen = {
      {"GET",
       "/api/v1/opdrachten/{id}/programmaregels",
       Doel::kKlad,
       {401, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET",
       "/opdrachten/{id}/programmaregels",
       Doel::kKlad,
       {kL, 403, 200, 200, 200, 403, 200, 403, 403}},
  };
  p.schrijven = {
      {"PUT",
       "/api/v1/opdrachten/{id}/programmaregels",
       Doel::kKlad,
       {401, 403, 200, 200, 200, 403, 200, 403, 403}},
      {"PUT",
       "/api/v1/opdrachten/{id}/programmaregels",
       Doel::kKladDijkstede,
       {401, 403, 200, 200, 200, 403, 403, 403, 403}},
      {"POST",
       "/opdrachten/{id}/programmaregels",
       Doel::kKlad,
       {kL, 403, kD, kD, kD, 403, kD, 403, 403}},
      {"POST",
       "/opdrachten/{id}/programmaregels",
       Doel::kKladDijkstede,
       {kL, 403, kD, kD, kD, 403, 403, 403, 403}},
  };
  p.klad = [](Omgeving& o, Klad& k, const std::string& label) -> Result<void> {
    REGIE_ASSIGN_OR_RETURN(auto am, o.server.context("accountmanager"));
    auto& opd = *o.server.app()->services.opdrachten;
    REGIE_ASSIGN_OR_RETURN(
        auto beekdal, opd.create(am, opdracht_velden(o, "Regels " + label), opdracht_lijsten()));
    REGIE_ASSIGN_OR_RETURN(auto dijkstede,
                           opd.create(am, opdracht_velden_dijkstede(o, "Regels Dijkstede " + label),
                                      opdracht_lijsten()));
    k.zet("opdracht_regels", beekdal.id);
    k.zet("opdracht_regels_dijkstede", dijkstede.id);
    return Ok();
  };
  p.verzoek = [](Omgeving&, const Rij& rij, const Klad& k, const std::string&) {
    const bool dijkstede = rij.doel == Doel::kKladDijkstede;
    Verzoek v;
    v.pad =
        vervang(rij.pattern, "{id}",
                std::to_string(dijkstede ? k["opdracht_regels_dijkstede"] : k["opdracht_regels"]));
    if (std::string(rij.method) == "GET") return v;
    v.versie = 0;  // the scratch opdracht has no lines yet
    if (is_api(rij.pattern)) {
      v.json = R"({"regels": [{"productcode": "RG-01"}]})";
    } else {
      v.velden = {{"regel:RG-01:0", "ja"}};
    }
    return v;
  };
  return p;
}

}  // namespace regie::e2e::matrix

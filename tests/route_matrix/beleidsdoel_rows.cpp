// The matrix of the beleidsdoelen (OPD-7): whoever sees the opdracht reads them; either side of
// the opdracht names one or removes one; nobody else does. The scratch: a concept opdracht of
// Beekdal and one of Dijkstede, the first naming the demo's risicoanalyse; the rows name the
// demo's strategy and remove the risicoanalyse.
#include "route_matrix/opdracht_rows.hpp"
#include "service/beleidscyclus_service.hpp"
#include "service/beleidsdoel_service.hpp"
#include "web/app.hpp"

namespace regie::e2e::matrix {
namespace {

// The adopted product of the demo's step `code`.
Result<Id> product_id(Omgeving& o, const service::Context& ctx, beleidscyclus::StapCode code) {
  auto& cyclus = *o.server.app()->services.beleidscyclus;
  REGIE_ASSIGN_OR_RETURN(auto c, cyclus.cyclus(ctx, o.demo.regio));
  for (const auto& s : c.stappen) {
    if (s.code != code) continue;
    REGIE_ASSIGN_OR_RETURN(auto detail, cyclus.stap(ctx, o.demo.regio, s.id));
    if (detail.product) return detail.product->id;
  }
  return Error::not_found("demo: geen product van " + std::string(beleidscyclus::code(code)));
}

Fields doel_velden(Id document_id, const std::string& label) {
  return {{"documentId", std::to_string(document_id)}, {"beleidskeuzes", "Prioriteit " + label}};
}

}  // namespace

Plak beleidsdoel_plak() {
  Plak p;
  p.lezen = {
      {"GET",
       "/api/v1/opdrachten/{id}/beleidsdoelen",
       Doel::kKlad,
       {401, 200, 200, 200, 200, 200, 200, 200, 200}},
  };
  p.schrijven = {
      {"POST",
       "/api/v1/opdrachten/{id}/beleidsdoelen",
       Doel::kKlad,
       {401, 403, 201, 201, 201, 403, 201, 403, 403}},
      {"POST",
       "/api/v1/opdrachten/{id}/beleidsdoelen",
       Doel::kKladDijkstede,
       {401, 403, 201, 201, 201, 403, 403, 403, 403}},
      {"POST",
       "/opdrachten/{id}/beleidsdoelen",
       Doel::kKlad,
       {kL, 403, kD, kD, kD, 403, kD, 403, 403}},
      {"POST",
       "/opdrachten/{id}/beleidsdoelen",
       Doel::kKladDijkstede,
       {kL, 403, kD, kD, kD, 403, 403, 403, 403}},
  };
  p.verwijderen = {
      {"DELETE",
       "/api/v1/opdrachten/{id}/beleidsdoelen/{beleidsdoelId}",
       Doel::kKlad,
       {401, 403, 204, 204, 204, 403, 204, 403, 403}},
      {"DELETE",
       "/api/v1/opdrachten/{id}/beleidsdoelen/{beleidsdoelId}",
       Doel::kKladDijkstede,
       {401, 403, 204, 204, 204, 403, 403, 403, 403}},
      {"POST",
       "/opdrachten/{id}/beleidsdoelen/{beleidsdoelId}/verwijderen",
       Doel::kKlad,
       {kL, 403, kD, kD, kD, 403, kD, 403, 403}},
      {"POST",
       "/opdrachten/{id}/beleidsdoelen/{beleidsdoelId}/verwijderen",
       Doel::kKladDijkstede,
       {kL, 403, kD, kD, kD, 403, 403, 403, 403}},
  };
  p.klad = [](Omgeving& o, Klad& k, const std::string& label) -> Result<void> {
    REGIE_ASSIGN_OR_RETURN(auto am, o.server.context("accountmanager"));
    auto& opd = *o.server.app()->services.opdrachten;
    auto& doelen = *o.server.app()->services.beleidsdoelen;
    REGIE_ASSIGN_OR_RETURN(Id analyse,
                           product_id(o, am, beleidscyclus::StapCode::kStrategischBeleidskader));
    REGIE_ASSIGN_OR_RETURN(Id strategie,
                           product_id(o, am, beleidscyclus::StapCode::kOperationeelBeleidskader));
    REGIE_ASSIGN_OR_RETURN(
        auto beekdal, opd.create(am, opdracht_velden(o, "Beleid " + label), opdracht_lijsten()));
    REGIE_ASSIGN_OR_RETURN(auto dijkstede,
                           opd.create(am, opdracht_velden_dijkstede(o, "Beleid Dijkstede " + label),
                                      opdracht_lijsten()));
    REGIE_ASSIGN_OR_RETURN(auto a, doelen.koppelen(am, beekdal.id, doel_velden(analyse, label)));
    REGIE_ASSIGN_OR_RETURN(auto b, doelen.koppelen(am, dijkstede.id, doel_velden(analyse, label)));
    k.zet("opdracht_beleid", beekdal.id);
    k.zet("opdracht_beleid_dijkstede", dijkstede.id);
    k.zet("beleidsdoel", a.id);
    k.zet("beleidsdoel_dijkstede", b.id);
    k.zet("strategie", strategie);
    return Ok();
  };
  p.verzoek = [](Omgeving&, const Rij& rij, const Klad& k, const std::string& label) {
    const bool dijkstede = rij.doel == Doel::kKladDijkstede;
    Verzoek v;
    v.pad =
        vervang(rij.pattern, "{id}",
                std::to_string(dijkstede ? k["opdracht_beleid_dijkstede"] : k["opdracht_beleid"]));
    v.pad = vervang(v.pad, "{beleidsdoelId}",
                    std::to_string(dijkstede ? k["beleidsdoel_dijkstede"] : k["beleidsdoel"]));
    const std::string method = rij.method;
    if (method == "GET" || method == "DELETE" ||
        std::string_view(rij.pattern).ends_with("/verwijderen"))
      return v;
    if (is_api(rij.pattern)) {
      v.json = json_body(doel_velden(k["strategie"], label), {"documentId"});
    } else {
      v.velden = doel_velden(k["strategie"], label);
    }
    return v;
  };
  return p;
}

}  // namespace regie::e2e::matrix

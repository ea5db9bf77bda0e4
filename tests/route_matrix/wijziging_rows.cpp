// The matrix of versions and wijzigingsverzoeken (OPD-5): whoever sees the opdracht reads them;
// either side proposes; only the opdrachtgever aligns and decides (afwijzen here). The scratch
// record is an opdracht offered by Beekdal and accepted, with an open verzoek of the OD; for the
// ownership rows the same of Dijkstede.
#include <nlohmann/json.hpp>

#include "route_matrix/opdracht_rows.hpp"
#include "service/opdracht_service.hpp"
#include "web/app.hpp"

namespace regie::e2e::matrix {
namespace {

std::int64_t verzoek_versie(Omgeving& o, Id id, Id verzoek) {
  auto ctx = o.server.context("beheerder");
  if (!ctx.ok()) return 0;
  auto d = o.server.app()->services.opdrachten->wijzigingsverzoek(*ctx, id, verzoek);
  return d.ok() ? d->verzoek.versie : 0;
}

}  // namespace

Plak wijziging_plak() {
  Plak p;
  p.lezen = {
      {"GET",
       "/api/v1/opdrachten/{id}/versies",
       Doel::kKlad,
       {401, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET",
       "/api/v1/opdrachten/{id}/versies/{nummer}",
       Doel::kKlad,
       {401, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET",
       "/api/v1/opdrachten/{id}/vergelijkingen",
       Doel::kKlad,
       {401, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET",
       "/api/v1/opdrachten/{id}/wijzigingsverzoeken",
       Doel::kKlad,
       {401, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET",
       "/api/v1/opdrachten/{id}/wijzigingsverzoeken/{verzoekId}",
       Doel::kKlad,
       {401, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET",
       "/opdrachten/{id}/versies/{nummer}",
       Doel::kKlad,
       {kL, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET",
       "/opdrachten/{id}/vergelijking",
       Doel::kKlad,
       {kL, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET",
       "/opdrachten/{id}/wijzigingsverzoeken/nieuw",
       Doel::kKlad,
       {kL, 403, 200, 200, 200, 403, 200, 403, 403}},
      {"GET",
       "/opdrachten/{id}/wijzigingsverzoeken/{verzoekId}",
       Doel::kKlad,
       {kL, 200, 200, 200, 200, 200, 200, 200, 200}},
  };
  p.schrijven = {
      {"POST",
       "/api/v1/opdrachten/{id}/wijzigingsverzoeken",
       Doel::kKlad,
       {401, 403, 201, 201, 201, 403, 201, 403, 403}},
      {"PUT",
       "/api/v1/opdrachten/{id}/wijzigingsverzoeken/{verzoekId}/afstemming",
       Doel::kKlad,
       {401, 403, 403, 403, 403, 403, 200, 403, 403}},
      {"POST",
       "/api/v1/opdrachten/{id}/wijzigingsverzoeken/{verzoekId}/besluiten",
       Doel::kKlad,
       {401, 403, 403, 403, 403, 403, 201, 403, 403}},
      // Ownership: Dijkstede's opdracht; the OD proposes, Beekdal neither proposes nor decides.
      {"POST",
       "/api/v1/opdrachten/{id}/wijzigingsverzoeken",
       Doel::kAanvaardDijkstede,
       {401, 403, 201, 201, 201, 403, 403, 403, 403}},
      {"PUT",
       "/api/v1/opdrachten/{id}/wijzigingsverzoeken/{verzoekId}/afstemming",
       Doel::kAanvaardDijkstede,
       {401, 403, 403, 403, 403, 403, 403, 403, 403}},
      {"POST",
       "/api/v1/opdrachten/{id}/wijzigingsverzoeken/{verzoekId}/besluiten",
       Doel::kAanvaardDijkstede,
       {401, 403, 403, 403, 403, 403, 403, 403, 403}},
      {"POST",
       "/opdrachten/{id}/wijzigingsverzoeken",
       Doel::kKlad,
       {kL, 403, kD, kD, kD, 403, kD, 403, 403}},
      {"POST",
       "/opdrachten/{id}/wijzigingsverzoeken/{verzoekId}/afstemming",
       Doel::kKlad,
       {kL, 403, 403, 403, 403, 403, kD, 403, 403}},
      {"POST",
       "/opdrachten/{id}/wijzigingsverzoeken/{verzoekId}/besluit",
       Doel::kKlad,
       {kL, 403, 403, 403, 403, 403, kD, 403, 403}},
      {"POST",
       "/opdrachten/{id}/wijzigingsverzoeken",
       Doel::kAanvaardDijkstede,
       {kL, 403, kD, kD, kD, 403, 403, 403, 403}},
      {"POST",
       "/opdrachten/{id}/wijzigingsverzoeken/{verzoekId}/afstemming",
       Doel::kAanvaardDijkstede,
       {kL, 403, 403, 403, 403, 403, 403, 403, 403}},
      {"POST",
       "/opdrachten/{id}/wijzigingsverzoeken/{verzoekId}/besluit",
       Doel::kAanvaardDijkstede,
       {kL, 403, 403, 403, 403, 403, 403, 403, 403}},
  };
  p.klad = [](Omgeving& o, Klad& k, const std::string& label) -> Result<void> {
    REGIE_ASSIGN_OR_RETURN(auto am, o.server.context("accountmanager"));
    // An accepted opdracht of `velden` with an open verzoek of the OD on its scope, kept as
    // opdracht_aanvaard<achter> and verzoek<achter>.
    auto met_verzoek = [&](const Fields& velden, const std::string& scope,
                           const std::string& achter) -> Result<void> {
      REGIE_ASSIGN_OR_RETURN(auto aanvaard, aanvaarde_opdracht(o, velden));
      auto voorstel = velden;
      voorstel["scope"] = scope + " " + label;
      voorstel["aspecten"] = "scope";
      voorstel["omschrijving"] = scope + " " + label;
      REGIE_ASSIGN_OR_RETURN(auto w, o.server.app()->services.opdrachten->indienen(
                                         am, aanvaard.id, voorstel, opdracht_lijsten()));
      k.zet("opdracht_aanvaard" + achter, aanvaard.id);
      k.zet("verzoek" + achter, w.id);
      return Ok();
    };
    REGIE_TRY(met_verzoek(opdracht_velden(o, "Klad " + label), "Ook het asbesttoezicht", ""));
    return met_verzoek(opdracht_velden_dijkstede(o, "Klad Dijkstede " + label), "Ook bodem",
                       "_dijkstede");
  };
  p.verzoek = [](Omgeving& o, const Rij& rij, const Klad& k, const std::string& label) {
    const std::string method = rij.method;
    const std::string pattern = rij.pattern;
    const bool dijkstede = rij.doel == Doel::kAanvaardDijkstede;
    const Id id = dijkstede ? k["opdracht_aanvaard_dijkstede"] : k["opdracht_aanvaard"];
    const Id verzoek_id = dijkstede ? k["verzoek_dijkstede"] : k["verzoek"];
    const bool api = is_api(pattern);
    Verzoek v;
    v.pad = vervang(pattern, "{id}", std::to_string(id));
    v.pad = vervang(v.pad, "{verzoekId}", std::to_string(verzoek_id));
    v.pad = vervang(v.pad, "{nummer}", "1");
    if (pattern.ends_with("/vergelijkingen") || pattern.ends_with("/vergelijking")) {
      v.pad += "?van=1&naar=1";
    }
    if (method == "GET") return v;
    const bool verzoek = pattern.find("{verzoekId}") != std::string::npos;
    Fields velden;
    if (pattern.ends_with("/afstemming")) {
      velden = {
          {"met", "Beleidsafdeling milieu"}, {"datum", "2027-03-02"}, {"uitkomst", "Akkoord"}};
    } else if (verzoek) {
      velden = {{"besluit", "afwijzen"}, {"beoordeling", "Past niet " + label}};
    } else {
      velden = opdracht_velden(o, "Klad");
      velden["scope"] = "Gewijzigd " + label;
      velden[api ? "aspecten" : "aspect-scope"] = api ? "scope" : "ja";
      velden["omschrijving"] = "Verzoek " + label;
      // The voorstel keeps every part (OPD-5): the form sends the list parts as rows of fields,
      // the API as arrays of objects.
      if (!api) {
        for (const auto& [lijst, rijen] : opdracht_lijsten()) {
          for (std::size_t i = 0; i < rijen.size(); ++i) {
            for (const auto& [veld, waarde] : rijen[i]) {
              velden[lijst + "[" + std::to_string(i + 1) + "]." + veld] = waarde;
            }
          }
        }
      }
    }
    if (api) {
      if (verzoek) v.versie = verzoek_versie(o, id, verzoek_id);
      v.json = json_body(velden, {"opdrachtgeverId", "jaar"}, {"aspecten"});
      if (!verzoek) {
        auto body = nlohmann::json::parse(v.json);
        for (const auto& [lijst, rijen] : opdracht_lijsten()) {
          for (const auto& rij_velden : rijen) {
            body[lijst].push_back(
                nlohmann::json::parse(json_body(rij_velden, {"uren", "bedrag", "jaar"})));
          }
        }
        v.json = body.dump();
      }
      return v;
    }
    v.velden = velden;
    v.versie = verzoek ? verzoek_versie(o, id, verzoek_id) : opdracht_versie(o, id);
    return v;
  };
  return p;
}

}  // namespace regie::e2e::matrix

// MON-3 and GOV-12 over the API (decision 48): the afwijkingssignalen of the regio, one signaal
// with the opdrachten it shows on, the bijsturingsvoorstel and the besluit (both with If-Match).
#include "core/text.hpp"
#include "service/afwijking_service.hpp"
#include "web/api/api_routes.hpp"
#include "web/api/monitoring_json.hpp"
#include "web/api/support.hpp"

namespace regie::web::api {
namespace {

using namespace doc;
using monitoring::Afwijkingssignaal;

std::string afwijking_href(Id id) { return "/api/v1/afwijkingen/" + std::to_string(id); }

json signaal_json(const Afwijkingssignaal& s) {
  json voorstel = nullptr;
  if (s.voorstel) {
    voorstel = {{"maatregel", s.voorstel->maatregel},
                {"gevolgen", s.voorstel->gevolgen},
                {"afgestemdMet", s.voorstel->afgestemd_met},
                {"meerkosten", s.voorstel->meerkosten_cents},
                {"door", s.voorstel->door},
                {"op", s.voorstel->op}};
  }
  json besluit = nullptr;
  if (s.besluit) {
    besluit = {{"besluit", std::string(code(s.besluit->besluit))},
               {"toelichting", s.besluit->toelichting},
               {"door", s.besluit->door},
               {"mandaat", s.besluit->mandaat},
               {"op", s.besluit->op}};
  }
  return {{"id", s.id},
          {"jaar", s.jaar},
          {"deelnemerId", s.deelnemer_id},
          {"soort", std::string(programma::code(s.soort))},
          {"status", std::string(code(s.status))},
          {"verstrekenMaanden", s.peilmaand},
          {"tolerantieProcent", s.tolerantie},
          {"prognosemethode", std::string(code(s.methode))},
          {"plan", telling_json(s.plan)},
          {"realisatie", telling_json(s.realisatie)},
          {"prognose", telling_json(s.prognose)},
          {"afwijkingUren", std::string(code(s.uren))},
          {"afwijkingAantal", std::string(code(s.aantal))},
          {"afwijkingBedrag", std::string(code(s.bedrag))},
          {"gesignaleerdOp", s.gesignaleerd_op},
          {"bijgewerktOp", s.bijgewerkt_op},
          {"bijsturingsvoorstel", voorstel},
          {"besluit", besluit},
          {"versie", s.versie},
          {"_links", {{"self", {{"href", afwijking_href(s.id)}}}}}};
}

json regel_json(const service::AfwijkingRegel& r) {
  json j = signaal_json(r.signaal);
  j["deelnemer"] = r.deelnemer_naam;
  j["magVoorstellen"] = r.mag_voorstellen;
  j["magBeslissen"] = r.mag_beslissen;
  return j;
}

Response list_afwijkingen(const App& app, const Context& ctx, Request& req) {
  auto q = req.query_params();
  std::vector<FieldError> fouten;
  service::AfwijkingVraag vraag;
  if (auto j = query_int(q, "jaar", programma::kEersteJaar, programma::kLaatsteJaar, fouten)) {
    vraag.jaar = static_cast<std::int32_t>(*j);
  }
  vraag.deelnemer = query_id(q, "deelnemerId", fouten);
  if (auto it = q.find("status"); it != q.end()) {
    if (it->second == "lopend") {
      vraag.alleen_lopend = true;
    } else if (!it->second.empty()) {
      fouten.push_back({"status", "fout.ongeldige_keuze"});
    }
  }
  if (!fouten.empty()) return invalid_query(fouten, req);
  auto lijst = app.services.afwijkingen->afwijkingen(ctx, vraag);
  if (!lijst.ok()) return error_response(lijst.error(), req);
  json items = json::array();
  for (const auto& r : *lijst) items.push_back(regel_json(r));
  return unpaged_list(req.path, "afwijkingen", std::move(items));
}

Response get_afwijking(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  auto d = app.services.afwijkingen->afwijking(ctx, *id);
  if (!d.ok()) return error_response(d.error(), req);
  json j = regel_json(d->regel);
  json opdrachten = json::array();
  for (const auto& o : d->opdrachten) {
    opdrachten.push_back(
        {{"id", o.id}, {"titel", o.titel}, {"href", "/api/v1/opdrachten/" + std::to_string(o.id)}});
  }
  j["opdrachten"] = opdrachten;
  Response res = json_response(200, j);
  set_etag(res, d->regel.signaal.versie);
  return res;
}

const auto kSignaalJson = [](const Afwijkingssignaal& s) { return signaal_json(s); };

// MON-3: the voorstel; an amount in cents (meerkosten), as everywhere in the API.
Response put_voorstel(const App& app, const Context& ctx, Request& req) {
  Response bad;
  auto w = schrijven(req, true, bad);
  if (!w) return bad;
  return single(app.services.afwijkingen->voorstellen(ctx, w->id, w->versie, w->fields), req,
                kSignaalJson);
}

Response post_besluit(const App& app, const Context& ctx, Request& req) {
  Response bad;
  auto w = schrijven(req, true, bad);
  if (!w) return bad;
  return single(app.services.afwijkingen->beslissen(ctx, w->id, w->versie, w->fields), req,
                kSignaalJson);
}

json afwijking_schemas() {
  json s;
  json voorstel = {{"type", "object"},
                   {"nullable", true},
                   {"description", "MON-3: het bijsturingsvoorstel; null zolang er geen is"},
                   {"properties",
                    {{"maatregel", string_prop("Wat er verandert")},
                     {"gevolgen", string_prop("Wat het betekent voor programma en deelnemer")},
                     {"afgestemdMet", string_prop("De opdrachtgever met wie het is opgesteld")},
                     {"meerkosten", int_prop("Kosten bovenop het plan, in centen")},
                     {"door", string_prop("De accountmanager, met de rol")},
                     {"op", string_prop("Tijdstip (UTC)", "date-time")}}}};
  json besluit = {{"type", "object"},
                  {"nullable", true},
                  {"description", "MON-3, GOV-12: het besluit; null zolang er geen is"},
                  {"properties",
                   {{"besluit", enum_prop("Het besluit", {"akkoord", "aangepast", "afgewezen"})},
                    {"toelichting", string_prop("Waarom; bij aangepast: wat is aangepast")},
                    {"door", string_prop("Wie, met de rol")},
                    {"mandaat", string_prop("GOV-12: op wiens mandaat")},
                    {"op", string_prop("Tijdstip (UTC)", "date-time")}}}};
  json band = enum_prop("Ten opzichte van de tolerantieband", {"binnen", "boven", "onder"});
  json signaal = {
      {"id", int_prop("Identificatie")},
      {"jaar", int_prop("Het jaar")},
      {"deelnemerId", int_prop("De deelnemer")},
      {"deelnemer", string_prop("Naam van de deelnemer")},
      {"soort", enum_prop("Collectief of specifiek", {"collectief", "specifiek"})},
      {"status", enum_prop("Open, met voorstel, besloten of vervallen",
                           {"open", "voorstel", "besloten", "vervallen"})},
      {"verstrekenMaanden", int_prop("Verstreken maanden bij de laatste vergelijking")},
      {"tolerantieProcent", int_prop("De tolerantieband, plus en min")},
      {"prognosemethode", enum_prop("Hoe de prognose is bepaald", {"geen", "lineair", "seizoen"})},
      {"plan", ref("Telling")},
      {"realisatie", ref("Telling")},
      {"prognose", ref("Telling")},
      {"afwijkingUren", band},
      {"afwijkingAantal", band},
      {"afwijkingBedrag", band},
      {"gesignaleerdOp", string_prop("Gesignaleerd (UTC)", "date-time")},
      {"bijgewerktOp", string_prop("Laatst bijgewerkt door een import (UTC)", "date-time")},
      {"bijsturingsvoorstel", voorstel},
      {"besluit", besluit},
      {"magVoorstellen", {{"type", "boolean"}, {"description", "Of de vrager mag voorstellen"}}},
      {"magBeslissen", {{"type", "boolean"}, {"description", "Of de vrager mag besluiten"}}},
      {"versie", int_prop("Versie (ook de ETag)")},
      {"_links", {{"type", "object"}, {"properties", {{"self", ref("Link")}}}}}};
  s["Afwijkingssignaal"] = {
      {"type", "object"},
      {"description",
       "MON-3: realisatie of prognose van een deelnemer buiten de tolerantieband, met "
       "bijsturingsvoorstel en besluit."},
      {"properties", signaal}};
  json detail = signaal;
  detail["opdrachten"] = {{"type", "array"},
                          {"description", "De opdrachten waarbij het signaal staat"},
                          {"items",
                           {{"type", "object"},
                            {"properties",
                             {{"id", int_prop("De opdracht")},
                              {"titel", string_prop("Titel")},
                              {"href", string_prop("Adres in de API")}}}}}};
  s["AfwijkingssignaalDetail"] = {{"type", "object"},
                                  {"description", "MON-3: één signaal met zijn opdrachten."},
                                  {"properties", detail}};
  s["AfwijkingssignaalLijst"] = {
      {"type", "object"},
      {"description", "MON-3: de afwijkingssignalen, nieuwste eerst."},
      {"properties",
       {{"_links", {{"type", "object"}, {"properties", {{"self", ref("Link")}}}}},
        {"_embedded",
         {{"type", "object"},
          {"properties",
           {{"afwijkingen", {{"type", "array"}, {"items", ref("Afwijkingssignaal")}}}}}}}}}};
  s["BijsturingsvoorstelInvoer"] = {
      {"type", "object"},
      {"required", {"maatregel", "gevolgen", "afgestemdMet"}},
      {"properties",
       {{"maatregel", string_prop("Wat er verandert")},
        {"gevolgen", string_prop("Wat het betekent")},
        {"afgestemdMet", string_prop("De opdrachtgever met wie het is opgesteld")},
        {"meerkosten", int_prop("Kosten bovenop het plan, in centen; weggelaten is 0")}}}};
  s["BijsturingsbesluitInvoer"] = {
      {"type", "object"},
      {"required", {"besluit", "toelichting"}},
      {"properties",
       {{"besluit", enum_prop("Het besluit", {"akkoord", "aangepast", "afgewezen"})},
        {"toelichting", string_prop("Waarom; bij aangepast: wat is aangepast")}}}};
  return s;
}

}  // namespace

void add_afwijking_api(ApiRoutes& r) {
  const std::string tag = "Realisaties";
  r.add_schemas(afwijking_schemas());
  const json id = {param_ref("id")};
  const json id_match = {param_ref("id"), param_ref("ifMatch")};
  const json params = {query_param("jaar", "Alleen dit jaar", {{"type", "integer"}}),
                       query_param("deelnemerId", "Alleen deze deelnemer", {{"type", "integer"}}),
                       query_param("status", "lopend: alleen open en met voorstel",
                                   {{"type", "string"}, {"enum", {"lopend"}}})};
  r.add("GET", "/afwijkingen", list_afwijkingen,
        op("listAfwijkingen", tag, "Afwijkingssignalen",
           "MON-3: de signalen die de vrager mag zien (een opdrachtgever die van de eigen "
           "organisatie), nieuwste eerst.",
           merge(ok_list("AfwijkingssignaalLijst", "De signalen."), problems({400, 401, 403, 503})),
           params));
  r.add("GET", "/afwijkingen/{id}", get_afwijking,
        op("getAfwijking", tag, "Eén afwijkingssignaal", "MON-3: met ETag en de opdrachten.",
           merge(ok("AfwijkingssignaalDetail", "Het signaal."), problems({401, 404, 503})), id));
  r.add("PUT", "/afwijkingen/{id}/bijsturingsvoorstel", put_voorstel,
        op("putBijsturingsvoorstel", tag, "Bijsturingsvoorstel",
           "MON-3: door de accountmanager van de deelnemer, opgesteld met de opdrachtgever; tot "
           "het besluit te herzien. Met If-Match.",
           merge(ok("Afwijkingssignaal", "Vastgelegd."),
                 problems({400, 401, 403, 404, 409, 412, 428, 503})),
           id_match, "BijsturingsvoorstelInvoer"));
  r.add("POST", "/afwijkingen/{id}/besluit", post_besluit,
        op("postBijsturingsbesluit", tag, "Besluit over het bijsturingsvoorstel",
           "MON-3, GOV-12: door de opdrachtgever van de deelnemer; de ambtelijk opdrachtgever "
           "binnen zijn mandaat, daarboven de bestuurlijk opdrachtgever. Met If-Match.",
           merge(ok("Afwijkingssignaal", "Besloten."),
                 problems({400, 401, 403, 404, 409, 412, 428, 503})),
           id_match, "BijsturingsbesluitInvoer"));
}

}  // namespace regie::web::api

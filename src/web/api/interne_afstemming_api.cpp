// OPD-8 over the API: the interne afstemming of an opdracht, read by whoever sees the opdracht and
// recorded by the omgevingsdienst while the opdracht is aangeboden.
#include "web/api/api_routes.hpp"
#include "web/api/support.hpp"

namespace regie::web::api {
namespace {

using namespace doc;

std::string afstemmingen_href(Id opdracht_id) {
  return "/api/v1/opdrachten/" + std::to_string(opdracht_id) + "/interne-afstemmingen";
}

json to_json(const opdrachten::InterneAfstemming& a) {
  return {{"id", a.id},
          {"opdrachtId", a.opdracht_id},
          {"teams", a.teams},
          {"capaciteit", a.capaciteit},
          {"effecten", a.effecten},
          {"uitkomst", std::string(code(a.uitkomst))},
          {"toelichting", a.toelichting.empty() ? json(nullptr) : json(a.toelichting)},
          {"vastgelegdDoor", a.door},
          {"vastgelegdOp", a.op},
          {"_links",
           {{"self", {{"href", afstemmingen_href(a.opdracht_id) + "/" + std::to_string(a.id)}}},
            {"opdracht", {{"href", "/api/v1/opdrachten/" + std::to_string(a.opdracht_id)}}}}}};
}

Response list_afstemmingen(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  auto lijst = app.services.interne_afstemmingen->afstemmingen(ctx, *id);
  if (!lijst.ok()) return error_response(lijst.error(), req);
  json items = json::array();
  for (const auto& a : lijst->afstemmingen) items.push_back(to_json(a));
  json extra = {{"geldendId", lijst->geldend ? json(lijst->geldend->id) : json(nullptr)},
                {"aanvaardenWacht",
                 lijst->aanvaarden_wacht ? json(tekst(*lijst->aanvaarden_wacht)) : json(nullptr)},
                {"magVastleggen", lijst->mag_vastleggen}};
  return unpaged_list(req.path, "interneAfstemmingen", std::move(items), extra);
}

Response get_afstemming(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  auto afstemming_id = path_id(req, "afstemmingId");
  if (!id || !afstemming_id) return not_found(req);
  auto a = app.services.interne_afstemmingen->afstemming(ctx, *id, *afstemming_id);
  if (!a.ok()) return error_response(a.error(), req);
  return json_response(200, to_json(*a));
}

Response post_afstemming(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  Response bad;
  auto fields = body_fields(req, bad);
  if (!fields) return bad;
  return created(
      app.services.interne_afstemmingen->vastleggen(ctx, *id, *fields), req, afstemmingen_href(*id),
      [](const auto& a) { return to_json(a); }, false);
}

json interne_afstemming_schemas() {
  std::vector<std::string> uitkomsten;
  for (auto u : opdrachten::alle_uitkomsten()) uitkomsten.emplace_back(code(u));
  json uitkomst = enum_prop("De uitkomst van de afstemming", uitkomsten);
  json invoer = {
      {"teams", string_prop("De geraadpleegde teams")},
      {"capaciteit", string_prop("Hoe de capaciteit is getoetst, en met welke uitkomst")},
      {"effecten", string_prop("Wat de opdracht betekent voor de uitvoering")},
      {"uitkomst", uitkomst},
      {"toelichting",
       {{"type", "string"},
        {"nullable", true},
        {"description",
         "Welke voorwaarden, of waarom niet uitvoerbaar; verplicht "
         "tenzij de uitkomst uitvoerbaar is"}}}};
  json afstemming = invoer;
  afstemming["id"] = int_prop("Identificatie");
  afstemming["opdrachtId"] = int_prop("De opdracht");
  afstemming["vastgelegdDoor"] = string_prop("Wie het vastlegde, met de rol");
  afstemming["vastgelegdOp"] = string_prop("Tijdstip van vastleggen (UTC)", "date-time");
  afstemming["_links"] = {{"type", "object"},
                          {"properties", {{"self", ref("Link")}, {"opdracht", ref("Link")}}}};
  json s;
  s["InterneAfstemming"] = {
      {"type", "object"},
      {"description", "OPD-8: de interne afstemming van de omgevingsdienst voor het aanvaarden."},
      {"properties", afstemming}};
  s["InterneAfstemmingInvoer"] = {{"type", "object"},
                                  {"required", {"teams", "capaciteit", "effecten", "uitkomst"}},
                                  {"properties", invoer}};
  s["InterneAfstemmingLijst"] = {
      {"type", "object"},
      {"description",
       "OPD-8: de afstemmingen van een opdracht, oudste eerst, en wat ze betekenen "
       "voor het aanvaarden."},
      {"properties",
       {{"_links", {{"type", "object"}, {"properties", {{"self", ref("Link")}}}}},
        {"_embedded",
         {{"type", "object"},
          {"properties",
           {{"interneAfstemmingen", {{"type", "array"}, {"items", ref("InterneAfstemming")}}}}}}},
        {"geldendId",
         {{"type", "integer"},
          {"nullable", true},
          {"description", "De afstemming die geldt sinds de opdracht het laatst is aangeboden"}}},
        {"aanvaardenWacht",
         {{"type", "string"},
          {"nullable", true},
          {"description", "Waarom aanvaarden nog wacht; null als het kan of niet aan de orde is"}}},
        {"magVastleggen",
         {{"type", "boolean"},
          {"description", "Of de vrager nu een afstemming mag vastleggen"}}}}}};
  return s;
}

}  // namespace

void add_interne_afstemming_api(ApiRoutes& r) {
  const json id = {param_ref("id")};
  r.add_schemas(interne_afstemming_schemas());
  r.add("GET", "/opdrachten/{id}/interne-afstemmingen", list_afstemmingen,
        op("listInterneAfstemmingen", "Opdrachten", "Interne afstemming van een opdracht",
           "OPD-8: wat de omgevingsdienst met de teams afstemde voordat zij de opdracht "
           "aanvaardt, oudste eerst, met de afstemming die nu geldt.",
           merge(ok_list("InterneAfstemmingLijst", "De afstemmingen."), problems({401, 404, 503})),
           id));
  r.add("GET", "/opdrachten/{id}/interne-afstemmingen/{afstemmingId}", get_afstemming,
        op("getInterneAfstemming", "Opdrachten", "Eén interne afstemming",
           "OPD-8: een vastgelegde afstemming; ze verandert niet meer.",
           merge(ok("InterneAfstemming", "De afstemming.", false), problems({401, 404, 503})),
           json{param_ref("id"),
                id_path_param("afstemmingId", "Identificatie van de interne afstemming")}));
  r.add("POST", "/opdrachten/{id}/interne-afstemmingen", post_afstemming,
        op("postInterneAfstemming", "Opdrachten", "Interne afstemming vastleggen",
           "OPD-8: door de opdrachtnemer (accountmanager of directie) zolang de opdracht is "
           "aangeboden: geraadpleegde teams, getoetste capaciteit, effecten op de uitvoering en "
           "uitkomst. Aanvaarden wacht hierop.",
           merge(ok("InterneAfstemming", "Vastgelegd.", false, 201, true),
                 problems({400, 401, 403, 404, 409, 503})),
           id, "InterneAfstemmingInvoer"));
}

}  // namespace regie::web::api

// OPD-7 over the API: the policy products of the Big 8 an opdracht serves, read by whoever sees
// the opdracht, named or removed by either side until it is afgerond.
#include "web/api/api_routes.hpp"
#include "web/api/support.hpp"

namespace regie::web::api {
namespace {

using namespace doc;

std::string doelen_href(Id opdracht_id) {
  return "/api/v1/opdrachten/" + std::to_string(opdracht_id) + "/beleidsdoelen";
}

json beleidsproduct_json(const service::Beleidsproduct& p) {
  const auto& d = p.document;
  return {{"documentId", d.id},
          {"titel", d.titel},
          {"soort", std::string(beleidscyclus::code(d.soort))},
          {"periode", d.periode},
          {"stapId", p.stap.id},
          {"vastgesteldDoor", d.vastgesteld_door
                                  ? json(std::string(beleidscyclus::code(*d.vastgesteld_door)))
                                  : json(nullptr)},
          {"vastgesteldOp", optional_date(d.vastgesteld_op)}};
}

json doel_json(const opdrachten::Beleidsdoel& b) {
  return {{"id", b.id},
          {"opdrachtId", b.opdracht_id},
          {"documentId", b.document_id},
          {"beleidskeuzes", b.beleidskeuzes},
          {"genoemdDoor", b.door},
          {"genoemdOp", b.op},
          {"_links",
           {{"self", {{"href", doelen_href(b.opdracht_id) + "/" + std::to_string(b.id)}}},
            {"opdracht", {{"href", "/api/v1/opdrachten/" + std::to_string(b.opdracht_id)}}}}}};
}

Response list_doelen(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  auto lijst = app.services.beleidsdoelen->beleidsdoelen(ctx, *id);
  if (!lijst.ok()) return error_response(lijst.error(), req);
  json items = json::array();
  for (const auto& r : lijst->doelen) {
    json item = doel_json(r.doel);
    item["product"] = beleidsproduct_json(r.product);
    items.push_back(item);
  }
  json keuzes = json::array();
  for (const auto& p : lijst->keuzes) keuzes.push_back(beleidsproduct_json(p));
  json extra = {{"keuzes", keuzes}, {"magWijzigen", lijst->mag_wijzigen}};
  return unpaged_list(req.path, "beleidsdoelen", std::move(items), extra);
}

Response post_doel(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  Response bad;
  auto fields = body_fields(req, bad);
  if (!fields) return bad;
  return created(
      app.services.beleidsdoelen->koppelen(ctx, *id, *fields), req, doelen_href(*id),
      [](const auto& b) { return doel_json(b); }, false);
}

Response delete_doel(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  auto doel_id = path_id(req, "beleidsdoelId");
  if (!id || !doel_id) return not_found(req);
  auto weg = app.services.beleidsdoelen->ontkoppelen(ctx, *id, *doel_id);
  return no_content(weg.ok() ? Result<void>(Ok()) : Result<void>(weg.error()), req);
}

json beleidsdoel_schemas() {
  json orgaan_codes = json::array();
  for (auto o : beleidscyclus::alle_organen()) orgaan_codes.push_back(std::string(code(o)));
  orgaan_codes.push_back(nullptr);  // OpenAPI 3.0: null is one of the values
  json product = {
      {"type", "object"},
      {"description", "OPD-7: een beleidsproduct van de beleidscyclus (B8-4)."},
      {"properties",
       {{"documentId", int_prop("Het document van de beleidscyclus")},
        {"titel", string_prop("Titel")},
        {"soort",
         enum_prop("Soort product", {"risicoanalyse", "strategie", "uitvoeringsprogramma"})},
        {"periode", string_prop("De ronde van de beleidscyclus")},
        {"stapId", int_prop("De stap van de beleidscyclus")},
        {"vastgesteldDoor",
         {{"type", "string"},
          {"nullable", true},
          {"enum", orgaan_codes},
          {"description", "Wie het product vaststelde; null als het nog niet is vastgesteld"}}},
        {"vastgesteldOp", nullable_date("Datum van vaststelling")}}}};
  json doel = {
      {"id", int_prop("Identificatie")},
      {"opdrachtId", int_prop("De opdracht")},
      {"documentId", int_prop("Het beleidsproduct")},
      {"beleidskeuzes", string_prop("Welke doelen en beleidskeuzes de opdracht dient")},
      {"genoemdDoor", string_prop("Wie het noemde, met de rol")},
      {"genoemdOp", string_prop("Tijdstip (UTC)", "date-time")},
      {"_links",
       {{"type", "object"}, {"properties", {{"self", ref("Link")}, {"opdracht", ref("Link")}}}}}};
  json in_lijst = doel;
  in_lijst["product"] = ref("Beleidsproduct");
  json s;
  s["Beleidsproduct"] = product;
  s["Beleidsdoel"] = {{"type", "object"},
                      {"description", "OPD-7: een beleidsproduct dat de opdracht dient."},
                      {"properties", doel}};
  s["BeleidsdoelInvoer"] = {
      {"type", "object"},
      {"required", {"documentId", "beleidskeuzes"}},
      {"properties",
       {{"documentId",
         int_prop("Een risicoanalyse, strategie of uitvoeringsprogramma van de regio")},
        {"beleidskeuzes", string_prop("Welke doelen en beleidskeuzes de opdracht dient")}}}};
  s["BeleidsdoelLijst"] = {
      {"type", "object"},
      {"description",
       "OPD-7: de beleidsproducten die een opdracht dient, en wat er nog te noemen is."},
      {"properties",
       {{"_links", {{"type", "object"}, {"properties", {{"self", ref("Link")}}}}},
        {"_embedded",
         {{"type", "object"},
          {"properties",
           {{"beleidsdoelen",
             {{"type", "array"}, {"items", {{"type", "object"}, {"properties", in_lijst}}}}}}}}},
        {"keuzes",
         {{"type", "array"},
          {"items", ref("Beleidsproduct")},
          {"description", "De beleidsproducten van de regio die de opdracht nog niet noemt"}}},
        {"magWijzigen",
         {{"type", "boolean"},
          {"description", "Of de vrager nu doelen mag noemen of weghalen"}}}}}};
  return s;
}

}  // namespace

void add_beleidsdoel_api(ApiRoutes& r) {
  const json id = {param_ref("id")};
  r.add_schemas(beleidsdoel_schemas());
  r.add("GET", "/opdrachten/{id}/beleidsdoelen", list_doelen,
        op("listBeleidsdoelen", "Opdrachten", "Doelen en beleidskeuzes van een opdracht",
           "OPD-7: de risicoanalyse, strategie of het uitvoeringsprogramma van de beleidscyclus "
           "die de opdracht dient, met de doelen en keuzes eruit in woorden.",
           merge(ok_list("BeleidsdoelLijst", "De beleidsdoelen."), problems({401, 404, 503})), id));
  r.add("POST", "/opdrachten/{id}/beleidsdoelen", post_doel,
        op("postBeleidsdoel", "Opdrachten", "Beleidsdoel noemen",
           "OPD-7: een kant van de opdracht noemt een beleidsproduct van de regio en welke "
           "doelen en keuzes eruit de opdracht dient, tot de opdracht is afgerond.",
           merge(ok("Beleidsdoel", "Genoemd.", false, 201, true),
                 problems({400, 401, 403, 404, 409, 503})),
           id, "BeleidsdoelInvoer"));
  r.add("DELETE", "/opdrachten/{id}/beleidsdoelen/{beleidsdoelId}", delete_doel,
        op("deleteBeleidsdoel", "Opdrachten", "Beleidsdoel niet meer noemen",
           "OPD-7: een kant van de opdracht haalt het weg, tot de opdracht is afgerond.",
           merge(no_content(), problems({400, 401, 403, 404, 503})),
           json{param_ref("id"),
                id_path_param("beleidsdoelId", "Identificatie van het beleidsdoel")}));
}

}  // namespace regie::web::api

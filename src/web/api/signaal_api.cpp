// OPD-6 over the API: signalen per opdracht, their afhandeling, and the actor's open signalen.
#include "core/text.hpp"
#include "web/api/api_routes.hpp"
#include "web/api/support.hpp"

namespace regie::web::api {
namespace {

using namespace doc;

std::string signalen_href(Id opdracht_id) {
  return "/api/v1/opdrachten/" + std::to_string(opdracht_id) + "/signalen";
}

json leeg_als_null(const std::string& tekst) { return tekst.empty() ? json(nullptr) : json(tekst); }

json to_json(const opdrachten::Signaal& s) {
  std::string self = signalen_href(s.opdracht_id) + "/" + std::to_string(s.id);
  return {{"id", s.id},
          {"opdrachtId", s.opdracht_id},
          {"soort", std::string(code(s.soort))},
          {"wat", s.wat},
          {"impact", s.impact},
          {"maatregel", s.maatregel},
          {"status", std::string(code(s.status))},
          {"gemeldDoor", s.gemeld_door},
          {"gemeldOp", s.gemeld_op},
          {"afhandeling", leeg_als_null(s.afhandeling)},
          {"afgehandeldDoor", leeg_als_null(s.afgehandeld_door)},
          {"afgehandeldOp", leeg_als_null(s.afgehandeld_op)},
          {"afgehandeldNamens", leeg_als_null(s.afgehandeld_namens)},
          {"versie", s.versie},
          {"_links",
           {{"self", {{"href", self}}},
            {"opdracht", {{"href", "/api/v1/opdrachten/" + std::to_string(s.opdracht_id)}}}}}};
}

json to_json(const service::SignaalRegel& r) {
  json j = to_json(r.signaal);
  j["opdrachtTitel"] = r.opdracht_titel;
  j["magAfhandelen"] = r.mag_afhandelen;
  return j;
}

const auto kSignaalJson = [](const auto& x) { return to_json(x); };

Response list_signalen(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  auto lijst = app.services.signalen->signalen(ctx, *id);
  if (!lijst.ok()) return error_response(lijst.error(), req);
  json items = json::array();
  for (const auto& s : *lijst) items.push_back(to_json(s));
  return unpaged_list(req.path, "signalen", std::move(items));
}

Response post_signaal(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  Response bad;
  auto fields = body_fields(req, bad);
  if (!fields) return bad;
  return created(app.services.signalen->melden(ctx, *id, *fields), req, signalen_href(*id),
                 kSignaalJson);
}

Response get_signaal(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  auto signaal_id = path_id(req, "signaalId");
  if (!id || !signaal_id) return not_found(req);
  return single(app.services.signalen->signaal(ctx, *id, *signaal_id), req, kSignaalJson);
}

// OPD-6: handling as the sub-resource afhandeling: {"afhandeling": "…"} with If-Match.
Response post_signaal_afhandeling(const App& app, const Context& ctx, Request& req) {
  Response bad;
  auto w = sub_schrijven(req, "signaalId", bad);
  if (!w) return bad;
  return single(app.services.signalen->afhandelen(ctx, w->id, w->sub, w->versie, w->fields), req,
                kSignaalJson);
}

// OPD-6: the actor's open signalen (as on the start page); ?status=open is the only status.
Response list_open_signalen(const App& app, const Context& ctx, Request& req) {
  auto q = req.query_params();
  if (auto it = q.find("status"); it != q.end() && !it->second.empty() && it->second != "open") {
    return invalid_query({{"status", "fout.ongeldige_keuze"}}, req);
  }
  auto lijst = app.services.signalen->open_signalen_voor(ctx);
  if (!lijst.ok()) return error_response(lijst.error(), req);
  json items = json::array();
  for (const auto& r : *lijst) items.push_back(to_json(r));
  return unpaged_list("/api/v1/signalen", "signalen", std::move(items));
}

json signalen_schemas() {
  json s;
  json soort = enum_prop("Stagnatie of een onvoorziene omstandigheid", {"stagnatie", "onvoorzien"});
  auto nullable_tekst = [](const std::string& description, const std::string& format = "") {
    json p = {{"type", "string"}, {"nullable", true}, {"description", description}};
    if (!format.empty()) p["format"] = format;
    return p;
  };
  json signaal = {
      {"id", int_prop("Identificatie")},
      {"opdrachtId", int_prop("De opdracht")},
      {"soort", soort},
      {"wat", string_prop("Wat er speelt")},
      {"impact", string_prop("De impact op de opdracht")},
      {"maatregel", string_prop("De voorgestelde maatregel")},
      {"status", enum_prop("Open tot de opdrachtgever het afhandelt", {"open", "afgehandeld"})},
      {"gemeldDoor", string_prop("Gemeld door (account)")},
      {"gemeldOp", string_prop("Tijdstip van melden (UTC)", "date-time")},
      {"afhandeling", nullable_tekst("Hoe de opdrachtgever het afhandelde; null zolang open")},
      {"afgehandeldDoor", nullable_tekst("Afgehandeld door (account); null zolang open")},
      {"afgehandeldOp", nullable_tekst("Tijdstip van afhandelen (UTC)", "date-time")},
      {"afgehandeldNamens",
       nullable_tekst("OPD-2: bij een collectieve opdracht namens welke deelnemers")},
      {"versie", int_prop("Versie (ook de ETag)")},
      {"_links",
       {{"type", "object"}, {"properties", {{"self", ref("Link")}, {"opdracht", ref("Link")}}}}}};
  s["Signaal"] = {
      {"type", "object"},
      {"description", "OPD-6: stagnatie of een onvoorziene omstandigheid bij een opdracht."},
      {"properties", signaal}};
  s["SignaalInvoer"] = {{"type", "object"},
                        {"required", {"soort", "wat", "impact", "maatregel"}},
                        {"properties",
                         {{"soort", soort},
                          {"wat", string_prop("Wat er speelt")},
                          {"impact", string_prop("De impact op de opdracht")},
                          {"maatregel", string_prop("De voorgestelde maatregel")}}}};
  s["AfhandelingInvoer"] = {
      {"type", "object"},
      {"required", {"afhandeling"}},
      {"properties", {{"afhandeling", string_prop("Hoe de opdrachtgever het signaal afhandelt")}}}};
  json signalen = {{"type", "array"}, {"items", ref("Signaal")}};
  s["SignaalLijst"] = {
      {"type", "object"},
      {"description", "OPD-6: de signalen van een opdracht, oudste eerst."},
      {"properties",
       {{"_links", {{"type", "object"}, {"properties", {{"self", ref("Link")}}}}},
        {"_embedded", {{"type", "object"}, {"properties", {{"signalen", signalen}}}}}}}};
  json regel = signaal;
  regel["opdrachtTitel"] = string_prop("Titel van de opdracht");
  regel["magAfhandelen"] = {{"type", "boolean"},
                            {"description", "Of de vrager dit signaal mag afhandelen"}};
  s["OpenSignaal"] = {{"type", "object"},
                      {"description", "OPD-6: een open signaal met de opdracht waarover het gaat."},
                      {"properties", regel}};
  s["OpenSignaalLijst"] = {
      {"type", "object"},
      {"description", "OPD-6: de open signalen die de vrager meteen moet zien, oudste eerst."},
      {"properties",
       {{"_links", {{"type", "object"}, {"properties", {{"self", ref("Link")}}}}},
        {"_embedded",
         {{"type", "object"},
          {"properties", {{"signalen", {{"type", "array"}, {"items", ref("OpenSignaal")}}}}}}}}}};
  return s;
}

}  // namespace

void add_signaal_api(ApiRoutes& r) {
  const json id = {param_ref("id")};
  const json signaal = {param_ref("id"), param_ref("signaalId")};
  const json signaal_match = {param_ref("id"), param_ref("signaalId"), param_ref("ifMatch")};
  r.add_schemas(signalen_schemas());
  r.add("GET", "/signalen", list_open_signalen,
        op("listOpenSignalen", "Opdrachten", "Open signalen",
           "OPD-6: de open signalen die de vrager meteen moet zien (zoals op de startpagina): voor "
           "een opdrachtgever die bij de opdrachten die hij ziet, voor accountmanager en directie "
           "alle open signalen van de regio; voor andere rollen een lege lijst.",
           merge(ok_list("OpenSignaalLijst", "De open signalen."), problems({400, 401, 503})),
           json{{{"name", "status"},
                 {"in", "query"},
                 {"required", false},
                 {"description", "Alleen open (de enige waarde)"},
                 {"schema", {{"type", "string"}, {"enum", {"open"}}}}}}));
  r.add("GET", "/opdrachten/{id}/signalen", list_signalen,
        op("listSignalen", "Opdrachten", "Signalen van een opdracht",
           "OPD-6: stagnatie en onvoorziene omstandigheden, open en afgehandeld, oudste eerst.",
           merge(ok_list("SignaalLijst", "De signalen."), problems({401, 404, 503})), id));
  r.add(
      "POST", "/opdrachten/{id}/signalen", post_signaal,
      op("postSignaal", "Opdrachten", "Signaal melden",
         "OPD-6: door de opdrachtnemer (accountmanager of directie) bij een opdracht die is "
         "aanvaard of in uitvoering is: wat, impact en voorgestelde maatregel.",
         merge(ok("Signaal", "Gemeld.", true, 201, true), problems({400, 401, 403, 404, 409, 503})),
         id, "SignaalInvoer"));
  r.add("GET", "/opdrachten/{id}/signalen/{signaalId}", get_signaal,
        op("getSignaal", "Opdrachten", "Eén signaal", "OPD-6: met ETag.",
           merge(ok("Signaal", "Het signaal."), problems({401, 404, 503})), signaal));
  r.add("POST", "/opdrachten/{id}/signalen/{signaalId}/afhandeling", post_signaal_afhandeling,
        op("postSignaalAfhandeling", "Opdrachten", "Signaal afhandelen",
           "OPD-6: door de opdrachtgever van de opdracht, zolang het signaal open is; met If-Match "
           "en de afhandeling.",
           merge(ok("Signaal", "Afgehandeld."), problems({400, 401, 403, 404, 409, 428, 503})),
           signaal_match, "AfhandelingInvoer"));
}

}  // namespace regie::web::api

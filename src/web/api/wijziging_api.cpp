// OPD-5 over the API: versies, their comparison and wijzigingsverzoeken with afstemming and
// besluit.
#include "core/text.hpp"
#include "web/api/api_routes.hpp"
#include "web/api/opdracht_api.hpp"
#include "web/api/support.hpp"

namespace regie::web::api {
namespace {

using namespace doc;

std::string opdracht_pad(Id id) { return "/api/v1/opdrachten/" + std::to_string(id); }

std::string verzoek_pad(Id id, Id verzoek_id) {
  return opdracht_pad(id) + "/wijzigingsverzoeken/" + std::to_string(verzoek_id);
}

json to_json(const opdrachten::Versie& v, bool volledig) {
  json j = volledig ? opdracht_json(v.inhoud, true) : json{{"titel", v.inhoud.titel}};
  j.erase("status");
  j.erase("versie");
  j.erase("inhoudsversie");
  j["opdrachtId"] = v.opdracht_id;
  j["nummer"] = v.nummer;
  j["vastgesteldDoor"] = v.vastgesteld_door;
  j["vastgesteldOp"] = v.vastgesteld_op;
  j["wijzigingsverzoekId"] = v.wijzigingsverzoek_id ? json(*v.wijzigingsverzoek_id) : json(nullptr);
  j["_links"] = {
      {"self", {{"href", opdracht_pad(v.opdracht_id) + "/versies/" + std::to_string(v.nummer)}}}};
  return j;
}

json to_json(const std::vector<opdrachten::Verschil>& verschillen) {
  json out = json::array();
  for (const auto& d : verschillen) {
    out.push_back({{"onderdeel", d.onderdeel},
                   {"label", d.label},
                   {"gewijzigd", d.gewijzigd},
                   {"van", d.van},
                   {"naar", d.naar}});
  }
  return out;
}

json to_json(const opdrachten::Wijzigingsverzoek& v) {
  json aspecten = json::array();
  for (auto a : v.aspecten) aspecten.push_back(std::string(code(a)));
  json afstemming = nullptr;
  if (v.afstemming.vastgelegd()) {
    afstemming = {{"met", v.afstemming.met},
                  {"datum", optional_date(v.afstemming.datum)},
                  {"uitkomst", v.afstemming.uitkomst},
                  {"vastgelegdDoor", v.afstemming.door}};
  }
  auto leeg_is_null = [](const std::string& t) { return t.empty() ? json(nullptr) : json(t); };
  return {{"id", v.id},
          {"opdrachtId", v.opdracht_id},
          {"aspecten", aspecten},
          {"omschrijving", v.omschrijving},
          {"basisversie", v.basisversie},
          {"status", std::string(code(v.status))},
          {"ingediendDoor", v.ingediend_door},
          {"ingediendKant", std::string(code(v.ingediend_kant))},
          {"ingediendOp", v.ingediend_op},
          {"afstemming", afstemming},
          {"beoordeling", leeg_is_null(v.beoordeling)},
          {"beslotenDoor", leeg_is_null(v.besloten_door)},
          {"beslotenOp", leeg_is_null(v.besloten_op)},
          {"beslotenNamens", leeg_is_null(v.besloten_namens)},
          {"voorlegging", leeg_is_null(v.voorlegging)},
          {"voorgelegdDoor", leeg_is_null(v.voorgelegd_door)},
          {"voorgelegdOp", leeg_is_null(v.voorgelegd_op)},
          {"versie", v.versie},
          {"_links", {{"self", {{"href", verzoek_pad(v.opdracht_id, v.id)}}}}}};
}

Response verzoek_response(const App& app, const Context& ctx, const Request& req, Id id,
                          Id verzoek_id, int status) {
  auto d = app.services.opdrachten->wijzigingsverzoek(ctx, id, verzoek_id);
  if (!d.ok()) return error_response(d.error(), req);
  json body = to_json(d->verzoek);
  json voorstel = opdracht_json(d->verzoek.voorstel, true);
  for (const char* weg : {"id", "regioId", "opdrachtgeverId", "jaar", "soort", "deelnemerId",
                          "status", "inhoudsversie", "versie"}) {
    voorstel.erase(weg);
  }
  body["voorstel"] = voorstel;
  body["verschillen"] = to_json(d->verschillen);
  json besluiten = json::array();
  if (d->mag_beoordelen) {
    if (d->binnen_mandaat) besluiten.push_back("aanvaarden");
    besluiten.push_back("afwijzen");
  }
  if (d->mag_voorleggen) besluiten.push_back("voorleggen");
  if (d->mag_intrekken) besluiten.push_back("intrekken");
  body["mogelijkeBesluiten"] = besluiten;
  body["magAfstemmingVastleggen"] = d->mag_afstemmen;
  body["meerkosten"] = d->meerkosten_cents;
  body["binnenMandaat"] = d->binnen_mandaat;
  Response response = json_response(status, body);
  set_etag(response, d->verzoek.versie);
  if (status == 201) response.set_header("Location", verzoek_pad(id, verzoek_id));
  return response;
}

std::optional<std::int32_t> versienummer(const std::string& tekst) {
  auto n = parse_int64(tekst);
  if (!n || *n < 1 || *n > 1'000'000) return std::nullopt;
  return static_cast<std::int32_t>(*n);
}

Response list_versies(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  auto lijst = app.services.opdrachten->versies(ctx, *id);
  if (!lijst.ok()) return error_response(lijst.error(), req);
  json items = json::array();
  for (const auto& v : *lijst) items.push_back(to_json(v, false));
  return unpaged_list(req.path, "versies", std::move(items));
}

Response get_versie(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  auto n = path_id(req, "nummer");
  auto nummer = n ? versienummer(std::to_string(*n)) : std::nullopt;
  if (!id || !nummer) return not_found(req);
  auto v = app.services.opdrachten->versie(ctx, *id, *nummer);
  if (!v.ok()) return error_response(v.error(), req);
  return json_response(200, to_json(*v, true));
}

// Two versions part by part: ?van=1&naar=2.
Response get_vergelijking(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  auto q = req.query_params();
  std::vector<FieldError> errors;
  auto van = versienummer(q["van"]);
  auto naar = versienummer(q["naar"]);
  if (!van)
    errors.push_back({"van", q["van"].empty() ? "fout.verplicht" : "fout.geen_geheel_getal"});
  if (!naar) {
    errors.push_back({"naar", q["naar"].empty() ? "fout.verplicht" : "fout.geen_geheel_getal"});
  }
  if (!errors.empty()) return invalid_query(errors, req);
  auto verschillen = app.services.opdrachten->vergelijk(ctx, *id, *van, *naar);
  if (!verschillen.ok()) return error_response(verschillen.error(), req);
  return json_response(200, {{"_links", {{"self", {{"href", page_link(req, 1)}}}}},
                             {"van", *van},
                             {"naar", *naar},
                             {"onderdelen", to_json(*verschillen)}});
}

Response list_wijzigingsverzoeken(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  auto lijst = app.services.opdrachten->wijzigingsverzoeken(ctx, *id);
  if (!lijst.ok()) return error_response(lijst.error(), req);
  json items = json::array();
  for (const auto& v : *lijst) items.push_back(to_json(v));
  return unpaged_list(req.path, "wijzigingsverzoeken", std::move(items));
}

// OPD-5: the voorstel as the opdracht body (the parts that change), with "aspecten" as an array
// of codes and "omschrijving".
Response post_wijzigingsverzoek(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  auto decoded = decode_json_body(req.body, {opdrachten::lijstnamen(), {"aspecten"}});
  if (!decoded.ok()) return error_response(decoded.error(), req);
  auto v = app.services.opdrachten->indienen(ctx, *id, decoded->fields, decoded->lijsten);
  if (!v.ok()) return error_response(v.error(), req);
  return verzoek_response(app, ctx, req, *id, v->id, 201);
}

Response get_wijzigingsverzoek(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  auto verzoek = path_id(req, "verzoekId");
  if (!id || !verzoek) return not_found(req);
  return verzoek_response(app, ctx, req, *id, *verzoek, 200);
}

// OPD-5: {"met", "datum", "uitkomst"} with If-Match.
Response put_afstemming(const App& app, const Context& ctx, Request& req) {
  Response bad;
  auto w = sub_schrijven(req, "verzoekId", bad);
  if (!w) return bad;
  auto v = app.services.opdrachten->afstemming_vastleggen(ctx, w->id, w->sub, w->versie, w->fields);
  if (!v.ok()) return error_response(v.error(), req);
  return verzoek_response(app, ctx, req, w->id, w->sub, 200);
}

// OPD-5: {"besluit": "aanvaarden" | "afwijzen" | "intrekken", "beoordeling": "…"} with If-Match.
Response post_besluit(const App& app, const Context& ctx, Request& req) {
  Response bad;
  auto w = sub_schrijven(req, "verzoekId", bad);
  if (!w) return bad;
  auto v = app.services.opdrachten->besluiten(ctx, w->id, w->sub, w->versie, w->fields);
  if (!v.ok()) return error_response(v.error(), req);
  Response response = verzoek_response(app, ctx, req, w->id, w->sub, 201);
  response.set_header("Location", verzoek_pad(w->id, w->sub));
  return response;
}

json wijziging_schemas() {
  json s;
  auto rij = [](json props) { return json{{"type", "object"}, {"properties", std::move(props)}}; };
  auto nullable_id = [](const char* d) {
    return json{{"type", "integer"}, {"format", "int64"}, {"nullable", true}, {"description", d}};
  };
  const json opdracht_invoer = opdracht_invoer_properties();
  json versie = opdracht_invoer;
  for (const char* weg : {"opdrachtgeverId", "jaar", "soort", "deelnemerId"}) versie.erase(weg);
  json voorstel = versie;
  versie["opdrachtId"] = int_prop("Opdracht");
  versie["nummer"] = {{"type", "integer"}, {"format", "int32"}, {"description", "Versienummer"}};
  versie["vastgesteldDoor"] = string_prop("Wie de versie vaststelde");
  versie["vastgesteldOp"] = string_prop("Wanneer (UTC)", "date-time");
  versie["wijzigingsverzoekId"] = nullable_id("Het aanvaarde verzoek; null bij versie 1");
  versie["totaalBedrag"] = int_prop("OPD-4: totaal in eurocenten");
  versie["totaalUren"] = int_prop("OPD-4: totaal uren");
  versie["_links"] = {{"type", "object"}, {"description", "Links"}};
  s["Versie"] = {{"type", "object"},
                 {"description", "OPD-5: een vastgestelde versie van een opdracht."},
                 {"properties", versie}};
  s["VersieLijst"] = list_schema("versies", "Versie");
  const json verschillen = {
      {"type", "array"},
      {"description", "OPD-5: titel, extra's en de elf onderdelen, als regels tekst"},
      {"items", rij({{"onderdeel", string_prop("Onderdeel")},
                     {"label", string_prop("Naam van het onderdeel")},
                     {"gewijzigd", {{"type", "boolean"}, {"description", "Gewijzigd"}}},
                     {"van", {{"type", "array"}, {"items", {{"type", "string"}}}}},
                     {"naar", {{"type", "array"}, {"items", {{"type", "string"}}}}}})}};
  s["Vergelijking"] = {
      {"type", "object"},
      {"description", "OPD-5: twee versies per onderdeel vergeleken."},
      {"properties",
       {{"_links", ref("PaginaLinks")},
        {"van", {{"type", "integer"}, {"format", "int32"}, {"description", "Oude versie"}}},
        {"naar", {{"type", "integer"}, {"format", "int32"}, {"description", "Nieuwe versie"}}},
        {"onderdelen", verschillen}}}};
  const json aspecten = {{"type", "array"},
                         {"description", "Waar de wijziging over gaat"},
                         {"items", enum_prop("Aspect", {"scope", "tijd", "geld", "kwaliteit"})}};
  json verzoek_invoer = voorstel;
  verzoek_invoer.erase("totaalBedrag");
  verzoek_invoer.erase("totaalUren");
  verzoek_invoer["aspecten"] = aspecten;
  verzoek_invoer["omschrijving"] = string_prop("Wat er verandert en waarom");
  s["WijzigingsverzoekInvoer"] = {
      {"type", "object"},
      {"description",
       "OPD-5: het voorstel als de volledige nieuwe inhoud (titel, extra's, de elf onderdelen), "
       "met aspecten en omschrijving."},
      {"required", {"titel", "aspecten", "omschrijving"}},
      {"properties", verzoek_invoer}};
  json afstemming = {{"met", string_prop("Beleidsafdeling of persoon")},
                     {"datum", string_prop("Datum", "date")},
                     {"uitkomst", string_prop("Uitkomst")}};
  s["AfstemmingInvoer"] = {{"type", "object"},
                           {"description", "OPD-5: de afstemming met de beleidsafdeling."},
                           {"required", {"met", "datum", "uitkomst"}},
                           {"properties", afstemming}};
  afstemming["vastgelegdDoor"] = string_prop("Wie het vastlegde");
  s["BesluitInvoer"] = {
      {"type", "object"},
      {"required", {"besluit"}},
      {"properties",
       {{"besluit",
         enum_prop("Besluit; voorleggen (GOV-12) legt het verzoek voor aan de bestuurlijk "
                   "opdrachtgever, die daarna aanvaardt of afwijst",
                   {"aanvaarden", "afwijzen", "intrekken", "voorleggen"})},
        {"beoordeling",
         string_prop("Motivering; verplicht bij aanvaarden, afwijzen en voorleggen")}}}};
  auto nullable_text = [](const char* d) {
    return json{{"type", "string"}, {"nullable", true}, {"description", d}};
  };
  s["Wijzigingsverzoek"] = {
      {"type", "object"},
      {"description", "OPD-5: een wijzigingsverzoek op een aanvaarde opdracht."},
      {"properties",
       {{"id", int_prop("Identificatie")},
        {"opdrachtId", int_prop("Opdracht")},
        {"aspecten", aspecten},
        {"omschrijving", string_prop("Wat er verandert en waarom")},
        {"basisversie",
         {{"type", "integer"},
          {"format", "int32"},
          {"description", "Versie waarop het voortbouwt"}}},
        {"status", enum_prop("Status; voorgelegd wacht op de bestuurlijk opdrachtgever (GOV-12)",
                             {"ingediend", "voorgelegd", "aanvaard", "afgewezen", "ingetrokken"})},
        {"ingediendDoor", string_prop("Wie")},
        {"ingediendKant", enum_prop("Kant", {"opdrachtgever", "opdrachtnemer"})},
        {"ingediendOp", string_prop("Wanneer (UTC)", "date-time")},
        {"afstemming",
         {{"type", "object"},
          {"nullable", true},
          {"description", "Afstemming met de beleidsafdeling; null: nog niet"},
          {"properties", afstemming}}},
        {"beoordeling", nullable_text("Motivering van het besluit")},
        {"beslotenDoor", nullable_text("Wie besloot")},
        {"beslotenOp", nullable_text("Wanneer (UTC)")},
        {"beslotenNamens",
         nullable_text("OPD-2: bij een collectieve opdracht namens welke deelnemers")},
        {"voorlegging", nullable_text("GOV-12: waarom het werd voorgelegd")},
        {"voorgelegdDoor",
         nullable_text("GOV-12: wie het voorlegde aan de bestuurlijk opdrachtgever")},
        {"voorgelegdOp", nullable_text("GOV-12: wanneer (UTC)")},
        {"meerkosten",
         {{"type", "integer"},
          {"format", "int64"},
          {"description", "GOV-12: wat het voorstel meer kost, in eurocenten"}}},
        {"binnenMandaat",
         {{"type", "boolean"}, {"description", "GOV-12: binnen het beslismandaat van de vrager"}}},
        {"versie", int_prop("Versie")},
        {"voorstel",
         {{"type", "object"}, {"description", "Voorgestelde inhoud"}, {"properties", voorstel}}},
        {"verschillen", verschillen},
        {"mogelijkeBesluiten", {{"type", "array"}, {"items", {{"type", "string"}}}}},
        {"magAfstemmingVastleggen", {{"type", "boolean"}, {"description", "Voor de vrager"}}},
        {"_links", {{"type", "object"}, {"description", "Links"}}}}}};
  s["WijzigingsverzoekLijst"] = list_schema("wijzigingsverzoeken", "Wijzigingsverzoek");
  return s;
}

}  // namespace

void add_wijziging_api(ApiRoutes& r) {
  const json id = {param_ref("id")};
  const json verzoek = {param_ref("id"), param_ref("verzoekId")};
  const json verzoek_match = {param_ref("id"), param_ref("verzoekId"), param_ref("ifMatch")};
  r.add_schemas(wijziging_schemas());
  r.add("GET", "/opdrachten/{id}/versies", list_versies,
        op("listVersies", "Opdrachten", "Versies",
           "OPD-5: versie 1 is de aanvaarde opdracht; elk aanvaard wijzigingsverzoek maakt de "
           "volgende.",
           merge(ok_list("VersieLijst", "De versies, oudste eerst."), problems({401, 404, 503})),
           id));
  r.add("GET", "/opdrachten/{id}/versies/{nummer}", get_versie,
        op("getVersie", "Opdrachten", "Eén versie", "OPD-5: de inhoud zoals vastgesteld.",
           merge(ok("Versie", "De versie.", false), problems({401, 404, 503})),
           json{param_ref("id"), param_ref("nummer")}));
  r.add("GET", "/opdrachten/{id}/vergelijkingen", get_vergelijking,
        op("getVergelijking", "Opdrachten", "Twee versies vergelijken",
           "OPD-5: per onderdeel wat er in versie van en naar staat.",
           merge(ok("Vergelijking", "De vergelijking.", false), problems({400, 401, 404, 503})),
           json{param_ref("id"),
                query_param("van", "Oude versie", {{"type", "integer"}, {"format", "int32"}}),
                query_param("naar", "Nieuwe versie", {{"type", "integer"}, {"format", "int32"}})}));
  r.add(
      "GET", "/opdrachten/{id}/wijzigingsverzoeken", list_wijzigingsverzoeken,
      op("listWijzigingsverzoeken", "Opdrachten", "Wijzigingsverzoeken", "OPD-5: nieuwste eerst.",
         merge(ok_list("WijzigingsverzoekLijst", "De verzoeken."), problems({401, 404, 503})), id));
  r.add("POST", "/opdrachten/{id}/wijzigingsverzoeken", post_wijzigingsverzoek,
        op("postWijzigingsverzoek", "Opdrachten", "Wijzigingsverzoek indienen",
           "OPD-5: door opdrachtgever of opdrachtnemer, bij een aanvaarde opdracht of een opdracht "
           "in uitvoering.",
           merge(ok("Wijzigingsverzoek", "Ingediend.", true, 201, true),
                 problems({400, 401, 403, 404, 409, 503})),
           id, "WijzigingsverzoekInvoer"));
  r.add("GET", "/opdrachten/{id}/wijzigingsverzoeken/{verzoekId}", get_wijzigingsverzoek,
        op("getWijzigingsverzoek", "Opdrachten", "Eén wijzigingsverzoek",
           "OPD-5: met het voorstel vergeleken met de versie waarop het voortbouwt.",
           merge(ok("Wijzigingsverzoek", "Het verzoek."), problems({401, 404, 503})), verzoek));
  r.add("PUT", "/opdrachten/{id}/wijzigingsverzoeken/{verzoekId}/afstemming", put_afstemming,
        op("putAfstemming", "Opdrachten", "Afstemming met de beleidsafdeling vastleggen",
           "OPD-5: alleen de opdrachtgever, zolang het verzoek open is; met If-Match.",
           merge(ok("Wijzigingsverzoek", "Vastgelegd."),
                 problems({400, 401, 403, 404, 409, 428, 503})),
           verzoek_match, "AfstemmingInvoer"));
  r.add("POST", "/opdrachten/{id}/wijzigingsverzoeken/{verzoekId}/besluiten", post_besluit,
        op("postBesluit", "Opdrachten", "Besluiten over een wijzigingsverzoek",
           "OPD-5: aanvaarden (na afstemming, maakt een nieuwe versie) of afwijzen door de "
           "opdrachtgever met motivering; intrekken door de indienende kant; met If-Match.",
           merge(ok("Wijzigingsverzoek", "Besloten.", true, 201, true),
                 problems({400, 401, 403, 404, 409, 428, 503})),
           verzoek_match, "BesluitInvoer"));
}

}  // namespace regie::web::api

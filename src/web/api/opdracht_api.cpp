// OPD-1..OPD-4 over the API: opdrachten and their overgangen (lifecycle steps).
#include "web/api/opdracht_api.hpp"

#include "core/text.hpp"
#include "web/api/api_routes.hpp"
#include "web/api/support.hpp"

namespace regie::web::api {
namespace {

using namespace doc;

json to_json(const opdrachten::Overgang& o) {
  return {{"id", o.id},
          {"stap", std::string(code(o.stap))},
          {"van", std::string(code(o.van))},
          {"naar", std::string(code(o.naar))},
          {"door", o.door},
          {"tijdstip", o.tijdstip},
          {"reden", o.reden},
          {"namens", o.namens}};
}

Response opdracht_response(const App& app, const Context& ctx, const Request& req, Id id,
                           int status) {
  auto d = app.services.opdrachten->opdracht(ctx, id);
  if (!d.ok()) return error_response(d.error(), req);
  json body = opdracht_json(d->opdracht, true);
  json controle = json::array();
  for (const auto& c : d->controle) {
    controle.push_back({{"onderdeel", std::string(code(c.deel))},
                        {"oordeel", std::string(code(c.oordeel))},
                        {"toelichting", c.reden_key.empty() ? "" : tekst(c.reden_key)}});
  }
  body["controle"] = controle;
  json stappen = json::array();
  for (auto s : d->mogelijke_stappen) stappen.push_back(std::string(code(s)));
  body["mogelijkeStappen"] = stappen;
  // OPD-2, GOV-6: on a collectieve opdracht, for whom its opdrachtgever decides today.
  body["namens"] = d->namens;
  body["_links"] = {
      {"self", {{"href", "/api/v1/opdrachten/" + std::to_string(id)}}},
      {"overgangen", {{"href", "/api/v1/opdrachten/" + std::to_string(id) + "/overgangen"}}}};
  Response response = json_response(status, body);
  set_etag(response, d->opdracht.versie);
  if (status == 201) response.set_header("Location", "/api/v1/opdrachten/" + std::to_string(id));
  return response;
}

std::optional<std::pair<Fields, opdrachten::Lijsten>> opdracht_body(const Request& req,
                                                                    Response& bad) {
  auto decoded = decode_json_met_lijsten(req.body, opdrachten::lijstnamen());
  if (!decoded.ok()) {
    bad = error_response(decoded.error(), req);
    return std::nullopt;
  }
  return std::move(decoded).value();
}

Response list_opdrachten(const App& app, const Context& ctx, Request& req) {
  auto q = req.query_params();
  std::vector<FieldError> errors;
  auto paging = read_paging(q, errors);
  OpdrachtQuery query;
  if (auto it = q.find("status"); it != q.end() && !it->second.empty()) {
    query.status = opdrachten::status_from_code(it->second);
    if (!query.status) errors.push_back({"status", "fout.ongeldige_keuze"});
  }
  query.deelnemer_id = query_id(q, "deelnemerId", errors);
  if (auto it = q.find("jaar"); it != q.end() && !it->second.empty()) {
    if (auto jaar = query_int(q, "jaar", 2000, 2100, errors)) {
      query.jaar = static_cast<std::int32_t>(*jaar);
    }
  }
  if (!errors.empty()) return invalid_query(errors, req);
  auto lijst = app.services.opdrachten->opdrachten(ctx, query);
  if (!lijst.ok()) return error_response(lijst.error(), req);
  json items = json::array();
  auto totaal = static_cast<std::int64_t>(lijst->size());
  for (std::int64_t i = paging.page.offset;
       i < totaal && i < paging.page.offset + paging.page.limit; ++i) {
    items.push_back(opdracht_json((*lijst)[static_cast<std::size_t>(i)], false));
  }
  return paged_list(req, "opdrachten", std::move(items), totaal, paging);
}

Response post_opdracht(const App& app, const Context& ctx, Request& req) {
  Response bad;
  auto body = opdracht_body(req, bad);
  if (!body) return bad;
  auto o = app.services.opdrachten->create(ctx, body->first, body->second);
  if (!o.ok()) return error_response(o.error(), req);
  return opdracht_response(app, ctx, req, o->id, 201);
}

Response get_opdracht(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  return opdracht_response(app, ctx, req, *id, 200);
}

Response put_opdracht(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  Response bad;
  auto body = opdracht_body(req, bad);
  if (!body) return bad;
  auto versie = required_version(req, bad);
  if (!versie) return bad;
  auto o = app.services.opdrachten->update(ctx, *id, *versie, body->first, body->second);
  if (!o.ok()) return error_response(o.error(), req);
  return opdracht_response(app, ctx, req, *id, 200);
}

Response list_overgangen(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  auto d = app.services.opdrachten->opdracht(ctx, *id);
  if (!d.ok()) return error_response(d.error(), req);
  json items = json::array();
  for (const auto& o : d->tijdlijn) items.push_back(to_json(o));
  // OPD-3: the edits before acceptance belong to the same timeline.
  json bewerkingen = json::array();
  for (const auto& b : d->bewerkingen) {
    bewerkingen.push_back({{"id", b.id},
                           {"door", b.door},
                           {"tijdstip", b.tijdstip},
                           {"status", std::string(code(b.status))},
                           {"naStappen", b.na_stappen},
                           {"onderdelen", b.onderdelen}});
  }
  return unpaged_list(req.path, "overgangen", std::move(items),
                      {{"status", std::string(code(d->opdracht.status))},
                       {"_embedded", {{"bewerkingen", std::move(bewerkingen)}}}});
}

// OPD-3: a lifecycle step as a new overgang: {"stap": "aanbieden", "reden": "…"} with If-Match.
Response post_overgang(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  Response bad;
  auto fields = body_fields(req, bad);
  if (!fields) return bad;
  auto versie = required_version(req, bad);
  if (!versie) return bad;
  auto o = app.services.opdrachten->create_overgang(ctx, *id, *versie, *fields);
  if (!o.ok()) return error_response(o.error(), req);
  auto d = app.services.opdrachten->opdracht(ctx, *id);
  if (!d.ok() || d->tijdlijn.empty()) return error_response(Error::not_found(), req);
  Response response = json_response(201, to_json(d->tijdlijn.back()));
  response.set_header("Location", req.path + "/" + std::to_string(d->tijdlijn.back().id));
  set_etag(response, o->versie);
  return response;
}

json opdracht_schemas() {
  json s;
  auto rij = [](json props) { return json{{"type", "object"}, {"properties", std::move(props)}}; };
  const json opdracht_invoer = opdracht_invoer_properties();
  s["OpdrachtInvoer"] = {
      {"type", "object"},
      {"description", "OPD-1: de elf onderdelen; lege onderdelen mogen in een concept."},
      {"required", {"titel", "jaar"}},
      {"properties", opdracht_invoer}};
  json opdracht = opdracht_invoer;
  opdracht["id"] = int_prop("Identificatie");
  opdracht["regioId"] = int_prop("Regio");
  opdracht["status"] =
      enum_prop("OPD-3: status", {"concept", "aangeboden", "aanvaard", "teruggelegd",
                                  "in_uitvoering", "afgerond", "geevalueerd"});
  opdracht["inhoudsversie"] = {
      {"type", "integer"}, {"format", "int32"}, {"description", "Inhoudsversie"}};
  opdracht["totaalBedrag"] = int_prop("OPD-4: totaal in eurocenten");
  opdracht["totaalUren"] = int_prop("OPD-4: totaal uren");
  opdracht["versie"] = int_prop("Versie");
  opdracht["controle"] = {
      {"type", "array"},
      {"description", "OPD-1: oordeel per onderdeel"},
      {"items", rij({{"onderdeel", string_prop("Onderdeel")},
                     {"oordeel", enum_prop("Oordeel", {"leeg", "vaag", "in_orde"})},
                     {"toelichting", string_prop("Waarom")}})}};
  opdracht["mogelijkeStappen"] = {{"type", "array"},
                                  {"description", "Stappen die de vrager nu kan zetten"},
                                  {"items", {{"type", "string"}}}};
  opdracht["namens"] = {{"type", "array"},
                        {"description",
                         "OPD-2, GOV-6: bij een collectieve opdracht de organisaties namens wie de "
                         "opdrachtgever vandaag besluit (zichzelf eerst); anders leeg"},
                        {"items", {{"type", "string"}}}};
  opdracht["_links"] = {{"type", "object"}, {"description", "Links"}};
  s["Opdracht"] = {{"type", "object"},
                   {"description", "Een opdracht (OPD-1..OPD-4)."},
                   {"properties", opdracht}};
  s["OpdrachtLijst"] = list_schema("opdrachten", "Opdracht");
  const std::vector<std::string> stappen = {"aanbieden", "aanvaarden", "terugleggen", "herzien",
                                            "starten",   "afronden",   "evalueren"};
  s["Overgang"] = rij({{"id", int_prop("Identificatie")},
                       {"stap", enum_prop("Stap", stappen)},
                       {"van", string_prop("Status ervoor")},
                       {"naar", string_prop("Status erna")},
                       {"door", string_prop("Wie")},
                       {"tijdstip", string_prop("Wanneer (UTC)", "date-time")},
                       {"reden", string_prop("Waarom")},
                       {"namens", string_prop("OPD-2: bij een stap van de opdrachtgever op een "
                                              "collectieve opdracht namens welke deelnemers; "
                                              "anders leeg")}});
  s["OvergangInvoer"] = {{"type", "object"},
                         {"required", {"stap"}},
                         {"properties",
                          {{"stap", enum_prop("Stap", stappen)},
                           {"reden", string_prop("Motivering; verplicht bij terugleggen")}}}};
  s["OvergangLijst"] = {
      {"type", "object"},
      {"description", "OPD-3: de tijdlijn van een opdracht."},
      {"properties",
       {{"_links", ref("PaginaLinks")},
        {"status", string_prop("Huidige status")},
        {"_embedded",
         {{"type", "object"},
          {"properties",
           {{"overgangen", {{"type", "array"}, {"items", ref("Overgang")}}},
            {"bewerkingen", {{"type", "array"}, {"items", ref("Bewerking")}}}}}}}}}};
  s["Bewerking"] =
      rij({{"id", int_prop("Identificatie")},
           {"door", string_prop("Wie, met de rol")},
           {"tijdstip", string_prop("Wanneer (UTC)", "date-time")},
           {"status", string_prop("De status waarin de opdracht werd gewijzigd")},
           {"naStappen", int_prop("Na hoeveel stappen van de tijdlijn de wijziging kwam")},
           {"onderdelen",
            {{"type", "array"},
             {"items", {{"type", "string"}}},
             {"description",
              "De gewijzigde onderdelen: titel, jaar, soort, deelnemerId, extraUren, "
              "extraFinanciering of de code van een van de elf onderdelen"}}}});
  return s;
}

}  // namespace

json opdracht_invoer_properties() {
  auto tekst_deel = [](const char* d) { return string_prop(d); };
  auto rij = [](json props) { return json{{"type", "object"}, {"properties", std::move(props)}}; };
  auto nullable_id = [](const char* d) {
    return json{{"type", "integer"}, {"format", "int64"}, {"nullable", true}, {"description", d}};
  };
  json niveaus = enum_prop("Niveau", {"laag", "middel", "hoog"});
  return {
      {"titel", string_prop("Titel")},
      {"jaar", {{"type", "integer"}, {"format", "int32"}, {"description", "Jaar"}}},
      {"soort", enum_prop("OPD-2: collectief (standaard) of maatwerk", {"collectief", "maatwerk"})},
      {"opdrachtgeverId", int_prop("De opdrachtgever (alleen bij opstellen door de OD)")},
      {"deelnemerId", nullable_id("Maatwerk: de deelnemer")},
      {"extraUren",
       {{"type", "integer"}, {"format", "int32"}, {"description", "Maatwerk: extra uren"}}},
      {"extraFinanciering", int_prop("Maatwerk: extra financiering in eurocenten")},
      {"aanleiding", tekst_deel("Aanleiding")},
      {"scope", tekst_deel("Afbakening van de scope")},
      {"doel", tekst_deel("Doel")},
      {"activiteiten", tekst_deel("Beoogde activiteiten")},
      {"resultaat", tekst_deel("Resultaatbeschrijving")},
      {"sturingsvorm", tekst_deel("Rolverdeling en interne sturingsvorm")},
      {"monitoring", tekst_deel("Monitoring (wijze, frequentie) en afsluiting")},
      {"governance", tekst_deel("Governance")},
      {"planning",
       {{"type", "array"},
        {"items",
         rij({{"omschrijving", string_prop("Mijlpaal")}, {"datum", nullable_date("Datum")}})}}},
      {"bemensing",
       {{"type", "array"},
        {"items",
         rij({{"rol", string_prop("Rol")},
              {"uren", {{"type", "integer"}, {"format", "int32"}, {"description", "Uren"}}},
              {"persoonId", nullable_id("Persoon")}})}}},
      {"financien",
       {{"type", "array"},
        {"items",
         rij({{"jaar", {{"type", "integer"}, {"format", "int32"}, {"description", "Jaar"}}},
              {"bedrag", int_prop("Bedrag in eurocenten")},
              {"omschrijving", string_prop("Omschrijving")}})}}},
      {"stakeholders",
       {{"type", "array"},
        {"items", rij({{"naam", string_prop("Naam")},
                       {"rol", string_prop("Rol of belang")},
                       {"organisatieId", nullable_id("Organisatie")},
                       {"persoonId", nullable_id("Persoon")}})}}},
      {"risicos",
       {{"type", "array"},
        {"items", rij({{"omschrijving", string_prop("Risico")},
                       {"kans", niveaus},
                       {"impact", niveaus},
                       {"beheersmaatregel", string_prop("Beheersmaatregel")},
                       {"eigenaar", string_prop("Eigenaar")}})}}}};
}

json opdracht_json(const opdrachten::Opdracht& o, bool volledig) {
  json j = {{"id", o.id},
            {"regioId", o.regio_id},
            {"opdrachtgeverId", o.opdrachtgever_id},
            {"titel", o.titel},
            {"jaar", o.jaar},
            {"soort", std::string(code(o.soort))},
            {"deelnemerId", o.deelnemer_id ? json(*o.deelnemer_id) : json(nullptr)},
            {"extraUren", o.extra_uren},
            {"extraFinanciering", o.extra_financiering_cents},
            {"status", std::string(code(o.status))},
            {"inhoudsversie", o.inhoudsversie},
            {"totaalBedrag", opdrachten::totaal_cents(o)},
            {"totaalUren", opdrachten::totaal_uren(o)},
            {"versie", o.versie}};
  if (!volledig) return j;
  j["aanleiding"] = o.aanleiding;
  j["scope"] = o.scope;
  j["doel"] = o.doel;
  j["activiteiten"] = o.activiteiten;
  j["resultaat"] = o.resultaat;
  j["sturingsvorm"] = o.sturingsvorm;
  j["monitoring"] = o.monitoring;
  j["governance"] = o.governance;
  auto id_of_null = [](const std::optional<Id>& id) { return id ? json(*id) : json(nullptr); };
  j["planning"] = json::array();
  for (const auto& m : o.planning) {
    j["planning"].push_back({{"omschrijving", m.omschrijving}, {"datum", optional_date(m.datum)}});
  }
  j["bemensing"] = json::array();
  for (const auto& i : o.bemensing) {
    j["bemensing"].push_back(
        {{"rol", i.rol}, {"uren", i.uren}, {"persoonId", id_of_null(i.persoon_id)}});
  }
  j["financien"] = json::array();
  for (const auto& b : o.financien) {
    j["financien"].push_back(
        {{"jaar", b.jaar}, {"bedrag", b.cents}, {"omschrijving", b.omschrijving}});
  }
  j["stakeholders"] = json::array();
  for (const auto& st : o.stakeholders) {
    j["stakeholders"].push_back({{"naam", st.naam},
                                 {"rol", st.rol},
                                 {"organisatieId", id_of_null(st.organisatie_id)},
                                 {"persoonId", id_of_null(st.persoon_id)}});
  }
  j["risicos"] = json::array();
  for (const auto& r : o.risicos) {
    j["risicos"].push_back({{"omschrijving", r.omschrijving},
                            {"kans", std::string(code(r.kans))},
                            {"impact", std::string(code(r.impact))},
                            {"beheersmaatregel", r.beheersmaatregel},
                            {"eigenaar", r.eigenaar}});
  }
  return j;
}

void add_opdracht_api(ApiRoutes& r) {
  const json id = {param_ref("id")};
  const json id_match = {param_ref("id"), param_ref("ifMatch")};
  const json paging = {param_ref("pagina"), param_ref("paginaGrootte")};
  r.add_tag("Opdrachten", "Opdrachten en hun levenscyclus");
  r.add_schemas(opdracht_schemas());
  r.add("GET", "/opdrachten", list_opdrachten,
        op("listOpdrachten", "Opdrachten", "Opdrachten",
           "Zichtbare opdrachten van de regio; maatwerk alleen voor betrokkenen.",
           merge(ok("OpdrachtLijst", "Een pagina.", false, 200, false, true),
                 problems({400, 401, 503})),
           with(paging, {query_param("status", "Filter op status", {{"type", "string"}}),
                         query_param("deelnemerId", "Filter op deelnemer (maatwerk)",
                                     {{"type", "integer"}, {"format", "int64"}}),
                         query_param("jaar", "Filter op jaar",
                                     {{"type", "integer"}, {"format", "int32"}})})));
  r.add("POST", "/opdrachten", post_opdracht,
        op("postOpdracht", "Opdrachten", "Opdracht opstellen",
           "Een concept; door de opdrachtgever of door accountmanager of directie van de OD.",
           merge(ok("Opdracht", "Aangemaakt.", true, 201, true), problems({400, 401, 403, 503})),
           json::array(), "OpdrachtInvoer"));
  r.add("GET", "/opdrachten/{id}", get_opdracht,
        op("getOpdracht", "Opdrachten", "Eén opdracht", "Met de controle per onderdeel (OPD-1).",
           merge(ok("Opdracht", "De opdracht."), problems({401, 404, 503})), id));
  r.add("PUT", "/opdrachten/{id}", put_opdracht,
        op("putOpdracht", "Opdrachten", "Opdracht wijzigen",
           "Alleen als concept of teruggelegd; met If-Match.",
           merge(ok("Opdracht", "Gewijzigd."), problems({400, 401, 403, 404, 409, 428, 503})),
           id_match, "OpdrachtInvoer"));
  r.add("GET", "/opdrachten/{id}/overgangen", list_overgangen,
        op("listOvergangen", "Opdrachten", "Tijdlijn",
           "OPD-3: wie, wanneer en waarom; met de wijzigingen vóór aanvaarding (welke onderdelen, "
           "door wie).",
           merge(ok_list("OvergangLijst", "De tijdlijn."), problems({401, 404, 503})), id));
  r.add("POST", "/opdrachten/{id}/overgangen", post_overgang,
        op("postOvergang", "Opdrachten", "Stap zetten",
           "OPD-3: aanbieden (opdrachtgever), aanvaarden of terugleggen met motivering "
           "(opdrachtnemer), enzovoort; met If-Match.",
           merge(ok("Overgang", "De stap.", true, 201, true),
                 problems({400, 401, 403, 404, 409, 428, 503})),
           id_match, "OvergangInvoer"));
}

}  // namespace regie::web::api

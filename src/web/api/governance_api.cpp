// GOV-6, GOV-8, GOV-9 over the API: vertegenwoordigingen, the projectgroep and the findings.
#include "core/text.hpp"
#include "web/api/api_routes.hpp"
#include "web/api/support.hpp"

namespace regie::web::api {
namespace {

using namespace doc;

json to_json(const governance::Vertegenwoordiging& v) {
  const auto& m = v.mandaat;
  return {{"id", v.id},
          {"regioId", v.regio_id},
          {"opdrachtgeverId", v.opdrachtgever_id},
          {"vertegenwoordigdeId", v.vertegenwoordigde_id},
          {"mandaatVerleendDoor", m.verleend_door ? json(*m.verleend_door) : json(nullptr)},
          {"mandaatVerleendOp", optional_date(m.verleend_op)},
          {"mandaatScope", m.scope},
          {"mandaatVan", m.periode ? json(m.periode->van.iso()) : json(nullptr)},
          {"mandaatTot", m.periode ? optional_date(m.periode->tot) : json(nullptr)},
          {"omvang", std::string(code(v.omvang))},
          {"versie", v.versie}};
}

json to_json(const service::VertegenwoordigingRegel& r) {
  json j = to_json(r.vertegenwoordiging);
  j["opdrachtgeverNaam"] = r.opdrachtgever_naam;
  j["vertegenwoordigdeNaam"] = r.vertegenwoordigde_naam;
  j["mandaatVerleendDoorNaam"] = r.verleend_door_naam;
  j["mandaatCompleet"] = r.compleet;
  j["mandaatGeldig"] = r.geldig;
  return j;
}

json to_json(const governance::Projectgroep::Lid& lid) {
  return {{"id", lid.id}, {"persoonId", lid.persoon_id}, {"organisatieId", lid.organisatie_id}};
}

const auto kGovernanceJson = [](const auto& x) { return to_json(x); };

// The regio in the path must be the actor's own (others: 404, like every other regio read).
bool eigen_regio(const Context& ctx, const Request& req) {
  auto id = path_id(req, "id");
  return id && *id == ctx.actor.regio_id;
}

Response list_bevindingen(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  auto q = req.query_params();
  Datum peildatum = app.services.clock->vandaag();
  if (auto it = q.find("peildatum"); it != q.end() && !it->second.empty()) {
    auto parsed = Datum::parse_iso(it->second);
    if (!parsed) return invalid_query({{"peildatum", "fout.datum_iso"}}, req);
    peildatum = *parsed;
  }
  std::vector<FieldError> errors;
  auto organisatie_id = query_id(q, "organisatieId", errors);
  if (!errors.empty()) return invalid_query(errors, req);
  auto gezondheid = app.services.governance->bevindingen(ctx, *id, peildatum, organisatie_id);
  if (!gezondheid.ok()) return error_response(gezondheid.error(), req);
  json items = json::array();
  for (const auto& b : gezondheid->bevindingen) {
    json organisaties = json::array();
    for (Id o : b.organisaties) {
      organisaties.push_back({{"id", o}, {"naam", gezondheid->organisatie_namen[o]}});
    }
    json personen = json::array();
    for (Id p : b.personen) personen.push_back({{"id", p}, {"naam", gezondheid->persoon_namen[p]}});
    items.push_back({{"requirement", b.requirement},
                     {"ernst", std::string(code(b.ernst))},
                     {"pet", std::string(code(b.pet))},
                     {"organisaties", organisaties},
                     {"personen", personen},
                     {"code", b.uitleg_key},
                     {"uitleg", tekst_met(b.uitleg_key, b.waarden)},
                     {"remedie", tekst_met(b.remedie_key, b.waarden)},
                     {"waarden", b.waarden}});
  }
  return unpaged_list(
      req.target, "bevindingen", std::move(items),
      {{"peildatum", peildatum.iso()},
       {"eigenWeergave", gezondheid->eigen_weergave},
       {"organisatieId",
        gezondheid->organisatie_id ? json(*gezondheid->organisatie_id) : json(nullptr)}});
}

Response list_vertegenwoordigingen(const App& app, const Context& ctx, Request& req) {
  std::vector<FieldError> errors;
  auto paging = read_paging(req.query_params(), errors);
  if (!errors.empty()) return invalid_query(errors, req);
  auto lijst = app.services.governance->vertegenwoordigingen(ctx, app.services.clock->vandaag());
  if (!lijst.ok()) return error_response(lijst.error(), req);
  Page<service::VertegenwoordigingRegel> page;
  page.total = static_cast<std::int64_t>(lijst->size());
  for (std::int64_t i = paging.page.offset;
       i < page.total && i < paging.page.offset + paging.page.limit; ++i) {
    page.items.push_back((*lijst)[static_cast<std::size_t>(i)]);
  }
  return paged_list(req, "vertegenwoordigingen", page, paging, kGovernanceJson);
}

Response get_vertegenwoordiging(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  auto regel = app.services.governance->vertegenwoordiging(ctx, *id, app.services.clock->vandaag());
  if (!regel.ok()) return error_response(regel.error(), req);
  Response response = json_response(200, to_json(*regel));
  set_etag(response, regel->vertegenwoordiging.versie);
  return response;
}

Response post_vertegenwoordiging(const App& app, const Context& ctx, Request& req) {
  Response bad;
  auto fields = body_fields(req, bad);
  if (!fields) return bad;
  return created(app.services.governance->create_vertegenwoordiging(ctx, *fields), req, req.path,
                 kGovernanceJson);
}

Response put_vertegenwoordiging(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  Response bad;
  auto fields = body_fields(req, bad);
  if (!fields) return bad;
  auto versie = required_version(req, bad);
  if (!versie) return bad;
  return single(app.services.governance->update_vertegenwoordiging(ctx, *id, *versie, *fields), req,
                kGovernanceJson);
}

Response delete_vertegenwoordiging(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  Response bad;
  auto versie = required_version(req, bad);
  if (!versie) return bad;
  return no_content(app.services.governance->delete_vertegenwoordiging(ctx, *id, *versie), req);
}

Response projectgroep_response(const App& app, const Context& ctx, const Request& req) {
  auto weergave = app.services.governance->projectgroep(ctx, app.services.clock->vandaag());
  if (!weergave.ok()) return error_response(weergave.error(), req);
  if (!weergave->groep) return not_found(req);
  const auto& groep = *weergave->groep;
  json leden = json::array();
  for (const auto& lid : groep.leden) {
    json j = to_json(lid);
    j["persoonNaam"] = weergave->persoon_namen[lid.persoon_id];
    j["organisatieNaam"] = weergave->organisatie_namen[lid.organisatie_id];
    leden.push_back(j);
  }
  json ontbrekend = json::array();
  for (Id o : weergave->ontbrekende_deelnemers) {
    ontbrekend.push_back({{"id", o}, {"naam", weergave->organisatie_namen[o]}});
  }
  json body = {
      {"_links", {{"self", {{"href", req.path}}}}},
      {"regioId", ctx.actor.regio_id},
      {"regisseurPersoonId",
       groep.regisseur_persoon_id ? json(*groep.regisseur_persoon_id) : json(nullptr)},
      {"regisseurNaam", groep.regisseur_persoon_id
                            ? json(weergave->persoon_namen[*groep.regisseur_persoon_id])
                            : json(nullptr)},
      {"regisseurBenoemdDoor",
       groep.regisseur_benoemd_door ? json(*groep.regisseur_benoemd_door) : json(nullptr)},
      {"regisseurBenoemdDoorNaam",
       groep.regisseur_benoemd_door ? json(weergave->persoon_namen[*groep.regisseur_benoemd_door])
                                    : json(nullptr)},
      {"regisseurBenoemdOp", optional_date(groep.regisseur_benoemd_op)},
      {"leden", leden},
      {"ontbrekendeDeelnemers", ontbrekend},
      {"versie", groep.versie}};
  Response response = json_response(200, body);
  set_etag(response, groep.versie);
  return response;
}

Response get_projectgroep(const App& app, const Context& ctx, Request& req) {
  if (!eigen_regio(ctx, req)) return not_found(req);
  return projectgroep_response(app, ctx, req);
}

Response put_projectgroep(const App& app, const Context& ctx, Request& req) {
  if (!eigen_regio(ctx, req)) return not_found(req);
  Response bad;
  auto fields = body_fields(req, bad);
  if (!fields) return bad;
  // Creating the projectgroep needs no version; changing an existing one does.
  std::optional<std::int64_t> versie = 0;
  if (has_if_match(req)) {
    versie = required_version(req, bad);
    if (!versie) return bad;
  } else {
    auto bestaand = app.services.governance->projectgroep(ctx, app.services.clock->vandaag());
    if (!bestaand.ok()) return error_response(bestaand.error(), req);
    if (bestaand->groep) {
      required_version(req, bad);
      return bad;
    }
  }
  auto result = app.services.governance->update_projectgroep(ctx, *versie, *fields);
  if (!result.ok()) return error_response(result.error(), req);
  return projectgroep_response(app, ctx, req);
}

Response post_projectgroeplid(const App& app, const Context& ctx, Request& req) {
  if (!eigen_regio(ctx, req)) return not_found(req);
  Response bad;
  auto fields = body_fields(req, bad);
  if (!fields) return bad;
  return created(app.services.governance->create_projectgroeplid(ctx, *fields), req, req.path,
                 kGovernanceJson, false);
}

Response delete_projectgroeplid(const App& app, const Context& ctx, Request& req) {
  if (!eigen_regio(ctx, req)) return not_found(req);
  auto lid = path_id(req, "lidId");
  if (!lid) return not_found(req);
  return no_content(app.services.governance->delete_projectgroeplid(ctx, *lid), req);
}

json governance_schemas() {
  json s;
  json verwijzing = {
      {"type", "object"},
      {"properties", {{"id", int_prop("Identificatie")}, {"naam", string_prop("Naam")}}}};
  s["Bevinding"] = {
      {"type", "object"},
      {"description", "Een bevinding van een governance-controle (GOV-4..GOV-8)."},
      {"properties",
       {{"requirement", string_prop("Het requirement, bijvoorbeeld GOV-4")},
        {"ernst", enum_prop("Ernst", {"fout", "waarschuwing", "melding"})},
        {"pet", enum_prop("GOV-7: de pet", {"eigenaar", "opdrachtgever", "opdrachtnemer"})},
        {"organisaties", {{"type", "array"}, {"items", verwijzing}}},
        {"personen", {{"type", "array"}, {"items", verwijzing}}},
        {"code", string_prop("Sleutel van de bevinding")},
        {"uitleg", string_prop("De bevinding in het Nederlands")},
        {"remedie", string_prop("Wat de handreiking als oplossing geeft")},
        {"waarden",
         {{"type", "object"},
          {"additionalProperties", {{"type", "string"}}},
          {"description", "Waarden in de tekst (uren, minimum, datums)"}}}}}};
  s["BevindingLijst"] = {
      {"type", "object"},
      {"description", "De bevindingen op een peildatum."},
      {"properties",
       {{"_links", ref("PaginaLinks")},
        {"peildatum", string_prop("De peildatum", "date")},
        {"eigenWeergave",
         {{"type", "boolean"}, {"description", "Alleen bevindingen over de eigen organisatie"}}},
        {"organisatieId",
         {{"type", "integer"},
          {"format", "int64"},
          {"nullable", true},
          {"description", "De organisatie waartoe de lijst is beperkt"}}},
        {"_embedded",
         {{"type", "object"},
          {"properties", {{"bevindingen", {{"type", "array"}, {"items", ref("Bevinding")}}}}}}}}}};
  json mandaat_props = {
      {"opdrachtgeverId", int_prop("De opdrachtgever die vertegenwoordigt")},
      {"vertegenwoordigdeId", int_prop("De deelnemer die wordt vertegenwoordigd")},
      {"mandaatVerleendDoor",
       {{"type", "integer"},
        {"format", "int64"},
        {"nullable", true},
        {"description", "Persoon die het mandaat verleende"}}},
      {"mandaatVerleendOp", nullable_date("Datum waarop het mandaat werd verleend")},
      {"mandaatScope", string_prop("Reikwijdte van het mandaat")},
      {"mandaatVan", nullable_date("Begin van de geldigheid")},
      {"mandaatTot", nullable_date("Einde van de geldigheid (tot en met)")},
      {"omvang", enum_prop("OPD-2, GOV-6: volledig (ook als aanspreekpunt en voor de uren van de "
                           "deelnemer) of alleen de collectieve opdracht; weggelaten is volledig",
                           {"volledig", "collectief"})}};
  s["VertegenwoordigingInvoer"] = {
      {"type", "object"},
      {"description",
       "GOV-6: een onvolledig mandaat mag worden vastgelegd; het is dan een bevinding."},
      {"required", {"opdrachtgeverId", "vertegenwoordigdeId"}},
      {"properties", mandaat_props}};
  json vertegenwoordiging_props = mandaat_props;
  vertegenwoordiging_props["id"] = int_prop("Identificatie");
  vertegenwoordiging_props["regioId"] = int_prop("Regio");
  vertegenwoordiging_props["versie"] = int_prop("Versie");
  vertegenwoordiging_props["opdrachtgeverNaam"] = string_prop("Naam van de opdrachtgever");
  vertegenwoordiging_props["vertegenwoordigdeNaam"] = string_prop("Naam van de deelnemer");
  vertegenwoordiging_props["mandaatVerleendDoorNaam"] = string_prop("Naam van de verlener");
  vertegenwoordiging_props["mandaatCompleet"] = {
      {"type", "boolean"}, {"description", "Wie, wanneer, waarvoor en periode zijn vastgelegd"}};
  vertegenwoordiging_props["mandaatGeldig"] = {
      {"type", "boolean"}, {"description", "Compleet en vandaag binnen de periode"}};
  s["Vertegenwoordiging"] = {
      {"type", "object"},
      {"description", "GOV-6: collectief opdrachtgeverschap met het mandaat."},
      {"properties", vertegenwoordiging_props}};
  s["VertegenwoordigingLijst"] = list_schema("vertegenwoordigingen", "Vertegenwoordiging");
  s["ProjectgroepLid"] = {
      {"type", "object"},
      {"properties",
       {{"id", int_prop("Identificatie")},
        {"persoonId", int_prop("Persoon")},
        {"persoonNaam", string_prop("Naam van de persoon")},
        {"organisatieId", int_prop("De deelnemer die het lid vertegenwoordigt")},
        {"organisatieNaam", string_prop("Naam van de deelnemer")}}}};
  s["ProjectgroepLidInvoer"] = {
      {"type", "object"},
      {"required", {"persoonId", "organisatieId"}},
      {"properties",
       {{"persoonId", int_prop("Persoon")},
        {"organisatieId",
         int_prop("De deelnemer of overige partij (soort overig, zoals een waterschap) die het "
                  "lid vertegenwoordigt")}}}};
  s["Projectgroep"] = {
      {"type", "object"},
      {"description", "GOV-8: de projectgroep beleidscyclus."},
      {"properties",
       {{"_links", ref("PaginaLinks")},
        {"regioId", int_prop("Regio")},
        {"regisseurPersoonId",
         {{"type", "integer"},
          {"format", "int64"},
          {"nullable", true},
          {"description", "Regisseur"}}},
        {"regisseurNaam", {{"type", "string"}, {"nullable", true}, {"description", "Naam"}}},
        {"regisseurBenoemdDoor",
         {{"type", "integer"},
          {"format", "int64"},
          {"nullable", true},
          {"description", "GOV-8: de persoon die de regisseur benoemde"}}},
        {"regisseurBenoemdDoorNaam",
         {{"type", "string"}, {"nullable", true}, {"description", "Naam van wie benoemde"}}},
        {"regisseurBenoemdOp", nullable_date("GOV-8: datum van de benoeming")},
        {"leden", {{"type", "array"}, {"items", ref("ProjectgroepLid")}}},
        {"ontbrekendeDeelnemers",
         {{"type", "array"},
          {"description", "Deelnemers van vandaag zonder lid"},
          {"items", verwijzing}}},
        {"versie", int_prop("Versie")}}}};
  s["ProjectgroepInvoer"] = {
      {"type", "object"},
      {"properties",
       {{"regisseurPersoonId",
         {{"type", "integer"},
          {"format", "int64"},
          {"nullable", true},
          {"description", "Regisseur beleidscyclus; null: geen"}}},
        {"regisseurBenoemdDoor",
         {{"type", "integer"},
          {"format", "int64"},
          {"nullable", true},
          {"description",
           "GOV-8: de bestuurlijk opdrachtgever die de regisseur "
           "benoemde"}}},
        {"regisseurBenoemdOp", nullable_date("GOV-8: datum van de benoeming")}}}};
  return s;
}

}  // namespace

void add_governance_api(ApiRoutes& r) {
  const json id = {param_ref("id")};
  const json id_match = {param_ref("id"), param_ref("ifMatch")};
  const json paging = {param_ref("pagina"), param_ref("paginaGrootte")};
  const json lid_params = {param_ref("id"), param_ref("lidId")};
  r.add_tag("Governance", "Collectief opdrachtgeverschap en projectgroep");
  r.add_schemas(governance_schemas());
  r.add(
      "GET", "/regios/{id}/bevindingen", list_bevindingen,
      op("listBevindingen", "Register", "Governance-bevindingen",
         "GOV-9: alle bevindingen van de rolvastheidscontroles (GOV-4..GOV-8) op een peildatum, "
         "fouten eerst. Een opdrachtgever of bestuurder krijgt alleen de bevindingen over de eigen "
         "organisatie (eigenWeergave).",
         merge(ok_list("BevindingLijst", "De bevindingen."), problems({400, 401, 404, 503})),
         json{param_ref("id"),
              query_param("peildatum", "Datum JJJJ-MM-DD; standaard vandaag (Europe/Amsterdam)",
                          {{"type", "string"}, {"format", "date"}}),
              query_param("organisatieId",
                          "Alleen bevindingen over deze organisatie (een opdrachtgever of "
                          "bestuurder alleen de eigen)",
                          {{"type", "integer"}, {"format", "int64"}})}));
  r.add("GET", "/regios/{id}/projectgroep", get_projectgroep,
        op("getProjectgroep", "Governance", "Projectgroep beleidscyclus",
           "GOV-8: de regisseur, de leden en de deelnemers zonder lid.",
           merge(ok("Projectgroep", "De projectgroep."), problems({401, 404, 503})), id));
  r.add("PUT", "/regios/{id}/projectgroep", put_projectgroep,
        op("putProjectgroep", "Governance", "Regisseur vastleggen",
           "GOV-8: alleen een beheerder. Zonder If-Match alleen als er nog geen projectgroep is.",
           merge(ok("Projectgroep", "Opgeslagen."), problems({400, 401, 403, 404, 409, 428, 503})),
           id_match, "ProjectgroepInvoer"));
  r.add("POST", "/regios/{id}/projectgroep/leden", post_projectgroeplid,
        op("postProjectgroepLid", "Governance", "Lid toevoegen",
           "GOV-8: de beheerder, of de opdrachtgever voor de eigen organisatie.",
           merge(ok("ProjectgroepLid", "Toegevoegd.", false, 201, true),
                 problems({400, 401, 403, 404, 503})),
           id, "ProjectgroepLidInvoer"));
  r.add("DELETE", "/regios/{id}/projectgroep/leden/{lidId}", delete_projectgroeplid,
        op("deleteProjectgroepLid", "Governance", "Lid verwijderen",
           "GOV-8: de beheerder, of de opdrachtgever voor de eigen organisatie.",
           merge(no_content(), problems({401, 403, 404, 503})), lid_params));
  r.add("GET", "/vertegenwoordigingen", list_vertegenwoordigingen,
        op("listVertegenwoordigingen", "Governance", "Vertegenwoordigingen",
           "GOV-6: collectief opdrachtgeverschap in de regio, met de staat van het mandaat.",
           merge(ok("VertegenwoordigingLijst", "Een pagina.", false, 200, false, true),
                 problems({400, 401, 503})),
           paging));
  r.add("POST", "/vertegenwoordigingen", post_vertegenwoordiging,
        op("postVertegenwoordiging", "Governance", "Vertegenwoordiging vastleggen",
           "GOV-6: de beheerder, of de opdrachtgever van de vertegenwoordigde; het mandaat "
           "komt van diens bestuurlijk opdrachtgever.",
           merge(ok("Vertegenwoordiging", "Aangemaakt.", true, 201, true),
                 problems({400, 401, 403, 503})),
           json::array(), "VertegenwoordigingInvoer"));
  r.add(
      "GET", "/vertegenwoordigingen/{id}", get_vertegenwoordiging,
      op("getVertegenwoordiging", "Governance", "Eén vertegenwoordiging", "GOV-6.",
         merge(ok("Vertegenwoordiging", "De vertegenwoordiging."), problems({401, 404, 503})), id));
  r.add("PUT", "/vertegenwoordigingen/{id}", put_vertegenwoordiging,
        op("putVertegenwoordiging", "Governance", "Vertegenwoordiging wijzigen", "Met If-Match.",
           merge(ok("Vertegenwoordiging", "Gewijzigd."),
                 problems({400, 401, 403, 404, 409, 428, 503})),
           id_match, "VertegenwoordigingInvoer"));
  r.add(
      "DELETE", "/vertegenwoordigingen/{id}", delete_vertegenwoordiging,
      op("deleteVertegenwoordiging", "Governance", "Vertegenwoordiging verwijderen",
         "Met If-Match.", merge(no_content(), problems({401, 403, 404, 409, 428, 503})), id_match));
}

}  // namespace regie::web::api

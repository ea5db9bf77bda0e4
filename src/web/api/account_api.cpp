// GOV-10 over the API: the beheerder's accounts. A new account and a new one-time link answer
// with the link's address once; regie keeps only its hash.
#include "web/api/api.hpp"
#include "web/api/api_routes.hpp"
#include "web/api/support.hpp"

namespace regie::web::api {
namespace {

using namespace doc;

std::string gebruiker_href(Id id) { return "/api/v1/gebruikers/" + std::to_string(id); }

json to_json(const service::AccountRegel& r) {
  const auto& g = r.gebruiker;
  return {{"id", g.id},
          {"naam", g.naam},
          {"persoonId", r.persoon_id ? json(*r.persoon_id) : json(nullptr)},
          {"persoonNaam", r.persoon_naam.empty() ? json(nullptr) : json(r.persoon_naam)},
          {"beheerder", g.beheerder},
          {"actief", g.actief},
          {"rollenVandaag", r.hoeden},
          {"aangemaakt", g.aangemaakt},
          {"_links", {{"self", {{"href", gebruiker_href(g.id)}}}}}};
}

// The link as the person follows it, on the address the client used.
json to_json(const service::Herstellink& link, const Request& req) {
  return {{"gebruikerId", link.gebruiker_id},
          {"naam", link.naam},
          {"url", absolute_url(req, link.pad())},
          {"geldigTot", link.geldig_tot},
          {"_links", {{"gebruiker", {{"href", gebruiker_href(link.gebruiker_id)}}}}}};
}

Response herstellink_response(const Result<service::Herstellink>& link, const Request& req) {
  if (!link.ok()) return error_response(link.error(), req);
  Response response = json_response(201, to_json(*link, req));
  response.set_header("Location", gebruiker_href(link->gebruiker_id));
  response.set_header("Cache-Control", "no-store");
  return response;
}

Response list_gebruikers(const App& app, const Context& ctx, Request& req) {
  auto lijst = app.services.accounts->accounts(ctx);
  if (!lijst.ok()) return error_response(lijst.error(), req);
  json items = json::array();
  for (const auto& r : *lijst) items.push_back(to_json(r));
  return unpaged_list("/api/v1/gebruikers", "gebruikers", std::move(items));
}

Response post_gebruiker(const App& app, const Context& ctx, Request& req) {
  Response bad;
  auto fields = body_fields(req, bad);
  if (!fields) return bad;
  return herstellink_response(app.services.accounts->create(ctx, *fields), req);
}

Response get_gebruiker(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  auto r = app.services.accounts->account(ctx, *id);
  if (!r.ok()) return error_response(r.error(), req);
  return json_response(200, to_json(*r));
}

// {"actief": true | false}: the whole state of the sub-resource, so no version is needed.
Response put_gebruiker_status(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  Response bad;
  auto fields = body_fields(req, bad);
  if (!fields) return bad;
  auto result = app.services.accounts->zet_actief(ctx, *id, *fields);
  if (!result.ok()) return error_response(result.error(), req);
  return json_response(200, to_json(*result));
}

Response post_herstellink(const App& app, const Context& ctx, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return not_found(req);
  return herstellink_response(app.services.accounts->herstellink(ctx, *id), req);
}

json account_schemas() {
  json s;
  json gebruiker = {
      {"id", int_prop("Identificatie")},
      {"naam", string_prop("Gebruikersnaam")},
      {"persoonId",
       {{"type", "integer"},
        {"format", "int64"},
        {"nullable", true},
        {"description",
         "De persoon uit het register die het account is; null bij technisch beheer"}}},
      {"persoonNaam", {{"type", "string"}, {"nullable", true}, {"description", "Naam"}}},
      {"beheerder", {{"type", "boolean"}, {"description", "Technisch beheer-account"}}},
      {"actief", {{"type", "boolean"}, {"description", "Uitgezet: kan niet inloggen"}}},
      {"rollenVandaag", string_prop("De rollen van de persoon vandaag, in woorden")},
      {"aangemaakt", string_prop("Wanneer (UTC)", "date-time")},
      {"_links", {{"type", "object"}, {"properties", {{"self", ref("Link")}}}}}};
  s["Gebruiker"] = {{"type", "object"},
                    {"description", "GOV-10: een account; het handelt als de gekoppelde persoon."},
                    {"properties", gebruiker}};
  s["GebruikerInvoer"] = {
      {"type", "object"},
      {"required", {"naam"}},
      {"properties",
       {{"naam", string_prop("Gebruikersnaam: 3 tot 64 kleine letters, cijfers, . - _")},
        {"persoonId", int_prop("De persoon uit het register; of beheerder true")},
        {"beheerder", {{"type", "boolean"}, {"description", "Technisch beheer zonder persoon"}}}}}};
  // "actief" is needed; a body without it is answered with a 400 that names it.
  s["GebruikerStatus"] = {
      {"type", "object"},
      {"properties",
       {{"actief", {{"type", "boolean"}, {"description", "Aan of uit; verplicht"}}}}}};
  s["Herstellink"] = {
      {"type", "object"},
      {"description",
       "GOV-10: een eenmalige link waarmee de persoon een wachtwoord kiest; alleen in dit "
       "antwoord te zien."},
      {"properties",
       {{"gebruikerId", int_prop("Het account")},
        {"naam", string_prop("Gebruikersnaam")},
        {"url", string_prop("De link", "uri")},
        {"geldigTot", string_prop("Tot wanneer (UTC)", "date-time")},
        {"_links", {{"type", "object"}, {"properties", {{"gebruiker", ref("Link")}}}}}}}};
  json gebruikers = {{"type", "array"}, {"items", ref("Gebruiker")}};
  s["GebruikerLijst"] = {
      {"type", "object"},
      {"description", "GOV-10: alle accounts, op naam."},
      {"properties",
       {{"_links", {{"type", "object"}, {"properties", {{"self", ref("Link")}}}}},
        {"_embedded", {{"type", "object"}, {"properties", {{"gebruikers", gebruikers}}}}}}}};
  return s;
}

}  // namespace

void add_account_api(ApiRoutes& r) {
  const json id = {param_ref("id")};
  r.add_tag("Accounts", "Accounts van personen en het technisch beheer (GOV-10)");
  r.add_schemas(account_schemas());
  r.add("GET", "/gebruikers", list_gebruikers,
        op("listGebruikers", "Accounts", "Accounts",
           "GOV-10: alle accounts met de persoon en diens rollen vandaag; alleen voor de "
           "beheerder.",
           merge(ok_list("GebruikerLijst", "De accounts."), problems({401, 403, 503}))));
  r.add("POST", "/gebruikers", post_gebruiker,
        op("postGebruiker", "Accounts", "Account toevoegen",
           "GOV-10: voor een persoon uit het register (of technisch beheer). Het antwoord bevat "
           "eenmalig de link waarmee de persoon een wachtwoord kiest.",
           merge(ok("Herstellink", "Toegevoegd; de link.", false, 201, true),
                 problems({400, 401, 403, 503})),
           json::array(), "GebruikerInvoer"));
  r.add("GET", "/gebruikers/{id}", get_gebruiker,
        op("getGebruiker", "Accounts", "Eén account", "GOV-10: alleen voor de beheerder.",
           merge(ok("Gebruiker", "Het account.", false), problems({401, 404, 503})), id));
  r.add("PUT", "/gebruikers/{id}/status", put_gebruiker_status,
        op("putGebruikerStatus", "Accounts", "Account aan- of uitzetten",
           "GOV-10: een uitgezet account kan niet inloggen en zijn sessies en tokens werken "
           "niet meer. De hele toestand in één veld, dus zonder If-Match.",
           merge(ok("Gebruiker", "Het account.", false), problems({400, 401, 404, 503})), id,
           "GebruikerStatus"));
  r.add("POST", "/gebruikers/{id}/herstellinks", post_herstellink,
        op("postHerstellink", "Accounts", "Nieuwe link voor het wachtwoord",
           "GOV-10: een eenmalige link; eerdere links van het account werken niet meer.",
           merge(ok("Herstellink", "De link.", false, 201, true), problems({401, 404, 503})), id));
}

}  // namespace regie::web::api

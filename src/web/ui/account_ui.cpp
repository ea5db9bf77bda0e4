// Account management for the beheerder (GOV-10): the accounts with the persoon each one is, a
// new account for a persoon, switching one off and on, and a one-time link to set a password,
// shown once; and the page where the person sets that password (no session needed: the link's
// code is the proof).
#include <nlohmann/json.hpp>

#include "domain/auth/account.hpp"
#include "service/clock.hpp"
#include "web/messages.hpp"
#include "web/ui/formulier.hpp"
#include "web/ui/lijst.hpp"
#include "web/ui/page.hpp"
#include "web/ui/ui_routes.hpp"
#include "web/ui/views.hpp"

namespace regie::web::ui {

using json = nlohmann::json;

namespace {

constexpr const char* kLijst = "/gebruikers";

std::string account_href(Id id) { return std::string(kLijst) + "/" + std::to_string(id); }

std::vector<FieldsetSpec> nieuw_spec(const App& app, const UiContext& ui) {
  return {{"Account",
           {{"naam",
             "Gebruikersnaam",
             "text",
             true,
             {},
             "Kleine letters, cijfers en punten, bijvoorbeeld pieter.de.boer."},
            {"persoonId", "Persoon uit het register", "select", false, persoon_opties(app, ui),
             "Het account handelt als deze persoon, met de rollen die hij of zij op de dag heeft."},
            {"beheerder",
             "Technisch beheer-account zonder persoon",
             "select",
             false,
             {{"nee", "Nee"}, {"ja", "Ja"}},
             "Alleen voor het technisch beheer; kies dan geen persoon."}}}};
}

Layout nieuw_layout() {
  return Layout{"Account toevoegen",
                "/regio",
                {{"/regio", "Regio"}, {kLijst, "Accounts"}, {"", "Toevoegen"}}};
}

// The one-time link, shown once: not kept, not cached.
Response link_pagina(const App& app, const UiContext& ui, const Request& req,
                     const service::Herstellink& link, const std::string& kop) {
  json view = {
      {"kop", kop},
      {"gegevens",
       json::array({{{"label", "Account"},
                     {"waarde", link.naam},
                     {"href", account_href(link.gebruiker_id)}},
                    {{"label", "Link om het wachtwoord in te stellen"},
                     {"waarde", absolute_url(req, link.pad())}},
                    {{"label", "Geldig tot"}, {"waarde", service::tijdstip_nl(link.geldig_tot)}}})},
      {"mag_wijzigen", false},
      {"secties",
       json::array({{{"id", "uitleg"},
                     {"titel", "Wat nu"},
                     {"tekst",
                      "Geef deze link persoonlijk aan de eigenaar van het account, op papier of "
                      "in een beveiligd bericht. Hij wordt alleen nu getoond en werkt één keer; "
                      "een nieuwe link maakt deze ongeldig."},
                     {"link_href", account_href(link.gebruiker_id)},
                     {"link_label", "Naar het account"}}})}};
  Layout layout{kop, "/regio", {{"/regio", "Regio"}, {kLijst, "Accounts"}, {"", kop}}};
  Response response = frame_page(app, &ui, req, layout, render("detail", view));
  response.set_header("Cache-Control", "no-store");
  return response;
}

Response gebruikers(const App& app, const UiContext& ui, Request& req) {
  auto lijst = app.services.accounts->accounts(ui.ctx);
  if (!lijst.ok()) return error_page(app, &ui, req, lijst.error(), "/regio");
  ListView list;
  list.kop = "Accounts";
  list.intro =
      "Elk account is een persoon uit het register en mag wat diens rollen op de dag toestaan; "
      "alleen het technisch beheer heeft geen persoon.";
  list.pad = kLijst;
  list.nieuw_href = std::string(kLijst) + "/nieuw";
  list.nieuw_label = "Account toevoegen";
  list.kolommen = {{"Gebruikersnaam", ""}, {"Persoon", ""}, {"Rollen vandaag", ""}, {"Status", ""}};
  for (const auto& r : *lijst) {
    list.rijen.push_back(
        {{"cellen",
          json::array({cel(r.gebruiker.naam, account_href(r.gebruiker.id)),
                       cel(r.persoon_naam.empty() ? "–" : r.persoon_naam,
                           r.persoon_id ? "/personen/" + std::to_string(*r.persoon_id) : ""),
                       cel(r.hoeden), cel(r.gebruiker.actief ? "actief" : "uitgezet")})}});
  }
  list.totaal = static_cast<std::int64_t>(lijst->size());
  Layout layout{"Accounts", "/regio", {{"/regio", "Regio"}, {"", "Accounts"}}};
  return frame_page(app, &ui, req, layout, render_list(req, list));
}

Response gebruiker_nieuw(const App& app, const UiContext& ui, Request& req) {
  if (!auth::mag_accounts_beheren(ui.ctx.actor)) {
    return error_page(app, &ui, req, Error::forbidden(), kLijst);
  }
  FormView form{"Account toevoegen",
                "Na het toevoegen krijgt u eenmalig een link waarmee de persoon zelf een "
                "wachtwoord kiest.",
                kLijst,
                "Toevoegen",
                kLijst,
                std::nullopt,
                ""};
  return form_page(app, ui, req, nieuw_layout(), form, nieuw_spec(app, ui), {}, nullptr);
}

Response gebruiker_aanmaken(const App& app, const UiContext& ui, Request& req) {
  auto link = app.services.accounts->create(ui.ctx, formulier_velden(req));
  if (link.ok()) return link_pagina(app, ui, req, *link, "Account toegevoegd");
  if (link.error().code != ErrorCode::kInvalid) {
    return error_page(app, &ui, req, link.error(), kLijst);
  }
  FormView form{"Account toevoegen", "", kLijst, "Toevoegen", kLijst, std::nullopt, ""};
  return form_page(app, ui, req, nieuw_layout(), form, nieuw_spec(app, ui), formulier_velden(req),
                   &link.error());
}

Response gebruiker(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, &ui, req, Error::not_found(), kLijst);
  auto r = app.services.accounts->account(ui.ctx, *id);
  if (!r.ok()) return error_page(app, &ui, req, r.error(), kLijst);
  const auto& g = r->gebruiker;
  json gegevens = json::array(
      {{{"label", "Gebruikersnaam"}, {"waarde", g.naam}},
       {{"label", "Persoon"}, {"waarde", r->persoon_naam.empty() ? "–" : r->persoon_naam}},
       {{"label", "Rollen vandaag"}, {"waarde", r->hoeden}},
       {{"label", "Status"}, {"waarde", g.actief ? "actief" : "uitgezet"}},
       {{"label", "Aangemaakt"}, {"waarde", service::tijdstip_nl(g.aangemaakt)}}});
  if (r->persoon_id) gegevens[1]["href"] = "/personen/" + std::to_string(*r->persoon_id);
  Fields status = {{"actief", g.actief ? "ja" : "nee"}};
  json secties = json::array(
      {{{"id", "status"},
        {"titel", "Aan of uit"},
        {"tekst",
         "Een uitgezet account kan niet meer inloggen; zijn sessies en API-tokens werken meteen "
         "niet meer. Het account blijft bestaan, zodat het auditlog het blijft noemen."},
        {"formulier",
         {{"actie", account_href(g.id) + "/status"},
          {"csrf", ui.csrf},
          {"legend", "Status van het account"},
          {"velden",
           json::array({veld_view(
               {"actief", "Account", "select", true, {{"ja", "Actief"}, {"nee", "Uitgezet"}}},
               status, {}, "status-")})},
          {"knop", "Status opslaan"}}}},
       {{"id", "wachtwoord"},
        {"titel", "Wachtwoord"},
        {"tekst",
         "regie bewaart geen wachtwoorden die u kunt inzien. Maak een eenmalige link waarmee de "
         "persoon zelf een nieuw wachtwoord kiest; een eerdere link werkt dan niet meer."},
        {"formulier",
         {{"actie", account_href(g.id) + "/herstellink"},
          {"csrf", ui.csrf},
          {"legend", "Nieuwe link"},
          {"velden", json::array()},
          {"zonder_velden", true},
          {"knop", "Link maken"}}}}});
  json view = {
      {"kop", g.naam}, {"gegevens", gegevens}, {"mag_wijzigen", false}, {"secties", secties}};
  Layout layout{g.naam, "/regio", {{"/regio", "Regio"}, {kLijst, "Accounts"}, {"", g.naam}}};
  return frame_page(app, &ui, req, layout, render("detail", view));
}

Response gebruiker_status(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, &ui, req, Error::not_found(), kLijst);
  auto result = app.services.accounts->zet_actief(ui.ctx, *id, formulier_velden(req));
  if (!result.ok()) return error_page(app, &ui, req, result.error(), account_href(*id));
  return see_other(account_href(*id) + "?melding=opgeslagen");
}

Response gebruiker_herstellink(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, &ui, req, Error::not_found(), kLijst);
  auto link = app.services.accounts->herstellink(ui.ctx, *id);
  if (!link.ok()) return error_page(app, &ui, req, link.error(), account_href(*id));
  return link_pagina(app, ui, req, *link, "Nieuwe link voor " + link->naam);
}

// The page of the link itself: no session; the code is the proof and travels in the form, so it
// is never in the address of a POST nor in the log (the log keeps paths without queries).
Response wachtwoord_pagina(const App& app, const Request& req, const std::string& code,
                           const Error* fout, int status) {
  json view = {{"code", code}, {"formulier", !code.empty()}};
  if (code.empty()) view["fout"] = tekst("fout.herstellink_ongeldig");
  if (fout) {
    auto teksten = fout_teksten(fout);
    if (auto it = teksten.find("code"); it != teksten.end()) {
      view["fout"] = it->second;
      view["formulier"] = false;
    }
    if (auto it = teksten.find("wachtwoord"); it != teksten.end())
      view["fout_wachtwoord"] = it->second;
    if (auto it = teksten.find("herhaling"); it != teksten.end())
      view["fout_herhaling"] = it->second;
  }
  Layout layout;
  layout.titel = "Wachtwoord instellen";
  layout.status = status;
  Response response = frame_page(app, nullptr, req, layout, render("wachtwoord_instellen", view));
  response.set_header("Cache-Control", "no-store");
  return response;
}

Response wachtwoord_form(const App& app, Request& req) {
  auto q = req.query_params();
  const std::string code = q["code"];
  auto geldig =
      code.empty() ? Result<bool>(false) : app.services.accounts->herstellink_geldig(code);
  if (!geldig.ok()) return error_page(app, nullptr, req, geldig.error());
  if (!*geldig) {
    const Error ongeldig = Error::invalid({{"code", "fout.herstellink_ongeldig"}});
    return wachtwoord_pagina(app, req, code, &ongeldig, 200);
  }
  return wachtwoord_pagina(app, req, code, nullptr, 200);
}

Response wachtwoord_instellen(const App& app, Request& req) {
  auto form = req.form_params();
  const std::string code = form["code"];
  auto result =
      app.services.accounts->wachtwoord_instellen(code, Fields(form), "web " + req.remote_address);
  if (result.ok()) return see_other("/inloggen?melding=wachtwoord_ingesteld");
  return wachtwoord_pagina(app, req, code, &result.error(), http_status(result.error().code));
}

}  // namespace

void add_account_ui(UiRoutes& r) {
  r.add_page("/gebruikers", gebruikers);
  r.add_page("/gebruikers/nieuw", gebruiker_nieuw);
  r.add_form("/gebruikers", gebruiker_aanmaken);
  r.add_page("/gebruikers/{id}", gebruiker);
  r.add_form("/gebruikers/{id}/status", gebruiker_status);
  r.add_form("/gebruikers/{id}/herstellink", gebruiker_herstellink);
  r.add_public("GET", "/wachtwoord-instellen", wachtwoord_form);
  r.add_public("POST", "/wachtwoord-instellen", wachtwoord_instellen);
}

}  // namespace regie::web::ui

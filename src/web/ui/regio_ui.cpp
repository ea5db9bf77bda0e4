// The regio page (its sections: one line per capability in regio_secties()) and its form.
#include <nlohmann/json.hpp>

#include "core/text.hpp"
#include "domain/auth/account.hpp"
#include "web/ui/formulier.hpp"
#include "web/ui/lijst.hpp"
#include "web/ui/ui_routes.hpp"
#include "web/ui/views.hpp"

namespace regie::web::ui {

using json = nlohmann::json;

namespace {

std::vector<FieldsetSpec> regio_spec() {
  return {
      {"Regio",
       {{"naam", "Naam", "text", true},
        {"gemeenschappelijkeRegeling", "Gemeenschappelijke regeling", "text", false}}},
      {"Normen",
       {{"minimumUrenAmbtelijkOpdrachtgever",
         "Minimum uren ambtelijk opdrachtgever",
         "text",
         true,
         {},
         "De handreiking noemt 450 uur per jaar per opdrachtgever.",
         true,
         "numeric"},
        {"urenPerVertegenwoordigde",
         "Extra uren per vertegenwoordigde deelnemer",
         "text",
         true,
         {},
         "Een ambtelijk opdrachtgever die andere deelnemers vertegenwoordigt, heeft het minimum "
         "plus dit aantal uren per vertegenwoordigde deelnemer nodig.",
         true,
         "numeric"},
        {"minimumUrenAccountmanagerPerDeelnemer",
         "Minimum uren accountmanager per opdrachtgever",
         "text",
         true,
         {},
         "Uren per jaar die een accountmanager minstens heeft voor elke opdrachtgever die hij "
         "of zij bedient.",
         true,
         "numeric"},
        {"minimumUrenAccountmanager",
         "Minimum uren accountmanager in totaal",
         "text",
         true,
         {},
         "Accountmanager is een volwaardige functie: minder uren in totaal is een bevinding.",
         true,
         "numeric"},
        {"maximumUrenAccountmanager",
         "Maximum uren accountmanager in totaal",
         "text",
         true,
         {},
         "Meer uren in totaal is niet haalbaar: een bevinding.",
         true,
         "numeric"}}},
      {"Monitoring",
       {{"tolerantieProcent",
         "Tolerantieband plan en realisatie (procent)",
         "text",
         true,
         {},
         "Wijken de realisatie of de prognose van een deelnemer meer dan dit percentage af van "
         "het plan (naar boven of naar beneden), dan volgt een afwijkingssignaal.",
         true,
         "numeric"}}}};
}

Fields to_fields(const governance::Regio& r) {
  return {
      {"naam", r.naam},
      {"gemeenschappelijkeRegeling", r.gemeenschappelijke_regeling},
      {"minimumUrenAmbtelijkOpdrachtgever", std::to_string(r.minimum_uren_ambtelijk_opdrachtgever)},
      {"urenPerVertegenwoordigde", std::to_string(r.uren_per_vertegenwoordigde)},
      {"minimumUrenAccountmanagerPerDeelnemer",
       std::to_string(r.minimum_uren_accountmanager_per_deelnemer)},
      {"minimumUrenAccountmanager", std::to_string(r.minimum_uren_accountmanager)},
      {"maximumUrenAccountmanager", std::to_string(r.maximum_uren_accountmanager)},
      {"tolerantieProcent", std::to_string(r.tolerantie_procent)}};
}

// One section of the regio page: a text with a link to the capability's page, or, with
// `bouw`, a section built from data (the bestuursorganen of GOV-2).
struct RegioSectie {
  const char* id;
  const char* titel;
  const char* tekst;  // nullptr: none
  const char* link_href;
  const char* link_label;
  Result<json> (*bouw)(const App&, const UiContext&) = nullptr;
};

// GOV-2: a bestuursorgaan of the gemeenschappelijke regeling, as it is today.
Result<json> bestuur_sectie(const App& app, const UiContext& ui, governance::RolSoort orgaan) {
  auto leden = app.services.register_->bestuursleden(ui.ctx, orgaan, app.services.clock->vandaag());
  if (!leden.ok()) return leden.error();
  json rijen = json::array();
  for (const auto& lid : *leden) {
    rijen.push_back({{"cellen", json::array({cel(lid.persoon_naam), cel(lid.organisatie_naam),
                                             cel(lid.rol.periode.van.nl())})}});
  }
  bool ab = orgaan == governance::RolSoort::kAbLid;
  return json{
      {"id", ab ? "algemeen-bestuur" : "dagelijks-bestuur"},
      {"titel", ab ? "Algemeen Bestuur" : "Dagelijks Bestuur"},
      {"tekst", ab ? "Het AB: elke deelnemer heeft een zetel; het AB is eigenaar en stelt "
                     "begroting en jaarrekening vast."
                   : "Het DB: gekozen uit het AB; bestuurlijk opdrachtnemer."},
      {"heeft_tabel", true},
      {"kolommen",
       json::array({{{"label", "Lid"}}, {{"label", "Vertegenwoordigt"}}, {{"label", "Sinds"}}})},
      {"aantal_kolommen", "3"},
      {"rijen", rijen},
      {"link_href", std::string("/rollen?soort=") + (ab ? "ab_lid" : "db_lid")},
      {"link_label",
       ab ? "Alle AB-lidmaatschappen met perioden" : "Alle DB-lidmaatschappen met perioden"}};
}

// The sections of the regio page, in order: one line per capability.
const std::vector<RegioSectie>& regio_secties() {
  static const std::vector<RegioSectie> kSecties = {
      {"bevindingen", "Governance",
       "Controles op aanspreekpunten, rolzuiverheid, capaciteit en de regisseur "
       "beleidscyclus.",
       "/regio/bevindingen", "Bevindingen bekijken"},
      {"collectief", "Collectief opdrachtgeverschap",
       "Welke opdrachtgever welke deelnemers vertegenwoordigt, met het mandaat dat daarvoor is "
       "verleend.",
       "/vertegenwoordigingen", "Vertegenwoordigingen bekijken"},
      {"projectgroep", "Projectgroep beleidscyclus",
       "De regisseur beleidscyclus en de projectgroep waarin elke deelnemer vertegenwoordigd "
       "is.",
       "/regio/projectgroep", "Projectgroep bekijken"},
      {"algemeen-bestuur", "", nullptr, "", "",
       [](const App& app, const UiContext& ui) {
         return bestuur_sectie(app, ui, governance::RolSoort::kAbLid);
       }},
      {"dagelijks-bestuur", "", nullptr, "", "",
       [](const App& app, const UiContext& ui) {
         return bestuur_sectie(app, ui, governance::RolSoort::kDbLid);
       }},
      {"competenties", "Competenties",
       "Waar opleiding nodig is, volgens de totalen van de jaarlijkse "
       "zelfbeoordelingen; individuele scores worden niet getoond.",
       "/regio/competenties", "Competenties in de regio bekijken"},
      {"beleidscyclus", "Beleidscyclus",
       "De Big 8-cyclus van de regio: stand, planning, documenten en besluiten.",
       "/regio/beleidscyclus", "Beleidscyclus bekijken"},
      {"catalogus", "Productcatalogus",
       "De producten en diensten van de omgevingsdienst per jaar, met afrekenwijze, normuren, "
       "uurtarief en de verdeelsleutels.",
       "/regio/catalogus", "Productcatalogus bekijken"},
      {"programma", "Uitvoeringsprogramma's",
       "Het programma per jaar met doelen, indicatoren en programmaregels, en de begroting per "
       "deelnemer tot op de cent.",
       "/regio/programma", "Uitvoeringsprogramma's bekijken"},
      {"organisaties", "Organisaties", nullptr, "/organisaties", "Alle organisaties van de regio"},
      // GOV-10: only for the beheerder.
      {"accounts", "", nullptr, "", "",
       [](const App&, const UiContext& ui) -> Result<json> {
         if (!auth::mag_accounts_beheren(ui.ctx.actor)) return json(nullptr);
         return json{{"id", "accounts"},
                     {"titel", "Accounts"},
                     {"tekst",
                      "Wie met regie werkt: een account per persoon uit het register, aan- en "
                      "uitzetten, en een eenmalige link om het wachtwoord in te stellen."},
                     {"link_href", "/gebruikers"},
                     {"link_label", "Accounts beheren"}};
       }},
  };
  return kSecties;
}

Response regio(const App& app, const UiContext& ui, Request& req) {
  auto r = app.services.register_->regio(ui.ctx, ui.ctx.actor.regio_id);
  if (!r.ok()) return error_page(app, &ui, req, r.error());
  json secties = json::array();
  for (const auto& sectie : regio_secties()) {
    if (sectie.bouw) {
      auto gebouwd = sectie.bouw(app, ui);
      if (!gebouwd.ok()) return error_page(app, &ui, req, gebouwd.error());
      if (gebouwd->is_null()) continue;  // not for this reader
      secties.push_back(*gebouwd);
      continue;
    }
    json s = {{"id", sectie.id},
              {"titel", sectie.titel},
              {"link_href", sectie.link_href},
              {"link_label", sectie.link_label}};
    if (sectie.tekst) s["tekst"] = sectie.tekst;
    secties.push_back(s);
  }
  json view = {
      {"kop", r->naam},
      {"gegevens",
       json::array(
           {{{"label", "Naam"}, {"waarde", r->naam}},
            {{"label", "Gemeenschappelijke regeling"}, {"waarde", r->gemeenschappelijke_regeling}},
            {{"label", "Minimum uren ambtelijk opdrachtgever"},
             {"waarde",
              format_getal_nl(r->minimum_uren_ambtelijk_opdrachtgever) + " uur per jaar"}},
            {{"label", "Extra uren per vertegenwoordigde deelnemer"},
             {"waarde", format_getal_nl(r->uren_per_vertegenwoordigde) + " uur per jaar"}},
            {{"label", "Uren accountmanager"},
             {"waarde", "minimaal " +
                            format_getal_nl(r->minimum_uren_accountmanager_per_deelnemer) +
                            " per opdrachtgever; in totaal tussen " +
                            format_getal_nl(r->minimum_uren_accountmanager) + " en " +
                            format_getal_nl(r->maximum_uren_accountmanager) + " uur per jaar"}},
            {{"label", "Tolerantieband plan en realisatie"},
             {"waarde", "plus en min " + std::to_string(r->tolerantie_procent) + " procent"}}})},
      {"mag_wijzigen", auth::mag_regio_wijzigen(ui.ctx.actor)},
      {"bewerken_href", "/regio/bewerken"},
      {"csrf", ui.csrf},
      {"versie", std::to_string(r->versie)},
      {"secties", secties}};
  Layout layout{"Regio", "/regio", {{"", "Regio"}}};
  return frame_page(app, &ui, req, layout, render("detail", view));
}

Response regio_form(const App& app, const UiContext& ui, Request& req) {
  auto r = app.services.register_->regio(ui.ctx, ui.ctx.actor.regio_id);
  if (!r.ok()) return error_page(app, &ui, req, r.error());
  if (!auth::mag_regio_wijzigen(ui.ctx.actor)) return error_page(app, &ui, req, Error::forbidden());
  Layout layout{"Regio wijzigen", "/regio", {{"/regio", "Regio"}, {"", "Wijzigen"}}};
  FormView form{"Regio wijzigen", "", "/regio/bewerken", "Opslaan", "/regio", r->versie, ""};
  return form_page(app, ui, req, layout, form, regio_spec(), to_fields(*r), nullptr);
}

Response regio_opslaan(const App& app, const UiContext& ui, Request& req) {
  Id id = ui.ctx.actor.regio_id;
  auto versie = formulier_versie(req).value_or(0);
  auto r = app.services.register_->update_regio(ui.ctx, id, versie, formulier_velden(req));
  Layout layout{"Regio wijzigen", "/regio", {{"/regio", "Regio"}, {"", "Wijzigen"}}};
  FormView form{"Regio wijzigen", "", "/regio/bewerken", "Opslaan", "/regio", versie, ""};
  return after_form_save(app, ui, req, r, "/regio?melding=opgeslagen", layout, form, regio_spec(),
                         [&] { return app.services.register_->regio(ui.ctx, id); });
}

}  // namespace

void add_regio_ui(UiRoutes& r) {
  r.add_page("/regio", regio);
  r.add_page("/regio/bewerken", regio_form);
  r.add_form("/regio/bewerken", regio_opslaan);
}

}  // namespace regie::web::ui

// The register of the regio (GOV-1..GOV-3): organisaties with their deelnemerschappen, and
// personen: lists with filters, pages, forms and deletes. The rollen are in rol_ui.cpp.
#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/text.hpp"
#include "web/messages.hpp"
#include "web/ui/formulier.hpp"
#include "web/ui/lijst.hpp"
#include "web/ui/ui_routes.hpp"
#include "web/ui/views.hpp"

namespace regie::web::ui {

using json = nlohmann::json;

namespace {

using governance::Organisatie;
using governance::Persoon;

std::vector<Optie> soort_opties() {
  std::vector<Optie> out;
  for (auto s : governance::alle_organisatie_soorten()) {
    out.push_back({std::string(code(s)), std::string(label(s))});
  }
  return out;
}

std::vector<FieldsetSpec> organisatie_spec() {
  return {{"Organisatie",
           {{"naam", "Naam", "text", true, {}, "Bijvoorbeeld: Gemeente Beekdal."},
            {"soort", "Soort", "select", true, soort_opties()},
            {"inwonertal",
             "Inwonertal",
             "text",
             false,
             {},
             "Aantal inwoners, zonder punten of met.",
             true,
             "numeric"}}}};
}

std::vector<FieldsetSpec> persoon_spec(const App& app, const UiContext& ui) {
  return {{"Persoon",
           {{"naam", "Naam", "text", true},
            {"functie", "Functie", "text", false},
            {"email", "E-mailadres", "email", false}}},
          {"Werkgever",
           {{"organisatieId", "Organisatie", "select", true, organisatie_opties(app, ui)}}}};
}

Fields to_fields(const Organisatie& o) {
  return {{"naam", o.naam},
          {"soort", std::string(code(o.soort))},
          {"inwonertal", o.inwonertal ? std::to_string(*o.inwonertal) : ""}};
}
Fields to_fields(const Persoon& p) {
  return {{"naam", p.naam},
          {"functie", p.functie},
          {"email", p.email},
          {"organisatieId", std::to_string(p.organisatie_id)}};
}

// Organisaties

Response organisaties(const App& app, const UiContext& ui, Request& req) {
  auto q = req.query_params();
  OrganisatieQuery query;
  query.richting = richting_uit(q, query.sorteer);
  if (query.sorteer.empty()) query.sorteer = "naam";
  query.zoek = q["zoek"];
  if (!q["soort"].empty()) query.soort = governance::organisatie_soort_from_code(q["soort"]);
  std::int64_t pagina = pagina_uit(q);
  query.page = PageRequest{(pagina - 1) * kPaginaGrootte, kPaginaGrootte};
  auto result = app.services.register_->organisaties(ui.ctx, query);
  if (!result.ok()) return error_page(app, &ui, req, result.error());
  ListView list;
  list.kop = "Organisaties";
  list.intro = "De deelnemers, niet-deelnemers en partners van de regio.";
  list.pad = "/organisaties";
  if (auth::mag_organisatie_wijzigen(ui.ctx.actor)) {
    list.nieuw_href = "/organisaties/nieuw";
    list.nieuw_label = "Organisatie toevoegen";
  }
  list.kolommen = {{"Naam", "naam"}, {"Soort", "soort"}, {"Inwonertal", "inwonertal", true}};
  for (const auto& o : result->items) {
    list.rijen.push_back(
        {{"cellen",
          json::array({cel(o.naam, "/organisaties/" + std::to_string(o.id)),
                       cel(std::string(label(o.soort))),
                       cel(o.inwonertal ? format_getal_nl(*o.inwonertal) : "–", "", true)})}});
  }
  list.totaal = result->total;
  list.pagina = pagina;
  list.filters = json::array({filter_veld({"zoek", "Zoek op naam", "text"}, q),
                              filter_veld({"soort", "Soort", "select", false, soort_opties()}, q)});
  Layout layout{"Organisaties", "/organisaties", {{"", "Organisaties"}}};
  return frame_page(app, &ui, req, layout, render_list(req, list));
}

Response organisatie(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, &ui, req, Error::not_found());
  auto& reg = *app.services.register_;
  auto o = reg.organisatie(ui.ctx, *id);
  if (!o.ok()) return error_page(app, &ui, req, o.error(), "/organisaties");
  auto deelnemerschappen = reg.deelnemerschappen(ui.ctx, *id);
  PersoonQuery pq;
  pq.organisatie_id = *id;
  pq.page.limit = 200;
  auto werknemers = reg.personen(ui.ctx, pq);
  RolQuery rq;
  rq.organisatie_id = *id;
  rq.page.limit = 200;
  auto gevonden_rollen = reg.rollen(ui.ctx, rq);
  if (!deelnemerschappen.ok()) return error_page(app, &ui, req, deelnemerschappen.error());
  if (!werknemers.ok()) return error_page(app, &ui, req, werknemers.error());
  if (!gevonden_rollen.ok()) return error_page(app, &ui, req, gevonden_rollen.error());
  bool mag = auth::mag_organisatie_wijzigen(ui.ctx.actor);
  std::string base = "/organisaties/" + std::to_string(*id);

  json dn_rijen = json::array();
  for (const auto& d : *deelnemerschappen) {
    json cellen = json::array({cel(std::string(label(d.relatie))), cel(d.periode.van.nl()),
                               cel(d.periode.tot ? d.periode.tot->nl() : "lopend")});
    if (mag) {
      cellen.push_back(
          cel("Verwijderen", base + "/deelnemerschappen/" + std::to_string(d.id) + "/verwijderen"));
    }
    dn_rijen.push_back({{"cellen", cellen}});
  }
  json dn_kolommen =
      json::array({{{"label", "Relatie"}}, {{"label", "Van"}}, {{"label", "Tot en met"}}});
  if (mag) dn_kolommen.push_back({{"label", "Actie"}});
  json dn_sectie = {{"id", "deelnemerschap"},
                    {"titel", "Deelnemerschap"},
                    {"heeft_tabel", true},
                    {"kolommen", dn_kolommen},
                    {"aantal_kolommen", std::to_string(dn_kolommen.size())},
                    {"rijen", dn_rijen}};
  if (mag) {
    Fields waarden = {{"relatie", "deelnemer"}};
    std::vector<VeldSpec> velden = {
        {"relatie",
         "Relatie",
         "select",
         true,
         {{"deelnemer", "Deelnemer"}, {"niet_deelnemer", "Niet-deelnemer"}}},
        {"van", "Van", "date", true, {}, "", true},
        {"tot", "Tot en met", "date", false, {}, "Leeg laten als het doorloopt.", true}};
    json vs = json::array();
    for (const auto& v : velden) vs.push_back(veld_view(v, waarden, {}, "dn-"));
    dn_sectie["formulier"] = {{"actie", base + "/deelnemerschappen"},
                              {"csrf", ui.csrf},
                              {"legend", "Periode toevoegen"},
                              {"velden", vs},
                              {"knop", "Periode toevoegen"}};
  }

  json pers_rijen = json::array();
  for (const auto& p : werknemers->items) {
    pers_rijen.push_back(
        {{"cellen", json::array({cel(p.persoon.naam, "/personen/" + std::to_string(p.persoon.id)),
                                 cel(p.persoon.functie)})}});
  }
  json rol_rijen = json::array();
  for (const auto& r : gevonden_rollen->items) {
    rol_rijen.push_back(
        {{"cellen",
          json::array({cel(std::string(label(r.rol.soort)), "/rollen/" + std::to_string(r.rol.id)),
                       cel(r.persoon_naam), cel(periode_nl(r.rol.periode)),
                       cel(format_getal_nl(r.rol.uren_per_jaar), "", true)})}});
  }
  json view = {
      {"kop", o->naam},
      {"gegevens",
       json::array({{{"label", "Soort"}, {"waarde", std::string(label(o->soort))}},
                    {{"label", "Inwonertal"},
                     {"waarde", o->inwonertal ? format_getal_nl(*o->inwonertal) : "onbekend"}}})},
      {"mag_wijzigen", mag},
      {"bewerken_href", base + "/bewerken"},
      {"verwijderen_href", base + "/verwijderen"},
      {"verwijderen_label", "Organisatie verwijderen"},
      {"csrf", ui.csrf},
      {"versie", std::to_string(o->versie)},
      {"secties",
       json::array(
           {dn_sectie,
            {{"id", "personen"},
             {"titel", "Personen in dienst"},
             {"heeft_tabel", true},
             {"kolommen", json::array({{{"label", "Naam"}}, {{"label", "Functie"}}})},
             {"aantal_kolommen", "2"},
             {"rijen", pers_rijen}},
            {{"id", "rollen"},
             {"titel", "Rollen voor deze organisatie"},
             {"heeft_tabel", true},
             {"kolommen", json::array({{{"label", "Rol"}},
                                       {{"label", "Persoon"}},
                                       {{"label", "Periode"}},
                                       {{"label", "Uren per jaar"}}})},
             {"aantal_kolommen", "4"},
             {"rijen", rol_rijen}},
            {{"id", "governance"},
             {"titel", "Governance"},
             {"tekst", "De bevindingen van de rolvastheidscontroles voor deze organisatie."},
             {"link_href", base + "/bevindingen"},
             {"link_label", "Bevindingen van " + o->naam}}})}};
  Layout layout{o->naam, "/organisaties", {{"/organisaties", "Organisaties"}, {"", o->naam}}};
  return frame_page(app, &ui, req, layout, render("detail", view));
}

Response organisatie_nieuw(const App& app, const UiContext& ui, Request& req) {
  if (!auth::mag_organisatie_wijzigen(ui.ctx.actor))
    return error_page(app, &ui, req, Error::forbidden());
  Layout layout{"Organisatie toevoegen",
                "/organisaties",
                {{"/organisaties", "Organisaties"}, {"", "Toevoegen"}}};
  FormView form{
      "Organisatie toevoegen", "", "/organisaties", "Toevoegen", "/organisaties", std::nullopt, ""};
  return form_page(app, ui, req, layout, form, organisatie_spec(), {}, nullptr);
}

Response organisatie_aanmaken(const App& app, const UiContext& ui, Request& req) {
  auto r = app.services.register_->create_organisatie(ui.ctx, formulier_velden(req));
  std::string href = r.ok() ? "/organisaties/" + std::to_string(r->id) + "?melding=aangemaakt" : "";
  Layout layout{"Organisatie toevoegen",
                "/organisaties",
                {{"/organisaties", "Organisaties"}, {"", "Toevoegen"}}};
  FormView form{
      "Organisatie toevoegen", "", "/organisaties", "Toevoegen", "/organisaties", std::nullopt, ""};
  return after_form_save(app, ui, req, r, href, layout, form, organisatie_spec(),
                         [] { return Result<Organisatie>(Error::not_found()); });
}

Response organisatie_form(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, &ui, req, Error::not_found());
  auto o = app.services.register_->organisatie(ui.ctx, *id);
  if (!o.ok()) return error_page(app, &ui, req, o.error());
  if (!auth::mag_organisatie_wijzigen(ui.ctx.actor))
    return error_page(app, &ui, req, Error::forbidden());
  std::string base = "/organisaties/" + std::to_string(*id);
  Layout layout{"Organisatie wijzigen",
                "/organisaties",
                {{"/organisaties", "Organisaties"}, {base, o->naam}, {"", "Wijzigen"}}};
  FormView form{o->naam + " wijzigen", "", base, "Opslaan", base, o->versie, ""};
  return form_page(app, ui, req, layout, form, organisatie_spec(), to_fields(*o), nullptr);
}

Response organisatie_opslaan(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, &ui, req, Error::not_found());
  auto versie = formulier_versie(req).value_or(0);
  auto r = app.services.register_->update_organisatie(ui.ctx, *id, versie, formulier_velden(req));
  std::string base = "/organisaties/" + std::to_string(*id);
  Layout layout{"Organisatie wijzigen",
                "/organisaties",
                {{"/organisaties", "Organisaties"}, {base, "Organisatie"}, {"", "Wijzigen"}}};
  FormView form{"Organisatie wijzigen", "", base, "Opslaan", base, versie, ""};
  return after_form_save(app, ui, req, r, base + "?melding=opgeslagen", layout, form,
                         organisatie_spec(),
                         [&] { return app.services.register_->organisatie(ui.ctx, *id); });
}

Response organisatie_verwijderen_form(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, &ui, req, Error::not_found());
  auto o = app.services.register_->organisatie(ui.ctx, *id);
  if (!o.ok()) return error_page(app, &ui, req, o.error(), "/organisaties");
  std::string base = "/organisaties/" + std::to_string(*id);
  if (!auth::mag_organisatie_wijzigen(ui.ctx.actor)) {
    return error_page(app, &ui, req, Error::forbidden(), base);
  }
  DeleteConfirmation bevestiging;
  bevestiging.titel = "Organisatie verwijderen";
  bevestiging.wat = "de organisatie " + o->naam;
  bevestiging.gegevens = {{"Naam", o->naam}, {"Soort", std::string(label(o->soort))}};
  bevestiging.gevolg =
      "Haar perioden van deelnemerschap worden ook verwijderd. Heeft de organisatie nog "
      "personen, rollen of opdrachten, dan wordt er niets verwijderd.";
  bevestiging.actie = base + "/verwijderen";
  bevestiging.versie = o->versie;
  bevestiging.annuleren = base;
  bevestiging.actief = "/organisaties";
  bevestiging.kruimelpad = {{"/organisaties", "Organisaties"}, {base, o->naam}};
  return delete_confirmation_page(app, ui, req, bevestiging);
}

Response organisatie_verwijderen(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, &ui, req, Error::not_found());
  auto r =
      app.services.register_->delete_organisatie(ui.ctx, *id, formulier_versie(req).value_or(0));
  return after_delete(app, ui, req, r, "/organisaties", "/organisaties/" + std::to_string(*id));
}

Response deelnemerschap_aanmaken(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, &ui, req, Error::not_found());
  std::string base = "/organisaties/" + std::to_string(*id);
  auto r = app.services.register_->create_deelnemerschap(ui.ctx, *id, formulier_velden(req));
  std::vector<FieldsetSpec> spec = {
      {"Periode van deelnemerschap",
       {{"relatie",
         "Relatie",
         "select",
         true,
         {{"deelnemer", "Deelnemer"}, {"niet_deelnemer", "Niet-deelnemer"}}},
        {"van", "Van", "date", true, {}, "", true},
        {"tot", "Tot en met", "date", false, {}, "Leeg laten als het doorloopt.", true}}}};
  Layout layout{
      "Periode toevoegen",
      "/organisaties",
      {{"/organisaties", "Organisaties"}, {base, "Organisatie"}, {"", "Periode toevoegen"}}};
  FormView form{"Periode van deelnemerschap toevoegen",
                "",
                base + "/deelnemerschappen",
                "Toevoegen",
                base,
                std::nullopt,
                ""};
  SaveFailure failure;
  failure.terug_href = base;
  failure.on_invalid = [&](const Error& error) {
    return form_page(app, ui, req, layout, form, spec, formulier_velden(req), &error);
  };
  return after_save(app, ui, req, r, base + "?melding=aangemaakt", failure);
}

Response deelnemerschap_verwijderen_form(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  auto did = path_id(req, "deelnemerschapId");
  if (!id || !did) return error_page(app, &ui, req, Error::not_found());
  auto& reg = *app.services.register_;
  auto o = reg.organisatie(ui.ctx, *id);
  if (!o.ok()) return error_page(app, &ui, req, o.error(), "/organisaties");
  std::string base = "/organisaties/" + std::to_string(*id);
  auto lijst = reg.deelnemerschappen(ui.ctx, *id);
  if (!lijst.ok()) return error_page(app, &ui, req, lijst.error(), base);
  auto d = std::find_if(lijst->begin(), lijst->end(),
                        [&](const governance::Deelnemerschap& x) { return x.id == *did; });
  if (d == lijst->end()) return error_page(app, &ui, req, Error::not_found(), base);
  if (!auth::mag_organisatie_wijzigen(ui.ctx.actor)) {
    return error_page(app, &ui, req, Error::forbidden(), base);
  }
  DeleteConfirmation bevestiging;
  bevestiging.titel = "Periode van deelnemerschap verwijderen";
  bevestiging.wat = "deze periode van " + o->naam;
  bevestiging.gegevens = {{"Organisatie", o->naam},
                          {"Relatie", std::string(label(d->relatie))},
                          {"Van", d->periode.van.nl()},
                          {"Tot en met", d->periode.tot ? d->periode.tot->nl() : "lopend"}};
  bevestiging.actie = base + "/deelnemerschappen/" + std::to_string(*did) + "/verwijderen";
  bevestiging.annuleren = base;
  bevestiging.actief = "/organisaties";
  bevestiging.kruimelpad = {{"/organisaties", "Organisaties"}, {base, o->naam}};
  return delete_confirmation_page(app, ui, req, bevestiging);
}

Response deelnemerschap_verwijderen(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  auto did = path_id(req, "deelnemerschapId");
  if (!id || !did) return error_page(app, &ui, req, Error::not_found());
  std::string base = "/organisaties/" + std::to_string(*id);
  auto r = app.services.register_->delete_deelnemerschap(ui.ctx, *id, *did);
  if (r.ok()) return see_other(base + "?melding=verwijderd");
  return error_page(app, &ui, req, r.error(), base);
}

// Personen

Response personen(const App& app, const UiContext& ui, Request& req) {
  auto q = req.query_params();
  PersoonQuery query;
  query.richting = richting_uit(q, query.sorteer);
  if (query.sorteer.empty()) query.sorteer = "naam";
  query.zoek = q["zoek"];
  if (auto oid = parse_int64(q["organisatieId"])) query.organisatie_id = *oid;
  std::int64_t pagina = pagina_uit(q);
  query.page = PageRequest{(pagina - 1) * kPaginaGrootte, kPaginaGrootte};
  auto result = app.services.register_->personen(ui.ctx, query);
  if (!result.ok()) return error_page(app, &ui, req, result.error());
  ListView list;
  list.kop = "Personen";
  list.intro = "Personen bij de organisaties van de regio, voor zover u ze mag zien.";
  list.pad = "/personen";
  if (auth::mag_persoon_wijzigen(ui.ctx.actor, ui.ctx.actor.organisatie_id)) {
    list.nieuw_href = "/personen/nieuw";
    list.nieuw_label = "Persoon toevoegen";
  }
  list.kolommen = {{"Naam", "naam"}, {"Functie", ""}, {"Organisatie", "organisatie"}};
  for (const auto& p : result->items) {
    list.rijen.push_back(
        {{"cellen", json::array({cel(p.persoon.naam, "/personen/" + std::to_string(p.persoon.id)),
                                 cel(p.persoon.functie), cel(p.organisatie_naam)})}});
  }
  list.totaal = result->total;
  list.pagina = pagina;
  list.filters = json::array(
      {filter_veld({"zoek", "Zoek op naam", "text"}, q),
       filter_veld({"organisatieId", "Organisatie", "select", false, organisatie_opties(app, ui)},
                   q)});
  Layout layout{"Personen", "/personen", {{"", "Personen"}}};
  return frame_page(app, &ui, req, layout, render_list(req, list));
}

Response persoon(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, &ui, req, Error::not_found());
  auto& reg = *app.services.register_;
  auto p = reg.persoon(ui.ctx, *id);
  if (!p.ok()) return error_page(app, &ui, req, p.error(), "/personen");
  auto werkgever = reg.organisatie(ui.ctx, p->organisatie_id);
  RolQuery rq;
  rq.persoon_id = *id;
  rq.page.limit = 200;
  auto gevonden_rollen = reg.rollen(ui.ctx, rq);
  if (!gevonden_rollen.ok()) return error_page(app, &ui, req, gevonden_rollen.error());
  json rol_rijen = json::array();
  for (const auto& r : gevonden_rollen->items) {
    rol_rijen.push_back(
        {{"cellen",
          json::array({cel(std::string(label(r.rol.soort)), "/rollen/" + std::to_string(r.rol.id)),
                       cel(r.organisatie_naam), cel(periode_nl(r.rol.periode)),
                       cel(format_getal_nl(r.rol.uren_per_jaar), "", true)})}});
  }
  bool mag = auth::mag_persoon_wijzigen(ui.ctx.actor, p->organisatie_id);
  std::string base = "/personen/" + std::to_string(*id);
  json sectie = {{"id", "rollen"},
                 {"titel", "Rollen"},
                 {"heeft_tabel", true},
                 {"kolommen", json::array({{{"label", "Rol"}},
                                           {{"label", "Voor organisatie"}},
                                           {{"label", "Periode"}},
                                           {{"label", "Uren per jaar"}}})},
                 {"aantal_kolommen", "4"},
                 {"rijen", rol_rijen}};
  if (mag) {
    sectie["link_href"] = "/rollen/nieuw?persoonId=" + std::to_string(*id);
    sectie["link_label"] = "Rol toevoegen voor " + p->naam;
  }
  json view = {
      {"kop", p->naam},
      {"gegevens",
       json::array({{{"label", "Functie"}, {"waarde", p->functie.empty() ? "–" : p->functie}},
                    {{"label", "E-mailadres"}, {"waarde", p->email.empty() ? "–" : p->email}},
                    {{"label", "Werkgever"},
                     {"waarde", werkgever.ok() ? werkgever->naam : "–"},
                     {"href", "/organisaties/" + std::to_string(p->organisatie_id)}}})},
      {"mag_wijzigen", mag},
      {"bewerken_href", base + "/bewerken"},
      {"verwijderen_href", base + "/verwijderen"},
      {"verwijderen_label", "Persoon verwijderen"},
      {"csrf", ui.csrf},
      {"versie", std::to_string(p->versie)},
      {"secties", json::array({sectie})}};
  // GOV-5/GOV-7: whoever prepares this persoon for a meeting sees which hats they wear.
  auto gezondheid = app.services.governance->bevindingen(ui.ctx, ui.ctx.actor.regio_id,
                                                         app.services.clock->vandaag());
  if (gezondheid.ok()) {
    json pet_rijen = json::array();
    for (const auto& b : gezondheid->bevindingen) {
      if (std::find(b.personen.begin(), b.personen.end(), *id) == b.personen.end()) continue;
      pet_rijen.push_back(
          {{"cellen", json::array({cel(b.requirement), cel(std::string(label(b.pet))),
                                   cel(tekst_met(b.uitleg_key, b.waarden)),
                                   cel(tekst_met(b.remedie_key, b.waarden))})}});
    }
    if (!pet_rijen.empty()) {
      view["secties"].push_back(
          {{"id", "petten"},
           {"titel", "Petten en aandachtspunten"},
           {"tekst",
            "Bij de voorbereiding van overleg: met welke pet spreekt deze persoon per onderwerp."},
           {"heeft_tabel", true},
           {"kolommen", json::array({{{"label", "Regel"}},
                                     {{"label", "Pet"}},
                                     {{"label", "Bevinding"}},
                                     {{"label", "Wat te doen"}}})},
           {"aantal_kolommen", "4"},
           {"rijen", pet_rijen}});
    }
  }
  Layout layout{p->naam, "/personen", {{"/personen", "Personen"}, {"", p->naam}}};
  return frame_page(app, &ui, req, layout, render("detail", view));
}

Response persoon_nieuw(const App& app, const UiContext& ui, Request& req) {
  if (!auth::mag_persoon_wijzigen(ui.ctx.actor, ui.ctx.actor.organisatie_id)) {
    return error_page(app, &ui, req, Error::forbidden());
  }
  Layout layout{"Persoon toevoegen", "/personen", {{"/personen", "Personen"}, {"", "Toevoegen"}}};
  FormView form{"Persoon toevoegen", "", "/personen", "Toevoegen", "/personen", std::nullopt, ""};
  Fields waarden = {{"organisatieId", std::to_string(ui.ctx.actor.organisatie_id)}};
  return form_page(app, ui, req, layout, form, persoon_spec(app, ui), waarden, nullptr);
}

Response persoon_aanmaken(const App& app, const UiContext& ui, Request& req) {
  auto r = app.services.register_->create_persoon(ui.ctx, formulier_velden(req));
  std::string href = r.ok() ? "/personen/" + std::to_string(r->id) + "?melding=aangemaakt" : "";
  Layout layout{"Persoon toevoegen", "/personen", {{"/personen", "Personen"}, {"", "Toevoegen"}}};
  FormView form{"Persoon toevoegen", "", "/personen", "Toevoegen", "/personen", std::nullopt, ""};
  return after_form_save(app, ui, req, r, href, layout, form, persoon_spec(app, ui),
                         [] { return Result<Persoon>(Error::not_found()); });
}

Response persoon_form(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, &ui, req, Error::not_found());
  auto p = app.services.register_->persoon(ui.ctx, *id);
  if (!p.ok()) return error_page(app, &ui, req, p.error());
  if (!auth::mag_persoon_wijzigen(ui.ctx.actor, p->organisatie_id)) {
    return error_page(app, &ui, req, Error::forbidden());
  }
  std::string base = "/personen/" + std::to_string(*id);
  Layout layout{"Persoon wijzigen",
                "/personen",
                {{"/personen", "Personen"}, {base, p->naam}, {"", "Wijzigen"}}};
  FormView form{p->naam + " wijzigen", "", base, "Opslaan", base, p->versie, ""};
  return form_page(app, ui, req, layout, form, persoon_spec(app, ui), to_fields(*p), nullptr);
}

Response persoon_opslaan(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, &ui, req, Error::not_found());
  auto versie = formulier_versie(req).value_or(0);
  auto r = app.services.register_->update_persoon(ui.ctx, *id, versie, formulier_velden(req));
  std::string base = "/personen/" + std::to_string(*id);
  Layout layout{"Persoon wijzigen",
                "/personen",
                {{"/personen", "Personen"}, {base, "Persoon"}, {"", "Wijzigen"}}};
  FormView form{"Persoon wijzigen", "", base, "Opslaan", base, versie, ""};
  return after_form_save(app, ui, req, r, base + "?melding=opgeslagen", layout, form,
                         persoon_spec(app, ui),
                         [&] { return app.services.register_->persoon(ui.ctx, *id); });
}

Response persoon_verwijderen_form(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, &ui, req, Error::not_found());
  auto& reg = *app.services.register_;
  auto p = reg.persoon(ui.ctx, *id);
  if (!p.ok()) return error_page(app, &ui, req, p.error(), "/personen");
  std::string base = "/personen/" + std::to_string(*id);
  if (!auth::mag_persoon_wijzigen(ui.ctx.actor, p->organisatie_id)) {
    return error_page(app, &ui, req, Error::forbidden(), base);
  }
  auto werkgever = reg.organisatie(ui.ctx, p->organisatie_id);
  DeleteConfirmation bevestiging;
  bevestiging.titel = "Persoon verwijderen";
  bevestiging.wat = p->naam;
  bevestiging.gegevens = {{"Naam", p->naam},
                          {"Functie", p->functie.empty() ? "–" : p->functie},
                          {"Werkgever", werkgever.ok() ? werkgever->naam : "–"}};
  bevestiging.gevolg =
      "Ook de zelfbeoordelingen van deze persoon worden verwijderd; een account dat aan de "
      "persoon gekoppeld is, blijft bestaan zonder koppeling. Heeft de persoon nog rollen, dan "
      "wordt er niets verwijderd.";
  bevestiging.actie = base + "/verwijderen";
  bevestiging.versie = p->versie;
  bevestiging.annuleren = base;
  bevestiging.actief = "/personen";
  bevestiging.kruimelpad = {{"/personen", "Personen"}, {base, p->naam}};
  return delete_confirmation_page(app, ui, req, bevestiging);
}

Response persoon_verwijderen(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, &ui, req, Error::not_found());
  auto r = app.services.register_->delete_persoon(ui.ctx, *id, formulier_versie(req).value_or(0));
  return after_delete(app, ui, req, r, "/personen", "/personen/" + std::to_string(*id));
}

}  // namespace

void add_register_ui(UiRoutes& r) {
  r.add_page("/organisaties", organisaties);
  r.add_page("/organisaties/nieuw", organisatie_nieuw);
  r.add_form("/organisaties", organisatie_aanmaken);
  r.add_page("/organisaties/{id}", organisatie);
  r.add_page("/organisaties/{id}/bewerken", organisatie_form);
  r.add_form("/organisaties/{id}", organisatie_opslaan);
  r.add_page("/organisaties/{id}/verwijderen", organisatie_verwijderen_form);
  r.add_form("/organisaties/{id}/verwijderen", organisatie_verwijderen);
  r.add_form("/organisaties/{id}/deelnemerschappen", deelnemerschap_aanmaken);
  r.add_page("/organisaties/{id}/deelnemerschappen/{deelnemerschapId}/verwijderen",
             deelnemerschap_verwijderen_form);
  r.add_form("/organisaties/{id}/deelnemerschappen/{deelnemerschapId}/verwijderen",
             deelnemerschap_verwijderen);
  r.add_page("/personen", personen);
  r.add_page("/personen/nieuw", persoon_nieuw);
  r.add_form("/personen", persoon_aanmaken);
  r.add_page("/personen/{id}", persoon);
  r.add_page("/personen/{id}/bewerken", persoon_form);
  r.add_form("/personen/{id}", persoon_opslaan);
  r.add_page("/personen/{id}/verwijderen", persoon_verwijderen_form);
  r.add_form("/personen/{id}/verwijderen", persoon_verwijderen);
}

}  // namespace regie::web::ui

// The rollen of the register (GOV-3): who holds which hat for which organisatie, in which period
// and with how many hours; the list with filters and sorting, the page, the forms and the delete.
#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/text.hpp"
#include "domain/governance/rol.hpp"
#include "web/messages.hpp"
#include "web/ui/formulier.hpp"
#include "web/ui/lijst.hpp"
#include "web/ui/ui_routes.hpp"
#include "web/ui/views.hpp"

namespace regie::web::ui {

using json = nlohmann::json;

namespace {

using governance::Rol;

std::vector<Optie> rol_soort_opties() {
  std::vector<Optie> out;
  for (auto s : governance::alle_rol_soorten()) {
    out.push_back({std::string(code(s)), std::string(label(s))});
  }
  return out;
}

// The fields of a rol; when changing one (`wijzigen`), also the day changed hours take effect.
std::vector<FieldsetSpec> rol_spec(const App& app, const UiContext& ui, bool wijzigen = false) {
  std::vector<FieldsetSpec> spec = {
      {"Wie en waarvoor",
       {{"persoonId", "Persoon", "select", true, persoon_opties(app, ui)},
        {"soort", "Rol", "select", true, rol_soort_opties()},
        {"organisatieId", "Voor organisatie", "select", true, organisatie_opties(app, ui),
         "Bij een accountmanager: de deelnemer die hij of zij bedient. Bij AB/DB: de "
         "deelnemer die wordt vertegenwoordigd."}}},
      {"Periode en capaciteit",
       {{"van", "Van", "date", true, {}, "", true},
        {"tot", "Tot en met", "date", false, {}, "Leeg laten als de rol doorloopt.", true},
        {"urenPerJaar",
         "Uren per jaar",
         "text",
         true,
         {},
         "Beschikbare uren per jaar voor deze rol.",
         true,
         "numeric"}}}};
  // GOV-12: the decision mandate of an ambtelijk opdrachtgever or accountmanager.
  spec.push_back(
      {"Beslismandaat (alleen ambtelijk opdrachtgever en accountmanager)",
       {{"beslismandaatBedrag",
         "Beslist zelf tot bedrag (€)",
         "text",
         false,
         {},
         "Meerkosten tot en met dit bedrag beslist de persoon zelf; daarboven beslist de volgende "
         "laag (de bestuurlijk opdrachtgever, of bij de omgevingsdienst de directie). Leeg = niet "
         "vastgelegd.",
         true,
         "decimal"},
        {"beslismandaatScope",
         "Beslist zelf over een wijziging van de scope",
         "select",
         false,
         {{"nee", "Nee, dat beslist de volgende laag"}, {"ja", "Ja"}}}}});
  // GOV-3: changed hours start a new period; the hours before it stay.
  if (wijzigen) {
    spec[1].velden.push_back({"urenVanaf",
                              "Uren gelden vanaf",
                              "date",
                              false,
                              {},
                              "Vanaf wanneer gewijzigde uren per jaar gelden; daarvoor blijven "
                              "de oude uren staan. Leeg = vandaag.",
                              true});
  }
  return spec;
}

Fields to_fields(const Rol& r) {
  return {{"persoonId", std::to_string(r.persoon_id)},
          {"organisatieId", std::to_string(r.organisatie_id)},
          {"soort", std::string(code(r.soort))},
          {"van", r.periode.van.iso()},
          {"tot", r.periode.tot ? r.periode.tot->iso() : ""},
          {"urenPerJaar", std::to_string(r.uren_per_jaar)},
          {"beslismandaatBedrag", r.mandaat_cents ? format_bedrag_invoer(*r.mandaat_cents) : ""},
          {"beslismandaatScope", r.mandaat_scope ? "ja" : "nee"}};
}

Response rollen(const App& app, const UiContext& ui, Request& req) {
  auto q = req.query_params();
  RolQuery query;
  query.richting = richting_uit(q, query.sorteer);
  if (query.sorteer.empty()) query.sorteer = "persoon";
  if (!q["soort"].empty()) query.soort = governance::rol_soort_from_code(q["soort"]);
  if (auto oid = parse_int64(q["organisatieId"])) query.organisatie_id = *oid;
  if (!q["peildatum"].empty()) query.peildatum = Datum::parse_nl(q["peildatum"]);
  std::int64_t pagina = pagina_uit(q);
  query.page = PageRequest{(pagina - 1) * kPaginaGrootte, kPaginaGrootte};
  auto result = app.services.register_->rollen(ui.ctx, query);
  if (!result.ok()) return error_page(app, &ui, req, result.error());
  ListView list;
  list.kop = "Rollen";
  list.intro = "Wie welke rol heeft voor welke organisatie, in welke periode en met hoeveel uren.";
  list.pad = "/rollen";
  if (auth::mag_rollen_vastleggen(ui.ctx.actor)) {
    list.nieuw_href = "/rollen/nieuw";
    list.nieuw_label = "Rol toevoegen";
  }
  list.kolommen = {{"Persoon", "persoon"},
                   {"Rol", "soort"},
                   {"Voor organisatie", "organisatie"},
                   {"Periode", "van"},
                   {"Uren per jaar", "", true}};
  for (const auto& r : result->items) {
    list.rijen.push_back(
        {{"cellen",
          json::array({cel(r.persoon_naam, "/personen/" + std::to_string(r.rol.persoon_id)),
                       cel(std::string(label(r.rol.soort)), "/rollen/" + std::to_string(r.rol.id)),
                       cel(r.organisatie_naam), cel(periode_nl(r.rol.periode)),
                       cel(format_getal_nl(r.rol.uren_per_jaar), "", true)})}});
  }
  list.totaal = result->total;
  list.pagina = pagina;
  list.filters = json::array(
      {filter_veld({"soort", "Rol", "select", false, rol_soort_opties()}, q),
       filter_veld(
           {"organisatieId", "Voor organisatie", "select", false, organisatie_opties(app, ui)}, q),
       filter_veld({"peildatum", "Geldig op", "date", false, {}, "", true}, q)});
  Layout layout{"Rollen", "/rollen", {{"", "Rollen"}}};
  return frame_page(app, &ui, req, layout, render_list(req, list));
}

Response rol(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, &ui, req, Error::not_found());
  auto& reg = *app.services.register_;
  auto r = reg.rol(ui.ctx, *id);
  if (!r.ok()) return error_page(app, &ui, req, r.error(), "/rollen");
  auto p = reg.persoon(ui.ctx, r->persoon_id);
  auto o = reg.organisatie(ui.ctx, r->organisatie_id);
  std::string base = "/rollen/" + std::to_string(*id);
  std::string kop = std::string(label(r->soort)) + (p.ok() ? ": " + p->naam : "");
  bool mag = p.ok() &&
             auth::mag_rol_wijzigen(ui.ctx.actor, r->organisatie_id, p->organisatie_id, r->soort);
  json view = {
      {"kop", kop},
      {"gegevens", json::array({{{"label", "Rol"}, {"waarde", std::string(label(r->soort))}},
                                {{"label", "Persoon"},
                                 {"waarde", p.ok() ? p->naam : "–"},
                                 {"href", "/personen/" + std::to_string(r->persoon_id)}},
                                {{"label", "Voor organisatie"},
                                 {"waarde", o.ok() ? o->naam : "–"},
                                 {"href", "/organisaties/" + std::to_string(r->organisatie_id)}},
                                {{"label", "Van"}, {"waarde", r->periode.van.nl()}},
                                {{"label", "Tot en met"},
                                 {"waarde", r->periode.tot ? r->periode.tot->nl() : "lopend"}}})},
      {"mag_wijzigen", mag},
      {"bewerken_href", base + "/bewerken"},
      {"verwijderen_href", base + "/verwijderen"},
      {"verwijderen_label", "Rol verwijderen"},
      {"csrf", ui.csrf},
      {"versie", std::to_string(r->versie)},
      {"secties", json::array()}};
  // GOV-3: the hours through time, each period until the next begins.
  for (const auto& periode : governance::urenperioden_van(*r)) {
    view["gegevens"].push_back({{"label", "Uren per jaar vanaf " + periode.van.nl()},
                                {"waarde", format_getal_nl(periode.uren_per_jaar)}});
  }
  // GOV-12
  if (governance::heeft_beslismandaat(r->soort)) {
    view["gegevens"].push_back(
        {{"label", "Beslismandaat"},
         {"waarde", r->mandaat_cents
                        ? "beslist zelf tot " + format_bedrag_nl(*r->mandaat_cents) +
                              (r->mandaat_scope ? ", ook over een wijziging van de scope"
                                                : "; een wijziging van de scope gaat naar de "
                                                  "volgende laag")
                        : "niet vastgelegd"}});
  }
  Layout layout{kop, "/rollen", {{"/rollen", "Rollen"}, {"", kop}}};
  return frame_page(app, &ui, req, layout, render("detail", view));
}

Response rol_nieuw(const App& app, const UiContext& ui, Request& req) {
  if (!auth::mag_rollen_vastleggen(ui.ctx.actor)) {
    return error_page(app, &ui, req, Error::forbidden());
  }
  Layout layout{"Rol toevoegen", "/rollen", {{"/rollen", "Rollen"}, {"", "Toevoegen"}}};
  FormView form{"Rol toevoegen", "", "/rollen", "Toevoegen", "/rollen", std::nullopt, ""};
  auto q = req.query_params();
  Fields waarden = {{"van", app.services.clock->vandaag().iso()},
                    {"organisatieId", std::to_string(ui.ctx.actor.organisatie_id)},
                    {"urenPerJaar", "0"}};
  // Opened from a finding (GOV-9) or a persoon: what is already known is filled in.
  for (const char* veld : {"persoonId", "organisatieId", "soort"}) {
    if (!q[veld].empty()) waarden[veld] = q[veld];
  }
  return form_page(app, ui, req, layout, form, rol_spec(app, ui), waarden, nullptr);
}

Response rol_aanmaken(const App& app, const UiContext& ui, Request& req) {
  auto r = app.services.register_->create_rol(ui.ctx, formulier_velden(req));
  std::string href = r.ok() ? "/rollen/" + std::to_string(r->id) + "?melding=aangemaakt" : "";
  Layout layout{"Rol toevoegen", "/rollen", {{"/rollen", "Rollen"}, {"", "Toevoegen"}}};
  FormView form{"Rol toevoegen", "", "/rollen", "Toevoegen", "/rollen", std::nullopt, ""};
  return after_form_save(app, ui, req, r, href, layout, form, rol_spec(app, ui),
                         [] { return Result<Rol>(Error::not_found()); });
}

Response rol_form(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, &ui, req, Error::not_found());
  auto r = app.services.register_->rol(ui.ctx, *id);
  if (!r.ok()) return error_page(app, &ui, req, r.error());
  auto p = app.services.register_->persoon(ui.ctx, r->persoon_id);
  if (!p.ok() ||
      !auth::mag_rol_wijzigen(ui.ctx.actor, r->organisatie_id, p->organisatie_id, r->soort)) {
    return error_page(app, &ui, req, Error::forbidden());
  }
  std::string base = "/rollen/" + std::to_string(*id);
  Layout layout{
      "Rol wijzigen", "/rollen", {{"/rollen", "Rollen"}, {base, "Rol"}, {"", "Wijzigen"}}};
  FormView form{"Rol wijzigen", "", base, "Opslaan", base, r->versie, ""};
  return form_page(app, ui, req, layout, form, rol_spec(app, ui, true), to_fields(*r), nullptr);
}

Response rol_opslaan(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, &ui, req, Error::not_found());
  auto versie = formulier_versie(req).value_or(0);
  auto r = app.services.register_->update_rol(ui.ctx, *id, versie, formulier_velden(req));
  std::string base = "/rollen/" + std::to_string(*id);
  Layout layout{
      "Rol wijzigen", "/rollen", {{"/rollen", "Rollen"}, {base, "Rol"}, {"", "Wijzigen"}}};
  FormView form{"Rol wijzigen", "", base, "Opslaan", base, versie, ""};
  return after_form_save(app, ui, req, r, base + "?melding=opgeslagen", layout, form,
                         rol_spec(app, ui, true),
                         [&] { return app.services.register_->rol(ui.ctx, *id); });
}

Response rol_verwijderen_form(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, &ui, req, Error::not_found());
  auto& reg = *app.services.register_;
  auto r = reg.rol(ui.ctx, *id);
  if (!r.ok()) return error_page(app, &ui, req, r.error(), "/rollen");
  auto p = reg.persoon(ui.ctx, r->persoon_id);
  auto o = reg.organisatie(ui.ctx, r->organisatie_id);
  std::string base = "/rollen/" + std::to_string(*id);
  if (!p.ok() ||
      !auth::mag_rol_wijzigen(ui.ctx.actor, r->organisatie_id, p->organisatie_id, r->soort)) {
    return error_page(app, &ui, req, Error::forbidden(), base);
  }
  std::string rol_naam(label(r->soort));
  DeleteConfirmation bevestiging;
  bevestiging.titel = "Rol verwijderen";
  bevestiging.wat = "de rol " + rol_naam + " van " + p->naam;
  bevestiging.gegevens = {{"Rol", rol_naam},
                          {"Persoon", p->naam},
                          {"Voor organisatie", o.ok() ? o->naam : "–"},
                          {"Periode", periode_nl(r->periode)}};
  bevestiging.gevolg =
      "Is de rol alleen beëindigd, vul dan liever de einddatum in: dan blijft zichtbaar wie de rol "
      "had.";
  bevestiging.actie = base + "/verwijderen";
  bevestiging.versie = r->versie;
  bevestiging.annuleren = base;
  bevestiging.actief = "/rollen";
  bevestiging.kruimelpad = {{"/rollen", "Rollen"}, {base, rol_naam + ": " + p->naam}};
  return delete_confirmation_page(app, ui, req, bevestiging);
}

Response rol_verwijderen(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, &ui, req, Error::not_found());
  auto r = app.services.register_->delete_rol(ui.ctx, *id, formulier_versie(req).value_or(0));
  return after_delete(app, ui, req, r, "/rollen", "/rollen/" + std::to_string(*id));
}

}  // namespace

void add_rol_ui(UiRoutes& r) {
  r.add_page("/rollen", rollen);
  r.add_page("/rollen/nieuw", rol_nieuw);
  r.add_form("/rollen", rol_aanmaken);
  r.add_page("/rollen/{id}", rol);
  r.add_page("/rollen/{id}/bewerken", rol_form);
  r.add_form("/rollen/{id}", rol_opslaan);
  r.add_page("/rollen/{id}/verwijderen", rol_verwijderen_form);
  r.add_form("/rollen/{id}/verwijderen", rol_verwijderen);
}

}  // namespace regie::web::ui

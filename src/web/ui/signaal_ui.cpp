#include "web/ui/signaal_ui.hpp"

#include <nlohmann/json.hpp>

#include "service/clock.hpp"
#include "web/messages.hpp"
#include "web/ui/opdracht_delen.hpp"
#include "web/ui/page.hpp"
#include "web/ui/ui_routes.hpp"
#include "web/ui/veld.hpp"
#include "web/ui/views.hpp"

namespace regie::web::ui {

using json = nlohmann::json;

namespace {

using opdrachten::Signaal;
using service::tijdstip_nl;

// What a failed form post brings back to its form: the values typed and the error.
struct Terug {
  const Error* fout = nullptr;
  Fields waarden;
  Id signaal_id = 0;  // 0: the form "Signaal melden"; else that signaal's form "Afhandelen"
};

// A required textarea for the partial {{> veld}}, or a select when `opties` is set.
json veld(const std::string& id, const std::string& naam, const std::string& label,
          const std::string& beschrijving, const Terug* terug,
          const std::vector<Optie>& opties = {}) {
  Veld v{naam, label, opties.empty() ? "textarea" : "select", true, beschrijving, opties};
  v.rijen = kTekstRijen;
  return veld_view(v, id, terug ? terug->waarden : Fields{},
                   fout_teksten(terug ? terug->fout : nullptr));
}

// OPD-6: the section "Signalen" of an opdracht: the list, and the forms the reader may use.
std::string sectie(const UiContext& ui, const service::OpdrachtDetail& d,
                   const std::vector<Signaal>& signalen, bool afdrukken, const Terug* terug) {
  const auto& o = d.opdracht;
  json lijst = json::array();
  for (const auto& s : signalen) {
    json gegevens = json::array({gegeven("Wat speelt er", s.wat), gegeven("Impact", s.impact),
                                 gegeven("Voorgestelde maatregel", s.maatregel),
                                 gegeven("Gemeld door", s.gemeld_door),
                                 gegeven("Gemeld op", tijdstip_nl(s.gemeld_op)),
                                 gegeven("Status", std::string(label(s.status)))});
    if (s.status == opdrachten::SignaalStatus::kAfgehandeld) {
      gegevens.push_back(gegeven("Afhandeling", s.afhandeling));
      gegevens.push_back(gegeven("Afgehandeld door", s.afgehandeld_door));
      if (!s.afgehandeld_namens.empty()) {
        gegevens.push_back(gegeven("Namens", s.afgehandeld_namens));
      }
      gegevens.push_back(gegeven("Afgehandeld op", tijdstip_nl(s.afgehandeld_op)));
    }
    json item = {{"id", std::to_string(s.id)},
                 {"kop", std::string(label(s.soort)) + " (" + std::string(code(s.status)) + ")"},
                 {"open", s.status == opdrachten::SignaalStatus::kOpen},
                 {"gegevens", gegevens}};
    if (!afdrukken && service::SignaalService::mag_afhandelen(d.kant, s)) {
      const Terug* eigen = terug && terug->signaal_id == s.id ? terug : nullptr;
      std::string veld_id = "afhandeling-" + std::to_string(s.id);
      item["afhandelen"] = {
          {"actie", opdracht_href(o.id) + "/signalen/" + std::to_string(s.id) + "/afhandeling"},
          {"versie", std::to_string(s.versie)},
          {"velden", json::array({veld(veld_id, "afhandeling", "Afhandeling",
                                       "Hoe handelt u dit signaal af? Bijvoorbeeld: maatregel "
                                       "akkoord, of wat er in plaats daarvan gebeurt.",
                                       eigen)})}};
    }
    lijst.push_back(item);
  }
  json view = {{"csrf", ui.csrf},
               {"signalen", lijst},
               {"heeft_signalen", !lijst.empty()},
               {"afdrukken", afdrukken}};
  if (!afdrukken && service::SignaalService::mag_melden(d.kant, o.status)) {
    const Terug* eigen = terug && terug->signaal_id == 0 ? terug : nullptr;
    view["melden"] = {
        {"actie", opdracht_href(o.id) + "/signalen"},
        {"velden",
         json::array(
             {veld("signaal-soort", "soort", "Soort signaal", "", eigen,
                   {{"stagnatie", std::string(label(opdrachten::SignaalSoort::kStagnatie))},
                    {"onvoorzien", std::string(label(opdrachten::SignaalSoort::kOnvoorzien))}}),
              veld("signaal-wat", "wat", "Wat speelt er", "Wat stagneert of wat is er onvoorzien?",
                   eigen),
              veld("signaal-impact", "impact", "Impact",
                   "Wat betekent het voor het resultaat, de planning of de middelen?", eigen),
              veld("signaal-maatregel", "maatregel", "Voorgestelde maatregel",
                   "Wat stelt de omgevingsdienst voor?", eigen)})}};
  }
  return render("signalen", view);
}

// A failed form post: the opdracht's signalen again with the typed values and the errors.
Response terug_naar_formulier(const App& app, const UiContext& ui, const Request& req, Id id,
                              const Terug& terug, int status) {
  auto d = app.services.opdrachten->opdracht(ui.ctx, id);
  if (!d.ok()) return error_page(app, ui, req, d.error(), kMenuOpdrachten);
  auto signalen = app.services.signalen->signalen(ui.ctx, id);
  if (!signalen.ok()) return error_page(app, ui, req, signalen.error(), opdracht_href(id));
  std::string kop = terug.signaal_id == 0 ? "Signaal melden" : "Signaal afhandelen";
  std::string inhoud =
      "<h1 class=\"utrecht-heading-1\">" + kop + "</h1>" + sectie(ui, *d, *signalen, false, &terug);
  return frame_page(
      app, ui, req, kop, kMenuOpdrachten,
      {{kMenuOpdrachten, "Opdrachten"}, {opdracht_href(id), d->opdracht.titel}, {"", kop}}, status,
      inhoud);
}

}  // namespace

std::string signalen_sectie(const App& app, const UiContext& ui,
                            const service::OpdrachtDetail& detail, bool afdrukken) {
  auto signalen = app.services.signalen->signalen(ui.ctx, detail.opdracht.id);
  if (!signalen.ok()) {
    return "<p class=\"utrecht-paragraph\">" + tekst(signalen.error().key) + "</p>";
  }
  return sectie(ui, detail, *signalen, afdrukken, nullptr);
}

// OPD-6: the open signalen at once on the start page; nothing when there are none.
std::string signalen_startblok(const App& app, const UiContext& ui) {
  auto open = app.services.signalen->open_signalen_voor(ui.ctx);
  if (!open.ok()) return "<p class=\"utrecht-paragraph\">" + tekst(open.error().key) + "</p>";
  if (open->empty()) return "";
  bool opdrachtgever = auth::is_opdrachtgeverkant(ui.ctx.actor);
  json lijst = json::array();
  for (const auto& r : *open) {
    const auto& s = r.signaal;
    lijst.push_back({{"href", opdracht_href(s.opdracht_id) + "#signaal-" + std::to_string(s.id)},
                     {"opdracht", r.opdracht_titel},
                     {"soort", std::string(label(s.soort))},
                     {"wat", s.wat},
                     {"gemeld_door", s.gemeld_door},
                     {"gemeld_op", tijdstip_nl(s.gemeld_op)},
                     {"mag_afhandelen", r.mag_afhandelen}});
  }
  json view = {{"kop", opdrachtgever ? "Signalen van de omgevingsdienst" : "Open signalen"},
               {"uitleg", opdrachtgever ? "De omgevingsdienst meldt stagnatie of onvoorziene "
                                          "omstandigheden. Een signaal blijft hier staan tot de "
                                          "opdrachtgever het afhandelt."
                                        : "Gemelde stagnatie en onvoorziene omstandigheden die de "
                                          "opdrachtgever nog niet heeft afgehandeld."},
               {"signalen", lijst}};
  return render("start_signalen", view);
}

namespace {

// POST /opdrachten/{id}/signalen
Response signaal_melden(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, ui, req, Error::not_found(), kMenuOpdrachten);
  auto velden = formulier_velden(req);
  auto s = app.services.signalen->melden(ui.ctx, *id, velden);
  if (s.ok()) {
    return see_other(opdracht_href(*id) + "?melding=signaal_gemeld#signaal-" +
                     std::to_string(s->id));
  }
  SaveFailure failure;
  failure.terug_href = opdracht_href(*id);
  failure.on_invalid = [&](const Error& error) {
    return terug_naar_formulier(app, ui, req, *id, Terug{&error, velden, 0}, 400);
  };
  return after_failed_save(app, ui, req, s.error(), failure);
}

// POST /opdrachten/{id}/signalen/{signaalId}/afhandeling
Response signaal_afhandelen(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  auto signaal_id = path_id(req, "signaalId");
  if (!id || !signaal_id) return error_page(app, ui, req, Error::not_found(), kMenuOpdrachten);
  auto velden = formulier_velden(req);
  auto s = app.services.signalen->afhandelen(ui.ctx, *id, *signaal_id,
                                             formulier_versie(req).value_or(0), velden);
  std::string anker = "#signaal-" + std::to_string(*signaal_id);
  SaveFailure failure;
  failure.terug_href = opdracht_href(*id);
  failure.stale_href = opdracht_href(*id);
  failure.anchor = anker;
  failure.on_invalid = [&](const Error& error) {
    return terug_naar_formulier(app, ui, req, *id, Terug{&error, velden, *signaal_id}, 400);
  };
  return after_save(app, ui, req, s, opdracht_href(*id) + "?melding=signaal_afgehandeld" + anker,
                    failure);
}

}  // namespace

void add_signaal_ui(UiRoutes& r) {
  r.add_form("/opdrachten/{id}/signalen", signaal_melden);
  r.add_form("/opdrachten/{id}/signalen/{signaalId}/afhandeling", signaal_afhandelen);
}

}  // namespace regie::web::ui

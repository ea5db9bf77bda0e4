#include "web/ui/interne_afstemming_ui.hpp"

#include <nlohmann/json.hpp>

#include "core/text.hpp"
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

using opdrachten::InterneAfstemming;

// The form's fields, with what a failed post typed and its errors.
json velden(const Fields& waarden, const Error* fout) {
  const auto fouten = fout_teksten(fout);
  auto tekstvak = [&](const std::string& naam, const std::string& label, bool verplicht,
                      const std::string& beschrijving) {
    Veld v{naam, label, "textarea", verplicht, beschrijving, {}};
    v.rijen = kTekstRijen;
    return veld_view(v, "afstemming-" + naam, waarden, fouten);
  };
  std::vector<Optie> uitkomsten;
  for (auto u : opdrachten::alle_uitkomsten()) {
    uitkomsten.push_back({std::string(code(u)), std::string(label(u))});
  }
  return json::array(
      {tekstvak("teams", "Geraadpleegde teams", true,
                "Met welke teams is de opdracht besproken? Bijvoorbeeld: team toezicht, team "
                "vergunningverlening."),
       tekstvak("capaciteit", "Capaciteit getoetst", true,
                "Is er genoeg capaciteit, in welke rollen en in welke periode?"),
       tekstvak("effecten", "Effecten op de uitvoering", true,
                "Wat betekent de opdracht voor het lopende werk van de teams?"),
       veld_view(Veld{"uitkomst", "Uitkomst", "select", true, "", uitkomsten},
                 "afstemming-uitkomst", waarden, fouten),
       tekstvak("toelichting", "Toelichting", false,
                "Verplicht bij voorwaarden of als de opdracht niet uitvoerbaar is: welke "
                "voorwaarden, of waarom niet.")});
}

std::string sectie(const UiContext& ui, const service::OpdrachtDetail& d,
                   const service::InterneAfstemmingen& a, bool afdrukken, const Fields& waarden,
                   const Error* fout) {
  const auto& o = d.opdracht;
  const bool aangeboden = opdrachten::interne_afstemming_mogelijk(o.status);
  if (a.afstemmingen.empty() && !aangeboden) return "";
  json lijst = json::array();
  for (const auto& x : a.afstemmingen) {
    json gegevens = json::array({gegeven("Geraadpleegde teams", x.teams),
                                 gegeven("Capaciteit getoetst", x.capaciteit),
                                 gegeven("Effecten op de uitvoering", x.effecten),
                                 gegeven("Uitkomst", std::string(label(x.uitkomst)))});
    if (!x.toelichting.empty()) gegevens.push_back(gegeven("Toelichting", x.toelichting));
    gegevens.push_back(gegeven("Vastgelegd door", x.door));
    std::string kop = "Afstemming van " + service::tijdstip_nl(x.op);
    if (aangeboden && a.geldend && a.geldend->id == x.id) kop += " (geldt voor deze aanbieding)";
    lijst.push_back({{"id", std::to_string(x.id)}, {"kop", kop}, {"gegevens", gegevens}});
  }
  json view = {{"csrf", ui.csrf}, {"afstemmingen", lijst}, {"heeft_afstemmingen", !lijst.empty()}};
  if (a.aanvaarden_wacht) view["wacht"] = met_hoofdletter(tekst(*a.aanvaarden_wacht)) + ".";
  if (!afdrukken && a.mag_vastleggen) {
    view["vastleggen"] = {{"actie", opdracht_href(o.id) + "/interne-afstemmingen"},
                          {"velden", velden(waarden, fout)},
                          // Folded away once one counts, unless a failed post brings it back.
                          {"opnieuw", a.geldend.has_value() && fout == nullptr}};
  }
  return render("interne_afstemming", view);
}

// POST /opdrachten/{id}/interne-afstemmingen
Response vastleggen(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, ui, req, Error::not_found(), kMenuOpdrachten);
  auto invoer = formulier_velden(req);
  auto a = app.services.interne_afstemmingen->vastleggen(ui.ctx, *id, invoer);
  if (a.ok()) {
    return see_other(opdracht_href(*id) +
                     "?melding=interne_afstemming_vastgelegd#interne-afstemming-" +
                     std::to_string(a->id));
  }
  SaveFailure failure;
  failure.terug_href = opdracht_href(*id);
  failure.on_invalid = [&](const Error& error) -> Response {
    auto d = app.services.opdrachten->opdracht(ui.ctx, *id);
    if (!d.ok()) return error_page(app, ui, req, d.error(), kMenuOpdrachten);
    auto lijst = app.services.interne_afstemmingen->afstemmingen(ui.ctx, *id);
    if (!lijst.ok()) return error_page(app, ui, req, lijst.error(), opdracht_href(*id));
    const std::string kop = "Interne afstemming vastleggen";
    std::string inhoud = "<h1 class=\"utrecht-heading-1\">" + kop + "</h1>" +
                         sectie(ui, *d, *lijst, false, invoer, &error);
    return frame_page(
        app, ui, req, kop, kMenuOpdrachten,
        {{kMenuOpdrachten, "Opdrachten"}, {opdracht_href(*id), d->opdracht.titel}, {"", kop}}, 400,
        inhoud);
  };
  return after_failed_save(app, ui, req, a.error(), failure);
}

}  // namespace

std::string interne_afstemming_sectie(const App& app, const UiContext& ui,
                                      const service::OpdrachtDetail& detail, bool afdrukken) {
  auto a = app.services.interne_afstemmingen->afstemmingen(ui.ctx, detail.opdracht.id);
  if (!a.ok()) return "<p class=\"utrecht-paragraph\">" + tekst(a.error().key) + "</p>";
  return sectie(ui, detail, *a, afdrukken, {}, nullptr);
}

void add_interne_afstemming_ui(UiRoutes& r) {
  r.add_form("/opdrachten/{id}/interne-afstemmingen", vastleggen);
}

}  // namespace regie::web::ui

// The start page, the accessibility statement, the page for an unknown URL and the style sheets.
#include <spdlog/spdlog.h>

#include <fstream>
#include <mutex>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/text.hpp"
#include "web/messages.hpp"
#include "web/ui/afwijking_ui.hpp"
#include "web/ui/bestuursoverzicht_ui.hpp"
#include "web/ui/page.hpp"
#include "web/ui/signaal_ui.hpp"
#include "web/ui/ui_routes.hpp"
#include "web/ui/views.hpp"
#include "web/ui/werklijst_ui.hpp"
#include "web/ui/wijziging_ui.hpp"

namespace regie::web::ui {

using json = nlohmann::json;

Response not_found_page(const App& app, const Request& req) {
  auto ui = session(app, req);
  Error error = Error::not_found(req.path);
  error.key = "fout.pagina_bestaat_niet";
  return error_page(app, ui ? &*ui : nullptr, req, error);
}

namespace {

Response toegankelijkheid(const App& app, Request& req) {
  auto ui = session(app, req);
  Layout layout;
  layout.titel = "Toegankelijkheidsverklaring";
  layout.kruimelpad = {{"", "Toegankelijkheidsverklaring"}};
  return frame_page(app, ui ? &*ui : nullptr, req, layout,
                    render("toegankelijkheid", json::object()));
}

Response static_file(const App& app, Request& req) {
  struct Asset {
    const char* naam;
    const char* bron;  // relative to the asset dir, or "embedded:<name>"
  };
  static const Asset kAssets[] = {
      {"utrecht.css", "@utrecht/component-library-css/dist/index.css"},
      {"theme.css", "@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css"},
      {"regie.css", "embedded:static/regie.css"},
      {"upload.js", "embedded:static/upload.js"},
  };
  static std::mutex mutex;
  static std::map<std::string, std::string> cache;
  const std::string naam = req.params["bestand"];
  for (const auto& asset : kAssets) {
    if (naam != asset.naam) continue;
    std::string body;
    {
      std::lock_guard lock(mutex);
      auto it = cache.find(naam);
      if (it != cache.end()) {
        body = it->second;
      } else {
        std::string bron = asset.bron;
        if (bron.rfind("embedded:", 0) == 0) {
          body = embedded_file(bron.substr(9));
        } else {
          std::ifstream in(app.options.asset_dir + "/" + bron, std::ios::binary);
          std::stringstream buffer;
          buffer << in.rdbuf();
          body = buffer.str();
          if (body.empty()) {
            spdlog::warn("stijlblad ontbreekt: {}/{}", escape_for_log(app.options.asset_dir),
                         escape_for_log(bron));
          }
        }
        if (!body.empty()) cache[naam] = body;
      }
    }
    if (body.empty()) break;
    Response response;
    const bool script = naam.ends_with(".js");
    response.set_header("Content-Type",
                        script ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8");
    response.set_header("Cache-Control", "public, max-age=3600");
    response.body = std::move(body);
    return response;
  }
  // A missing asset is no page for a person: the one error format.
  return problem_response(404, "Niet gevonden", tekst("fout.url_onbekend"), req.path);
}

Response start(const App& app, const UiContext& ui, Request& req) {
  auto& reg = *app.services.register_;
  auto gevonden_regio = reg.regio(ui.ctx, ui.ctx.actor.regio_id);
  if (!gevonden_regio.ok()) return error_page(app, &ui, req, gevonden_regio.error());
  OrganisatieQuery oq;
  oq.page.limit = 500;
  auto orgs = reg.organisaties(ui.ctx, oq);
  auto gevonden_personen = reg.personen(ui.ctx, PersoonQuery{});
  RolQuery rq;
  rq.peildatum = app.services.clock->vandaag();
  auto gevonden_rollen = reg.rollen(ui.ctx, rq);
  if (!orgs.ok()) return error_page(app, &ui, req, orgs.error());
  if (!gevonden_personen.ok()) return error_page(app, &ui, req, gevonden_personen.error());
  if (!gevonden_rollen.ok()) return error_page(app, &ui, req, gevonden_rollen.error());
  std::int64_t inwoners = 0;
  for (const auto& o : orgs->items) {
    if (o.soort == governance::OrganisatieSoort::kGemeente) inwoners += o.inwonertal.value_or(0);
  }
  json view = {
      {"kop", gevonden_regio->naam},
      {"naam", auth::weergavenaam(ui.ctx.actor)},
      {"rol", auth::hoeden_tekst(ui.ctx.actor)},
      {"zonder_rol", !ui.ctx.actor.beheerder && ui.ctx.actor.hoedanigheden.empty()},
      {"organisatie", ui.ctx.actor.organisatie_naam},
      {"kaarten", json::array({{{"id", "organisaties"},
                                {"titel", "Organisaties"},
                                {"href", "/organisaties"},
                                {"getal", format_getal_nl(orgs->total)},
                                {"tekst", "Gemeenten, provincie, omgevingsdienst en partners."}},
                               {{"id", "personen"},
                                {"titel", "Personen"},
                                {"href", "/personen"},
                                {"getal", format_getal_nl(gevonden_personen->total)},
                                {"tekst", "Personen die u kunt zien."}},
                               {{"id", "rollen"},
                                {"titel", "Rollen vandaag"},
                                {"href", "/rollen"},
                                {"getal", format_getal_nl(gevonden_rollen->total)},
                                {"tekst", "Rollen die op " + app.services.clock->vandaag().nl() +
                                              " gelden."}}})},
      {"gegevens",
       json::array(
           {{{"label", "Gemeenschappelijke regeling"},
             {"waarde", gevonden_regio->gemeenschappelijke_regeling}},
            {{"label", "Inwoners van de gemeenten"}, {"waarde", format_getal_nl(inwoners)}},
            {{"label", "Minimum uren ambtelijk opdrachtgever"},
             {"waarde", format_getal_nl(gevonden_regio->minimum_uren_ambtelijk_opdrachtgever)}}})}};
  view["werklijst"] = werklijst_startblok(app, ui);      // OPD-3: what waits for whom
  view["bestuur"] = bestuur_startblok(app, ui);          // the bestuurder's overview
  view["signalen"] = signalen_startblok(app, ui);        // OPD-6: open signalen at once
  view["afwijkingen"] = afwijkingen_startblok(app, ui);  // MON-3: afwijkingen in progress
  view["verzoeken"] = verzoeken_startblok(app, ui);      // OPD-5: verzoeken awaiting a decision
  Layout layout;
  layout.titel = "Start";
  layout.actief = "/";
  return frame_page(app, &ui, req, layout, render("start", view));
}

}  // namespace

void add_start_ui(UiRoutes& r) {
  r.add_public("GET", "/toegankelijkheid", toegankelijkheid);
  r.add_public("GET", "/static/{bestand}", static_file);
  r.add_page("/", start);
}

}  // namespace regie::web::ui

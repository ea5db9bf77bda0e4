#include "web/ui/page.hpp"

#include <spdlog/spdlog.h>

#include <map>
#include <nlohmann/json.hpp>

#include "core/text.hpp"
#include "web/messages.hpp"
#include "web/ui/views.hpp"

namespace regie::web::ui {

using json = nlohmann::json;

namespace {

std::string melding_tekst(const std::string& code) {
  static const std::map<std::string, std::string> kTeksten = {
      {"opgeslagen", "De wijzigingen zijn opgeslagen."},
      {"aangemaakt", "Het is toegevoegd."},
      {"verwijderd", "Het is verwijderd."},
      {"verouderd",
       "Iemand anders heeft dit intussen gewijzigd; er is niets verwijderd. Bekijk "
       "de nieuwe versie."},
      {"in_gebruik", "Dit kan niet worden verwijderd, omdat er nog gegevens naar verwijzen."},
      {"uitgelogd", "U bent uitgelogd."},
      {"wachtwoord_ingesteld", "Uw wachtwoord is ingesteld. U kunt nu inloggen."},
      {"ingediend", "Het wijzigingsverzoek is ingediend."},
      {"afgestemd", "De afstemming met de beleidsafdeling is vastgelegd."},
      {"besloten", "Het besluit over het wijzigingsverzoek is vastgelegd."},
      {"voorgelegd", "Het wijzigingsverzoek is voorgelegd aan de bestuurlijk opdrachtgever."},
  };
  auto it = kTeksten.find(code);
  if (it != kTeksten.end()) return it->second;
  // A capability's own confirmations are its messages "melding.<code>".
  const auto& eigen = messages().texts();
  auto gevonden = eigen.find("melding." + code);
  return gevonden == eigen.end() ? std::string() : gevonden->second;
}

json menu(const std::string& actief) {
  json out = json::array();
  for (const auto& item : menu_items()) {
    out.push_back({{"href", item.href}, {"label", item.label}, {"actief", item.href == actief}});
  }
  return out;
}

}  // namespace

const std::vector<MenuItem>& menu_items() {
  static const std::vector<MenuItem> kItems = {
      {"/", "Start"},
      {kMenuRegio, "Regio"},
      {kMenuBeleidscyclus, "Beleidscyclus"},
      {kMenuOpdrachten, "Opdrachten"},
      {kMenuMonitoring, "Monitoring"},
      {"/organisaties", "Organisaties"},
      {"/personen", "Personen"},
      {"/rollen", "Rollen"},
      {"/competenties", "Mijn competenties"},
  };
  return kItems;
}

Response frame_page(const App& app, const UiContext* ui, const Request& req, const Layout& layout,
                    const std::string& inhoud) {
  json view;
  view["titel"] = layout.titel;
  view["inhoud"] = inhoud;
  if (ui) {
    const auto& actor = ui->ctx.actor;
    view["gebruiker"] = {{"naam", auth::weergavenaam(actor)},
                         {"rol", auth::hoeden_tekst(actor)},
                         {"organisatie", actor.organisatie_naam},
                         {"csrf", ui->csrf},
                         {"menu", menu(layout.actief)}};
    auto regio = app.services.register_->regio(ui->ctx, actor.regio_id);
    if (regio.ok()) view["regio_naam"] = regio->naam;
  }
  if (!layout.kruimelpad.empty()) {
    json pad = json::array({{{"href", "/"}, {"label", "Start"}}});
    for (const auto& k : layout.kruimelpad) {
      json item = {{"label", k.label}};
      if (!k.href.empty()) item["href"] = k.href;
      pad.push_back(item);
    }
    view["kruimelpad"] = pad;
    view["heeft_kruimelpad"] = true;
  }
  auto q = req.query_params();
  if (auto it = q.find("melding"); it != q.end()) {
    auto melding_text = melding_tekst(it->second);
    if (!melding_text.empty()) {
      bool waarschuwing = it->second == "verouderd" || it->second == "in_gebruik";
      view["melding"] = {{"tekst", melding_text}, {"soort", waarschuwing ? "warning" : "ok"}};
    }
  }
  Response response;
  response.status = layout.status;
  response.set_header("Content-Type", "text/html; charset=utf-8");
  response.body = render("layout", view);
  return response;
}

Response frame_page(const App& app, const UiContext& ui, const Request& req,
                    const std::string& titel, const std::string& actief,
                    const std::vector<Kruimel>& kruimelpad, int status, const std::string& inhoud) {
  return frame_page(app, &ui, req, Layout{titel, actief, kruimelpad, status}, inhoud);
}

Response error_page(const App& app, const UiContext* ui, const Request& req, const Error& error,
                    const std::string& terug_href) {
  if (error.code == ErrorCode::kStorage)
    spdlog::warn("opslagfout: {}", escape_for_log(error.detail));
  Layout layout;
  layout.titel = titel(error.code);
  layout.status = http_status(error.code);
  json view = {{"kop", titel(error.code)},
               {"tekst", tekst(error.key)},
               {"terug_href", terug_href},
               {"terug_label", "Terug"}};
  return frame_page(app, ui, req, layout, render("fout", view));
}

Response error_page(const App& app, const UiContext& ui, const Request& req, const Error& error,
                    const std::string& terug_href) {
  return error_page(app, &ui, req, error, terug_href);
}

Response see_other(const std::string& location) {
  Response response;
  response.status = 303;
  response.set_header("Location", location);
  response.set_header("Content-Type", "text/plain; charset=utf-8");
  return response;
}

Fields formulier_velden(const Request& req) {
  Fields f = req.form_params();
  f.erase("csrf");
  f.erase("versie");
  return f;
}

std::optional<std::int64_t> formulier_versie(const Request& req) {
  auto f = req.form_params();
  auto it = f.find("versie");
  if (it == f.end()) return std::nullopt;
  return parse_int64(it->second);
}

Response after_failed_save(const App& app, const UiContext& ui, const Request& req,
                           const Error& error, const SaveFailure& failure) {
  if (error.code == ErrorCode::kInvalid && failure.on_invalid) return failure.on_invalid(error);
  if (error.code == ErrorCode::kStale) {
    if (failure.on_stale) return failure.on_stale();
    if (!failure.stale_href.empty()) {
      return see_other(failure.stale_href + "?melding=verouderd" + failure.anchor);
    }
  }
  if (error.code == ErrorCode::kConflict && failure.on_conflict) return failure.on_conflict(error);
  return error_page(app, &ui, req, error, failure.terug_href);
}

Response delete_confirmation_page(const App& app, const UiContext& ui, const Request& req,
                                  const DeleteConfirmation& bevestiging) {
  nlohmann::json gegevens = nlohmann::json::array();
  for (const auto& [label, waarde] : bevestiging.gegevens) {
    gegevens.push_back({{"label", label}, {"waarde", waarde}});
  }
  nlohmann::json view = {{"kop", bevestiging.titel},
                         {"vraag", "Weet u zeker dat u " + bevestiging.wat + " verwijdert?"},
                         {"gegevens", gegevens},
                         {"actie", bevestiging.actie},
                         {"csrf", ui.csrf},
                         {"annuleren", bevestiging.annuleren}};
  if (!bevestiging.gevolg.empty()) view["gevolg"] = bevestiging.gevolg;
  if (bevestiging.versie) view["versie"] = std::to_string(*bevestiging.versie);
  auto pad = bevestiging.kruimelpad;
  pad.push_back({"", bevestiging.titel});
  return frame_page(app, ui, req, bevestiging.titel, bevestiging.actief, pad, 200,
                    render("verwijderen", view));
}

Response after_delete(const App& app, const UiContext& ui, const Request& req,
                      const Result<void>& result, const std::string& success_href,
                      const std::string& detail_href) {
  if (result.ok()) return see_other(success_href + "?melding=verwijderd");
  if (result.error().code == ErrorCode::kStale) {
    return see_other(detail_href + "?melding=verouderd");
  }
  if (result.error().code == ErrorCode::kConflict && result.error().key == "fout.in_gebruik") {
    return see_other(detail_href + "?melding=in_gebruik");
  }
  return error_page(app, &ui, req, result.error());
}

}  // namespace regie::web::ui

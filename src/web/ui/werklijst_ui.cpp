#include "web/ui/werklijst_ui.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/text.hpp"
#include "web/messages.hpp"
#include "web/ui/beleidscyclus_delen.hpp"
#include "web/ui/opdracht_delen.hpp"
#include "web/ui/views.hpp"
#include "web/ui/wijziging_ui.hpp"

namespace regie::web::ui {

using json = nlohmann::json;

namespace {

json regels(const std::vector<service::WerkRegel>& lijst, bool met_wie) {
  json out = json::array();
  for (const auto& r : lijst) {
    json regel = {{"href", opdracht_href(r.opdracht.id)},
                  {"titel", r.opdracht.titel},
                  {"status", std::string(label(r.opdracht.status))},
                  {"stappen", stappen_tekst(r.stappen)}};
    if (met_wie) {
      regel["wie"] = r.wie.empty() ? std::string("niemand met die rol vandaag") : [&] {
        std::string tekst;
        for (const auto& n : r.wie) {
          tekst += (tekst.empty() ? "" : "; ") + n;
        }
        return tekst;
      }();
    }
    out.push_back(regel);
  }
  return out;
}

}  // namespace

std::string werklijst_startblok(const App& app, const UiContext& ui) {
  const auto& actor = ui.ctx.actor;
  json view = json::object();
  bool iets = false;
  auto lijst = app.services.opdrachten->werklijst(ui.ctx);
  if (!lijst.ok()) return "<p class=\"utrecht-paragraph\">" + tekst(lijst.error().key) + "</p>";
  json mijn = regels(lijst->voor_mij, false);
  // OPD-5, OPD-6: the verzoeken the reader decides and the signalen it handles.
  auto verzoeken = app.services.opdrachten->open_verzoeken(ui.ctx);
  if (!verzoeken.ok())
    return "<p class=\"utrecht-paragraph\">" + tekst(verzoeken.error().key) + "</p>";
  for (const auto& v : *verzoeken) {
    if (!v.mag_beslissen) continue;
    mijn.push_back(
        {{"href", verzoek_href(v.verzoek.opdracht_id, v.verzoek.id)},
         {"titel", v.opdracht_titel + ", wijzigingsverzoek " + std::to_string(v.verzoek.id)},
         {"status", std::string(label(v.verzoek.status))},
         {"stappen", "Besluiten over het wijzigingsverzoek"}});
  }
  auto signalen = app.services.signalen->open_signalen_voor(ui.ctx);
  if (!signalen.ok())
    return "<p class=\"utrecht-paragraph\">" + tekst(signalen.error().key) + "</p>";
  for (const auto& s : *signalen) {
    if (!s.mag_afhandelen) continue;
    mijn.push_back({{"href", opdracht_href(s.signaal.opdracht_id) + "#signaal-" +
                                 std::to_string(s.signaal.id)},
                    {"titel", s.opdracht_titel + ", signaal van " + s.signaal.gemeld_door},
                    {"status", "Open"},
                    {"stappen", "Het signaal afhandelen"}});
  }
  const bool heeft_kant = !mijn.empty() || !lijst->voor_ander.empty();
  if (heeft_kant) {
    iets = true;
    view["werk"] = true;
    view["heeft_mijn"] = !mijn.empty();
    view["mijn"] = mijn;
    view["ander"] = regels(lijst->voor_ander, true);
    view["heeft_ander"] = !lijst->voor_ander.empty();
  }
  // B8-1: the late steps of the Big 8 the reader owns.
  if (actor.persoon_id) {
    auto cyclus = app.services.beleidscyclus->cyclus(ui.ctx, actor.regio_id);
    if (!cyclus.ok()) return "<p class=\"utrecht-paragraph\">" + tekst(cyclus.error().key) + "</p>";
    json laat = json::array();
    for (const auto& stap : cyclus->stappen) {
      const bool te_laat = std::find(cyclus->te_laat.begin(), cyclus->te_laat.end(), stap.id) !=
                           cyclus->te_laat.end();
      if (!te_laat || stap.eigenaar_persoon_id != actor.persoon_id) continue;
      laat.push_back({{"href", stap_href(stap.id)},
                      {"naam", "Stap " + std::to_string(stap.volgorde) + ": " + stap.naam + " (" +
                                   stap.periode + ")"},
                      {"gepland", stap.gepland_eind ? stap.gepland_eind->nl() : std::string()}});
    }
    if (!laat.empty()) {
      iets = true;
      view["te_laat"] = laat;
      view["heeft_te_laat"] = true;
    }
  }
  // GOV-9: the findings that concern the reader (its organisatie; the whole regio for the OD
  // and the beheerder), as the findings page shows them.
  auto gezondheid =
      app.services.governance->bevindingen(ui.ctx, actor.regio_id, app.services.clock->vandaag());
  if (!gezondheid.ok()) {
    return "<p class=\"utrecht-paragraph\">" + tekst(gezondheid.error().key) + "</p>";
  }
  if (!gezondheid->bevindingen.empty()) {
    std::int64_t fouten = 0;
    std::int64_t waarschuwingen = 0;
    for (const auto& b : gezondheid->bevindingen) {
      if (b.ernst == governance::Ernst::kFout) ++fouten;
      if (b.ernst == governance::Ernst::kWaarschuwing) ++waarschuwingen;
    }
    iets = true;
    view["bevindingen"] = {
        {"aantal", format_getal_nl(static_cast<std::int64_t>(gezondheid->bevindingen.size()))},
        {"over", gezondheid->eigen_weergave ? "over uw organisatie" : "in de regio"},
        {"fouten", format_getal_nl(fouten)},
        {"waarschuwingen", format_getal_nl(waarschuwingen)}};
  }
  if (!iets) return "";
  return render("start_werklijst", view);
}

}  // namespace regie::web::ui

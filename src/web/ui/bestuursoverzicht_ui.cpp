#include "web/ui/bestuursoverzicht_ui.hpp"

#include <nlohmann/json.hpp>

#include "core/text.hpp"
#include "service/bestuursoverzicht_service.hpp"
#include "web/messages.hpp"
#include "web/ui/beleidscyclus_delen.hpp"
#include "web/ui/opdracht_delen.hpp"
#include "web/ui/petten.hpp"
#include "web/ui/views.hpp"

namespace regie::web::ui {

using json = nlohmann::json;

std::string bestuur_startblok(const App& app, const UiContext& ui) {
  auto o = app.services.bestuursoverzicht->overzicht(ui.ctx);
  if (!o.ok()) return "<p class=\"utrecht-paragraph\">" + tekst(o.error().key) + "</p>";
  if (!o->van_toepassing) return "";
  std::string organisaties;
  for (const auto& naam : o->organisaties)
    organisaties += (organisaties.empty() ? "" : ", ") + naam;

  json opdrachten = json::array();
  std::int64_t totaal = 0;
  for (const auto& x : o->opdrachten) {
    const auto bedrag = opdrachten::middelen_cents(x);  // OPD-4: maatwerk by its extra financiering
    totaal += bedrag;
    opdrachten.push_back(
        {{"titel", x.titel},
         {"href", opdracht_href(x.id)},
         {"soort", x.soort == opdrachten::Soort::kCollectief ? "Regionaal" : "Maatwerk"},
         {"status", std::string(opdrachten::label(x.status))},
         // A concept whose money is still empty is not "€ 0,00".
         {"begroot", bedrag == 0 ? std::string("nog niet begroot") : format_bedrag_nl(bedrag)}});
  }
  json verzoeken = json::array();
  for (const auto& v : o->verzoeken) {
    std::string kosten = v.meerkosten_cents == 0 ? "geen verschil"
                         : v.meerkosten_cents > 0
                             ? format_bedrag_nl(v.meerkosten_cents) + " meer"
                             : format_bedrag_nl(-v.meerkosten_cents) + " minder";
    verzoeken.push_back(
        {{"titel", v.opdracht_titel},
         {"href", opdracht_href(v.verzoek.opdracht_id) + "/wijzigingsverzoeken/" +
                      std::to_string(v.verzoek.id)},
         {"omschrijving", v.verzoek.omschrijving},
         {"kosten", kosten},
         {"status",
          v.wacht_op_u ? "Aan u voorgelegd" : std::string(opdrachten::label(v.verzoek.status))}});
  }
  json signalen = json::array();
  for (const auto& s : o->signalen) {
    signalen.push_back({{"titel", s.opdracht_titel},
                        {"href", opdracht_href(s.signaal.opdracht_id) + "#signaal-" +
                                     std::to_string(s.signaal.id)},
                        {"wat", s.signaal.wat}});
  }
  json besluiten = json::array();
  for (const auto& b : o->besluiten) {
    besluiten.push_back(
        {{"product", std::string(beleidscyclus::label(b.product)) + " " + b.stap.periode},
         {"href", stap_href(b.stap.id)},
         {"gepland", b.stap.gepland_eind ? b.stap.gepland_eind->nl() : std::string("–")},
         {"te_laat", b.te_laat}});
  }
  // GOV-5: where the bestuurder decides in the AB or DB with its opdrachtgever hat on too.
  const std::string petten =
      petten_let_op(ui.ctx.actor, "bestuurlijk opdrachtgever van " + organisaties);
  json view = {{"organisaties", organisaties},
               {"opdrachten", opdrachten},
               {"heeft_opdrachten", !opdrachten.empty()},
               {"totaal", format_bedrag_nl(totaal)},
               {"verzoeken", verzoeken},
               {"heeft_verzoeken", !verzoeken.empty()},
               {"signalen", signalen},
               {"heeft_signalen", !signalen.empty()},
               {"besluiten", besluiten},
               {"heeft_besluiten", !besluiten.empty()},
               {"petten", petten}};
  return render("start_bestuur", view);
}

}  // namespace regie::web::ui

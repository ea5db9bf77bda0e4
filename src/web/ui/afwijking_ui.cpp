// The afwijkingen in the web UI (MON-3, GOV-12; decision 48): the list of signalen with filters,
// one signaal with its figures, the opdrachten it shows on, the bijsturingsvoorstel of the
// accountmanager and the besluit of the opdrachtgever (with the mandate it is taken on); the
// block on the start page and the section on an opdracht. Without JavaScript.
#include "web/ui/afwijking_ui.hpp"

#include <nlohmann/json.hpp>

#include "core/text.hpp"
#include "service/clock.hpp"
#include "web/messages.hpp"
#include "web/ui/formulier.hpp"
#include "web/ui/lijst.hpp"
#include "web/ui/monitoring_delen.hpp"
#include "web/ui/opdracht_delen.hpp"
#include "web/ui/page.hpp"
#include "web/ui/ui_routes.hpp"
#include "web/ui/veld.hpp"
#include "web/ui/views.hpp"

namespace regie::web::ui {

using json = nlohmann::json;

namespace {

using monitoring::Afwijkingssignaal;
using monitoring::SignaalStatus;
using service::tijdstip_nl;

constexpr const char* kAfwijkingen = "/afwijkingen";

std::string afwijking_href(Id id) { return std::string(kAfwijkingen) + "/" + std::to_string(id); }

// "Gemeente Beekdal, collectief 2026".
std::string titel_van(const service::AfwijkingRegel& r) {
  return r.deelnemer_naam + ", " + klein(std::string(programma::label(r.signaal.soort))) + " " +
         std::to_string(r.signaal.jaar);
}

// "uren boven de band, aantal onder de band".
std::string wat_wijkt_af(const Afwijkingssignaal& s) {
  std::string out;
  for (const auto& m : monitoring::afwijkende_maten(s)) {
    if (!out.empty()) out += ", ";
    out += std::string(m.maat) + " " + std::string(monitoring::label(m.richting));
  }
  return out.empty() ? std::string("alles binnen de band") : out;
}

std::string status_soort(SignaalStatus s) {
  switch (s) {
    case SignaalStatus::kOpen:
    case SignaalStatus::kVoorstel:
      return "waarschuwing";
    case SignaalStatus::kBesloten:
    case SignaalStatus::kVervallen:
      return "melding";
  }
  return "melding";
}

json regel_view(const service::AfwijkingRegel& r) {
  const auto& s = r.signaal;
  std::string wacht;
  if (r.mag_voorstellen && s.status == SignaalStatus::kOpen) wacht = "wacht op uw voorstel";
  if (r.mag_beslissen) wacht = "wacht op uw besluit";
  return {{"href", afwijking_href(s.id)},
          {"titel", titel_van(r)},
          {"deelnemer", r.deelnemer_naam},
          {"jaar", std::to_string(s.jaar)},
          {"soort", std::string(programma::label(s.soort))},
          {"wat", wat_wijkt_af(s)},
          {"status", std::string(label(s.status))},
          {"status_soort", status_soort(s.status)},
          {"gesignaleerd", tijdstip_nl(s.gesignaleerd_op)},
          {"wacht", wacht.empty() ? json(false) : json(wacht)}};
}

// The figures as a table: plan, realisatie so far and prognose per measure.
json cijfers_view(const Afwijkingssignaal& s) {
  auto rij = [](const char* maat, const std::string& plan, const std::string& realisatie,
                const std::string& prognose, monitoring::Afwijking a) {
    return json{{"maat", maat},
                {"plan", plan},
                {"realisatie", realisatie},
                {"prognose", prognose},
                {"afwijking", afwijking_tag(a)}};
  };
  return json::array(
      {rij("Uren", format_honderdsten(s.plan.uren), format_honderdsten(s.realisatie.uren),
           format_honderdsten(s.prognose.uren), s.uren),
       rij("Aantal", format_getal_nl(s.plan.aantal), format_getal_nl(s.realisatie.aantal),
           format_getal_nl(s.prognose.aantal), s.aantal),
       rij("Bedrag", format_bedrag_nl(s.plan.bedrag_cents),
           format_bedrag_nl(s.realisatie.bedrag_cents), format_bedrag_nl(s.prognose.bedrag_cents),
           s.bedrag)});
}

// What a failed form post brings back to the page: the values typed and the error.
struct Terug {
  const Error* fout = nullptr;
  Fields waarden;
  std::string formulier;  // "voorstel" or "besluit"
};

json veld(const Veld& v, const std::string& id, const Terug* terug) {
  return veld_view(v, id, terug ? terug->waarden : Fields{},
                   fout_teksten(terug ? terug->fout : nullptr));
}

std::string peil_tekst(const Afwijkingssignaal& s) {
  if (s.peilmaand == 0) return "nog geen maand verstreken";
  return "januari t/m " + monitoring::maand_nl(s.jaar * 100 + s.peilmaand);
}

Response detail_pagina(const App& app, const UiContext& ui, const Request& req, Id id,
                       const Terug* terug, int status) {
  auto d = app.services.afwijkingen->afwijking(ui.ctx, id);
  if (!d.ok()) return error_page(app, ui, req, d.error(), kAfwijkingen);
  const auto& r = d->regel;
  const auto& s = r.signaal;
  json view = regel_view(r);
  view["cijfers"] = cijfers_view(s);
  view["peil"] = peil_tekst(s);
  view["wat_zin"] = met_hoofdletter(wat_wijkt_af(s));
  view["gegevens"] = json::array(
      {gegeven("Status", std::string(label(s.status))), gegeven("Wat wijkt af", wat_wijkt_af(s)),
       gegeven("Tolerantieband", "plan plus en min " + std::to_string(s.tolerantie) + " procent"),
       gegeven("Prognose", std::string(monitoring::label(s.methode))),
       gegeven("Gesignaleerd op", tijdstip_nl(s.gesignaleerd_op)),
       gegeven("Bijgewerkt op", tijdstip_nl(s.bijgewerkt_op))});
  json opdrachten = json::array();
  for (const auto& o : d->opdrachten) {
    opdrachten.push_back({{"href", opdracht_href(o.id)}, {"titel", o.titel}});
  }
  view["opdrachten"] = opdrachten;
  view["heeft_opdrachten"] = !opdrachten.empty();
  view["monitoring_href"] = "/monitoring?jaar=" + std::to_string(s.jaar) +
                            "&niveau=product&deelnemer=" + std::to_string(s.deelnemer_id);
  view["heeft_voorstel"] = s.voorstel.has_value();
  view["heeft_besluit"] = s.besluit.has_value();
  if (s.voorstel) {
    view["voorstel"] = json::array(
        {gegeven("Maatregel", s.voorstel->maatregel), gegeven("Gevolgen", s.voorstel->gevolgen),
         gegeven("Meerkosten", format_bedrag_nl(s.voorstel->meerkosten_cents)),
         gegeven("Opgesteld met", s.voorstel->afgestemd_met),
         gegeven("Opgesteld door", s.voorstel->door), gegeven("Op", tijdstip_nl(s.voorstel->op))});
  }
  if (s.besluit) {
    view["besluit"] = json::array(
        {gegeven("Besluit", std::string(label(s.besluit->besluit))),
         gegeven("Toelichting", s.besluit->toelichting), gegeven("Besloten door", s.besluit->door),
         gegeven("Mandaat", s.besluit->mandaat), gegeven("Op", tijdstip_nl(s.besluit->op))});
  }
  if (r.mag_voorstellen) {
    const Terug* eigen = terug && terug->formulier == "voorstel" ? terug : nullptr;
    Fields waarden;
    if (s.voorstel && eigen == nullptr) {
      waarden = Fields::Values{{"maatregel", s.voorstel->maatregel},
                               {"gevolgen", s.voorstel->gevolgen},
                               {"afgestemdMet", s.voorstel->afgestemd_met},
                               {"meerkosten", format_bedrag_invoer(s.voorstel->meerkosten_cents)}};
    }
    Terug met_waarden{nullptr, waarden, "voorstel"};
    const Terug* bron = eigen != nullptr ? eigen : &met_waarden;
    Veld maatregel{"maatregel", "Maatregel", "textarea", true,
                   "Wat verandert er: uren, prioriteiten, planning of geld?"};
    Veld gevolgen{"gevolgen", "Gevolgen", "textarea", true,
                  "Wat betekent het voor het programma en voor de deelnemer?"};
    Veld met{"afgestemdMet", "Opgesteld met", "text", true,
             "De opdrachtgever met wie u het voorstel hebt opgesteld."};
    Veld kosten{"meerkosten",
                "Meerkosten in euro",
                "text",
                false,
                "Kosten bovenop het plan, bijvoorbeeld 12.500,00. Leeg is geen meerkosten.",
                {},
                true};
    maatregel.rijen = kTekstRijen;
    gevolgen.rijen = kTekstRijen;
    view["voorstellen"] = {{"actie", afwijking_href(id) + "/voorstel"},
                           {"versie", std::to_string(s.versie)},
                           {"herzien", s.voorstel.has_value()},
                           {"velden", json::array({veld(maatregel, "voorstel-maatregel", bron),
                                                   veld(gevolgen, "voorstel-gevolgen", bron),
                                                   veld(met, "voorstel-met", bron),
                                                   veld(kosten, "voorstel-meerkosten", bron)})}};
  }
  if (r.mag_beslissen && r.beslisser) {
    const Terug* eigen = terug && terug->formulier == "besluit" ? terug : nullptr;
    Veld besluit{
        "besluit",
        "Besluit",
        "select",
        true,
        "",
        {{"akkoord", "Akkoord"}, {"aangepast", "Aangepast akkoord"}, {"afgewezen", "Afgewezen"}}};
    Veld toelichting{"toelichting", "Toelichting", "textarea", true,
                     "Waarom; bij een aangepast akkoord: wat u aanpast."};
    toelichting.rijen = kTekstRijen;
    view["beslissen"] = {
        {"actie", afwijking_href(id) + "/besluit"},
        {"versie", std::to_string(s.versie)},
        {"mandaat", monitoring::mandaat_tekst(*r.beslisser)},
        {"velden", json::array({veld(besluit, "besluit-besluit", eigen),
                                veld(toelichting, "besluit-toelichting", eigen)})}};
  }
  view["csrf"] = ui.csrf;
  const std::string titel = "Afwijking " + titel_van(r);
  Layout layout{titel,
                kMenuMonitoring,
                {{"/monitoring", "Monitoring"}, {kAfwijkingen, "Afwijkingen"}, {"", titel}},
                status};
  return frame_page(app, &ui, req, layout, render("afwijking", view));
}

// GET /afwijkingen
Response lijst(const App& app, const UiContext& ui, Request& req) {
  auto q = req.query_params();
  service::AfwijkingVraag vraag;
  std::string jaar = q.count("jaar") != 0 ? q.at("jaar") : std::string();
  if (auto j = programma::catalogusjaar(jaar)) vraag.jaar = *j;
  const std::string status = q.count("status") != 0 ? q.at("status") : std::string("lopend");
  vraag.alleen_lopend = status != "alle";
  auto l = app.services.afwijkingen->afwijkingen(ui.ctx, vraag);
  if (!l.ok()) return error_page(app, ui, req, l.error(), "/monitoring");
  json regels = json::array();
  for (const auto& r : *l) regels.push_back(regel_view(r));
  std::vector<Optie> jaaropties = {{"", "Alle jaren"}};
  const std::int32_t dit_jaar = app.services.clock->vandaag().jaar();
  for (std::int32_t j = dit_jaar + 1; j >= dit_jaar - 3; --j) {
    jaaropties.push_back({std::to_string(j), std::to_string(j)});
  }
  std::map<std::string, std::string> waarden = {
      {"jaar", vraag.jaar ? std::to_string(*vraag.jaar) : ""},
      {"status", vraag.alleen_lopend ? "lopend" : "alle"}};
  json filter = json::array();
  filter.push_back(filter_veld({"jaar", "Jaar", "select", false, jaaropties}, waarden));
  filter.push_back(filter_veld({"status",
                                "Status",
                                "select",
                                false,
                                {{"lopend", "Lopend (open of met voorstel)"}, {"alle", "Alle"}}},
                               waarden));
  json view = {{"regels", regels},
               {"heeft_regels", !regels.empty()},
               {"filter", filter},
               {"lopend", vraag.alleen_lopend}};
  Layout layout{
      "Afwijkingen", kMenuMonitoring, {{"/monitoring", "Monitoring"}, {"", "Afwijkingen"}}};
  return frame_page(app, &ui, req, layout, render("afwijkingen", view));
}

// GET /afwijkingen/{id}
Response detail(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, ui, req, Error::not_found(), kAfwijkingen);
  return detail_pagina(app, ui, req, *id, nullptr, 200);
}

// POST /afwijkingen/{id}/voorstel and /afwijkingen/{id}/besluit
Response schrijf(const App& app, const UiContext& ui, Request& req, const std::string& formulier) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, ui, req, Error::not_found(), kAfwijkingen);
  auto velden = formulier_velden(req);
  const auto versie = formulier_versie(req).value_or(0);
  auto s = formulier == "voorstel"
               ? app.services.afwijkingen->voorstellen(ui.ctx, *id, versie, velden)
               : app.services.afwijkingen->beslissen(ui.ctx, *id, versie, velden);
  SaveFailure failure;
  failure.terug_href = afwijking_href(*id);
  failure.stale_href = afwijking_href(*id);
  failure.on_invalid = [&](const Error& error) {
    Terug terug{&error, velden, formulier};
    return detail_pagina(app, ui, req, *id, &terug, 400);
  };
  return after_save(app, ui, req, s,
                    afwijking_href(*id) + "?melding=" +
                        (formulier == "voorstel" ? "voorstel_vastgelegd" : "besluit_vastgelegd"),
                    failure);
}

Response voorstel(const App& app, const UiContext& ui, Request& req) {
  return schrijf(app, ui, req, "voorstel");
}
Response besluit(const App& app, const UiContext& ui, Request& req) {
  return schrijf(app, ui, req, "besluit");
}

}  // namespace

std::string afwijkingen_startblok(const App& app, const UiContext& ui) {
  auto lopend = app.services.afwijkingen->lopend_voor(ui.ctx);
  if (!lopend.ok()) return "<p class=\"utrecht-paragraph\">" + tekst(lopend.error().key) + "</p>";
  if (lopend->empty()) return "";
  json regels = json::array();
  for (const auto& r : *lopend) regels.push_back(regel_view(r));
  return render("start_afwijkingen", {{"regels", regels}, {"aantal", lopend->size()}});
}

std::string afwijkingen_sectie(const App& app, const UiContext& ui,
                               const service::OpdrachtDetail& detail) {
  auto lijst = app.services.afwijkingen->voor_opdracht(ui.ctx, detail.opdracht);
  if (!lijst.ok()) return "<p class=\"utrecht-paragraph\">" + tekst(lijst.error().key) + "</p>";
  if (lijst->empty()) return "";
  json regels = json::array();
  for (const auto& r : *lijst) regels.push_back(regel_view(r));
  return render("opdracht_afwijkingen", {{"regels", regels}});
}

void add_afwijking_ui(UiRoutes& r) {
  r.add_page(kAfwijkingen, lijst);
  r.add_page("/afwijkingen/{id}", detail);
  r.add_form("/afwijkingen/{id}/voorstel", voorstel);
  r.add_form("/afwijkingen/{id}/besluit", besluit);
}

}  // namespace regie::web::ui

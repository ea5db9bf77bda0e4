// HTML pages of the Big 8 cycle (B8-1..B8-4) of the actor's regio: the cycle as a circle with a
// text alternative and a table, one page per step with its product, documents, decisions,
// reopenings and earlier rounds, and the forms to change them. Work without JavaScript.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <nlohmann/json.hpp>
#include <numbers>

#include "core/text.hpp"
#include "domain/beleidscyclus/ronde.hpp"
#include "web/messages.hpp"
#include "web/ui/beleidscyclus_delen.hpp"
#include "web/ui/beleidsdoel_ui.hpp"
#include "web/ui/page.hpp"
#include "web/ui/ui_routes.hpp"
#include "web/ui/veld.hpp"
#include "web/ui/views.hpp"

namespace regie::web::ui {

using json = nlohmann::json;

namespace {

using CyclusStap = beleidscyclus::Stap;
using beleidscyclus::Status;

constexpr const char* kCyclusPad = "/regio/beleidscyclus";
constexpr std::int64_t kMaxPersonen = 500;

// The circle: eight ring segments around (kMidden, kMidden), step 1 lower left, the policy side
// on the left, the hinge (4) on top, the execution side on the right, 8 at the bottom.
constexpr double kMidden = 200.0;
constexpr double kBuitenStraal = 180.0;
constexpr double kBinnenStraal = 105.0;
constexpr double kTekstStraal = 142.5;
constexpr double kSegmentGraden = 45.0;
constexpr double kTussenruimteGraden = 1.5;
constexpr double kEersteMiddenGraden = 135.0;

std::string stap_titel(const CyclusStap& s) {
  return "Stap " + std::to_string(s.volgorde) + ": " + s.naam;
}

std::string datum_nl(const std::optional<Datum>& d) { return d ? d->nl() : std::string("–"); }

std::string van_tot(const std::optional<Datum>& van, const std::optional<Datum>& tot) {
  if (!van && !tot) return "–";
  return datum_nl(van) + " t/m " + datum_nl(tot);
}

// "2026-06-30T09:15:02Z" → "30-06-2026 11:15" (Europe/Amsterdam).
using service::tijdstip_nl;

// A small form of a page section: one fieldset, errors next to the fields and, for errors on
// fields it does not show, in the summary.
json sectie_formulier(const UiContext& ui, const std::string& prefix, const std::string& actie,
                      const std::string& legend, const std::string& knop,
                      const std::vector<Veld>& velden, const Fields& waarden, const Error* error) {
  auto fouten = fout_teksten(error);
  json out = {{"actie", actie},
              {"csrf", ui.csrf},
              {"legend", legend},
              {"knop", knop},
              {"id", prefix + "-formulier"}};
  json views = json::array();
  for (const auto& v : velden)
    views.push_back(veld_view(v, prefix + "-" + v.naam, waarden, fouten));
  out["velden"] = views;
  if (error) {
    json overig = json::array();
    for (const auto& fout : fouten) {
      const std::string& naam = fout.first;
      bool shown =
          std::any_of(velden.begin(), velden.end(), [&](const Veld& v) { return v.naam == naam; });
      if (!shown) overig.push_back({{"tekst", veldnaam(naam) + ": " + fout.second}});
    }
    out["fouten_samenvatting"] = true;
    out["overige_fouten"] = overig;
  }
  return out;
}

std::string status_kleur(Status status) {
  switch (status) {
    case Status::kAfgerond:
      return "#1d6b2f";
    case Status::kBezig:
      return "#0b3d91";
    case Status::kHeropend:
      return "#8a5a00";
    case Status::kNietGestart:
      return "#d0d0d0";
  }
  return "#d0d0d0";
}

std::string getal(double value) {
  std::array<char, 32> buffer{};
  std::snprintf(buffer.data(), buffer.size(), "%.1f", value);
  return buffer.data();
}

struct Punt {
  double x;
  double y;
};

Punt op_cirkel(double straal, double graden) {
  double radialen = graden * std::numbers::pi / 180.0;
  return {kMidden + straal * std::cos(radialen), kMidden + straal * std::sin(radialen)};
}

// The SVG path of ring segment `index` (0-based position in the cycle).
std::string segment_pad(std::size_t index) {
  double midden = kEersteMiddenGraden + kSegmentGraden * static_cast<double>(index);
  double van = midden - kSegmentGraden / 2 + kTussenruimteGraden;
  double tot = midden + kSegmentGraden / 2 - kTussenruimteGraden;
  Punt a = op_cirkel(kBuitenStraal, van);
  Punt b = op_cirkel(kBuitenStraal, tot);
  Punt c = op_cirkel(kBinnenStraal, tot);
  Punt d = op_cirkel(kBinnenStraal, van);
  return "M " + getal(a.x) + " " + getal(a.y) + " A " + getal(kBuitenStraal) + " " +
         getal(kBuitenStraal) + " 0 0 1 " + getal(b.x) + " " + getal(b.y) + " L " + getal(c.x) +
         " " + getal(c.y) + " A " + getal(kBinnenStraal) + " " + getal(kBinnenStraal) + " 0 0 0 " +
         getal(d.x) + " " + getal(d.y) + " Z";
}

bool bevat(const std::vector<Id>& ids, Id id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// One sentence per step, for the SVG's description and the text alternative.
std::string stap_zin(const CyclusStap& s, bool huidig, bool te_laat) {
  std::string zin =
      stap_titel(s) + " (" + s.periode + "): " + std::string(beleidscyclus::label(s.status));
  if (s.gepland_eind) zin += ", gepland klaar op " + s.gepland_eind->nl();
  if (te_laat) zin += ", te laat";
  if (huidig) zin += ", huidige positie";
  return zin + ".";
}

std::vector<Veld> conclusie_velden(const std::vector<CyclusStap>& stappen) {
  std::vector<Optie> opties;
  opties.reserve(stappen.size());
  for (const auto& s : stappen) opties.push_back({std::to_string(s.id), stap_titel(s)});
  return {{"tekst", "Conclusie", "text", true},
          {"datum", "Datum", "date", true, "", {}, true},
          {"raaktStapId", "Raakt stap", "select", true,
           "De stap die de conclusie in een volgende ronde verandert, vaak de analyse of de "
           "strategie.",
           opties},
          {"raaktPeriode",
           "In periode",
           "text",
           true,
           "Bij stap 1 tot en met 3 vier jaren, bijvoorbeeld 2031-2034; anders één jaar.",
           {},
           true}};
}

Response cyclus_pagina(const App& app, const UiContext& ui, const Request& req,
                       const Fields& conclusie_waarden, const Error* conclusie_fout) {
  auto cyclus = app.services.beleidscyclus->cyclus(ui.ctx, ui.ctx.actor.regio_id);
  if (!cyclus.ok()) return error_page(app, ui, req, cyclus.error(), "/regio");
  const auto& stappen = cyclus->stappen;
  std::map<Id, const CyclusStap*> per_id;
  for (const auto& s : stappen) per_id[s.id] = &s;

  json segmenten = json::array();
  json rijen = json::array();
  json zinnen = json::array();
  std::string beschrijving;
  for (std::size_t i = 0; i < stappen.size(); ++i) {
    const CyclusStap& s = stappen[i];
    bool huidig = cyclus->huidige_stap_id == s.id;
    bool te_laat = bevat(cyclus->te_laat, s.id);
    Punt tekst_punt =
        op_cirkel(kTekstStraal, kEersteMiddenGraden + kSegmentGraden * static_cast<double>(i));
    segmenten.push_back({{"d", segment_pad(i)},
                         {"kleur", status_kleur(s.status)},
                         {"tekst_kleur", s.status == Status::kNietGestart ? "#1a1a1a" : "#ffffff"},
                         {"x", getal(tekst_punt.x)},
                         {"y", getal(tekst_punt.y)},
                         {"nummer", std::to_string(s.volgorde)},
                         {"huidig", huidig},
                         {"te_laat", te_laat}});
    std::string zin = stap_zin(s, huidig, te_laat);
    beschrijving += (beschrijving.empty() ? "" : " ") + zin;
    zinnen.push_back({{"tekst", zin}});
    std::string signaal;
    if (huidig) signaal = "Huidige positie";
    if (te_laat) signaal += std::string(signaal.empty() ? "" : "; ") + "Te laat";
    if (beleidscyclus::is_verschoven(s)) {
      signaal += std::string(signaal.empty() ? "" : "; ") + "Verschoven (eerst gepland tot " +
                 datum_nl(s.oorspronkelijk_eind) + ")";
    }
    std::string eigenaar = "–";
    if (s.eigenaar_persoon_id) eigenaar = cyclus->eigenaar_namen[*s.eigenaar_persoon_id];
    rijen.push_back({{"nummer", std::to_string(s.volgorde)},
                     {"naam", s.naam},
                     {"href", stap_href(s.id)},
                     {"kant", std::string(beleidscyclus::label(beleidscyclus::kant(s.code)))},
                     {"periode", s.periode},
                     {"status", std::string(beleidscyclus::label(s.status))},
                     {"gepland", van_tot(s.gepland_begin, s.gepland_eind)},
                     {"werkelijk", van_tot(s.werkelijk_begin, s.werkelijk_eind)},
                     {"eigenaar", eigenaar},
                     {"signaal", signaal.empty() ? "–" : signaal},
                     {"te_laat", te_laat}});
  }

  std::string huidig_tekst = "Alle stappen zijn afgerond.";
  std::string midden = "Rond";
  if (cyclus->huidige_stap_id) {
    const CyclusStap& h = *per_id.at(*cyclus->huidige_stap_id);
    huidig_tekst = "Huidige positie: " + stap_titel(h) + " (" + h.periode + ").";
    midden = "Nu: stap " + std::to_string(h.volgorde);
  }
  json te_laat = json::array();
  for (Id id : cyclus->te_laat) {
    const CyclusStap& s = *per_id.at(id);
    te_laat.push_back({{"tekst", stap_titel(s) + ", gepland klaar op " + datum_nl(s.gepland_eind)},
                       {"href", stap_href(s.id)}});
  }

  json conclusies = json::array();
  for (const auto& e : cyclus->evaluatieconclusies) {
    auto raakt = per_id.find(e.raakt_stap_id);
    std::string raakt_naam = raakt == per_id.end() ? "–" : stap_titel(*raakt->second);
    conclusies.push_back({{"datum", e.datum.nl()},
                          {"tekst", e.tekst},
                          {"uit", "Evaluatie " + e.periode},
                          {"raakt", raakt_naam},
                          {"raakt_href", stap_href(e.raakt_stap_id)},
                          {"raakt_periode", e.raakt_periode}});
  }

  json view = {{"kop", "Beleidscyclus (Big 8)"},
               {"peildatum", cyclus->peildatum.nl()},
               {"huidig", huidig_tekst},
               {"te_laat", te_laat},
               {"heeft_te_laat", !te_laat.empty()},
               {"svg_titel", "De Big 8-cyclus van de regio op " + cyclus->peildatum.nl()},
               {"svg_beschrijving", beschrijving},
               {"midden", midden},
               {"segmenten", segmenten},
               {"zinnen", zinnen},
               {"rijen", rijen},
               {"conclusies", conclusies},
               {"legenda", json::array({{{"kleur", status_kleur(Status::kNietGestart)},
                                         {"label", beleidscyclus::label(Status::kNietGestart)}},
                                        {{"kleur", status_kleur(Status::kBezig)},
                                         {"label", beleidscyclus::label(Status::kBezig)}},
                                        {{"kleur", status_kleur(Status::kAfgerond)},
                                         {"label", beleidscyclus::label(Status::kAfgerond)}},
                                        {{"kleur", status_kleur(Status::kHeropend)},
                                         {"label", beleidscyclus::label(Status::kHeropend)}}})}};
  if (beleidscyclus::mag_cyclus_wijzigen(ui.ctx.actor)) {
    view["formulier"] =
        sectie_formulier(ui, "conclusie", std::string(kCyclusPad) + "/evaluatieconclusies",
                         "Evaluatieconclusie vastleggen", "Conclusie vastleggen",
                         conclusie_velden(stappen), conclusie_waarden, conclusie_fout);
  }
  int status = conclusie_fout ? http_status(conclusie_fout->code) : 200;
  return frame_page(app, ui, req, "Beleidscyclus", kMenuBeleidscyclus,
                    {{"/regio", "Regio"}, {"", "Beleidscyclus"}}, status,
                    render("beleidscyclus", view));
}

// B8-4: the step's product in this round, in words.
std::string product_tekst(const CyclusStap& s,
                          const std::optional<beleidscyclus::Document>& product) {
  auto soort = beleidscyclus::vereist_product(s.code);
  if (!soort) return "Geen vast product; leg het werk vast in documenten en besluiten.";
  std::string naam(beleidscyclus::label(*soort));
  if (!product) {
    return naam +
           ": nog niet vastgesteld in deze ronde. De stap is pas afgerond met dit "
           "product.";
  }
  return naam + ": " + product->titel + ", vastgesteld " + vastgesteld_tekst(*product) + ".";
}

std::vector<Veld> document_velden(const CyclusStap& s) {
  std::vector<Optie> soorten;
  for (auto soort : beleidscyclus::soorten_voor(s.code)) {
    soorten.push_back({std::string(code(soort)), std::string(beleidscyclus::label(soort))});
  }
  std::vector<Optie> organen = {{"", "Nog niet vastgesteld"}};
  for (auto o : beleidscyclus::alle_organen()) {
    organen.push_back(
        {std::string(code(o)), met_hoofdletter(std::string(beleidscyclus::label(o)))});
  }
  return {{"titel", "Titel", "text", true, "Bijvoorbeeld: Regionale risicoanalyse 2027-2030."},
          {"link", "Link", "text", true,
           "Het webadres waar het document staat, beginnend met https://."},
          {"soort", "Soort", "select", true, "Het product van deze stap, of een ander document.",
           soorten},
          {"vastgesteldDoor", "Vastgesteld door", "select", false,
           "Alleen bij een vastgesteld product.", organen},
          {"vastgesteldOp", "Vastgesteld op", "date", false, "", {}, true}};
}

// Which form of the step page a failed post came from, with the user's input.
struct StapFout {
  std::string formulier;  // "document", "besluit", "heropenen"
  Fields waarden;
  const Error* error = nullptr;
};

Response stap_pagina(const App& app, const UiContext& ui, const Request& req, Id stap_id,
                     const StapFout& fout) {
  auto detail = app.services.beleidscyclus->stap(ui.ctx, ui.ctx.actor.regio_id, stap_id);
  if (!detail.ok()) return error_page(app, ui, req, detail.error(), kCyclusPad);
  const CyclusStap& s = detail->stap;
  bool mag = beleidscyclus::mag_cyclus_wijzigen(ui.ctx.actor);
  bool bijdragen = beleidscyclus::mag_bijdragen(ui.ctx.actor);
  auto kant = beleidscyclus::kant(s.code);
  std::string signaal;
  if (detail->huidig) signaal = "Huidige positie in de cyclus";
  if (detail->te_laat) signaal += std::string(signaal.empty() ? "" : "; ") + "Te laat";
  std::string gepland = van_tot(s.gepland_begin, s.gepland_eind);
  if (beleidscyclus::is_verschoven(s)) {
    gepland += " (verschoven; eerst gepland tot " + datum_nl(s.oorspronkelijk_eind) + ")";
  }
  json gegevens = json::array(
      {{{"label", "Positie"}, {"waarde", std::to_string(s.volgorde) + " van 8"}},
       {{"label", "Kant"}, {"waarde", beleidscyclus::label(kant)}},
       {{"label", "Ritme"}, {"waarde", beleidscyclus::label(beleidscyclus::ritme(s.code))}},
       {{"label", "Ronde"}, {"waarde", s.periode}},
       {{"label", "Status"}, {"waarde", beleidscyclus::label(s.status)}},
       {{"label", "Product"}, {"waarde", product_tekst(s, detail->product)}},
       {{"label", "Gepland"}, {"waarde", gepland}},
       {{"label", "Werkelijk"}, {"waarde", van_tot(s.werkelijk_begin, s.werkelijk_eind)}},
       {{"label", "Eigenaar"},
        {"waarde", detail->eigenaar_naam.empty() ? "–" : detail->eigenaar_naam}},
       {{"label", "Signaal"}, {"waarde", signaal.empty() ? "–" : signaal}}});
  json documenten = json::array();
  for (const auto& d : detail->documenten) {
    documenten.push_back({{"titel", d.titel},
                          {"link", d.link},
                          {"soort", beleidscyclus::label(d.soort)},
                          {"ronde", d.periode},
                          {"vastgesteld", vastgesteld_tekst(d)},
                          {"door", d.door},
                          {"toegevoegd", tijdstip_nl(d.toegevoegd)}});
  }
  // B8-4: the rounds the step has left, each with the products of that round.
  json rondes = json::array();
  for (auto it = detail->rondes.rbegin(); it != detail->rondes.rend(); ++it) {
    std::string producten;
    for (const auto& d : detail->documenten) {
      if (d.periode != it->periode || d.soort == beleidscyclus::ProductSoort::kBijdrage) continue;
      producten += (producten.empty() ? "" : "; ") + d.titel;
    }
    rondes.push_back({{"periode", it->periode},
                      {"status", beleidscyclus::label(it->status)},
                      {"gepland", van_tot(it->gepland_begin, it->gepland_eind)},
                      {"werkelijk", van_tot(it->werkelijk_begin, it->werkelijk_eind)},
                      {"producten", producten.empty() ? "–" : producten}});
  }
  json planwijzigingen = json::array();
  for (const auto& p : detail->planwijzigingen) {
    planwijzigingen.push_back({{"tijdstip", tijdstip_nl(p.tijdstip)},
                               {"door", p.door},
                               {"ronde", p.periode},
                               {"van", datum_nl(p.van)},
                               {"naar", datum_nl(p.naar)},
                               {"reden", p.reden}});
  }
  json geraakt = json::array();
  for (const auto& g : detail->geraakt_bij_heropenen) {
    geraakt.push_back(
        {{"tekst", stap_titel(g) + " (" + klein(std::string(beleidscyclus::label(g.status))) + ")"},
         {"href", stap_href(g.id)}});
  }
  json besluiten = json::array();
  for (const auto& b : detail->besluiten) {
    besluiten.push_back({{"datum", b.datum.nl()}, {"tekst", b.tekst}, {"door", b.door}});
  }
  json heropeningen = json::array();
  for (const auto& h : detail->heropeningen) {
    heropeningen.push_back({{"tijdstip", tijdstip_nl(h.tijdstip)},
                            {"door", h.door},
                            {"reden", h.reden},
                            {"vorige_status", beleidscyclus::label(h.vorige_status)},
                            {"periode", h.periode},
                            {"nieuw_eind", datum_nl(h.nieuw_eind)}});
  }
  json conclusies = json::array();
  for (const auto& e : detail->conclusies) {
    conclusies.push_back({{"datum", e.datum.nl()},
                          {"tekst", e.tekst},
                          {"uit", "Evaluatie " + e.periode},
                          {"raakt_periode", e.raakt_periode}});
  }
  std::string basis = stap_href(s.id);
  json view = {
      {"kop", stap_titel(s)},
      {"conclusies", conclusies},
      {"gegevens", gegevens},
      {"documenten", documenten},
      {"besluiten", besluiten},
      {"heropeningen", heropeningen},
      {"rondes", rondes},
      {"planwijzigingen", planwijzigingen},
      {"dekking", dekking_sectie(app, ui, detail->documenten)},  // OPD-7
      {"is_beleidsstap", beleidscyclus::is_beleidsstap(s.code) || fout.formulier == "heropenen"},
      {"mag_wijzigen", mag},
      {"bewerken_href", basis + "/bewerken"}};
  auto waarden_voor = [&](const std::string& naam) {
    return fout.formulier == naam ? fout.waarden : Fields{};
  };
  auto fout_voor = [&](const std::string& naam) {
    return fout.formulier == naam ? fout.error : nullptr;
  };
  if (mag) {
    view["document_formulier"] = sectie_formulier(
        ui, "document", basis + "/documenten",
        "Document of product toevoegen (ronde " + s.periode + ")", "Document toevoegen",
        document_velden(s), waarden_voor("document"), fout_voor("document"));
  } else if (bijdragen) {
    // B8-4: the opdrachtgever as sparringpartner: a bijdrage to this round.
    view["document_formulier"] =
        sectie_formulier(ui, "document", basis + "/documenten",
                         "Bijdrage toevoegen (ronde " + s.periode + ")", "Bijdrage toevoegen",
                         {{"titel", "Titel", "text", true,
                           "Bijvoorbeeld: Wensen van uw gemeente voor het uitvoeringsprogramma."},
                          {"link", "Link", "text", true,
                           "Het webadres waar de bijdrage staat, beginnend met https://."}},
                         waarden_voor("document"), fout_voor("document"));
  }
  if (mag) {
    view["besluit_formulier"] = sectie_formulier(ui, "besluit", basis + "/besluiten",
                                                 "Besluit vastleggen", "Besluit vastleggen",
                                                 {{"tekst", "Besluit", "text", true,
                                                   "Wie besloot wat, bijvoorbeeld: het AB stelt de "
                                                   "strategie vast."},
                                                  {"datum", "Datum", "date", true, "", {}, true}},
                                                 waarden_voor("besluit"), fout_voor("besluit"));
    bool heropenbaar = beleidscyclus::is_beleidsstap(s.code) && s.status == Status::kAfgerond;
    if (heropenbaar || fout.formulier == "heropenen") {
      view["heropenen_formulier"] = sectie_formulier(
          ui, "heropenen", basis + "/heropeningen", "Stap heropenen", "Stap heropenen",
          {{"reden", "Reden", "text", true,
            "Waarom deze stap halverwege de cyclus wordt bijgesteld."},
           {"geplandEind",
            "Nieuwe deadline",
            "date",
            true,
            "Wanneer de heropende stap weer af moet zijn; vanaf vandaag.",
            {},
            true}},
          waarden_voor("heropenen"), fout_voor("heropenen"));
      view["geraakt"] = geraakt;
      view["heeft_geraakt"] = !geraakt.empty();
    }
  }
  int status = fout.error ? http_status(fout.error->code) : 200;
  return frame_page(app, ui, req, stap_titel(s), kMenuBeleidscyclus,
                    {{"/regio", "Regio"}, {kCyclusPad, "Beleidscyclus"}, {"", stap_titel(s)}},
                    status, render("cyclusstap", view));
}

Fields to_fields(const CyclusStap& s) {
  auto iso = [](const std::optional<Datum>& d) { return d ? d->iso() : std::string(); };
  return {
      {"naam", s.naam},
      {"volgorde", std::to_string(s.volgorde)},
      {"periode", s.periode},
      {"status", std::string(code(s.status))},
      {"geplandBegin", iso(s.gepland_begin)},
      {"geplandEind", iso(s.gepland_eind)},
      {"werkelijkBegin", iso(s.werkelijk_begin)},
      {"werkelijkEind", iso(s.werkelijk_eind)},
      {"eigenaarPersoonId", s.eigenaar_persoon_id ? std::to_string(*s.eigenaar_persoon_id) : ""}};
}

struct Fieldset {
  std::string legend;
  std::vector<Veld> velden;
};

std::vector<Fieldset> stap_spec(const App& app, const UiContext& ui, const CyclusStap& s) {
  std::vector<Optie> volgordes;
  for (int i = 1; i <= beleidscyclus::kAantalStappen; ++i) {
    volgordes.push_back({std::to_string(i), std::to_string(i)});
  }
  std::vector<Optie> statussen;
  for (auto st : beleidscyclus::alle_statussen()) {
    // B8-3: heropend is reached through a reopening with a reason, not by an edit.
    if (st == Status::kHeropend && s.status != Status::kHeropend) continue;
    statussen.push_back({std::string(code(st)), std::string(beleidscyclus::label(st))});
  }
  std::vector<Optie> personen;
  PersoonQuery q;
  q.page.limit = kMaxPersonen;
  auto gevonden = app.services.register_->personen(ui.ctx, q);
  if (gevonden.ok()) {
    for (const auto& p : gevonden->items) {
      personen.push_back(
          {std::to_string(p.persoon.id), p.persoon.naam + " (" + p.organisatie_naam + ")"});
    }
  }
  bool vier = beleidscyclus::ritme(s.code) == beleidscyclus::Ritme::kVierjaarlijks;
  return {{"Stap",
           {{"naam", "Naam", "text", true, "Het label van deze stap in uw regio."},
            {"volgorde", "Positie in de cyclus", "select", true,
             "Een positie die al bezet is, ruilt met die stap.", volgordes, true},
            {"periode",
             "Periode",
             "text",
             true,
             vier ? "Vier jaren, bijvoorbeeld 2027-2030." : "Eén jaar, bijvoorbeeld 2027.",
             {},
             true},
            {"status", "Status", "select", true,
             "Een afgeronde stap blijft afgerond in zijn periode; een beleidsstap heropent u op "
             "de pagina van de stap.",
             statussen}}},
          {"Planning",
           {{"geplandBegin", "Gepland begin", "date", false, "", {}, true},
            {"geplandEind", "Gepland eind", "date", false, "", {}, true},
            {"werkelijkBegin", "Werkelijk begin", "date", false, "", {}, true},
            {"werkelijkEind",
             "Werkelijk eind",
             "date",
             false,
             "Verplicht bij status afgerond; afronden kan pas met het vastgestelde product.",
             {},
             true},
            {"redenPlanwijziging",
             "Reden voor het verschuiven",
             "textarea",
             false,
             s.gepland_eind ? "Verplicht als u het gepland eind (nu " + s.gepland_eind->nl() +
                                  ") binnen deze ronde verschuift; de oorspronkelijke planning "
                                  "blijft zichtbaar."
                            : "Alleen nodig als u later het gepland eind verschuift.",
             {},
             false,
             2}}},
          {"Eigenaar", {{"eigenaarPersoonId", "Eigenaar", "select", false, "", personen}}}};
}

Response stap_formulier(const App& app, const UiContext& ui, const Request& req,
                        const CyclusStap& s, std::int64_t versie, const Fields& waarden,
                        const Error* error, const std::string& conflict, int status) {
  auto fouten = fout_teksten(error);
  std::string titel = stap_titel(s) + " wijzigen";
  std::string basis = stap_href(s.id);
  json view = {{"kop", titel},       {"actie", basis},  {"knop", "Opslaan"},
               {"annuleren", basis}, {"csrf", ui.csrf}, {"versie", std::to_string(versie)}};
  if (!conflict.empty()) {
    view["conflict"] = conflict;
    view["conflict_href"] = basis;
  }
  json sets = json::array();
  json samenvatting = json::array();
  for (const auto& fs : stap_spec(app, ui, s)) {
    json velden = json::array();
    for (const auto& spec : fs.velden) {
      velden.push_back(veld_view(spec, "veld-" + spec.naam, waarden, fouten));
      if (auto it = fouten.find(spec.naam); it != fouten.end()) {
        samenvatting.push_back(
            {{"id", "veld-" + spec.naam}, {"label", spec.label}, {"fout", it->second}});
      }
    }
    sets.push_back({{"legend", fs.legend}, {"velden", velden}});
  }
  view["fieldsets"] = sets;
  if (!samenvatting.empty()) {
    view["fouten_samenvatting"] = true;
    view["fouten"] = samenvatting;
  }
  return frame_page(app, ui, req, titel, kMenuBeleidscyclus,
                    {{"/regio", "Regio"},
                     {kCyclusPad, "Beleidscyclus"},
                     {basis, stap_titel(s)},
                     {"", "Wijzigen"}},
                    status, render("formulier", view));
}

// After a post of a step page form: back to the step on success, the page with the errors next
// to the fields otherwise.
template <typename T>
Response na_stap_post(const App& app, const UiContext& ui, const Request& req, Id stap_id,
                      const Result<T>& result, const std::string& formulier) {
  SaveFailure failure;
  failure.terug_href = stap_href(stap_id);
  failure.on_invalid = [&](const Error& error) {
    return stap_pagina(app, ui, req, stap_id, StapFout{formulier, formulier_velden(req), &error});
  };
  return after_save(app, ui, req, result, stap_href(stap_id) + "?melding=aangemaakt", failure);
}

Response beleidscyclus(const App& app, const UiContext& ui, Request& req) {
  return cyclus_pagina(app, ui, req, {}, nullptr);
}

Response cyclusstap(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "stapId");
  if (!id) return error_page(app, ui, req, Error::not_found(), kCyclusPad);
  return stap_pagina(app, ui, req, *id, {});
}

Response cyclusstap_form(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "stapId");
  if (!id) return error_page(app, ui, req, Error::not_found(), kCyclusPad);
  auto detail = app.services.beleidscyclus->stap(ui.ctx, ui.ctx.actor.regio_id, *id);
  if (!detail.ok()) return error_page(app, ui, req, detail.error(), kCyclusPad);
  if (!beleidscyclus::mag_cyclus_wijzigen(ui.ctx.actor)) {
    return error_page(app, ui, req, Error::forbidden(), stap_href(*id));
  }
  return stap_formulier(app, ui, req, detail->stap, detail->stap.versie, to_fields(detail->stap),
                        nullptr, "", 200);
}

Response cyclusstap_opslaan(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "stapId");
  if (!id) return error_page(app, ui, req, Error::not_found(), kCyclusPad);
  auto versie = formulier_versie(req).value_or(0);
  Fields waarden = formulier_velden(req);
  auto& service = *app.services.beleidscyclus;
  auto saved = service.update_stap(ui.ctx, ui.ctx.actor.regio_id, *id, versie, waarden);
  // The form again: the user's input stays; after a conflict it carries the newest version.
  auto formulier = [&](const Error* error, bool verouderd) {
    auto detail = service.stap(ui.ctx, ui.ctx.actor.regio_id, *id);
    if (!detail.ok()) return error_page(app, ui, req, detail.error(), kCyclusPad);
    if (verouderd) {
      return stap_formulier(app, ui, req, detail->stap, detail->stap.versie, waarden, nullptr,
                            "Iemand anders heeft deze stap intussen gewijzigd. Uw wijziging is "
                            "nog niet opgeslagen; uw invoer staat hieronder. Bekijk eerst de "
                            "nieuwe versie; opnieuw opslaan overschrijft die.",
                            409);
    }
    return stap_formulier(app, ui, req, detail->stap, versie, waarden, error, "",
                          http_status(error->code));
  };
  SaveFailure failure;
  failure.terug_href = stap_href(*id);
  failure.on_invalid = [&](const Error& error) { return formulier(&error, false); };
  failure.on_stale = [&] { return formulier(nullptr, true); };
  return after_save(app, ui, req, saved, stap_href(*id) + "?melding=opgeslagen", failure);
}

Response cyclusdocument_aanmaken(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "stapId");
  if (!id) return error_page(app, ui, req, Error::not_found(), kCyclusPad);
  Fields waarden = formulier_velden(req);
  // B8-4: the contributor's form has no choice of kind: what it adds is a bijdrage.
  if (!beleidscyclus::mag_cyclus_wijzigen(ui.ctx.actor) && !waarden.count("soort")) {
    waarden["soort"] = std::string(code(beleidscyclus::ProductSoort::kBijdrage));
  }
  auto result =
      app.services.beleidscyclus->create_document(ui.ctx, ui.ctx.actor.regio_id, *id, waarden);
  if (result.ok()) {
    bool bijdrage = result->soort == beleidscyclus::ProductSoort::kBijdrage;
    return see_other(stap_href(*id) +
                     (bijdrage ? "?melding=bijdrage_toegevoegd" : "?melding=document_toegevoegd") +
                     "#documenten");
  }
  return na_stap_post(app, ui, req, *id, result, "document");
}

Response cyclusbesluit_aanmaken(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "stapId");
  if (!id) return error_page(app, ui, req, Error::not_found(), kCyclusPad);
  auto result = app.services.beleidscyclus->create_besluit(ui.ctx, ui.ctx.actor.regio_id, *id,
                                                           formulier_velden(req));
  return na_stap_post(app, ui, req, *id, result, "besluit");
}

Response cyclusstap_heropenen(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "stapId");
  if (!id) return error_page(app, ui, req, Error::not_found(), kCyclusPad);
  auto result = app.services.beleidscyclus->heropenen(ui.ctx, ui.ctx.actor.regio_id, *id,
                                                      formulier_velden(req));
  if (result.ok()) return see_other(stap_href(*id) + "?melding=stap_heropend");
  return na_stap_post(app, ui, req, *id, result, "heropenen");
}

Response evaluatieconclusie_aanmaken(const App& app, const UiContext& ui, Request& req) {
  Fields waarden = formulier_velden(req);
  auto result =
      app.services.beleidscyclus->create_evaluatieconclusie(ui.ctx, ui.ctx.actor.regio_id, waarden);
  SaveFailure failure;
  failure.terug_href = kCyclusPad;
  failure.on_invalid = [&](const Error& error) {
    return cyclus_pagina(app, ui, req, waarden, &error);
  };
  return after_save(app, ui, req, result, std::string(kCyclusPad) + "?melding=aangemaakt", failure);
}

}  // namespace

std::string stap_href(Id stap_id) {
  return std::string(kCyclusPad) + "/stappen/" + std::to_string(stap_id);
}

std::string vastgesteld_tekst(const beleidscyclus::Document& d) {
  if (!d.vastgesteld_door || !d.vastgesteld_op) return "–";
  return "door " + std::string(beleidscyclus::label(*d.vastgesteld_door)) + " op " +
         d.vastgesteld_op->nl();
}

void add_beleidscyclus_ui(UiRoutes& r) {
  r.add_page("/regio/beleidscyclus", beleidscyclus);
  r.add_form("/regio/beleidscyclus/evaluatieconclusies", evaluatieconclusie_aanmaken);
  r.add_page("/regio/beleidscyclus/stappen/{stapId}", cyclusstap);
  r.add_page("/regio/beleidscyclus/stappen/{stapId}/bewerken", cyclusstap_form);
  r.add_form("/regio/beleidscyclus/stappen/{stapId}", cyclusstap_opslaan);
  r.add_form("/regio/beleidscyclus/stappen/{stapId}/documenten", cyclusdocument_aanmaken);
  r.add_form("/regio/beleidscyclus/stappen/{stapId}/besluiten", cyclusbesluit_aanmaken);
  r.add_form("/regio/beleidscyclus/stappen/{stapId}/heropeningen", cyclusstap_heropenen);
}

}  // namespace regie::web::ui

// HTML pages of opdrachten (OPD-1..OPD-3): the list with filters, the form with the eleven parts
// and the checklist beside each part, the opdracht with its timeline and the steps the reader
// may take, and a read-only print view. Core flows work without JavaScript.
#include <algorithm>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/text.hpp"
#include "web/messages.hpp"
#include "web/ui/afwijking_ui.hpp"
#include "web/ui/beleidsdoel_ui.hpp"
#include "web/ui/interne_afstemming_ui.hpp"
#include "web/ui/koppeling_ui.hpp"
#include "web/ui/opdracht_delen.hpp"
#include "web/ui/page.hpp"
#include "web/ui/signaal_ui.hpp"
#include "web/ui/ui_routes.hpp"
#include "web/ui/veld.hpp"
#include "web/ui/views.hpp"
#include "web/ui/wijziging_ui.hpp"

namespace regie::web::ui {

using json = nlohmann::json;

namespace {

using opdrachten::Deel;
using opdrachten::Opdracht;
using opdrachten::Stap;

// OPD-3: the latest reason it was sent back, next to the status while it is not accepted.
std::string teruglegging_tekst(const opdrachten::Overgang& t) {
  return service::tijdstip_nl(t.tijdstip) + " door " + t.door + ": " + t.reden;
}

// OPD-1: a missing part with a link to its field in the form.
json ontbrekend_deel(const opdrachten::Opdracht& o, const FieldError& f) {
  std::string naam = veldnaam(f.field);
  if (auto deel = opdrachten::deel_from_code(f.field)) naam = std::string(label(*deel));
  return {{"naam", naam},
          {"uitleg", fouttekst(FieldError{"", f.key})},
          {"href", opdracht_href(o.id) + "/bewerken#" + veld_id(f.field)}};
}

// OPD-3: who is to take the next step, per side: "De omgevingsdienst: aanvaarden of
// terugleggen met motivering", with the people who may.
json wachten_view(const service::OpdrachtDetail& d) {
  json out = json::array();
  for (auto kant : {opdrachten::Kant::kOpdrachtgever, opdrachten::Kant::kOpdrachtnemer}) {
    std::vector<opdrachten::Stap> stappen;
    std::vector<std::string> wie;
    for (const auto& w : d.wacht_op) {
      if (w.kant != kant) continue;
      stappen.push_back(w.stap);
      for (const auto& naam : w.wie) {
        if (std::find(wie.begin(), wie.end(), naam) == wie.end()) wie.push_back(naam);
      }
    }
    if (stappen.empty()) continue;
    const std::string zin = klein(stappen_tekst(stappen));
    json mensen = json::array();
    for (const auto& naam : wie) mensen.push_back({{"naam", naam}});
    json regel = {{"aan_zet", kant == opdrachten::Kant::kOpdrachtgever ? "De opdrachtgever"
                                                                       : "De omgevingsdienst"},
                  {"stappen", zin},
                  {"eigen", d.kant == kant},
                  {"wie", mensen},
                  {"heeft_wie", !mensen.empty()}};
    out.push_back(regel);
  }
  return out;
}

Response opdracht_pagina(const App& app, const UiContext& ui, const Request& req, bool afdrukken,
                         const Error* stap_fout, const std::string& stap_code) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, ui, req, Error::not_found(), kMenuOpdrachten);
  auto d = app.services.opdrachten->opdracht(ui.ctx, *id);
  if (!d.ok()) return error_page(app, ui, req, d.error(), kMenuOpdrachten);
  const auto& o = d->opdracht;
  // OPD-2, GOV-6: a collectieve opdracht is given by the deelnemers together, through the
  // opdrachtgever that represents them.
  const bool collectief = o.soort == opdrachten::Soort::kCollectief;
  json gegevens = json::array(
      {{{"label", "Opdrachtgever"},
        {"waarde", collectief
                       ? "De deelnemers gezamenlijk, vertegenwoordigd door " + d->opdrachtgever_naam
                       : d->opdrachtgever_naam}},
       {{"label", "Jaar"}, {"waarde", std::to_string(o.jaar)}},
       {{"label", "Soort"}, {"waarde", std::string(label(o.soort))}},
       {{"label", "Status"}, {"waarde", std::string(label(o.status))}},
       {{"label", "Inhoudsversie"}, {"waarde", std::to_string(o.inhoudsversie)}},
       {{"label", "Totaal begroot"}, {"waarde", format_bedrag_nl(opdrachten::totaal_cents(o))}},
       {{"label", "Totaal uren"}, {"waarde", format_getal_nl(opdrachten::totaal_uren(o))}}});
  if (d->laatste_teruglegging) {
    json rij = {{"label", "Laatst teruggelegd"},
                {"waarde", teruglegging_tekst(*d->laatste_teruglegging)}};
    gegevens.insert(gegevens.begin() + 4, rij);
  }
  if (collectief) {
    gegevens.push_back(
        {{"label", "Besluiten namens"},
         {"waarde", d->namens.size() > 1
                        ? opsomming(d->namens)
                        : "alleen " + d->opdrachtgever_naam +
                              ": geen andere deelnemer heeft deze opdrachtgever met een geldig "
                              "mandaat aangewezen"}});
  }
  if (o.soort == opdrachten::Soort::kMaatwerk) {
    gegevens.push_back({{"label", "Maatwerk voor"}, {"waarde", d->deelnemer_naam}});
    gegevens.push_back({{"label", "Extra uren"}, {"waarde", format_getal_nl(o.extra_uren)}});
    gegevens.push_back({{"label", "Extra financiering"},
                        {"waarde", format_bedrag_nl(o.extra_financiering_cents)}});
  }
  json controle = json::array();
  int in_orde = 0;
  for (const auto& c : d->controle) {
    if (c.oordeel == opdrachten::Oordeel::kInOrde) ++in_orde;
    controle.push_back({{"onderdeel", std::string(label(c.deel))},
                        {"oordeel", oordeel_tekst(c)},
                        {"soort", std::string(code(c.oordeel))}});
  }
  json delen = delen_view(o);
  // OPD-3: the steps and the edits before acceptance, in the order they happened: each edit
  // after the number of steps that preceded it.
  json tijdlijn = json::array();
  auto bewerking = d->bewerkingen.begin();
  auto bewerkingen_na = [&](std::size_t stappen) {
    for (; bewerking != d->bewerkingen.end() &&
           static_cast<std::size_t>(bewerking->na_stappen) <= stappen;
         ++bewerking) {
      std::vector<std::string> namen;
      for (const auto& c : bewerking->onderdelen) namen.push_back(opdrachten::onderdeel_label(c));
      tijdlijn.push_back({{"tijdstip", service::tijdstip_nl(bewerking->tijdstip)},
                          {"door", bewerking->door},
                          {"bewerking", true},
                          {"status", klein(label(bewerking->status))},
                          {"onderdelen", opsomming(namen)}});
    }
  };
  for (std::size_t i = 0; i < d->tijdlijn.size(); ++i) {
    bewerkingen_na(i);
    const auto& t = d->tijdlijn[i];
    json regel = {{"tijdstip", service::tijdstip_nl(t.tijdstip)},
                  {"door", t.door},
                  {"bewerking", false},
                  {"stap", std::string(label(t.stap))},
                  {"van", std::string(label(t.van))},
                  {"naar", std::string(label(t.naar))}};
    if (!t.reden.empty()) regel["reden"] = t.reden;  // an empty string still opens a section
    if (!t.namens.empty()) regel["namens"] = t.namens;
    tijdlijn.push_back(regel);
  }
  bewerkingen_na(d->tijdlijn.size());
  // A refused aanbieden names the missing parts in one summary with links (OPD-1); the
  // Motivering field keeps only its own error.
  json ontbreekt = json::array();
  json stappen = json::array();
  for (auto s : d->mogelijke_stappen) {
    // OPD-8: no Aanvaarden button while the interne afstemming is missing; the page says why.
    if (s == Stap::kAanvaarden && d->aanvaarden_wacht) continue;
    json stap = {{"code", std::string(code(s))},
                 {"label", std::string(label(s))},
                 {"actie", opdracht_href(o.id) + "/stappen"},
                 {"reden_verplicht", s == Stap::kTerugleggen}};
    if (stap_fout && stap_code == code(s)) {
      std::string fout;
      for (const auto& f : stap_fout->fields) {
        if (f.field == "reden" || f.field == "stap") {
          fout += (fout.empty() ? "" : "; ") + fouttekst(f);
        } else {
          ontbreekt.push_back(ontbrekend_deel(o, f));
        }
      }
      if (!fout.empty()) {
        stap["fout"] = fout;
      } else if (stap_fout->fields.empty()) {
        stap["fout"] = tekst(stap_fout->key);
      }
    }
    stappen.push_back(stap);
  }
  // OPD-1: before offering, what is still missing.
  json nog_leeg = json::array();
  if (std::find(d->mogelijke_stappen.begin(), d->mogelijke_stappen.end(), Stap::kAanbieden) !=
          d->mogelijke_stappen.end() &&
      ontbreekt.empty()) {
    for (const auto& f : opdrachten::controleer_volledig(o)) {
      nog_leeg.push_back(ontbrekend_deel(o, f));
    }
  }
  json view = {
      {"titel", o.titel},
      {"status", std::string(label(o.status))},
      {"gegevens", gegevens},
      {"afdrukken", afdrukken},
      {"mag_wijzigen", d->mag_wijzigen},
      {"bewerken_href", opdracht_href(o.id) + "/bewerken"},
      {"afdrukken_href", opdracht_href(o.id) + "/afdrukken"},
      {"csrf", ui.csrf},
      {"versie", std::to_string(o.versie)},
      {"heeft_stappen", !stappen.empty()},
      {"heeft_volgende", !d->wacht_op.empty()},
      {"wachten", wachten_view(*d)},

      {"stappen", stappen},
      {"controle", controle},
      {"controle_samenvatting", std::to_string(in_orde) + " van de " +
                                    std::to_string(controle.size()) + " onderdelen zijn in orde."},
      {"delen", delen},
      {"heeft_tijdlijn", !tijdlijn.empty()},
      {"tijdlijn", tijdlijn},
      {"beleidsdoelen", beleidsdoel_sectie(app, ui, *d, afdrukken)},              // OPD-7
      {"programmaregels", koppeling_sectie(app, ui, *d, afdrukken)},              // OPD-4
      {"interne_afstemming", interne_afstemming_sectie(app, ui, *d, afdrukken)},  // OPD-8
      {"signalen", signalen_sectie(app, ui, *d, afdrukken)},                      // OPD-6
      {"afwijkingen", afwijkingen_sectie(app, ui, *d)}};                          // MON-3
  if (!ontbreekt.empty()) {
    view["ontbreekt"] = ontbreekt;
    view["heeft_ontbreekt"] = true;
  }
  if (!nog_leeg.empty()) {
    view["nog_leeg"] = nog_leeg;
    view["heeft_nog_leeg"] = true;
  }
  if (d->kant == opdrachten::Kant::kGeen && !d->wacht_op.empty()) {
    view["geen_kant"] =
        "U neemt zelf geen stap op deze opdracht: alleen de ambtelijk opdrachtgever van " +
        d->opdrachtgever_naam + " en, aan de kant van de omgevingsdienst, de accountmanager en " +
        "de directie.";
  }
  // OPD-8: why there is no Aanvaarden button yet.
  if (d->aanvaarden_wacht && d->kant == opdrachten::Kant::kOpdrachtnemer) {
    view["afstemming_melding"] = met_hoofdletter(tekst(*d->aanvaarden_wacht)) + ".";
  }
  // GOV-12: why the accountmanager's acceptance will be refused.
  if (d->aanvaarden_buiten_mandaat) {
    view["mandaat_melding"] =
        "Deze opdracht gaat boven uw beslismandaat als accountmanager: de directie van de "
        "omgevingsdienst aanvaardt haar. Terugleggen kunt u wel zelf.";
  }
  if (!afdrukken) view["wijzigingen"] = wijzigingen_view(app, ui, *d);
  if (view["wijzigingen"].is_null()) view.erase("wijzigingen");
  int status = stap_fout ? http_status(stap_fout->code) : 200;
  std::vector<Kruimel> pad = {{kMenuOpdrachten, "Opdrachten"}};
  if (afdrukken) {
    pad.push_back({opdracht_href(o.id), o.titel});
    pad.push_back({"", "Afdrukversie"});
  } else {
    pad.push_back({"", o.titel});
  }
  return frame_page(app, ui, req, o.titel, kMenuOpdrachten, pad, status, render("opdracht", view));
}

Response opdrachten(const App& app, const UiContext& ui, Request& req) {
  auto q = req.query_params();
  OpdrachtQuery query;
  if (!q["status"].empty()) query.status = opdrachten::status_from_code(q["status"]);
  if (auto d = parse_int64(q["deelnemerId"]); d && *d > 0) query.deelnemer_id = *d;
  if (auto j = parse_int64(q["jaar"]); j && *j >= 2000 && *j <= 2100) {
    query.jaar = static_cast<std::int32_t>(*j);
  }
  auto lijst = app.services.opdrachten->opdrachten(ui.ctx, query);
  if (!lijst.ok()) return error_page(app, ui, req, lijst.error(), "/");
  auto namen = organisatie_namen(app, ui);
  std::string sorteer = q["sorteer"];
  bool aflopend = !sorteer.empty() && sorteer.front() == '-';
  std::string sleutel = aflopend ? sorteer.substr(1) : sorteer;
  auto rijen = *lijst;
  std::stable_sort(rijen.begin(), rijen.end(), [&](const Opdracht& a, const Opdracht& b) {
    bool kleiner = sleutel == "titel"    ? a.titel < b.titel
                   : sleutel == "status" ? code(a.status) < code(b.status)
                   : sleutel == "jaar"   ? a.jaar < b.jaar
                                         : false;
    bool groter = sleutel == "titel"    ? b.titel < a.titel
                  : sleutel == "status" ? code(b.status) < code(a.status)
                  : sleutel == "jaar"   ? b.jaar < a.jaar
                                        : false;
    return aflopend ? groter : kleiner;
  });
  json kolommen = json::array();
  for (const auto& [label_tekst, sort] :
       std::vector<std::pair<std::string, std::string>>{{"Titel", "titel"},
                                                        {"Jaar", "jaar"},
                                                        {"Soort", ""},
                                                        {"Opdrachtgever", ""},
                                                        {"Status", "status"},
                                                        {"Begroot", ""},
                                                        {"Controle", ""}}) {
    json k = {{"label", label_tekst}};
    if (!sort.empty()) {
      auto nq = q;
      bool actief = sleutel == sort;
      nq["sorteer"] = actief && !aflopend ? "-" + sort : sort;
      std::string qs;
      for (const auto& [naam, waarde] : nq) {
        if (!waarde.empty())
          qs += (qs.empty() ? "?" : "&") + percent_encode(naam) + "=" + percent_encode(waarde);
      }
      k["sorteer_href"] = std::string(kMenuOpdrachten) + qs;
      if (actief) {
        k["aria_sort"] = aflopend ? "descending" : "ascending";
        k["pijl"] = aflopend ? "▼" : "▲";
      }
    }
    kolommen.push_back(k);
  }
  json rij_json = json::array();
  for (const auto& o : rijen) {
    auto controle = opdrachten::controleer(o);
    auto in_orde = std::count_if(controle.begin(), controle.end(), [](const auto& c) {
      return c.oordeel == opdrachten::Oordeel::kInOrde;
    });
    std::string soort = std::string(label(o.soort));
    if (o.deelnemer_id) soort += ": " + namen[*o.deelnemer_id];
    rij_json.push_back(
        {{"cellen",
          json::array({{{"tekst", o.titel}, {"href", opdracht_href(o.id)}},
                       {{"tekst", std::to_string(o.jaar)}},
                       {{"tekst", soort}},
                       {{"tekst", namen[o.opdrachtgever_id]}},
                       {{"tekst", std::string(label(o.status))}},
                       {{"tekst", format_bedrag_nl(opdrachten::totaal_cents(o))}, {"getal", true}},
                       {{"tekst", std::to_string(in_orde) + " van 11 in orde"}}})}});
  }
  std::vector<Optie> statussen;
  for (auto s : {opdrachten::Status::kConcept, opdrachten::Status::kAangeboden,
                 opdrachten::Status::kAanvaard, opdrachten::Status::kTeruggelegd,
                 opdrachten::Status::kInUitvoering, opdrachten::Status::kAfgerond,
                 opdrachten::Status::kGeevalueerd}) {
    statussen.push_back({std::string(code(s)), std::string(label(s))});
  }
  Fields filterwaarden(q.begin(), q.end());
  json filters = json::array();
  for (const auto& v : std::vector<Veld>{{"status", "Status", "select", false, "", statussen},
                                         {"deelnemerId", "Deelnemer (maatwerk)", "select", false,
                                          "", organisatie_keuzes(app, ui)},
                                         {"jaar", "Jaar", "text", false}}) {
    json f = veld_json(v, filterwaarden, {});
    f["id"] = "filter-" + v.naam;
    f["filter"] = true;
    filters.push_back(f);
  }
  json view = {{"kop", "Opdrachten"},
               {"intro",
                "Opdrachten met de elf onderdelen van de opdrachtformulering, hun status en de "
                "controle per onderdeel."},
               {"pad", kMenuOpdrachten},
               {"kolommen", kolommen},
               {"rijen", rij_json},
               {"aantal_kolommen", "7"},
               {"totaal_tekst", format_getal_nl(static_cast<std::int64_t>(rijen.size())) +
                                    (rijen.size() == 1 ? " resultaat" : " resultaten")},
               {"heeft_filters", true},
               {"filters", filters}};
  if (!sorteer.empty()) view["sorteer"] = sorteer;
  if (service::OpdrachtService::mag_opstellen(ui.ctx.actor)) {
    view["nieuw_href"] = std::string(kMenuOpdrachten) + "/nieuw";
    view["nieuw_label"] = "Opdracht opstellen";
  }
  return frame_page(app, ui, req, "Opdrachten", kMenuOpdrachten, {{"", "Opdrachten"}}, 200,
                    render("lijst", view));
}

Response opdracht(const App& app, const UiContext& ui, Request& req) {
  return opdracht_pagina(app, ui, req, false, nullptr, "");
}

Response opdracht_afdrukken(const App& app, const UiContext& ui, Request& req) {
  return opdracht_pagina(app, ui, req, true, nullptr, "");
}

// The form asks for the opdrachtgever unless the actor gives opdrachten for exactly one
// organisatie as its ambtelijk opdrachtgever (the service then fills it in).
bool kiest_opdrachtgever(const auth::Actor& actor) {
  return auth::organisaties_als(actor, governance::RolSoort::kAmbtelijkOpdrachtgever).size() != 1;
}

// The form of a new opdracht.
Formulier opstelformulier(const UiContext& ui) {
  return {"Opdracht opstellen",
          kMenuOpdrachten,
          kMenuOpdrachten,
          std::nullopt,
          kiest_opdrachtgever(ui.ctx.actor),
          ""};
}

Response opdracht_nieuw(const App& app, const UiContext& ui, Request& req) {
  if (!service::OpdrachtService::mag_opstellen(ui.ctx.actor)) {
    return error_page(app, ui, req, Error::forbidden(), kMenuOpdrachten);
  }
  Formulier form = opstelformulier(ui);
  Fields waarden = {{"jaar", std::to_string(app.services.clock->vandaag().jaar() + 1)},
                    {"soort", "collectief"}};
  return formulier_pagina(app, ui, req, form, waarden, nullptr, 200,
                          {{kMenuOpdrachten, "Opdrachten"}, {"", "Opstellen"}});
}

Response opdracht_aanmaken(const App& app, const UiContext& ui, Request& req) {
  Formulier form = opstelformulier(ui);
  std::vector<Kruimel> pad = {{kMenuOpdrachten, "Opdrachten"}, {"", "Opstellen"}};
  auto ingevuld = formulier_velden(req);
  if (auto bewerkt = rij_bewerking(ingevuld)) {
    if (!service::OpdrachtService::mag_opstellen(ui.ctx.actor)) {
      return error_page(app, ui, req, Error::forbidden(), kMenuOpdrachten);
    }
    return formulier_pagina(app, ui, req, form, *bewerkt, nullptr, 200, pad);
  }
  ingevuld = ingevulde_rijen(ingevuld);
  auto o = app.services.opdrachten->create(ui.ctx, velden_uit(ingevuld), lijsten_uit(ingevuld));
  if (o.ok()) return see_other(opdracht_href(o->id) + "?melding=opdracht_aangemaakt");
  SaveFailure failure;
  failure.terug_href = kMenuOpdrachten;
  failure.on_invalid = [&](const Error& error) {
    return formulier_pagina(app, ui, req, form, ingevuld, &error, 400, pad);
  };
  return after_failed_save(app, ui, req, o.error(), failure);
}

Response opdracht_form(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, ui, req, Error::not_found(), kMenuOpdrachten);
  auto d = app.services.opdrachten->opdracht(ui.ctx, *id);
  if (!d.ok()) return error_page(app, ui, req, d.error(), kMenuOpdrachten);
  if (!d->mag_wijzigen) return error_page(app, ui, req, Error::forbidden(), opdracht_href(*id));
  Formulier form{d->opdracht.titel + " wijzigen",
                 opdracht_href(*id),
                 opdracht_href(*id),
                 d->opdracht.versie,
                 false,
                 ""};
  return formulier_pagina(
      app, ui, req, form, als_velden(d->opdracht), nullptr, 200,
      {{kMenuOpdrachten, "Opdrachten"}, {opdracht_href(*id), d->opdracht.titel}, {"", "Wijzigen"}});
}

Response opdracht_opslaan(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, ui, req, Error::not_found(), kMenuOpdrachten);
  auto versie = formulier_versie(req).value_or(0);
  std::vector<Kruimel> pad = {
      {kMenuOpdrachten, "Opdrachten"}, {opdracht_href(*id), "Opdracht"}, {"", "Wijzigen"}};
  Formulier form{"Opdracht wijzigen", opdracht_href(*id), opdracht_href(*id), versie, false, ""};
  auto ingevuld = formulier_velden(req);
  if (auto bewerkt = rij_bewerking(ingevuld)) {
    // The version read stays in the form: saving later is checked against it (decision 6).
    auto d = app.services.opdrachten->opdracht(ui.ctx, *id);
    if (!d.ok()) return error_page(app, ui, req, d.error(), kMenuOpdrachten);
    if (!d->mag_wijzigen) return error_page(app, ui, req, Error::forbidden(), opdracht_href(*id));
    return formulier_pagina(app, ui, req, form, *bewerkt, nullptr, 200, pad);
  }
  ingevuld = ingevulde_rijen(ingevuld);
  auto o = app.services.opdrachten->update(ui.ctx, *id, versie, velden_uit(ingevuld),
                                           lijsten_uit(ingevuld));
  SaveFailure failure;
  failure.terug_href = opdracht_href(*id);
  failure.on_invalid = [&](const Error& error) {
    return formulier_pagina(app, ui, req, form, ingevuld, &error, 400, pad);
  };
  failure.on_stale = [&] {
    auto nieuw = app.services.opdrachten->opdracht(ui.ctx, *id);
    if (nieuw.ok()) form.versie = nieuw->opdracht.versie;
    form.conflict =
        "Iemand anders heeft deze opdracht intussen gewijzigd. Uw wijziging is nog niet "
        "opgeslagen; uw invoer staat hieronder. Bekijk eerst de nieuwe versie; opnieuw opslaan "
        "overschrijft die.";
    return formulier_pagina(app, ui, req, form, ingevuld, nullptr, 409, pad);
  };
  return after_save(app, ui, req, o, opdracht_href(*id) + "?melding=opdracht_gewijzigd", failure);
}

Response opdracht_stap(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, ui, req, Error::not_found(), kMenuOpdrachten);
  auto velden = formulier_velden(req);
  auto stap_code = field(velden, "stap").value_or("");
  auto o = app.services.opdrachten->create_overgang(ui.ctx, *id, formulier_versie(req).value_or(0),
                                                    velden);
  // A refused step (invalid, or one the state forbids) shows the page with it marked.
  auto met_fout = [&](const Error& error) {
    return opdracht_pagina(app, ui, req, false, &error, stap_code);
  };
  SaveFailure failure;
  failure.terug_href = opdracht_href(*id);
  failure.stale_href = opdracht_href(*id);
  failure.on_invalid = met_fout;
  failure.on_conflict = met_fout;
  // An action-specific confirmation ("De opdracht is aangeboden aan de omgevingsdienst.").
  const auto stap = opdrachten::stap_from_code(stap_code);
  return after_save(
      app, ui, req, o,
      opdracht_href(*id) + "?melding=" + (stap ? "stap_" + std::string(code(*stap)) : "opgeslagen"),
      failure);
}

}  // namespace

void add_opdracht_ui(UiRoutes& r) {
  r.add_page("/opdrachten", opdrachten);
  r.add_page("/opdrachten/nieuw", opdracht_nieuw);
  r.add_form("/opdrachten", opdracht_aanmaken);
  r.add_page("/opdrachten/{id}", opdracht);
  r.add_page("/opdrachten/{id}/bewerken", opdracht_form);
  r.add_page("/opdrachten/{id}/afdrukken", opdracht_afdrukken);
  r.add_form("/opdrachten/{id}", opdracht_opslaan);
  r.add_form("/opdrachten/{id}/stappen", opdracht_stap);
}

}  // namespace regie::web::ui

// Realisaties in the web UI (MON-1, MON-6, MON-7; decision 47): the upload of a bronsysteem's
// export (the same all-or-nothing import as `regie import realisaties`), the history of imports
// with their provenance and rows, the bronsystemen with their mapping, closing a month and a
// correction with its reason. Everything works without JavaScript; with it, the upload page shows
// how far the import has come (GET /realisaties/voortgang/{token}).
#include <chrono>

#include <nlohmann/json.hpp>

#include "core/text.hpp"
#include "domain/monitoring/plan_realisatie.hpp"
#include "service/clock.hpp"
#include "web/messages.hpp"
#include "web/ui/formulier.hpp"
#include "web/ui/monitoring_delen.hpp"
#include "web/ui/ui_routes.hpp"
#include "web/ui/views.hpp"

namespace regie::web::ui {

using json = nlohmann::json;

nlohmann::json fouten_view(const Error& error) {
  nlohmann::json lijst = nlohmann::json::array();
  for (const auto& f : error.fields) {
    lijst.push_back({{"label", met_hoofdletter(veldnaam(f.field))}, {"fout", tekst(f.key)}});
  }
  if (error.fields.empty()) lijst.push_back({{"label", "Bestand"}, {"fout", tekst(error.key)}});
  return lijst;
}

namespace {

constexpr const char* kRealisaties = "/realisaties";

std::string import_href(Id id) { return "/realisaties/imports/" + std::to_string(id); }
std::string bron_href(Id id) { return "/realisaties/bronnen/" + std::to_string(id); }

std::string periode_tekst(monitoring::Maand van, monitoring::Maand tot) {
  if (van == 0) return "–";
  if (van == tot) return monitoring::maand_nl(van);
  return monitoring::maand_nl(van) + " t/m " + monitoring::maand_nl(tot);
}

json telling_view(const monitoring::Telling& t) {
  return {{"regels", format_getal_nl(t.regels)},
          {"uren", format_honderdsten(t.uren)},
          {"aantal", format_getal_nl(t.aantal)},
          {"bedrag", format_bedrag_nl(t.bedrag_cents)}};
}

// The overview, with the upload form filled with `invoer`, and the errors of a refused file or
// the report of a read one.
Response overzicht(const App& app, const UiContext& ui, const Request& req, const Fields& invoer,
                   const Error* error, const service::RealisatieVerslag* verslag) {
  auto bronnen = app.services.realisaties->bronnen(ui.ctx);
  if (!bronnen.ok()) return error_page(app, ui, req, bronnen.error(), "/monitoring");
  auto imports = app.services.realisaties->imports(ui.ctx, 50);
  if (!imports.ok()) return error_page(app, ui, req, imports.error(), "/monitoring");
  auto afsluitingen = app.services.realisaties->afsluitingen(ui.ctx);
  if (!afsluitingen.ok()) return error_page(app, ui, req, afsluitingen.error(), "/monitoring");

  json view = {{"csrf", ui.csrf},
               {"mag_wijzigen", bronnen->mag_wijzigen},
               {"proef", field(invoer, "proef").has_value()},
               {"heeft_bronnen", !bronnen->bronnen.empty()}};
  auto fouten = fout_teksten(error);
  Fields formulier = invoer;
  if (!formulier.count("bron") && bronnen->bronnen.size() == 1) {
    formulier["bron"] = bronnen->bronnen.front().naam;  // the only one: chosen already
  }
  std::vector<Optie> bron_opties;
  for (const auto& b : bronnen->bronnen) bron_opties.push_back({b.naam, b.naam});
  json velden = json::array();
  velden.push_back(veld_view(
      {"bron", "Bronsysteem", "select", true,
       "Het systeem waaruit het bestand komt; zijn kolomindeling leest het.", bron_opties},
      "veld-bron", formulier, fouten));
  velden.push_back(veld_view({"bestand", "Bestand", "file", true,
                              "CSV (puntkomma of komma, decimale komma) of Excel-werkboek (.xlsx), "
                              "met een kopregel."},
                             "veld-bestand", invoer, fouten));
  view["velden"] = velden;
  int status = 200;
  if (error) {
    view["fouten"] = fouten_view(*error);
    view["heeft_fouten"] = true;
    view["aantal_fouten"] = error->fields.size() == 1
                                ? std::string("1 fout")
                                : format_getal_nl(static_cast<std::int64_t>(
                                      std::max<std::size_t>(1, error->fields.size()))) +
                                      " fouten";
    status = http_status(error->code);
  }
  if (verslag) {
    json v = telling_view(verslag->telling);
    const auto& t = verslag->telling;
    v["regels_tekst"] =
        t.regels == 1 ? std::string("1 regel") : format_getal_nl(t.regels) + " regels";
    v["aantal_tekst"] =
        t.aantal == 1 ? std::string("1 product") : format_getal_nl(t.aantal) + " producten";
    v["periode"] = periode_tekst(verslag->van_maand, verslag->tot_maand);
    v["sha256"] = verslag->sha256;
    if (verslag->ongewijzigd) {
      v["kop"] = "Dit bestand is al ingelezen; er is niets veranderd";
    } else if (verslag->proef) {
      v["kop"] = "Gecontroleerd: het bestand is in orde; er is niets opgeslagen";
    } else {
      v["kop"] = "Ingelezen als import " + std::to_string(verslag->import_id);
    }
    if (verslag->import_id != 0) v["import_href"] = import_href(verslag->import_id);
    json vervangen = json::array();
    for (Id id : verslag->vervangen) {
      vervangen.push_back({{"href", import_href(id)}, {"id", id}});
    }
    v["vervangen"] = vervangen;
    v["heeft_vervangen"] = !verslag->vervangen.empty();
    v["zou"] = verslag->proef;
    view["verslag"] = v;
  }
  json rijen = json::array();
  for (const auto& i : *imports) {
    json r = telling_view(i.telling);
    r["href"] = import_href(i.id);
    r["id"] = i.id;
    r["op"] = service::tijdstip_nl(i.op);
    r["bron"] =
        i.soort == monitoring::ImportSoort::kCorrectie ? std::string("Correctie") : i.bron_naam;
    r["bestand"] = i.soort == monitoring::ImportSoort::kCorrectie ? i.reden : i.bestandsnaam;
    r["periode"] = periode_tekst(i.van_maand, i.tot_maand);
    r["status"] = std::string(monitoring::label(i.status));
    r["status_soort"] = i.status == monitoring::ImportStatus::kActief ? "melding" : "waarschuwing";
    r["door"] = i.door;
    rijen.push_back(r);
  }
  view["imports"] = rijen;
  json bron_rijen = json::array();
  for (const auto& b : bronnen->bronnen) {
    bron_rijen.push_back(
        {{"naam", b.naam},
         {"href", bron_href(b.id)},
         {"zaaktypen", format_getal_nl(static_cast<std::int64_t>(b.zaaktypen.size()))},
         {"namen", format_getal_nl(static_cast<std::int64_t>(b.deelnemernamen.size()))}});
  }
  view["bronnen"] = bron_rijen;
  // Consecutive closed months as one range: "januari 2025 t/m september 2026".
  json maanden = json::array();
  for (std::size_t i = 0; i < afsluitingen->size();) {
    std::size_t k = i;
    while (k + 1 < afsluitingen->size() &&
           (*afsluitingen)[k + 1].maand == monitoring::volgende_maand((*afsluitingen)[k].maand)) {
      ++k;
    }
    const auto& laatste = (*afsluitingen)[k];
    maanden.push_back({{"maanden", periode_tekst((*afsluitingen)[i].maand, laatste.maand)},
                       {"door", laatste.door},
                       {"op", service::tijdstip_nl(laatste.op)}});
    i = k + 1;
  }
  view["afsluitingen"] = maanden;
  // The month after the last closed one (or last month): the next that can be closed.
  const Datum vandaag = app.services.clock->vandaag();
  const monitoring::Maand deze = monitoring::maand_van(vandaag);
  monitoring::Maand voorstel = monitoring::vorige_maand(deze);
  if (!afsluitingen->empty()) {
    const monitoring::Maand na = monitoring::volgende_maand(afsluitingen->back().maand);
    if (na < deze) voorstel = na;
  }
  char maand[32];
  std::snprintf(maand, sizeof maand, "%02d-%04d", voorstel % 100, voorstel / 100);
  view["voorstel_maand"] = maand;
  Layout layout{"Realisaties",
                kMenuMonitoring,
                {{kMenuMonitoring, "Monitoring"}, {"", "Realisaties"}},
                status};
  return frame_page(app, &ui, req, layout, render("realisaties", view));
}

// GET /realisaties
Response realisaties(const App& app, const UiContext& ui, Request& req) {
  return overzicht(app, ui, req, {}, nullptr, nullptr);
}

// POST /realisaties/import (multipart/form-data: bron, bestand, proef)
Response importeren(const App& app, const UiContext& ui, Request& req) {
  auto invoer = formulier_velden(req);
  const std::string bestand = field(invoer, "bestand").value_or("");
  invoer.erase("bestand");  // never shown back
  std::vector<FieldError> fouten;
  if (leeg(field(invoer, "bron").value_or(""))) fouten.push_back({"bron", "fout.verplicht"});
  if (bestand.empty()) fouten.push_back({"bestand", "fout.bestand_leeg"});
  if (!fouten.empty()) {
    auto e = Error::invalid(std::move(fouten));
    return overzicht(app, ui, req, invoer, &e, nullptr);
  }
  const std::string naam = field(invoer, "bestand_naam").value_or("upload");
  service::RealisatieInvoer wat{*field(invoer, "bron"), naam, monitoring::ImportSoort::kBestand,
                                field(invoer, "proef").has_value()};
  // With JavaScript the page names the upload, to ask how far the import has come.
  const std::string token = field(invoer, "voortgang").value_or("");
  invoer.erase("voortgang");
  const Id wie = ui.ctx.actor.gebruiker_id;
  service::Voortgang voortgang;
  if (Importvoortgang::geldig_token(token)) {
    app.importvoortgang->begin(token, wie, bestand.size(), std::chrono::steady_clock::now());
    voortgang = [&app, &token, wie](std::uint64_t gelezen_bytes, std::int64_t regels) {
      app.importvoortgang->zet(token, wie, gelezen_bytes, regels);
    };
  }
  auto v =
      app.services.realisaties->importeren(ui.ctx, wat, service::opener_van(bestand), voortgang);
  if (voortgang) app.importvoortgang->klaar(token, wie);
  if (v.ok()) return overzicht(app, ui, req, invoer, nullptr, &*v);
  if (v.error().code == ErrorCode::kInvalid)
    return overzicht(app, ui, req, invoer, &v.error(), nullptr);
  return error_page(app, ui, req, v.error(), kRealisaties);
}

// GET /realisaties/voortgang/{token}: how far the import of the user's upload has come, as JSON
// ({"procent", "regels", "klaar"}) for upload.js; 404 for a token the user did not send.
Response voortgang(const App& app, const UiContext& ui, Request& req) {
  const auto it = req.params.find("token");
  std::optional<Importvoortgang::Stand> stand;
  if (it != req.params.end())
    stand = app.importvoortgang->lees(it->second, ui.ctx.actor.gebruiker_id);
  Response r;
  r.status = stand ? 200 : 404;
  r.set_header("Content-Type", "application/json");
  r.set_header("Cache-Control", "no-store");  // it moves without a commit (Antwoordcache)
  r.body =
      stand
          ? json{{"procent", stand->procent()}, {"regels", stand->regels}, {"klaar", stand->klaar}}
                .dump()
          : json{{"status", 404}}.dump();
  return r;
}

// GET /realisaties/imports/{id}: the provenance and the first rows.
Response import_detail(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, ui, req, Error::not_found(), kRealisaties);
  auto i = app.services.realisaties->een_import(ui.ctx, *id);
  if (!i.ok()) return error_page(app, ui, req, i.error(), kRealisaties);
  auto rijen = app.services.realisaties->realisaties(ui.ctx, *id, 0, 200);
  if (!rijen.ok()) return error_page(app, ui, req, rijen.error(), kRealisaties);
  auto bronnen = app.services.realisaties->bronnen(ui.ctx);
  std::map<Id, std::string> namen;
  if (bronnen.ok()) {
    for (const auto& d : bronnen->deelnemers) namen[d.id] = d.naam;
  }
  json gegevens = json::array();
  gegevens.push_back(gegeven("Soort", std::string(monitoring::label(i->soort))));
  if (!i->bron_naam.empty()) gegevens.push_back(gegeven("Bronsysteem", i->bron_naam));
  if (!i->bestandsnaam.empty()) gegevens.push_back(gegeven("Bestand", i->bestandsnaam));
  if (!i->sha256.empty()) gegevens.push_back(gegeven("SHA-256", i->sha256));
  if (!i->reden.empty()) gegevens.push_back(gegeven("Reden", i->reden));
  gegevens.push_back(gegeven("Ingelezen door", i->door));
  gegevens.push_back(gegeven("Ingelezen op", service::tijdstip_nl(i->op)));
  gegevens.push_back(gegeven("Periode", periode_tekst(i->van_maand, i->tot_maand)));
  gegevens.push_back(gegeven("Status", std::string(monitoring::label(i->status))));
  json view = {{"kop", "Import " + std::to_string(i->id)},
               {"gegevens", gegevens},
               {"totaal", telling_view(i->telling)},
               {"meer", i->telling.regels > static_cast<std::int64_t>(rijen->size())},
               {"getoond", format_getal_nl(static_cast<std::int64_t>(rijen->size()))}};
  if (i->vervangen_door) {
    view["vervangen_door"] = {{"href", import_href(*i->vervangen_door)},
                              {"id", *i->vervangen_door}};
  }
  json regels = json::array();
  for (const auto& r : *rijen) {
    auto naam = namen.find(r.deelnemer_id);
    regels.push_back(
        {{"regel", r.regel == 0 ? std::string("–") : std::to_string(r.regel)},
         {"datum", r.datum.nl()},
         {"deelnemer", naam == namen.end() ? std::to_string(r.deelnemer_id) : naam->second},
         {"product", r.productcode},
         {"uren", format_honderdsten(r.uren)},
         {"aantal", format_getal_nl(r.aantal)},
         {"bedrag", format_bedrag_nl(r.bedrag_cents)},
         {"medewerker", r.medewerker},
         {"zaaknummer", r.zaaknummer}});
  }
  view["regels"] = regels;
  Layout layout{"Import " + std::to_string(i->id),
                kMenuMonitoring,
                {{kMenuMonitoring, "Monitoring"},
                 {kRealisaties, "Realisaties"},
                 {"", "Import " + std::to_string(i->id)}}};
  return frame_page(app, &ui, req, layout, render("realisatie_import", view));
}

// The bronsysteem form: its fields in three fieldsets.
Response bron_formulier(const App& app, const UiContext& ui, const Request& req,
                        const std::optional<monitoring::Bronsysteem>& bron, const Fields& waarden,
                        const Error* error) {
  auto fouten = fout_teksten(error);
  auto v = [&](const Veld& veld) { return veld_view(veld, "veld-" + veld.naam, waarden, fouten); };
  json kolommen = json::array();
  kolommen.push_back(v({"naam", "Naam van het bronsysteem", "text", true,
                        "Zoals het bij het inlezen gekozen wordt, bijvoorbeeld Zaaksysteem."}));
  json verplicht = json::array();
  for (const auto& [naam, label] : std::vector<std::pair<std::string, std::string>>{
           {"kolomDatum", "Kolom met de datum"},
           {"kolomDeelnemer", "Kolom met de gemeente of provincie"},
           {"kolomZaaktype", "Kolom met het zaaktype of de productcode"}}) {
    verplicht.push_back(v({naam, label, "text", true, "", {}, true}));
  }
  json meet = json::array();
  for (const auto& [naam, label] :
       std::vector<std::pair<std::string, std::string>>{{"kolomUren", "Kolom uren"},
                                                        {"kolomAantal", "Kolom aantal"},
                                                        {"kolomBedrag", "Kolom bedrag (kosten)"},
                                                        {"kolomTeam", "Kolom team"},
                                                        {"kolomMedewerker", "Kolom medewerker"},
                                                        {"kolomZaaknummer", "Kolom zaaknummer"}}) {
    meet.push_back(v({naam, label, "text", false, "", {}, true}));
  }
  json koppelingen = json::array();
  koppelingen.push_back(v(
      {"zaaktypen",
       "Zaaktypen",
       "textarea",
       false,
       "Eén per regel: het zaaktype zoals het in het bestand staat, een =-teken en de productcode, "
       "bijvoorbeeld: Controle milieubedrijf = TH-01. Een productcode in het bestand werkt ook "
       "zonder regel.",
       {},
       false,
       8}));
  koppelingen.push_back(
      v({"deelnemernamen",
         "Deelnemernamen",
         "textarea",
         false,
         "Alleen nodig als het bestand een deelnemer anders noemt dan bij naam (Gemeente Beekdal) "
         "of zonder Gemeente (Beekdal). Eén per regel: Gem. Beekdal = Gemeente Beekdal.",
         {},
         false,
         4}));
  json view = {{"csrf", ui.csrf},
               {"kop", bron ? bron->naam + " wijzigen" : std::string("Bronsysteem toevoegen")},
               {"actie", bron ? bron_href(bron->id) : std::string("/realisaties/bronnen")},
               {"algemeen", kolommen},
               {"verplicht", verplicht},
               {"meet", meet},
               {"koppelingen", koppelingen}};
  if (bron) view["versie"] = bron->versie;
  int status = 200;
  if (error) {
    view["fouten"] = fouten_view(*error);
    view["heeft_fouten"] = true;
    status = http_status(error->code);
  }
  Layout layout{view["kop"].get<std::string>(),
                kMenuMonitoring,
                {{kMenuMonitoring, "Monitoring"},
                 {kRealisaties, "Realisaties"},
                 {"", view["kop"].get<std::string>()}},
                status};
  return frame_page(app, &ui, req, layout, render("bron_formulier", view));
}

Fields bron_velden(const monitoring::Bronsysteem& b, const std::vector<monitoring::Deelnemer>& d) {
  const auto& k = b.kolommen;
  return {{"naam", b.naam},
          {"kolomDatum", k.datum},
          {"kolomDeelnemer", k.deelnemer},
          {"kolomZaaktype", k.zaaktype},
          {"kolomUren", k.uren},
          {"kolomAantal", k.aantal},
          {"kolomBedrag", k.bedrag},
          {"kolomTeam", k.team},
          {"kolomMedewerker", k.medewerker},
          {"kolomZaaknummer", k.zaaknummer},
          {"zaaktypen", monitoring::zaaktypen_tekst(b)},
          {"deelnemernamen", monitoring::deelnemernamen_tekst(b, d)}};
}

// GET /realisaties/bronnen/nieuw
Response bron_nieuw(const App& app, const UiContext& ui, Request& req) {
  if (!monitoring::mag_realisaties_beheren(ui.ctx.actor)) {
    return error_page(app, ui, req, Error::forbidden(), kRealisaties);
  }
  return bron_formulier(app, ui, req, std::nullopt,
                        {{"kolomDatum", "Datum"},
                         {"kolomDeelnemer", "Gemeente"},
                         {"kolomZaaktype", "Zaaktype"},
                         {"kolomUren", "Uren"}},
                        nullptr);
}

// POST /realisaties/bronnen
Response bron_toevoegen(const App& app, const UiContext& ui, Request& req) {
  auto invoer = formulier_velden(req);
  auto b = app.services.realisaties->create_bron(ui.ctx, invoer);
  if (b.ok()) return see_other(std::string(kRealisaties) + "?melding=bron_toegevoegd");
  if (b.error().code == ErrorCode::kInvalid) {
    return bron_formulier(app, ui, req, std::nullopt, invoer, &b.error());
  }
  return error_page(app, ui, req, b.error(), kRealisaties);
}

// GET /realisaties/bronnen/{id}
Response bron_pagina(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, ui, req, Error::not_found(), kRealisaties);
  auto b = app.services.realisaties->bron(ui.ctx, *id);
  if (!b.ok()) return error_page(app, ui, req, b.error(), kRealisaties);
  auto bronnen = app.services.realisaties->bronnen(ui.ctx);
  if (!bronnen.ok()) return error_page(app, ui, req, bronnen.error(), kRealisaties);
  return bron_formulier(app, ui, req, *b, bron_velden(*b, bronnen->deelnemers), nullptr);
}

// POST /realisaties/bronnen/{id} (with versie)
Response bron_wijzigen(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, ui, req, Error::not_found(), kRealisaties);
  auto oud = app.services.realisaties->bron(ui.ctx, *id);
  if (!oud.ok()) return error_page(app, ui, req, oud.error(), kRealisaties);
  auto invoer = formulier_velden(req);
  auto b =
      app.services.realisaties->update_bron(ui.ctx, *id, formulier_versie(req).value_or(0), invoer);
  if (b.ok()) return see_other(std::string(kRealisaties) + "?melding=bron_gewijzigd");
  if (b.error().code == ErrorCode::kInvalid || b.error().code == ErrorCode::kStale) {
    Error e = b.error();
    if (e.code == ErrorCode::kStale) e = Error::invalid({{"naam", "fout.verouderd"}});
    return bron_formulier(app, ui, req, *oud, invoer, &e);
  }
  return error_page(app, ui, req, b.error(), kRealisaties);
}

// POST /realisaties/afsluiten (maand)
Response afsluiten(const App& app, const UiContext& ui, Request& req) {
  auto a = app.services.realisaties->periode_sluiten(ui.ctx, formulier_velden(req));
  if (a.ok()) return see_other(std::string(kRealisaties) + "?melding=periode_gesloten#afsluiten");
  if (a.error().code == ErrorCode::kInvalid || a.error().code == ErrorCode::kConflict) {
    Error e = a.error();
    if (e.fields.empty()) e.fields.push_back({"maand", e.key});
    return overzicht(app, ui, req, {}, &e, nullptr);
  }
  return error_page(app, ui, req, a.error(), kRealisaties);
}

// The correction form.
Response correctie_formulier(const App& app, const UiContext& ui, const Request& req,
                             const Fields& waarden, const Error* error) {
  auto bronnen = app.services.realisaties->bronnen(ui.ctx);
  if (!bronnen.ok()) return error_page(app, ui, req, bronnen.error(), kRealisaties);
  std::vector<Optie> deelnemers;
  for (const auto& d : bronnen->deelnemers) deelnemers.push_back({std::to_string(d.id), d.naam});
  auto fouten = fout_teksten(error);
  auto v = [&](const Veld& veld) { return veld_view(veld, "veld-" + veld.naam, waarden, fouten); };
  json velden = json::array();
  velden.push_back(v({"deelnemerId", "Deelnemer", "select", true, "", deelnemers}));
  velden.push_back(v({"productcode", "Productcode", "text", true, "Zoals TH-01.", {}, true}));
  velden.push_back(v({"datum", "Datum", "date", true, "De dag waarop de correctie telt."}));
  velden.push_back(
      v({"uren", "Uren", "text", false, "Negatief om af te trekken, zoals -2,5.", {}, true}));
  velden.push_back(v({"aantal", "Aantal", "text", false, "", {}, true}));
  velden.push_back(v({"bedrag", "Bedrag", "text", false, "In euro, zoals -98,50.", {}, true}));
  velden.push_back(
      v({"reden", "Reden", "textarea", true, "Waarom deze correctie nodig is.", {}, false, 3}));
  json view = {{"csrf", ui.csrf}, {"velden", velden}};
  int status = 200;
  if (error) {
    view["fouten"] = fouten_view(*error);
    view["heeft_fouten"] = true;
    status = http_status(error->code);
  }
  Layout layout{"Correctie vastleggen",
                kMenuMonitoring,
                {{kMenuMonitoring, "Monitoring"},
                 {kRealisaties, "Realisaties"},
                 {"", "Correctie vastleggen"}},
                status};
  return frame_page(app, &ui, req, layout, render("realisatie_correctie", view));
}

Response correctie_pagina(const App& app, const UiContext& ui, Request& req) {
  if (!monitoring::mag_realisaties_beheren(ui.ctx.actor)) {
    return error_page(app, ui, req, Error::forbidden(), kRealisaties);
  }
  return correctie_formulier(app, ui, req, {}, nullptr);
}

Response corrigeren(const App& app, const UiContext& ui, Request& req) {
  auto invoer = formulier_velden(req);
  auto c = app.services.realisaties->corrigeren(ui.ctx, invoer);
  if (c.ok()) return see_other(import_href(c->id) + "?melding=correctie_vastgelegd");
  if (c.error().code == ErrorCode::kInvalid) {
    return correctie_formulier(app, ui, req, invoer, &c.error());
  }
  return error_page(app, ui, req, c.error(), kRealisaties);
}

}  // namespace

void add_realisatie_ui(UiRoutes& r) {
  r.add_page(kRealisaties, realisaties);
  r.add_form("/realisaties/import", importeren);
  r.add_page("/realisaties/voortgang/{token}", voortgang);
  r.add_page("/realisaties/imports/{id}", import_detail);
  r.add_page("/realisaties/bronnen/nieuw", bron_nieuw);
  r.add_form("/realisaties/bronnen", bron_toevoegen);
  r.add_page("/realisaties/bronnen/{id}", bron_pagina);
  r.add_form("/realisaties/bronnen/{id}", bron_wijzigen);
  r.add_form("/realisaties/afsluiten", afsluiten);
  r.add_page("/realisaties/correctie", correctie_pagina);
  r.add_form("/realisaties/correctie", corrigeren);
}

}  // namespace regie::web::ui

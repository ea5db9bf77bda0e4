#include "web/ui/wijziging_ui.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/text.hpp"
#include "web/messages.hpp"
#include "web/ui/opdracht_delen.hpp"
#include "web/ui/page.hpp"
#include "web/ui/petten.hpp"
#include "web/ui/ui_routes.hpp"
#include "web/ui/veld.hpp"
#include "web/ui/views.hpp"

namespace regie::web::ui {

using json = nlohmann::json;

namespace {

using opdrachten::Deel;
using opdrachten::Opdracht;
using opdrachten::Stap;

std::string aspecten_tekst(const std::vector<opdrachten::Aspect>& aspecten) {
  std::string out;
  for (auto a : aspecten) {
    std::string naam(label(a));
    if (!out.empty())
      naam[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(naam[0])));
    out += (out.empty() ? "" : ", ") + naam;
  }
  return out;
}

std::string kant_tekst(opdrachten::Kant kant) {
  return kant == opdrachten::Kant::kOpdrachtgever ? "opdrachtgever" : "opdrachtnemer";
}

}  // namespace

// The section on the opdracht page; null when the opdracht never had a version or verzoek and
// cannot get one yet.
json wijzigingen_view(const App& app, const UiContext& ui, const service::OpdrachtDetail& d) {
  const auto& o = d.opdracht;
  auto versies = app.services.opdrachten->versies(ui.ctx, o.id);
  auto verzoeken = app.services.opdrachten->wijzigingsverzoeken(ui.ctx, o.id);
  if (!versies.ok() || !verzoeken.ok()) return nullptr;
  bool kan = opdrachten::staat_wijziging_toe(o.status) && d.kant != opdrachten::Kant::kGeen;
  if (versies->empty() && verzoeken->empty() && !kan) return nullptr;
  json view = json::object();
  if (kan) view["nieuw_verzoek_href"] = opdracht_href(o.id) + "/wijzigingsverzoeken/nieuw";
  json v = json::array();
  std::vector<Optie> keuzes;
  for (const auto& versie : *versies) {
    json rij = {{"nummer", std::to_string(versie.nummer)},
                {"href", opdracht_href(o.id) + "/versies/" + std::to_string(versie.nummer)},
                {"op", service::tijdstip_nl(versie.vastgesteld_op)},
                {"door", versie.vastgesteld_door}};
    if (versie.wijzigingsverzoek_id) {
      rij["verzoek_href"] = verzoek_href(o.id, *versie.wijzigingsverzoek_id);
      rij["verzoek_id"] = std::to_string(*versie.wijzigingsverzoek_id);
    }
    v.push_back(rij);
    keuzes.push_back({std::to_string(versie.nummer), "Versie " + std::to_string(versie.nummer)});
  }
  if (!v.empty()) {
    view["heeft_versies"] = true;
    view["versies"] = v;
  }
  if (versies->size() >= 2) {
    Fields standaard = {{"van", std::to_string(versies->front().nummer)},
                        {"naar", std::to_string(versies->back().nummer)}};
    json velden = json::array();
    for (const auto& veld :
         std::vector<Veld>{{"van", "Oude versie", "select", true, "", keuzes},
                           {"naar", "Nieuwe versie", "select", true, "", keuzes}}) {
      json j = veld_json(veld, standaard, {});
      j.erase("leeg_label");
      velden.push_back(j);
    }
    view["vergelijken"] = {{"actie", opdracht_href(o.id) + "/vergelijking"}, {"velden", velden}};
  }
  json rijen = json::array();
  for (const auto& w : *verzoeken) {
    rijen.push_back({{"id", std::to_string(w.id)},
                     {"href", verzoek_href(o.id, w.id)},
                     {"op", service::tijdstip_nl(w.ingediend_op)},
                     {"door", w.ingediend_door + " (" + kant_tekst(w.ingediend_kant) + ")"},
                     {"aspecten", aspecten_tekst(w.aspecten)},
                     {"status", std::string(label(w.status))}});
  }
  if (!rijen.empty()) {
    view["heeft_verzoeken"] = true;
    view["verzoeken"] = rijen;
  }
  return view;
}

namespace {

// The comparison rows: lines that went are marked in the old column, new lines in the new one;
// `fouten` (by onderdeel) are shown in the new column, at the part they are about.
json verschillen_view(const std::vector<opdrachten::Verschil>& verschillen,
                      const std::map<std::string, std::string>& fouten = {}) {
  json out = json::array();
  for (const auto& d : verschillen) {
    auto bevat = [](const std::vector<std::string>& lijst, const std::string& regel) {
      return std::find(lijst.begin(), lijst.end(), regel) != lijst.end();
    };
    json van = json::array();
    for (const auto& r : d.van) {
      json regel = {{"tekst", r}};
      if (d.gewijzigd && !bevat(d.naar, r)) regel["weg"] = true;
      van.push_back(regel);
    }
    json naar = json::array();
    for (const auto& r : d.naar) {
      json regel = {{"tekst", r}};
      if (!bevat(d.van, r)) regel["nieuw"] = true;
      naar.push_back(regel);
    }
    json rij = {{"label", d.label}, {"gewijzigd", d.gewijzigd}, {"van", van}, {"naar", naar}};
    if (d.van.empty()) rij["leeg_van"] = true;
    if (d.naar.empty()) rij["leeg_naar"] = true;
    if (auto it = fouten.find(d.onderdeel); it != fouten.end()) {
      rij["voorstel_fout"] = it->second;
      rij["fout_id"] = "voorstel-" + d.onderdeel;
    }
    out.push_back(rij);
  }
  return out;
}

std::string samenvatting(const std::vector<opdrachten::Verschil>& verschillen) {
  std::string namen;
  int aantal = 0;
  for (const auto& d : verschillen) {
    if (!d.gewijzigd) continue;
    ++aantal;
    namen += (namen.empty() ? "" : ", ") + d.label;
  }
  if (aantal == 0) return "Geen onderdelen gewijzigd.";
  return std::to_string(aantal) + (aantal == 1 ? " onderdeel" : " onderdelen") +
         " gewijzigd: " + namen + ".";
}

// The form's checkboxes "aspect-scope" … as the service's "aspecten" list.
Fields verzoek_velden_uit(const Fields& formulier) {
  Fields f = velden_uit(formulier);
  std::string aspecten;
  for (auto a : opdrachten::alle_aspecten()) {
    std::string naam = "aspect-" + std::string(code(a));
    if (f.count(naam) != 0) aspecten += (aspecten.empty() ? "" : ",") + std::string(code(a));
    f.erase(naam);
  }
  f["aspecten"] = aspecten;
  return f;
}

Formulier verzoek_formulier(const Opdracht& o) {
  Formulier form{"Wijzigingsverzoek voor " + o.titel,
                 opdracht_href(o.id) + "/wijzigingsverzoeken",
                 opdracht_href(o.id),
                 std::nullopt,
                 false,
                 ""};
  form.verzoek = true;
  form.opslaan_label = "Verzoek indienen";
  return form;
}

std::vector<Kruimel> verzoek_pad(const Opdracht& o, const std::string& laatste) {
  return {{kMenuOpdrachten, "Opdrachten"}, {opdracht_href(o.id), o.titel}, {"", laatste}};
}

struct VerzoekFouten {
  const Error* afstemming = nullptr;
  const Error* besluit = nullptr;
  std::string alert;
  Fields afstemming_waarden;
  Fields besluit_waarden;
};

Response verzoek_pagina(const App& app, const UiContext& ui, const Request& req,
                        const VerzoekFouten& fouten, int status) {
  auto id = path_id(req, "id");
  auto verzoek_id = path_id(req, "verzoekId");
  if (!id || !verzoek_id) return error_page(app, ui, req, Error::not_found(), kMenuOpdrachten);
  auto d = app.services.opdrachten->wijzigingsverzoek(ui.ctx, *id, *verzoek_id);
  if (!d.ok()) return error_page(app, ui, req, d.error(), kMenuOpdrachten);
  const auto& v = d->verzoek;
  const auto& o = d->opdracht;
  std::string kop = "Wijzigingsverzoek " + std::to_string(v.id) + ": " + o.titel;
  json gegevens = json::array(
      {{{"label", "Status"}, {"waarde", std::string(label(v.status))}},
       {{"label", "Over"}, {"waarde", aspecten_tekst(v.aspecten)}},
       {{"label", "Ingediend door"},
        {"waarde", v.ingediend_door + " (" + kant_tekst(v.ingediend_kant) + ")"}},
       {{"label", "Ingediend op"}, {"waarde", service::tijdstip_nl(v.ingediend_op)}},
       {{"label", "Gaat uit van"}, {"waarde", "versie " + std::to_string(v.basisversie)}},
       {{"label", "Opdracht nu"},
        {"waarde",
         "versie " + std::to_string(o.inhoudsversie) + ", " + std::string(label(o.status))}}});
  json omschrijving = json::array();
  for (const auto& regel : splits(v.omschrijving, '\n')) {
    if (!regel.empty()) omschrijving.push_back(regel);
  }
  std::string actie_basis = verzoek_href(o.id, v.id);
  // OPD-5: an open voorstel that is not a complete opdracht cannot be accepted; say where.
  std::map<std::string, std::string> onvolledig;
  json onvolledig_lijst = json::array();
  if (v.status == opdrachten::VerzoekStatus::kIngediend) {
    for (const auto& f : opdrachten::controleer_volledig(v.voorstel)) {
      auto& slot = onvolledig[f.field];
      slot += (slot.empty() ? "" : "; ") + tekst(f.key);
      onvolledig_lijst.push_back({{"href", "#voorstel-" + f.field},
                                  {"label", opdracht_veldlabel(f.field)},
                                  {"tekst", tekst(f.key)}});
    }
  }
  json view = {{"kop", kop},
               {"gegevens", gegevens},
               {"omschrijving", omschrijving},
               {"verschillen", verschillen_view(d->verschillen, onvolledig)},
               {"vergelijking_titel", samenvatting(d->verschillen)},
               {"kolom_van", "Versie " + std::to_string(v.basisversie)},
               {"kolom_naar", "Voorstel"},
               {"opdracht_href", opdracht_href(o.id)}};
  if (!fouten.alert.empty()) view["alert"] = fouten.alert;
  if (!onvolledig_lijst.empty()) {
    view["heeft_onvolledig"] = true;
    view["onvolledig"] = onvolledig_lijst;
  }
  if (v.afstemming.vastgelegd()) {
    view["afstemming"] = {{"met", v.afstemming.met},
                          {"datum", v.afstemming.datum->nl()},
                          {"uitkomst", v.afstemming.uitkomst},
                          {"door", v.afstemming.door}};
  }
  if (d->mag_afstemmen) {
    auto veldfouten = fouten_per_veld(fouten.afstemming);
    Fields waarden = fouten.afstemming_waarden;
    if (waarden.empty() && v.afstemming.vastgelegd()) {
      waarden = {{"met", v.afstemming.met},
                 {"datum", v.afstemming.datum->iso()},
                 {"uitkomst", v.afstemming.uitkomst}};
    }
    json velden = json::array();
    velden.push_back(veld_json({"met", "Afgestemd met", "text", true,
                                "De beleidsafdeling of de persoon met wie u het verzoek besprak."},
                               waarden, veldfouten));
    velden.push_back(veld_json({"datum", "Datum", "date", true}, waarden, veldfouten));
    velden.push_back(veld_json({"uitkomst", "Uitkomst", "textarea", true}, waarden, veldfouten));
    view["afstemming_form"] = {
        {"actie", actie_basis + "/afstemming"},
        {"csrf", ui.csrf},
        {"versie", std::to_string(v.versie)},
        {"legend", v.afstemming.vastgelegd() ? "Afstemming aanpassen" : "Afstemming vastleggen"},
        {"velden", velden}};
  }
  if (!opdrachten::is_open(v.status)) {
    json besloten = {{"status", std::string(label(v.status))},
                     {"door", v.besloten_door},
                     {"op", service::tijdstip_nl(v.besloten_op)}};
    if (!v.beoordeling.empty()) besloten["beoordeling"] = v.beoordeling;
    // OPD-2: on a collectieve opdracht, on whose behalf it was decided.
    if (!v.besloten_namens.empty()) besloten["namens"] = v.besloten_namens;
    view["besloten"] = besloten;
  }
  // GOV-12: laid before the bestuurlijk opdrachtgever, by whom, when and why.
  if (!v.voorgelegd_door.empty()) {
    view["voorgelegd"] = {{"door", v.voorgelegd_door},
                          {"op", service::tijdstip_nl(v.voorgelegd_op)},
                          {"waarom", v.voorlegging}};
  }
  if (opdrachten::is_open(v.status)) {
    view["wacht_op"] = v.status == opdrachten::VerzoekStatus::kVoorgelegd
                           ? "Het verzoek wacht op het besluit van de bestuurlijk opdrachtgever."
                           : "Het verzoek wacht op het besluit van de ambtelijk opdrachtgever.";
  }
  // GOV-12: what the verzoek costs against the mandate of the one who decides.
  if (d->mag_beoordelen && !d->beslist_als_bestuur) {
    std::string tekst =
        "Meerkosten van dit verzoek: " + format_bedrag_nl(d->meerkosten_cents) + ". ";
    if (d->mandaat_cents) {
      tekst += "Uw beslismandaat: tot " + format_bedrag_nl(*d->mandaat_cents) + ". ";
    } else {
      tekst += "Uw beslismandaat is niet vastgelegd. ";
    }
    tekst += d->binnen_mandaat
                 ? "U kunt zelf besluiten."
                 : "Dit gaat buiten uw mandaat: leg het voor aan de bestuurlijk opdrachtgever.";
    view["mandaat"] = {{"tekst", tekst}, {"buiten", !d->binnen_mandaat}};
  }
  // GOV-5: the bestuurlijk opdrachtgever who decides here may also sit in the AB or DB.
  if (d->beslist_als_bestuur) {
    const std::string petten = petten_let_op(ui.ctx.actor, "bestuurlijk opdrachtgever");
    if (!petten.empty()) view["petten"] = petten;
  }
  if (d->mag_beoordelen) {
    auto veldfouten = fouten_per_veld(fouten.besluit);
    json form = {
        {"actie", actie_basis + "/besluit"},
        {"csrf", ui.csrf},
        {"versie", std::to_string(v.versie)},
        {"velden", json::array({veld_json(
                       {"beoordeling", "Beoordeling", "textarea", true,
                        "Uw kritische beoordeling: waarom aanvaardt of wijst u het verzoek "
                        "af? Aanvaarden kan pas na de afstemming met de beleidsafdeling."},
                       fouten.besluit_waarden, veldfouten)})}};
    std::string besluit_fout;
    if (auto it = veldfouten.find("afstemming"); it != veldfouten.end()) besluit_fout = it->second;
    bool voorstel_geweigerd =
        fouten.besluit &&
        std::any_of(fouten.besluit->fields.begin(), fouten.besluit->fields.end(),
                    [&](const FieldError& f) { return onvolledig.count(f.field) != 0; });
    if (voorstel_geweigerd) {
      besluit_fout += (besluit_fout.empty() ? "" : "; ") +
                      std::string(
                          "aanvaarden kan niet: het voorstel is niet compleet (zie het "
                          "voorstel per onderdeel)");
    }
    if (auto it = veldfouten.find("besluit"); it != veldfouten.end()) {
      besluit_fout += (besluit_fout.empty() ? "" : "; ") + it->second;
    }
    if (!besluit_fout.empty()) form["besluit_fout"] = besluit_fout;
    // GOV-12: beyond the mandate only voorleggen and afwijzen are offered.
    form["aanvaarden"] = d->binnen_mandaat;
    form["voorleggen"] = d->mag_voorleggen;
    form["legend"] =
        d->beslist_als_bestuur ? "Besluiten als bestuurlijk opdrachtgever" : "Beoordelen";
    view["besluit_form"] = form;
  }
  if (d->mag_intrekken) {
    view["intrekken_form"] = {{"actie", actie_basis + "/besluit"},
                              {"csrf", ui.csrf},
                              {"versie", std::to_string(v.versie)}};
  }
  return frame_page(app, ui, req, kop, kMenuOpdrachten,
                    verzoek_pad(o, "Wijzigingsverzoek " + std::to_string(v.id)), status,
                    render("wijzigingsverzoek", view));
}

// After a refused afstemming or besluit: a stale form goes back to the page with a notice; an
// invalid one is shown again with its errors; a decision that no longer fits gets an alert.
Response na_weigering(const App& app, const UiContext& ui, const Request& req, const Error& e,
                      bool is_afstemming) {
  auto id = path_id(req, "id");
  auto verzoek_id = path_id(req, "verzoekId");
  SaveFailure failure;
  failure.terug_href = kMenuOpdrachten;
  if (id && verzoek_id) failure.stale_href = verzoek_href(*id, *verzoek_id);
  failure.on_invalid = [&](const Error& error) {
    VerzoekFouten fouten;
    (is_afstemming ? fouten.afstemming : fouten.besluit) = &error;
    (is_afstemming ? fouten.afstemming_waarden : fouten.besluit_waarden) = formulier_velden(req);
    return verzoek_pagina(app, ui, req, fouten, 400);
  };
  failure.on_conflict = [&](const Error& error) {
    VerzoekFouten fouten;
    fouten.alert = tekst(error.key);
    return verzoek_pagina(app, ui, req, fouten, 409);
  };
  return after_failed_save(app, ui, req, e, failure);
}

Response wijzigingsverzoek_nieuw(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, ui, req, Error::not_found(), kMenuOpdrachten);
  auto d = app.services.opdrachten->opdracht(ui.ctx, *id);
  if (!d.ok()) return error_page(app, ui, req, d.error(), kMenuOpdrachten);
  if (d->kant == opdrachten::Kant::kGeen) {
    return error_page(app, ui, req, Error::forbidden(), opdracht_href(*id));
  }
  if (!opdrachten::staat_wijziging_toe(d->opdracht.status)) {
    return error_page(app, ui, req,
                      Error{ErrorCode::kConflict, "fout.wijziging_niet_mogelijk", "", {}},
                      opdracht_href(*id));
  }
  return formulier_pagina(app, ui, req, verzoek_formulier(d->opdracht), als_velden(d->opdracht),
                          nullptr, 200, verzoek_pad(d->opdracht, "Wijzigingsverzoek"));
}

Response wijzigingsverzoek_indienen(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, ui, req, Error::not_found(), kMenuOpdrachten);
  auto ingevuld = formulier_velden(req);
  // The form again with the user's input (after a refusal or a row added or removed); what may
  // not change comes from the opdracht, so the checklist can read the form.
  auto opnieuw = [&](const Fields& waarden, const Error* error, int status) {
    auto d = app.services.opdrachten->opdracht(ui.ctx, *id);
    if (!d.ok()) return error_page(app, ui, req, d.error(), kMenuOpdrachten);
    if (d->kant == opdrachten::Kant::kGeen) {
      return error_page(app, ui, req, Error::forbidden(), opdracht_href(*id));
    }
    Fields met_vast = waarden;
    auto vast = als_velden(d->opdracht);
    for (const char* naam : {"jaar", "soort", "deelnemerId"}) met_vast[naam] = vast[naam];
    return formulier_pagina(app, ui, req, verzoek_formulier(d->opdracht), met_vast, error, status,
                            verzoek_pad(d->opdracht, "Wijzigingsverzoek"));
  };
  if (auto bewerkt = rij_bewerking(ingevuld)) return opnieuw(*bewerkt, nullptr, 200);
  ingevuld = ingevulde_rijen(ingevuld);
  auto v = app.services.opdrachten->indienen(ui.ctx, *id, verzoek_velden_uit(ingevuld),
                                             lijsten_uit(ingevuld));
  if (v.ok()) return see_other(verzoek_href(*id, v->id) + "?melding=ingediend");
  SaveFailure failure;
  failure.terug_href = opdracht_href(*id);
  failure.on_invalid = [&](const Error& error) { return opnieuw(ingevuld, &error, 400); };
  return after_failed_save(app, ui, req, v.error(), failure);
}

Response wijzigingsverzoek(const App& app, const UiContext& ui, Request& req) {
  return verzoek_pagina(app, ui, req, {}, 200);
}

Response wijzigingsverzoek_afstemming(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  auto verzoek_id = path_id(req, "verzoekId");
  if (!id || !verzoek_id) return error_page(app, ui, req, Error::not_found(), kMenuOpdrachten);
  auto v = app.services.opdrachten->afstemming_vastleggen(
      ui.ctx, *id, *verzoek_id, formulier_versie(req).value_or(0), formulier_velden(req));
  if (v.ok()) return see_other(verzoek_href(*id, *verzoek_id) + "?melding=afgestemd");
  return na_weigering(app, ui, req, v.error(), true);
}

Response wijzigingsverzoek_besluit(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  auto verzoek_id = path_id(req, "verzoekId");
  if (!id || !verzoek_id) return error_page(app, ui, req, Error::not_found(), kMenuOpdrachten);
  auto v = app.services.opdrachten->besluiten(
      ui.ctx, *id, *verzoek_id, formulier_versie(req).value_or(0), formulier_velden(req));
  if (v.ok()) {
    const bool voorgelegd = v->status == opdrachten::VerzoekStatus::kVoorgelegd;
    return see_other(verzoek_href(*id, *verzoek_id) +
                     (voorgelegd ? "?melding=voorgelegd" : "?melding=besloten"));
  }
  return na_weigering(app, ui, req, v.error(), false);
}

Response opdracht_versie(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  auto nummer = path_id(req, "nummer");
  if (!id || !nummer || *nummer > 1'000'000) {
    return error_page(app, ui, req, Error::not_found(), kMenuOpdrachten);
  }
  auto v = app.services.opdrachten->versie(ui.ctx, *id, static_cast<std::int32_t>(*nummer));
  if (!v.ok()) return error_page(app, ui, req, v.error(), kMenuOpdrachten);
  const auto& o = v->inhoud;
  json gegevens = json::array(
      {{{"label", "Versie"}, {"waarde", std::to_string(v->nummer)}},
       {{"label", "Vastgesteld op"}, {"waarde", service::tijdstip_nl(v->vastgesteld_op)}},
       {{"label", "Vastgesteld door"}, {"waarde", v->vastgesteld_door}},
       {{"label", "Grond"},
        {"waarde", v->wijzigingsverzoek_id
                       ? "Wijzigingsverzoek " + std::to_string(*v->wijzigingsverzoek_id)
                       : std::string("Aanvaarding van de opdracht")}},
       {{"label", "Totaal begroot"}, {"waarde", format_bedrag_nl(opdrachten::totaal_cents(o))}},
       {{"label", "Totaal uren"}, {"waarde", format_getal_nl(opdrachten::totaal_uren(o))}}});
  json delen = delen_view(o);
  std::string kop = o.titel + " — versie " + std::to_string(v->nummer);
  json view = {{"kop", kop},
               {"nummer", std::to_string(v->nummer)},
               {"gegevens", gegevens},
               {"delen", delen},
               {"opdracht_href", opdracht_href(*id)}};
  return frame_page(app, ui, req, kop, kMenuOpdrachten,
                    {{kMenuOpdrachten, "Opdrachten"},
                     {opdracht_href(*id), o.titel},
                     {"", "Versie " + std::to_string(v->nummer)}},
                    200, render("opdracht_versie", view));
}

Response opdracht_vergelijking(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, ui, req, Error::not_found(), kMenuOpdrachten);
  auto q = req.query_params();
  auto van = parse_int64(q["van"]);
  auto naar = parse_int64(q["naar"]);
  std::vector<FieldError> fouten;
  if (!van || *van < 1 || *van > 1'000'000) fouten.push_back({"van", "fout.ongeldige_keuze"});
  if (!naar || *naar < 1 || *naar > 1'000'000) fouten.push_back({"naar", "fout.ongeldige_keuze"});
  if (!fouten.empty()) {
    return error_page(app, ui, req, Error::invalid(std::move(fouten)), opdracht_href(*id));
  }
  auto d = app.services.opdrachten->opdracht(ui.ctx, *id);
  if (!d.ok()) return error_page(app, ui, req, d.error(), kMenuOpdrachten);
  auto verschillen = app.services.opdrachten->vergelijk(
      ui.ctx, *id, static_cast<std::int32_t>(*van), static_cast<std::int32_t>(*naar));
  if (!verschillen.ok()) return error_page(app, ui, req, verschillen.error(), opdracht_href(*id));
  std::string kop = d->opdracht.titel + ": versie " + std::to_string(*van) + " en " +
                    std::to_string(*naar) + " vergeleken";
  json view = {{"kop", kop},
               {"van", std::to_string(*van)},
               {"naar", std::to_string(*naar)},
               {"samenvatting", samenvatting(*verschillen)},
               {"verschillen", verschillen_view(*verschillen)},
               {"vergelijking_titel", "Versie " + std::to_string(*van) + " en versie " +
                                          std::to_string(*naar) + " per onderdeel"},
               {"kolom_van", "Versie " + std::to_string(*van)},
               {"kolom_naar", "Versie " + std::to_string(*naar)},
               {"opdracht_href", opdracht_href(*id)}};
  return frame_page(app, ui, req, kop, kMenuOpdrachten,
                    {{kMenuOpdrachten, "Opdrachten"},
                     {opdracht_href(*id), d->opdracht.titel},
                     {"", "Versies vergelijken"}},
                    200, render("vergelijking", view));
}

}  // namespace

std::string verzoek_href(Id id, Id verzoek_id) {
  return opdracht_href(id) + "/wijzigingsverzoeken/" + std::to_string(verzoek_id);
}

std::string verzoeken_startblok(const App& app, const UiContext& ui) {
  auto open = app.services.opdrachten->open_verzoeken(ui.ctx);
  if (!open.ok()) return "<p class=\"utrecht-paragraph\">" + tekst(open.error().key) + "</p>";
  if (open->empty()) return "";
  bool opdrachtgever = auth::is_opdrachtgeverkant(ui.ctx.actor);
  json lijst = json::array();
  for (const auto& r : *open) {
    const auto& v = r.verzoek;
    json regel = {{"href", verzoek_href(v.opdracht_id, v.id)},
                  {"opdracht", r.opdracht_titel},
                  {"aspecten", aspecten_tekst(v.aspecten)},
                  {"door", v.ingediend_door + " (" + kant_tekst(v.ingediend_kant) + ")"},
                  {"op", service::tijdstip_nl(v.ingediend_op)}};
    if (r.mag_beslissen) regel["mag_beslissen"] = true;
    if (v.status == opdrachten::VerzoekStatus::kVoorgelegd) regel["voorgelegd"] = true;
    lijst.push_back(regel);
  }
  json view = {
      {"kop", "Wijzigingsverzoeken die op een besluit wachten"},
      {"uitleg", opdrachtgever ? "Beoordeel elk verzoek kritisch, stem het af met de "
                                 "beleidsafdeling en besluit dan."
                               : "Ingediende wijzigingsverzoeken waarover de opdrachtgever nog "
                                 "niet heeft besloten."},
      {"verzoeken", lijst}};
  return render("start_verzoeken", view);
}

void add_wijziging_ui(UiRoutes& r) {
  r.add_page("/opdrachten/{id}/versies/{nummer}", opdracht_versie);
  r.add_page("/opdrachten/{id}/vergelijking", opdracht_vergelijking);
  r.add_page("/opdrachten/{id}/wijzigingsverzoeken/nieuw", wijzigingsverzoek_nieuw);
  r.add_form("/opdrachten/{id}/wijzigingsverzoeken", wijzigingsverzoek_indienen);
  r.add_page("/opdrachten/{id}/wijzigingsverzoeken/{verzoekId}", wijzigingsverzoek);
  r.add_form("/opdrachten/{id}/wijzigingsverzoeken/{verzoekId}/afstemming",
             wijzigingsverzoek_afstemming);
  r.add_form("/opdrachten/{id}/wijzigingsverzoeken/{verzoekId}/besluit", wijzigingsverzoek_besluit);
}

}  // namespace regie::web::ui

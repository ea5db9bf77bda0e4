// The forms of a regio's own verdeelsleutels (UP-3, decision 44): add a fixed percentage table
// or an agreed weight per deelnemer to a catalogue year, change its name, unit and shares, and
// remove it while no product of the year is split by it. For the keepers of the catalogue; the
// inwonertal key comes from the register and has no form. A year whose programme is vastgesteld
// stays as it is. Every form works without JavaScript; the catalogue page links to them.
#include <map>

#include "core/text.hpp"
#include "web/ui/catalogus_delen.hpp"
#include "web/ui/formulier.hpp"
#include "web/ui/ui_routes.hpp"
#include "web/ui/views.hpp"

namespace regie::web::ui {
namespace {

using programma::SleutelSoort;
using programma::Verdeelsleutel;

constexpr const char* kSleutels = "/regio/catalogus/sleutels";

std::string sleutel_href(Id id) { return std::string(kSleutels) + "/" + std::to_string(id); }

std::vector<Kruimel> sleutel_kruimels(std::int32_t jaar, const std::string& titel) {
  return {{kMenuRegio, "Regio"},
          {catalogus_href(jaar) + "#verdeelsleutels", "Productcatalogus " + std::to_string(jaar)},
          {"", titel}};
}

// The fields of a key: on a new one also its year, code and kind; one share per deelnemer of
// the year. `soort`: the kind of a key being changed (it stays).
std::vector<FieldsetSpec> sleutel_spec(const service::Catalogus& c, bool nieuw,
                                       std::optional<SleutelSoort> soort) {
  std::vector<Optie> soorten;
  for (auto s : {SleutelSoort::kPercentage, SleutelSoort::kGewicht}) {
    if (!soort || *soort == s) soorten.push_back({std::string(code(s)), std::string(label(s))});
  }
  FieldsetSpec sleutel{"Verdeelsleutel", {}};
  if (nieuw) {
    sleutel.velden.push_back({"jaar",
                              "Jaar",
                              "text",
                              true,
                              {},
                              "Het jaar van de catalogus waarin de sleutel geldt.",
                              true,
                              "numeric"});
    sleutel.velden.push_back({"sleutelcode",
                              "Sleutelcode",
                              "text",
                              true,
                              {},
                              "Letters, cijfers, punt of streepje, zoals vast-aandeel; uniek in "
                              "het jaar. Een product noemt de sleutel bij deze code.",
                              true});
  }
  sleutel.velden.push_back({"naam", "Naam", "text", true});
  sleutel.velden.push_back({"soort", "Soort", "select", true, soorten,
                            nieuw ? "Een vast percentage per deelnemer (samen precies 100), of "
                                    "een eigen gewicht zoals het aantal bedrijven."
                                  : "De soort blijft."});
  sleutel.velden.push_back({"eenheid",
                            "Eenheid",
                            "text",
                            false,
                            {},
                            "Alleen bij een eigen gewicht: wat er geteld wordt, zoals bedrijven.",
                            true});
  std::map<Id, std::string> namen;
  for (const auto& d : c.deelnemers) namen[d.id] = d.naam;
  FieldsetSpec aandelen{"Aandeel per deelnemer", {}};
  for (Id d : c.deelnemers_van_jaar) {
    aandelen.velden.push_back(
        {programma::aandeel_veld(d),
         namen.count(d) ? namen[d] : std::to_string(d),
         "text",
         false,
         {},
         "Percentage met hoogstens twee decimalen (zoals 12,5), of een heel getal.",
         true,
         "decimal"});
  }
  return {sleutel, aandelen};
}

Fields sleutel_waarden(const Verdeelsleutel& k) {
  Fields f = {{"naam", k.naam}, {"soort", std::string(code(k.soort))}, {"eenheid", k.eenheid}};
  for (const auto& a : k.aandelen) {
    f[programma::aandeel_veld(a.organisatie_id)] = programma::aandeel_invoer(k.soort, a.gewicht);
  }
  return f;
}

// GET /regio/catalogus/sleutels/nieuw?jaar=N; with `invoer` and `error` after a failed POST.
Response nieuw_sleutelformulier(const App& app, const UiContext& ui, const Request& req,
                                std::optional<std::int32_t> jaar, Fields invoer,
                                const Error* error) {
  auto c = app.services.catalogus->catalogus(ui.ctx, jaar);
  if (!c.ok()) return error_page(app, ui, req, c.error(), "/regio/catalogus");
  if (invoer.empty()) invoer = {{"jaar", std::to_string(c->jaar)}, {"soort", "percentage"}};
  const std::string kop = "Verdeelsleutel toevoegen";
  FormView form{kop,
                "Een eigen sleutel verdeelt de kosten van een regionaal product anders dan naar "
                "inwonertal: met een vast percentage per deelnemer of met een eigen gewicht. Kies "
                "de sleutel daarna bij het product.",
                kSleutels,
                "Toevoegen",
                catalogus_href(c->jaar),
                std::nullopt,
                ""};
  Layout layout{kop, kMenuRegio, sleutel_kruimels(c->jaar, kop)};
  return form_page(app, ui, req, layout, form, sleutel_spec(*c, true, std::nullopt), invoer, error);
}

Response sleutel_nieuw(const App& app, const UiContext& ui, Request& req) {
  if (auto e = geen_catalogusformulier(ui)) return error_page(app, ui, req, *e, "/regio/catalogus");
  return nieuw_sleutelformulier(app, ui, req, programma::catalogusjaar(req.query_params()["jaar"]),
                                {}, nullptr);
}

// POST /regio/catalogus/sleutels
Response sleutel_toevoegen(const App& app, const UiContext& ui, Request& req) {
  auto invoer = formulier_velden(req);
  auto saved = app.services.catalogus->create_sleutel(ui.ctx, invoer);
  if (saved.ok()) {
    return see_other(catalogus_href(saved->jaar) + "&melding=sleutel_toegevoegd");
  }
  SaveFailure f;
  f.terug_href = "/regio/catalogus";
  f.on_invalid = [&](const Error& e) {
    return nieuw_sleutelformulier(
        app, ui, req, programma::catalogusjaar(field(invoer, "jaar").value_or("")), invoer, &e);
  };
  return after_failed_save(app, ui, req, saved.error(), f);
}

struct SleutelCatalogus {
  Verdeelsleutel sleutel;
  service::Catalogus catalogus;
};

// The key of the path with its year's catalogue; `fout` when there is none in the actor's regio,
// the actor keeps no catalogue, the key is the register's or the year is closed.
std::optional<SleutelCatalogus> lees_sleutel(const App& app, const UiContext& ui,
                                             const Request& req, Response& fout) {
  auto id = path_id(req, "id");
  if (!id) {
    fout = error_page(app, ui, req, Error::not_found(), "/regio/catalogus");
    return std::nullopt;
  }
  auto k = app.services.catalogus->sleutel(ui.ctx, *id);
  if (!k.ok()) {
    fout = error_page(app, ui, req, k.error(), "/regio/catalogus");
    return std::nullopt;
  }
  const auto terug = catalogus_href(k->jaar);
  if (auto e = geen_catalogusformulier(ui)) {
    fout = error_page(app, ui, req, *e, terug);
    return std::nullopt;
  }
  if (!programma::is_eigen_sleutel(*k)) {
    fout = error_page(app, ui, req,
                      Error{ErrorCode::kConflict, "fout.sleutel_uit_register", {}, {}}, terug);
    return std::nullopt;
  }
  auto c = app.services.catalogus->catalogus(ui.ctx, k->jaar);
  if (!c.ok()) {
    fout = error_page(app, ui, req, c.error(), terug);
    return std::nullopt;
  }
  if (c->vastgesteld) {
    fout = error_page(app, ui, req,
                      Error{ErrorCode::kConflict, "fout.catalogusjaar_vastgesteld", {}, {}}, terug);
    return std::nullopt;
  }
  return SleutelCatalogus{*k, *c};
}

FormView sleutel_wijzig_form(const Verdeelsleutel& k) {
  return {k.naam + " wijzigen",
          "Sleutel " + k.code + " van " + std::to_string(k.jaar) +
              "; code, soort en jaar blijven. Een wijziging werkt door in de begroting van de "
              "programma's van dat jaar die nog concept zijn.",
          sleutel_href(k.id),
          "Opslaan",
          catalogus_href(k.jaar),
          k.versie,
          ""};
}

// GET /regio/catalogus/sleutels/{id}
Response sleutel_pagina(const App& app, const UiContext& ui, Request& req) {
  Response fout;
  auto d = lees_sleutel(app, ui, req, fout);
  if (!d) return fout;
  const auto& k = d->sleutel;
  auto form = sleutel_wijzig_form(k);
  Layout layout{form.kop, kMenuRegio, sleutel_kruimels(k.jaar, form.kop)};
  return frame_page(
      app, &ui, req, layout,
      render_form(ui, form, sleutel_spec(d->catalogus, false, k.soort), sleutel_waarden(k),
                  nullptr) +
          render("verwijder_link", {{"href", sleutel_href(k.id) + "/verwijderen"},
                                    {"tekst", "Verdeelsleutel " + k.code + " verwijderen"}}));
}

// POST /regio/catalogus/sleutels/{id}
Response sleutel_opslaan(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  auto versie = formulier_versie(req);
  if (!id || !versie) return error_page(app, ui, req, Error::not_found(), "/regio/catalogus");
  auto& service = *app.services.catalogus;
  auto k = service.sleutel(ui.ctx, *id);
  if (!k.ok()) return error_page(app, ui, req, k.error(), "/regio/catalogus");
  auto c = service.catalogus(ui.ctx, k->jaar);
  if (!c.ok()) return error_page(app, ui, req, c.error(), "/regio/catalogus");
  auto saved = service.update_sleutel(ui.ctx, *id, *versie, formulier_velden(req));
  auto form = sleutel_wijzig_form(*k);
  form.versie = *versie;
  Layout layout{form.kop, kMenuRegio, sleutel_kruimels(k->jaar, form.kop)};
  return after_form_save(
      app, ui, req, saved, catalogus_href(k->jaar) + "&melding=sleutel_gewijzigd", layout, form,
      sleutel_spec(*c, false, k->soort), [&] { return service.sleutel(ui.ctx, *id); });
}

// GET and POST /regio/catalogus/sleutels/{id}/verwijderen
Response sleutel_verwijderen_pagina(const App& app, const UiContext& ui, Request& req) {
  Response fout;
  auto d = lees_sleutel(app, ui, req, fout);
  if (!d) return fout;
  const auto& k = d->sleutel;
  DeleteConfirmation b;
  b.titel = "Verdeelsleutel verwijderen";
  b.wat = "de verdeelsleutel " + k.code + " (" + k.naam + ") uit " + std::to_string(k.jaar);
  b.gegevens = {{"Code", k.code}, {"Naam", k.naam}, {"Soort", std::string(label(k.soort))}};
  b.actie = sleutel_href(k.id) + "/verwijderen";
  b.versie = k.versie;
  b.annuleren = catalogus_href(k.jaar);
  b.actief = kMenuRegio;
  b.kruimelpad = {{kMenuRegio, "Regio"},
                  {catalogus_href(k.jaar), "Productcatalogus " + std::to_string(k.jaar)},
                  {sleutel_href(k.id), k.naam}};
  return delete_confirmation_page(app, ui, req, b);
}

Response sleutel_verwijderen(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  auto versie = formulier_versie(req);
  if (!id || !versie) return error_page(app, ui, req, Error::not_found(), "/regio/catalogus");
  auto& service = *app.services.catalogus;
  auto k = service.sleutel(ui.ctx, *id);
  if (!k.ok()) return error_page(app, ui, req, k.error(), "/regio/catalogus");
  const std::string terug = catalogus_href(k->jaar);
  auto weg = service.delete_sleutel(ui.ctx, *id, *versie);
  if (weg.ok()) return see_other(terug + "&melding=sleutel_verwijderd");
  SaveFailure f;
  f.terug_href = terug;
  f.stale_href = sleutel_href(*id) + "/verwijderen";
  return after_failed_save(app, ui, req, weg.error(), f);
}

}  // namespace

void add_sleutel_ui(UiRoutes& r) {
  r.add_page("/regio/catalogus/sleutels/nieuw", sleutel_nieuw);
  r.add_form("/regio/catalogus/sleutels", sleutel_toevoegen);
  r.add_page("/regio/catalogus/sleutels/{id}", sleutel_pagina);
  r.add_form("/regio/catalogus/sleutels/{id}", sleutel_opslaan);
  r.add_page("/regio/catalogus/sleutels/{id}/verwijderen", sleutel_verwijderen_pagina);
  r.add_form("/regio/catalogus/sleutels/{id}/verwijderen", sleutel_verwijderen);
}

}  // namespace regie::web::ui

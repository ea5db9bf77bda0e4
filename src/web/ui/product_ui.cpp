// The forms of the producten- en dienstencatalogus (UP-3): add, change and remove a product of a
// year and start a new year as a copy of another. For the keepers of the catalogue
// (programma::mag_catalogus_wijzigen); a year whose programme is vastgesteld stays as it is
// (the service refuses, the catalogue page offers no forms). Every form works without
// JavaScript; the catalogue page (catalogus_ui.cpp) links to them.
#include <set>

#include "core/text.hpp"
#include "web/ui/catalogus_delen.hpp"
#include "web/ui/formulier.hpp"
#include "web/ui/ui_routes.hpp"
#include "web/ui/views.hpp"

namespace regie::web::ui {
namespace {

using programma::Product;

constexpr const char* kCatalogus = "/regio/catalogus";

std::string product_href(Id id) {
  return std::string(kCatalogus) + "/producten/" + std::to_string(id);
}

std::vector<Kruimel> catalogus_kruimels(std::int32_t jaar, const std::string& titel) {
  return {{kMenuRegio, "Regio"},
          {catalogus_href(jaar), "Productcatalogus " + std::to_string(jaar)},
          {"", titel}};
}

// The fields of a product. `jaren`: the years a new product may go to (empty when changing one:
// its year stays).
std::vector<FieldsetSpec> product_spec(const service::Catalogus& c, const std::vector<Optie>& jaren,
                                       const std::string& taakveld) {
  std::set<std::string> velden(programma::standaard_taakvelden().begin(),
                               programma::standaard_taakvelden().end());
  for (const auto& p : c.producten) velden.insert(p.taakveld);
  if (!taakveld.empty()) velden.insert(taakveld);
  std::vector<Optie> taakvelden;
  taakvelden.reserve(velden.size());
  for (const auto& t : velden) taakvelden.push_back({t, t});
  std::vector<Optie> taken;
  for (auto t : programma::alle_taken()) {
    taken.push_back({std::string(code(t)), std::string(label(t))});
  }
  std::vector<Optie> wijzen;
  for (auto w : programma::alle_afrekenwijzen()) {
    wijzen.push_back({std::string(code(w)), std::string(label(w))});
  }
  std::vector<Optie> sleutels = {{"", "Inwonertal (standaard bij regionaal)"}};
  for (const auto& k : c.sleutels) {
    if (k.code != programma::kStandaardSleutel) sleutels.push_back({k.code, k.naam});
  }

  FieldsetSpec product{"Product", {}};
  if (!jaren.empty()) product.velden.push_back({"jaar", "Jaar", "select", true, jaren});
  product.velden.push_back({"productcode",
                            "Code",
                            "text",
                            true,
                            {},
                            "Letters, cijfers, punt of streepje; uniek in het jaar.",
                            true});
  product.velden.push_back({"naam", "Naam", "text", true});
  product.velden.push_back({"taakveld", "Taakveld", "select", true, taakvelden});
  product.velden.push_back({"taak", "Basistaak of plustaak", "select", true, taken});
  FieldsetSpec afrekening{
      "Afrekening",
      {{"afrekenwijze", "Afrekenwijze", "select", true, wijzen,
        "Kental: normuren × uurtarief per stuk. Regionaal: gedeeld, met een verdeelsleutel over "
        "de deelnemers verdeeld. Maatwerk: uren en bedrag per deelnemer afgesproken."},
       {"normuren",
        "Normuren per stuk",
        "text",
        false,
        {},
        "Nodig bij kental, zoals 8 of 2,5; leeg bij regionaal en maatwerk.",
        true,
        "decimal"},
       {"uurtarief",
        "Uurtarief",
        "text",
        false,
        {},
        "In euro, zoals 98,50. Nodig bij kental en regionaal.",
        true,
        "decimal"},
       {"verdeelsleutel", "Verdeelsleutel", "select", false, sleutels, "Alleen bij regionaal."}}};
  return {product, afrekening};
}

Fields product_waarden(const Product& p) {
  Fields f = {{"productcode", p.code},
              {"naam", p.naam},
              {"taakveld", p.taakveld},
              {"taak", std::string(code(p.taak))},
              {"afrekenwijze", std::string(code(p.afrekenwijze))}};
  if (p.normuren) f["normuren"] = format_honderdsten(p.normuren);
  if (p.uurtarief_cents) f["uurtarief"] = format_bedrag_invoer(p.uurtarief_cents);
  if (p.verdeelsleutel != programma::kStandaardSleutel) f["verdeelsleutel"] = p.verdeelsleutel;
  return f;
}

// The years a new product may go to: those with a catalogue, and `jaar` itself.
std::vector<Optie> jaar_opties(const service::Catalogus& c) {
  std::set<std::int32_t> jaren = {c.jaar};
  for (const auto& j : c.jaren) jaren.insert(j.jaar);
  std::vector<Optie> out;
  for (auto it = jaren.rbegin(); it != jaren.rend(); ++it) {
    out.push_back({std::to_string(*it), std::to_string(*it)});
  }
  return out;
}

// GET /regio/catalogus/producten/nieuw[?jaar=N]; with `invoer` and `error` after a failed POST.
Response nieuw_formulier(const App& app, const UiContext& ui, const Request& req,
                         std::optional<std::int32_t> jaar, Fields invoer, const Error* error) {
  auto c = app.services.catalogus->catalogus(ui.ctx, jaar);
  if (!c.ok()) return error_page(app, ui, req, c.error(), kCatalogus);
  if (invoer.empty()) invoer = {{"jaar", std::to_string(c->jaar)}, {"afrekenwijze", "kental"}};
  const std::string kop = "Product toevoegen";
  FormView form{kop,
                "Het product komt in de catalogus van het gekozen jaar. De begroting per "
                "deelnemer rekent met de normuren, het uurtarief en de verdeelsleutel.",
                std::string(kCatalogus) + "/producten",
                "Toevoegen",
                catalogus_href(c->jaar),
                std::nullopt,
                ""};
  Layout layout{kop, kMenuRegio, catalogus_kruimels(c->jaar, kop)};
  return form_page(app, ui, req, layout, form,
                   product_spec(*c, jaar_opties(*c), field(invoer, "taakveld").value_or("")),
                   invoer, error);
}

Response product_nieuw(const App& app, const UiContext& ui, Request& req) {
  if (auto e = geen_catalogusformulier(ui)) return error_page(app, ui, req, *e, kCatalogus);
  return nieuw_formulier(app, ui, req, programma::catalogusjaar(req.query_params()["jaar"]), {},
                         nullptr);
}

// POST /regio/catalogus/producten
Response product_toevoegen(const App& app, const UiContext& ui, Request& req) {
  auto invoer = formulier_velden(req);
  auto saved = app.services.catalogus->create_product(ui.ctx, invoer);
  if (saved.ok()) {
    return see_other(catalogus_href(saved->jaar) + "&melding=product_toegevoegd");
  }
  SaveFailure f;
  f.terug_href = kCatalogus;
  f.on_invalid = [&](const Error& e) {
    return nieuw_formulier(
        app, ui, req, programma::catalogusjaar(field(invoer, "jaar").value_or("")), invoer, &e);
  };
  return after_failed_save(app, ui, req, saved.error(), f);
}

struct ProductCatalogus {
  Product product;
  service::Catalogus catalogus;
};

// The product of the path with the catalogue of its year; `fout` is the answer when there is
// none (not found in the actor's regio), the actor keeps no catalogue, or the year is closed.
std::optional<ProductCatalogus> lees_product(const App& app, const UiContext& ui,
                                             const Request& req, Response& fout) {
  auto id = path_id(req, "id");
  if (!id) {
    fout = error_page(app, ui, req, Error::not_found(), kCatalogus);
    return std::nullopt;
  }
  auto p = app.services.catalogus->product(ui.ctx, *id);
  if (!p.ok()) {
    fout = error_page(app, ui, req, p.error(), kCatalogus);
    return std::nullopt;
  }
  if (auto e = geen_catalogusformulier(ui)) {
    fout = error_page(app, ui, req, *e, catalogus_href(p->jaar));
    return std::nullopt;
  }
  auto c = app.services.catalogus->catalogus(ui.ctx, p->jaar);
  if (!c.ok()) {
    fout = error_page(app, ui, req, c.error(), kCatalogus);
    return std::nullopt;
  }
  // UP-4: the catalogue of a year whose programme is vastgesteld stays as it is.
  if (c->vastgesteld) {
    fout = error_page(app, ui, req,
                      Error{ErrorCode::kConflict, "fout.catalogusjaar_vastgesteld", {}, {}},
                      catalogus_href(p->jaar));
    return std::nullopt;
  }
  return ProductCatalogus{*p, *c};
}

FormView wijzig_form(const Product& p) {
  return {p.naam + " wijzigen",
          "Het product hoort bij de catalogus van " + std::to_string(p.jaar) +
              "; het jaar blijft. Een wijziging werkt door in de begroting van de programma's "
              "van dat jaar die nog concept zijn.",
          product_href(p.id),
          "Opslaan",
          catalogus_href(p.jaar),
          p.versie,
          ""};
}

// GET /regio/catalogus/producten/{id}
Response product_pagina(const App& app, const UiContext& ui, Request& req) {
  Response fout;
  auto d = lees_product(app, ui, req, fout);
  if (!d) return fout;
  const auto& p = d->product;
  auto form = wijzig_form(p);
  Layout layout{form.kop, kMenuRegio, catalogus_kruimels(p.jaar, form.kop)};
  // The form, and below it the way to remove the product (after a confirmation).
  return frame_page(
      app, &ui, req, layout,
      render_form(ui, form, product_spec(d->catalogus, {}, p.taakveld), product_waarden(p),
                  nullptr) +
          render("verwijder_link", {{"href", product_href(p.id) + "/verwijderen"},
                                    {"tekst", "Product " + p.code + " verwijderen"}}));
}

// POST /regio/catalogus/producten/{id}
Response product_opslaan(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  auto versie = formulier_versie(req);
  if (!id || !versie) return error_page(app, ui, req, Error::not_found(), kCatalogus);
  auto& service = *app.services.catalogus;
  // The form again needs the product and its year's catalogue (the year never changes).
  auto p = service.product(ui.ctx, *id);
  if (!p.ok()) return error_page(app, ui, req, p.error(), kCatalogus);
  auto c = service.catalogus(ui.ctx, p->jaar);
  if (!c.ok()) return error_page(app, ui, req, c.error(), kCatalogus);
  const auto invoer = formulier_velden(req);
  auto saved = service.update_product(ui.ctx, *id, *versie, invoer);
  auto form = wijzig_form(*p);
  form.versie = *versie;
  Layout layout{form.kop, kMenuRegio, catalogus_kruimels(p->jaar, form.kop)};
  return after_form_save(app, ui, req, saved,
                         catalogus_href(p->jaar) + "&melding=product_gewijzigd", layout, form,
                         product_spec(*c, {}, field(invoer, "taakveld").value_or("")),
                         [&] { return service.product(ui.ctx, *id); });
}

// GET and POST /regio/catalogus/producten/{id}/verwijderen
Response product_verwijderen_pagina(const App& app, const UiContext& ui, Request& req) {
  Response fout;
  auto d = lees_product(app, ui, req, fout);
  if (!d) return fout;
  const auto& p = d->product;
  DeleteConfirmation b;
  b.titel = "Product verwijderen";
  b.wat =
      "het product " + p.code + " (" + p.naam + ") uit de catalogus van " + std::to_string(p.jaar);
  b.gegevens = {{"Code", p.code},
                {"Naam", p.naam},
                {"Taakveld", p.taakveld},
                {"Afrekenwijze", std::string(label(p.afrekenwijze))}};
  b.actie = product_href(p.id) + "/verwijderen";
  b.versie = p.versie;
  b.annuleren = catalogus_href(p.jaar);
  b.actief = kMenuRegio;
  b.kruimelpad = {{kMenuRegio, "Regio"},
                  {catalogus_href(p.jaar), "Productcatalogus " + std::to_string(p.jaar)},
                  {product_href(p.id), p.naam}};
  return delete_confirmation_page(app, ui, req, b);
}

Response product_verwijderen(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  auto versie = formulier_versie(req);
  if (!id || !versie) return error_page(app, ui, req, Error::not_found(), kCatalogus);
  auto& service = *app.services.catalogus;
  auto p = service.product(ui.ctx, *id);
  const std::string terug = p.ok() ? catalogus_href(p->jaar) : std::string(kCatalogus);
  auto weg = service.delete_product(ui.ctx, *id, *versie);
  if (weg.ok()) return see_other(terug + "&melding=product_verwijderd");
  SaveFailure f;
  f.terug_href = terug;
  f.stale_href = product_href(*id) + "/verwijderen";
  return after_failed_save(app, ui, req, weg.error(), f);
}

// GET /regio/catalogus/jaren/nieuw; with `invoer` and `error` after a failed POST.
Response jaar_formulier(const App& app, const UiContext& ui, const Request& req, Fields invoer,
                        const Error* error) {
  auto c = app.services.catalogus->catalogus(ui.ctx, std::nullopt);
  if (!c.ok()) return error_page(app, ui, req, c.error(), kCatalogus);
  std::vector<Optie> bronnen;
  for (const auto& j : c->jaren) {
    bronnen.push_back({std::to_string(j.jaar), std::to_string(j.jaar) + " (" +
                                                   std::to_string(j.producten) + " producten)"});
  }
  if (invoer.empty() && !c->jaren.empty()) {
    invoer = {{"vanJaar", std::to_string(c->jaren.front().jaar)},
              {"jaar", std::to_string(c->jaren.front().jaar + 1)}};
  }
  const std::string kop = "Catalogus naar een nieuw jaar kopiëren";
  FormView form{kop,
                "Een nieuw jaar begint als kopie van een bestaand jaar: alle producten en "
                "verdeelsleutels gaan mee en zijn daarna per product te wijzigen. Het nieuwe jaar "
                "heeft nog geen producten.",
                std::string(kCatalogus) + "/jaren",
                "Kopiëren",
                kCatalogus,
                std::nullopt,
                ""};
  std::vector<FieldsetSpec> spec = {
      {"Kopie",
       {{"vanJaar", "Over te nemen jaar", "select", true, bronnen},
        {"jaar", "Nieuw jaar", "text", true, {}, "Zoals 2028.", true, "numeric"}}}};
  Layout layout{
      kop, kMenuRegio, {{kMenuRegio, "Regio"}, {kCatalogus, "Productcatalogus"}, {"", kop}}};
  return form_page(app, ui, req, layout, form, spec, invoer, error);
}

Response jaar_nieuw(const App& app, const UiContext& ui, Request& req) {
  if (auto e = geen_catalogusformulier(ui)) return error_page(app, ui, req, *e, kCatalogus);
  return jaar_formulier(app, ui, req, {}, nullptr);
}

// POST /regio/catalogus/jaren
Response jaar_kopieren(const App& app, const UiContext& ui, Request& req) {
  auto invoer = formulier_velden(req);
  auto saved = app.services.catalogus->jaar_kopieren(ui.ctx, invoer);
  if (saved.ok()) {
    return see_other(catalogus_href(saved->jaar) + "&melding=catalogusjaar_gekopieerd");
  }
  SaveFailure f;
  f.terug_href = kCatalogus;
  f.on_invalid = [&](const Error& e) { return jaar_formulier(app, ui, req, invoer, &e); };
  return after_failed_save(app, ui, req, saved.error(), f);
}

}  // namespace

void add_product_ui(UiRoutes& r) {
  r.add_page("/regio/catalogus/producten/nieuw", product_nieuw);
  r.add_form("/regio/catalogus/producten", product_toevoegen);
  r.add_page("/regio/catalogus/producten/{id}", product_pagina);
  r.add_form("/regio/catalogus/producten/{id}", product_opslaan);
  r.add_page("/regio/catalogus/producten/{id}/verwijderen", product_verwijderen_pagina);
  r.add_form("/regio/catalogus/producten/{id}/verwijderen", product_verwijderen);
  r.add_page("/regio/catalogus/jaren/nieuw", jaar_nieuw);
  r.add_form("/regio/catalogus/jaren", jaar_kopieren);
}

}  // namespace regie::web::ui

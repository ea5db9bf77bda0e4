// The catalogue upload (XLSX or CSV) in the web UI (UP-3): the same all-or-nothing import as
// `regie import producten` (CatalogusService::importeren), from a form with a file input that
// works without JavaScript. A bad file names every line and column with its reason and saves
// nothing; "alleen controleren" shows what the import would do. For the keepers of the
// catalogue.
#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/text.hpp"
#include "web/messages.hpp"
#include "web/ui/formulier.hpp"
#include "web/ui/ui_routes.hpp"
#include "web/ui/views.hpp"

namespace regie::web::ui {
namespace {

constexpr const char* kImport = "/regio/catalogus/import";

std::string aantal(std::int64_t n, const char* een, const char* meer) {
  return std::to_string(n) + " " + (n == 1 ? een : meer);
}

// The page: the form with `invoer` (the year and the checkbox; a file is never shown back), the
// errors of a refused file or the report of a read one.
Response import_pagina(const App& app, const UiContext& ui, const Request& req,
                       const Fields& invoer, const Error* error,
                       const service::ImportVerslag* verslag) {
  auto fouten = fout_teksten(error);
  std::vector<Veld> velden = {
      {"jaar", "Jaar", "text", true, "Het jaar van de catalogus, zoals 2028.", {}, true},
      {"bestand", "Bestand", "file", true, "Een Excel-werkboek (.xlsx) of CSV, met een kopregel."}};
  nlohmann::json view = {{"csrf", ui.csrf}, {"proef", field(invoer, "proef").has_value()}};
  nlohmann::json veld_views = nlohmann::json::array();
  for (const auto& v : velden) {
    auto vv = veld_view(v, "veld-" + v.naam, invoer, fouten);
    if (v.naam == "jaar") vv["inputmode"] = "numeric";
    veld_views.push_back(vv);
  }
  view["velden"] = veld_views;
  int status = 200;
  if (error) {
    // Every error in the file's order: "Regel 7, kolom normuren: …".
    nlohmann::json lijst = nlohmann::json::array();
    for (const auto& f : error->fields) {
      lijst.push_back({{"label", met_hoofdletter(veldnaam(f.field))}, {"fout", tekst(f.key)}});
    }
    if (error->fields.empty()) lijst.push_back({{"label", "Bestand"}, {"fout", tekst(error->key)}});
    view["fouten_samenvatting"] = true;
    view["fouten"] = lijst;
    status = http_status(error->code);
  }
  if (verslag) {
    const std::string jaar = std::to_string(verslag->jaar);
    std::string samenvatting = aantal(verslag->nieuw, "nieuw product", "nieuwe producten") + ", " +
                               aantal(verslag->gewijzigd, "gewijzigd", "gewijzigd") + ", " +
                               aantal(verslag->ongewijzigd, "ongewijzigd", "ongewijzigd");
    if (verslag->niet_in_bestand > 0) {
      samenvatting += "; " + aantal(verslag->niet_in_bestand, "product staat", "producten staan") +
                      " niet in het bestand en " +
                      (verslag->niet_in_bestand == 1 ? "blijft" : "blijven") + " staan";
    }
    view["verslag"] = {
        {"kop", verslag->proef ? "Gecontroleerd: het bestand is in orde; er is niets opgeslagen"
                               : "De catalogus van " + jaar + " is ingelezen"},
        {"tekst", samenvatting + "."},
        {"jaar", jaar},
        {"catalogus_href", "/regio/catalogus?jaar=" + jaar}};
  }
  Layout layout{"Catalogus importeren",
                kMenuRegio,
                {{kMenuRegio, "Regio"},
                 {"/regio/catalogus", "Productcatalogus"},
                 {"", "Catalogus importeren"}},
                status};
  return frame_page(app, &ui, req, layout, render("catalogus_import", view));
}

// GET /regio/catalogus/import
Response import_formulier(const App& app, const UiContext& ui, Request& req) {
  if (!programma::mag_catalogus_wijzigen(ui.ctx.actor)) {
    return error_page(app, ui, req, Error::forbidden(), "/regio/catalogus");
  }
  auto c = app.services.catalogus->catalogus(ui.ctx, std::nullopt);
  if (!c.ok()) return error_page(app, ui, req, c.error(), "/regio/catalogus");
  // The newest year, or the one after it when its programme is vastgesteld (UP-4: closed).
  const std::int32_t jaar = c->vastgesteld ? c->jaar + 1 : c->jaar;
  return import_pagina(app, ui, req, {{"jaar", std::to_string(jaar)}}, nullptr, nullptr);
}

// POST /regio/catalogus/import (multipart/form-data: jaar, bestand, proef)
Response importeren(const App& app, const UiContext& ui, Request& req) {
  auto invoer = formulier_velden(req);
  const std::string bestand = field(invoer, "bestand").value_or("");
  invoer.erase("bestand");  // the form never shows the file back
  const auto jaar = parse_int64(field(invoer, "jaar").value_or(""));
  std::vector<FieldError> fouten;
  if (!jaar)
    fouten.push_back({"jaar", field(invoer, "jaar") ? "fout.geen_geheel_getal" : "fout.verplicht"});
  if (bestand.empty()) fouten.push_back({"bestand", "fout.bestand_leeg"});
  if (!fouten.empty()) {
    if (!programma::mag_catalogus_wijzigen(ui.ctx.actor)) {
      return error_page(app, ui, req, Error::forbidden(), "/regio/catalogus");
    }
    auto e = Error::invalid(std::move(fouten));
    return import_pagina(app, ui, req, invoer, &e, nullptr);
  }
  const bool proef = field(invoer, "proef").has_value();
  auto verslag = app.services.catalogus->importeren(
      ui.ctx, static_cast<std::int32_t>(std::clamp<std::int64_t>(*jaar, 0, 9999)), bestand, proef);
  if (verslag.ok()) return import_pagina(app, ui, req, invoer, nullptr, &*verslag);
  const auto code = verslag.error().code;
  if (code == ErrorCode::kInvalid || code == ErrorCode::kConflict) {
    return import_pagina(app, ui, req, invoer, &verslag.error(), nullptr);
  }
  return error_page(app, ui, req, verslag.error(), kImport);
}

}  // namespace

void add_catalogus_import_ui(UiRoutes& r) {
  r.add_page(kImport, import_formulier);
  r.add_form(kImport, importeren);
}

}  // namespace regie::web::ui

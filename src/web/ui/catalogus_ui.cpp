// The producten- en dienstencatalogus in the web UI (UP-3): the products of a year with their
// afrekenwijze, norm hours, uurtarief and price per unit, filtered by taakveld and sortable; the
// year's verdeelsleutels with each deelnemer's share; the catalogue as CSV for Excel.
#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

#include "core/text.hpp"
#include "domain/programma/catalogus_csv.hpp"
#include "web/messages.hpp"
#include "web/ui/lijst.hpp"
#include "web/ui/ui_routes.hpp"
#include "web/ui/views.hpp"

namespace regie::web::ui {

using json = nlohmann::json;

namespace {

using programma::Product;

// ?jaar= of the query when it is a year; nullopt otherwise (the service picks the newest).
std::optional<std::int32_t> jaar_uit(const std::map<std::string, std::string>& q) {
  auto it = q.find("jaar");
  if (it == q.end()) return std::nullopt;
  return programma::catalogusjaar(it->second);
}

std::string bedrag_of_streep(std::int64_t cents) {
  return cents == 0 ? std::string("–") : format_bedrag_nl(cents);
}

std::string sleutel_tekst(const Product& p) {
  return p.verdeelsleutel.empty() ? std::string("–") : p.verdeelsleutel;
}

void sorteer(std::vector<Product>& producten, const std::string& veld, SortRichting richting) {
  auto sleutel = [&](const Product& p) -> std::string {
    if (veld == "naam") return p.naam;
    if (veld == "taakveld") return p.taakveld + " " + p.code;
    if (veld == "afrekenwijze") return std::string(code(p.afrekenwijze)) + " " + p.code;
    return p.code;
  };
  std::stable_sort(producten.begin(), producten.end(), [&](const Product& a, const Product& b) {
    return richting == SortRichting::kAflopend ? sleutel(b) < sleutel(a) : sleutel(a) < sleutel(b);
  });
}

Response catalogus(const App& app, const UiContext& ui, Request& req) {
  auto q = req.query_params();
  auto c = app.services.catalogus->catalogus(ui.ctx, jaar_uit(q));
  if (!c.ok()) return error_page(app, &ui, req, c.error());
  const std::string jaar = std::to_string(c->jaar);

  std::vector<Product> producten;
  std::set<std::string> taakvelden(programma::standaard_taakvelden().begin(),
                                   programma::standaard_taakvelden().end());
  for (const auto& p : c->producten) {
    taakvelden.insert(p.taakveld);
    if (q["taakveld"].empty() || q["taakveld"] == p.taakveld) producten.push_back(p);
  }
  std::string veld;
  const auto richting = richting_uit(q, veld);
  sorteer(producten, veld.empty() ? "taakveld" : veld, richting);

  ListView list;
  list.kop = "Productcatalogus " + jaar;
  list.intro =
      "De producten en diensten van de omgevingsdienst in " + jaar +
      ", met hun afrekenwijze: kental (normuren × uurtarief per stuk), regionaal (gedeeld en met "
      "een verdeelsleutel over de deelnemers verdeeld) of maatwerk (uren en bedrag per deelnemer "
      "afgesproken). De begroting per deelnemer wordt hieruit afgeleid.";
  list.pad = "/regio/catalogus";
  // The forms (product_ui.cpp) for the keepers, while the year's programme is not vastgesteld:
  // the code links to the product's form (a column of links more would not fit the page).
  const bool bewerkbaar = c->mag_wijzigen && !c->vastgesteld;
  if (c->vastgesteld) {
    list.intro += " Het uitvoeringsprogramma van " + jaar +
                  " is vastgesteld: de catalogus van dit jaar blijft zoals hij is.";
  }
  if (bewerkbaar) {
    list.nieuw_href = "/regio/catalogus/producten/nieuw?jaar=" + jaar;
    list.nieuw_label = "Product toevoegen";
  }
  list.kolommen = {{"Code", "code"},
                   {"Naam", "naam"},
                   {"Taakveld", "taakveld"},
                   {"Taak", ""},
                   {"Afrekenwijze", "afrekenwijze"},
                   {"Normuren per stuk", "", true},
                   {"Uurtarief", "", true},
                   {"Prijs per stuk", "", true},
                   {"Verdeelsleutel", ""}};
  const std::int64_t pagina = pagina_uit(q);
  const auto begin = static_cast<std::size_t>(std::min<std::int64_t>(
      (pagina - 1) * kPaginaGrootte, static_cast<std::int64_t>(producten.size())));
  const auto end = std::min(producten.size(), begin + static_cast<std::size_t>(kPaginaGrootte));
  for (std::size_t i = begin; i < end; ++i) {
    const auto& p = producten[i];
    const std::string href = "/regio/catalogus/producten/" + std::to_string(p.id);
    json code_cel = cel(p.code, bewerkbaar ? href : "");
    code_cel["code"] = true;
    json cellen =
        json::array({code_cel, cel(p.naam), cel(p.taakveld), cel(std::string(label(p.taak))),
                     cel(std::string(label(p.afrekenwijze))),
                     cel(p.normuren ? format_honderdsten(p.normuren) : std::string("–"), "", true),
                     cel(bedrag_of_streep(p.uurtarief_cents), "", true),
                     cel(bedrag_of_streep(programma::prijs_per_eenheid_cents(p)), "", true),
                     cel(sleutel_tekst(p))});
    list.rijen.push_back({{"cellen", cellen}});
  }
  list.totaal = static_cast<std::int64_t>(producten.size());
  list.pagina = pagina;
  std::vector<Optie> jaren;
  jaren.reserve(c->jaren.size() + 1);
  for (const auto& j : c->jaren) {
    jaren.push_back({std::to_string(j.jaar),
                     std::to_string(j.jaar) + " (" + std::to_string(j.producten) + " producten)"});
  }
  if (jaren.empty()) jaren.push_back({jaar, jaar});
  std::vector<Optie> velden;
  velden.reserve(taakvelden.size());
  for (const auto& t : taakvelden) velden.push_back({t, t});
  std::map<std::string, std::string> filter_waarden = q;
  filter_waarden["jaar"] = jaar;
  list.filters = json::array({filter_veld({"jaar", "Jaar", "select", false, jaren}, filter_waarden),
                              filter_veld({"taakveld", "Taakveld", "select", false, velden}, q)});

  // The year's keys: each deelnemer's weight and share; the regio's own keys link to their form.
  std::map<Id, std::string> namen;
  for (const auto& d : c->deelnemers) namen[d.id] = d.naam;
  json sleutels = json::array();
  for (const auto& k : c->sleutels) {
    std::int64_t totaal = 0;
    for (const auto& a : k.aandelen) totaal += a.gewicht;
    const bool percentage = k.soort == programma::SleutelSoort::kPercentage;
    json aandelen = json::array();
    for (const auto& a : k.aandelen) {
      aandelen.push_back(
          {{"deelnemer",
            namen.count(a.organisatie_id) ? namen[a.organisatie_id] : std::string("–")},
           {"href", "/organisaties/" + std::to_string(a.organisatie_id)},
           {"gewicht", percentage ? format_procent(a.gewicht, totaal) : format_getal_nl(a.gewicht)},
           {"aandeel", format_procent(a.gewicht, totaal)}});
    }
    std::string gewicht_label = "Inwoners";
    if (percentage) gewicht_label = "Vast percentage";
    if (k.soort == programma::SleutelSoort::kGewicht) {
      gewicht_label = k.eenheid.empty() ? std::string("Gewicht") : met_hoofdletter(k.eenheid);
    }
    // "Inwonertal (uit het register)", "Vast aandeel (sleutel vast-aandeel, vast percentage per
    // deelnemer)": a product names its key by code.
    const std::string bijschrift = programma::is_eigen_sleutel(k)
                                       ? "sleutel " + k.code + ", " + klein(label(k.soort))
                                       : std::string("uit het register");
    json sleutel = {{"naam", k.naam},
                    {"bijschrift", bijschrift},
                    {"gewicht_label", gewicht_label},
                    {"aandelen", aandelen}};
    if (bewerkbaar && programma::is_eigen_sleutel(k)) {
      sleutel["wijzig_href"] = "/regio/catalogus/sleutels/" + std::to_string(k.id);
    }
    sleutels.push_back(std::move(sleutel));
  }
  json sleutel_view = {
      {"jaar", jaar},
      {"heeft_sleutels", !sleutels.empty()},
      {"sleutels", sleutels},
      {"csv_href", "/regio/catalogus/" + jaar + "/csv"},
      {"kopieer_href", c->mag_wijzigen ? "/regio/catalogus/jaren/nieuw" : ""},
      {"sleutel_nieuw_href", bewerkbaar ? "/regio/catalogus/sleutels/nieuw?jaar=" + jaar : ""},
      {"import_href", c->mag_wijzigen ? "/regio/catalogus/import" : ""}};
  Layout layout{"Productcatalogus", "/regio", {{"/regio", "Regio"}, {"", "Productcatalogus"}}};
  return frame_page(app, &ui, req, layout,
                    render_list(req, list) + render("verdeelsleutels", sleutel_view));
}

// The catalogue of a year as the CSV the import reads back (UTF-8 with BOM, for Excel).
Response catalogus_csv(const App& app, const UiContext& ui, Request& req) {
  auto jaar = programma::catalogusjaar(req.params["jaar"]);
  if (!jaar) return error_page(app, &ui, req, Error::not_found());
  auto c = app.services.catalogus->catalogus(ui.ctx, *jaar);
  if (!c.ok()) return error_page(app, &ui, req, c.error());
  Response r;
  r.body = programma::schrijf_producten_csv(c->producten);
  r.set_header("Content-Type", "text/csv; charset=utf-8");
  r.set_header("Content-Disposition",
               "attachment; filename=\"productcatalogus-" + std::to_string(*jaar) + ".csv\"");
  return r;
}

// The same as an Excel workbook, which the import also reads back.
Response catalogus_xlsx(const App& app, const UiContext& ui, Request& req) {
  auto jaar = programma::catalogusjaar(req.params["jaar"]);
  if (!jaar) return error_page(app, &ui, req, Error::not_found());
  auto c = app.services.catalogus->catalogus(ui.ctx, *jaar);
  if (!c.ok()) return error_page(app, &ui, req, c.error());
  auto bytes = schrijf_xlsx(programma::producten_werkboek(c->producten, *jaar));
  if (!bytes.ok()) return error_page(app, &ui, req, bytes.error());
  Response r;
  r.body = std::move(bytes).value();
  r.set_header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  r.set_header("Content-Disposition",
               "attachment; filename=\"productcatalogus-" + std::to_string(*jaar) + ".xlsx\"");
  return r;
}

}  // namespace

void add_catalogus_ui(UiRoutes& r) {
  r.add_page("/regio/catalogus", catalogus);
  r.add_page("/regio/catalogus/{jaar}/csv", catalogus_csv);
  r.add_page("/regio/catalogus/{jaar}/xlsx", catalogus_xlsx);
}

}  // namespace regie::web::ui

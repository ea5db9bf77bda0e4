#include "web/ui/beleidsdoel_ui.hpp"

#include <nlohmann/json.hpp>

#include "core/text.hpp"
#include "domain/opdrachten/beleidsdoel.hpp"
#include "service/clock.hpp"
#include "web/messages.hpp"
#include "web/ui/beleidscyclus_delen.hpp"
#include "web/ui/opdracht_delen.hpp"
#include "web/ui/page.hpp"
#include "web/ui/ui_routes.hpp"
#include "web/ui/veld.hpp"
#include "web/ui/views.hpp"

namespace regie::web::ui {

using json = nlohmann::json;

namespace {

// "Uitvoerings- en handhavingsstrategie, ronde 2027-2030, vastgesteld door de colleges van de
// deelnemers op 08-10-2026" or "…, nog niet vastgesteld".
std::string product_omschrijving(const service::Beleidsproduct& p) {
  std::string out =
      std::string(beleidscyclus::label(p.document.soort)) + ", ronde " + p.document.periode;
  if (p.document.vastgesteld_door && p.document.vastgesteld_op) {
    return out + ", vastgesteld door " +
           std::string(beleidscyclus::label(*p.document.vastgesteld_door)) + " op " +
           p.document.vastgesteld_op->nl();
  }
  return out + ", nog niet vastgesteld";
}

json velden(const service::Beleidsdoelen& b, const Fields& waarden, const Error* fout) {
  const auto fouten = fout_teksten(fout);
  std::vector<Optie> producten;
  producten.reserve(b.keuzes.size());
  for (const auto& p : b.keuzes) {
    producten.push_back(
        {std::to_string(p.document.id), p.document.titel + " (" + product_omschrijving(p) + ")"});
  }
  Veld keuzes{"beleidskeuzes",
              "Welke doelen en beleidskeuzes",
              "textarea",
              true,
              "Noem de doelen, prioriteiten of keuzes uit dit product die de opdracht dient.",
              {}};
  keuzes.rijen = kTekstRijen;
  return json::array({veld_view(Veld{"documentId", "Beleidsproduct", "select", true,
                                     "De risicoanalyse, de strategie of het uitvoeringsprogramma "
                                     "van de beleidscyclus.",
                                     producten},
                                "beleidsdoel-documentId", waarden, fouten),
                      veld_view(keuzes, "beleidsdoel-beleidskeuzes", waarden, fouten)});
}

std::string sectie(const UiContext& ui, Id opdracht_id, const service::Beleidsdoelen& b,
                   bool afdrukken, const Fields& waarden, const Error* fout) {
  json doelen = json::array();
  for (const auto& r : b.doelen) {
    json doel = {{"id", std::to_string(r.doel.id)},
                 {"titel", r.product.document.titel},
                 {"href", stap_href(r.product.stap.id)},
                 {"product", product_omschrijving(r.product)},
                 {"beleidskeuzes", r.doel.beleidskeuzes},
                 {"door", r.doel.door + ", " + service::tijdstip_nl(r.doel.op)}};
    if (!afdrukken && b.mag_wijzigen) {
      doel["verwijderen"] = opdracht_href(opdracht_id) + "/beleidsdoelen/" +
                            std::to_string(r.doel.id) + "/verwijderen";
    }
    doelen.push_back(doel);
  }
  json view = {{"csrf", ui.csrf}, {"doelen", doelen}, {"heeft_doelen", !doelen.empty()}};
  if (!afdrukken && b.mag_wijzigen) {
    if (b.keuzes.empty()) {
      view["geen_keuzes"] = doelen.empty()
                                ? "De beleidscyclus heeft nog geen risicoanalyse, strategie of "
                                  "uitvoeringsprogramma om naar te verwijzen."
                                : "Alle beleidsproducten van de beleidscyclus zijn genoemd.";
    } else {
      view["noemen"] = {{"actie", opdracht_href(opdracht_id) + "/beleidsdoelen"},
                        {"velden", velden(b, waarden, fout)},
                        {"fout", fout != nullptr}};
    }
  }
  return render("beleidsdoelen", view);
}

// POST /opdrachten/{id}/beleidsdoelen
Response noemen(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, ui, req, Error::not_found(), kMenuOpdrachten);
  auto invoer = formulier_velden(req);
  auto doel = app.services.beleidsdoelen->koppelen(ui.ctx, *id, invoer);
  if (doel.ok()) {
    return see_other(opdracht_href(*id) + "?melding=beleidsdoel_genoemd#beleidsdoelen");
  }
  SaveFailure failure;
  failure.terug_href = opdracht_href(*id);
  failure.on_invalid = [&](const Error& error) -> Response {
    auto d = app.services.opdrachten->opdracht(ui.ctx, *id);
    if (!d.ok()) return error_page(app, ui, req, d.error(), kMenuOpdrachten);
    auto lijst = app.services.beleidsdoelen->beleidsdoelen(ui.ctx, *id);
    if (!lijst.ok()) return error_page(app, ui, req, lijst.error(), opdracht_href(*id));
    const std::string kop = "Beleidsdoel noemen";
    std::string inhoud = "<h1 class=\"utrecht-heading-1\">" + kop + "</h1>" +
                         sectie(ui, *id, *lijst, false, invoer, &error);
    return frame_page(
        app, ui, req, kop, kMenuOpdrachten,
        {{kMenuOpdrachten, "Opdrachten"}, {opdracht_href(*id), d->opdracht.titel}, {"", kop}}, 400,
        inhoud);
  };
  return after_failed_save(app, ui, req, doel.error(), failure);
}

// POST /opdrachten/{id}/beleidsdoelen/{beleidsdoelId}/verwijderen
Response niet_meer_noemen(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  auto doel_id = path_id(req, "beleidsdoelId");
  if (!id || !doel_id) return error_page(app, ui, req, Error::not_found(), kMenuOpdrachten);
  auto weg = app.services.beleidsdoelen->ontkoppelen(ui.ctx, *id, *doel_id);
  if (weg.ok()) {
    return see_other(opdracht_href(*id) + "?melding=beleidsdoel_verwijderd#beleidsdoelen");
  }
  return error_page(app, ui, req, weg.error(), opdracht_href(*id));
}

}  // namespace

std::string beleidsdoel_sectie(const App& app, const UiContext& ui,
                               const service::OpdrachtDetail& detail, bool afdrukken) {
  auto b = app.services.beleidsdoelen->beleidsdoelen(ui.ctx, detail.opdracht.id);
  if (!b.ok()) return "<p class=\"utrecht-paragraph\">" + tekst(b.error().key) + "</p>";
  return sectie(ui, detail.opdracht.id, *b, afdrukken, {}, nullptr);
}

std::string dekking_sectie(const App& app, const UiContext& ui,
                           const std::vector<beleidscyclus::Document>& documenten) {
  json producten = json::array();
  for (const auto& d : documenten) {
    if (!opdrachten::is_beleidsproduct(d.soort)) continue;
    auto dienend = app.services.beleidsdoelen->dienende_opdrachten(ui.ctx, d.id);
    if (!dienend.ok())
      return "<p class=\"utrecht-paragraph\">" + tekst(dienend.error().key) + "</p>";
    json opdrachten = json::array();
    for (const auto& x : *dienend) {
      opdrachten.push_back({{"titel", x.opdracht.titel},
                            {"href", opdracht_href(x.opdracht.id)},
                            {"status", std::string(opdrachten::label(x.opdracht.status))},
                            {"beleidskeuzes", x.doel.beleidskeuzes}});
    }
    producten.push_back({{"titel", d.titel + " (ronde " + d.periode + ")"},
                         {"opdrachten", opdrachten},
                         {"heeft_opdrachten", !opdrachten.empty()}});
  }
  if (producten.empty()) return "";
  return render("beleidsdekking", {{"producten", producten}});
}

void add_beleidsdoel_ui(UiRoutes& r) {
  r.add_form("/opdrachten/{id}/beleidsdoelen", noemen);
  r.add_form("/opdrachten/{id}/beleidsdoelen/{beleidsdoelId}/verwijderen", niet_meer_noemen);
}

}  // namespace regie::web::ui

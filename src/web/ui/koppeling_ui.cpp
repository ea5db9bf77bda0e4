#include "web/ui/koppeling_ui.hpp"

#include <nlohmann/json.hpp>

#include "core/text.hpp"
#include "domain/programma/koppeling.hpp"
#include "service/clock.hpp"
#include "web/messages.hpp"
#include "web/ui/opdracht_delen.hpp"
#include "web/ui/page.hpp"
#include "web/ui/programma_delen.hpp"
#include "web/ui/ui_routes.hpp"
#include "web/ui/veld.hpp"
#include "web/ui/views.hpp"

namespace regie::web::ui {

using json = nlohmann::json;

namespace {

using programma::Regelsleutel;

std::string formulier_href(Id opdracht_id) {
  return opdracht_href(opdracht_id) + "/programmaregels";
}

std::string deelnemer_naam(const service::OpdrachtProgrammaregels& r, Id id) {
  return deelnemer_tekst(r.namen, id);
}

std::string doelen_tekst(const service::OpdrachtProgrammaregels& r,
                         const std::vector<std::int64_t>& nummers) {
  std::vector<std::string> titels;
  for (auto n : nummers) {
    for (const auto& d : r.programma->doelen) {
      if (d.nummer == n) titels.push_back(std::to_string(n) + ". " + d.titel);
    }
  }
  return titels.empty() ? "—" : opsomming(titels);
}

json regel_view(const service::OpdrachtProgrammaregels& r, const programma::Regelkeuze& k) {
  return {{"id", programma::veldnaam(k.sleutel)},
          {"product", k.sleutel.productcode + " " + k.productnaam},
          {"deelnemer", deelnemer_naam(r, k.sleutel.deelnemer_id)},
          {"soort", std::string(programma::label(k.soort))},
          {"aantal", k.aantal ? format_getal_nl(k.aantal) : std::string("—")},
          {"uren", format_honderdsten(k.uren)},
          {"bedrag", format_bedrag_nl(k.bedrag_cents)},
          {"doelen", doelen_tekst(r, k.doelen)}};
}

// OPD-4: the other opdrachten that carry out this line too (none: empty); the ones the user may
// not see are named without a link.
json andere_view(const service::OpdrachtProgrammaregels& r, const Regelsleutel& sleutel) {
  json out = json::array();
  auto it = r.ook_gekozen.find(sleutel);
  if (it == r.ook_gekozen.end()) return out;
  for (std::size_t i = 0; i < it->second.size(); ++i) {
    const auto& a = it->second[i];
    json v = {{"titel", a.zichtbaar ? a.titel : std::string("een opdracht die u niet kunt inzien")},
              {"laatste", i + 1 == it->second.size()}};
    if (a.zichtbaar) v["href"] = opdracht_href(a.id);
    out.push_back(std::move(v));
  }
  return out;
}

// "de opdracht noemt € 12.000,00 meer dan de programmaregels", "… minder …", or "gelijk …".
std::string verschil_tekst(std::int64_t verschil, bool bedrag) {
  if (verschil == 0) return "gelijk aan de programmaregels";
  auto maat = [&](std::int64_t v) {
    return bedrag ? format_bedrag_nl(v) : format_honderdsten(v) + " uur";
  };
  return verschil > 0 ? "de opdracht noemt " + maat(verschil) + " meer dan de programmaregels"
                      : "de opdracht noemt " + maat(-verschil) + " minder dan de programmaregels";
}

json overzicht_view(const service::OpdrachtProgrammaregels& r) {
  const auto& d = r.dekking;
  json regels = json::array();
  for (const auto& k : d.regels) regels.push_back(regel_view(r, k));
  json ontbrekend = json::array();
  for (const auto& s : d.ontbrekend) {
    ontbrekend.push_back(s.productcode + " voor " + deelnemer_naam(r, s.deelnemer_id));
  }
  json gedeeld = json::array();
  for (const auto& k : d.regels) {
    json andere = andere_view(r, k.sleutel);
    if (andere.empty()) continue;
    gedeeld.push_back({{"regel", k.sleutel.productcode + " " + k.productnaam + " voor " +
                                     deelnemer_naam(r, k.sleutel.deelnemer_id)},
                       {"andere", andere}});
  }
  json doelen = json::array();
  for (const auto& doel : d.doelen) {
    doelen.push_back({{"titel", std::to_string(doel.nummer) + ". " + doel.titel},
                      {"effect", doel.beoogd_effect}});
  }
  const bool maatwerk = r.opdracht.soort == opdrachten::Soort::kMaatwerk;
  json view = {{"jaar", std::to_string(r.opdracht.jaar)},
               {"opdracht_label", maatwerk ? "Opdracht (extra uren en extra financiering)"
                                           : "Opdracht (bemensing en financiën)"},
               {"heeft_programma", r.programma.has_value()},
               {"regels", regels},
               {"heeft_regels", !regels.empty()},
               {"ontbrekend", ontbrekend},
               {"heeft_ontbrekend", !ontbrekend.empty()},
               {"gedeeld", gedeeld},
               {"heeft_gedeeld", !gedeeld.empty()},
               {"doelen", doelen},
               {"heeft_doelen", !doelen.empty()},
               {"plan_uren", format_honderdsten(d.programma_uren)},
               {"plan_bedrag", format_bedrag_nl(d.programma_cents)},
               {"opdracht_uren", format_honderdsten(d.opdracht_uren)},
               {"opdracht_bedrag", format_bedrag_nl(d.opdracht_cents)},
               {"verschil_uren", verschil_tekst(d.verschil_uren, false)},
               {"verschil_bedrag", verschil_tekst(d.verschil_cents, true)},
               {"uren_wijkt_af", d.verschil_uren != 0},
               {"bedrag_wijkt_af", d.verschil_cents != 0}};
  if (r.programma) {
    view["programma"] = {{"titel", r.programma->titel},
                         {"href", programma_href(r.programma->id)},
                         {"status", klein(programma::label(r.programma->status))}};
  }
  if (!r.door.empty()) view["door"] = r.door + ", " + service::tijdstip_nl(r.op);
  return view;
}

// The form: per taakveld a fieldset with a checkbox per line the opdracht may carry out.
json formulier_view(const UiContext& ui, const service::OpdrachtProgrammaregels& r,
                    const std::vector<Regelsleutel>& gekozen, std::int64_t versie,
                    const Error* fout) {
  const auto fouten = fout_teksten(fout);
  json groepen = json::array();
  for (const auto& k : r.keuzes) {
    if (groepen.empty() || groepen.back()["taakveld"] != k.taakveld) {
      groepen.push_back({{"taakveld", k.taakveld},
                         {"legend", met_hoofdletter(k.taakveld)},
                         {"regels", json::array()}});
    }
    json regel = regel_view(r, k);
    regel["gekozen"] = std::find(gekozen.begin(), gekozen.end(), k.sleutel) != gekozen.end();
    regel["andere"] = andere_view(r, k.sleutel);
    regel["heeft_andere"] = !regel["andere"].empty();
    groepen.back()["regels"].push_back(regel);
  }
  json lijst = json::array();
  for (const auto& [veld, tekst_] : fouten) {
    auto s = programma::sleutel_uit_veldnaam(veld);
    lijst.push_back({{"id", veld},
                     {"label", s ? s->productcode + " voor " + deelnemer_naam(r, s->deelnemer_id)
                                 : std::string("Programmaregels")},
                     {"fout", tekst_}});
  }
  return {{"csrf", ui.csrf},
          {"actie", formulier_href(r.opdracht.id)},
          {"versie", std::to_string(versie)},
          {"groepen", groepen},
          {"heeft_keuzes", !groepen.empty()},
          {"fouten", lijst},
          {"heeft_fouten", !lijst.empty()},
          {"annuleren", opdracht_href(r.opdracht.id) + "#programmaregels"},
          {"collectief", r.opdracht.soort == opdrachten::Soort::kCollectief}};
}

Response formulier_pagina(const App& app, const UiContext& ui, const Request& req,
                          const service::OpdrachtProgrammaregels& r,
                          const std::vector<Regelsleutel>& gekozen, std::int64_t versie, int status,
                          const Error* fout, bool verouderd) {
  const std::string kop = "Programmaregels kiezen";
  json view = formulier_view(ui, r, gekozen, versie, fout);
  view["kop"] = kop;
  view["opdracht"] = r.opdracht.titel;
  view["overzicht"] = overzicht_view(r);
  view["verouderd"] = verouderd;
  return frame_page(app, ui, req, kop, kMenuOpdrachten,
                    {{kMenuOpdrachten, "Opdrachten"},
                     {opdracht_href(r.opdracht.id), r.opdracht.titel},
                     {"", kop}},
                    status, render("programmaregels_formulier", view));
}

// GET /opdrachten/{id}/programmaregels
Response kiezen(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, ui, req, Error::not_found(), kMenuOpdrachten);
  auto r = app.services.koppelingen->programmaregels(ui.ctx, *id);
  if (!r.ok()) return error_page(app, ui, req, r.error(), kMenuOpdrachten);
  if (!r->mag_wijzigen) return error_page(app, ui, req, Error::forbidden(), opdracht_href(*id));
  return formulier_pagina(app, ui, req, *r, r->gekozen, r->versie, 200, nullptr, false);
}

// POST /opdrachten/{id}/programmaregels
Response opslaan(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, ui, req, Error::not_found(), kMenuOpdrachten);
  auto invoer = formulier_velden(req);
  const auto gekozen = programma::gekozen_sleutels(invoer);
  const auto versie = formulier_versie(req).value_or(-1);
  auto saved = app.services.koppelingen->vervang(ui.ctx, *id, versie, gekozen);
  SaveFailure failure;
  failure.terug_href = opdracht_href(*id);
  auto opnieuw = [&](const Error* fout, bool verouderd) -> Response {
    auto r = app.services.koppelingen->programmaregels(ui.ctx, *id);
    if (!r.ok()) return error_page(app, ui, req, r.error(), kMenuOpdrachten);
    // Stale: the user's choice again on the newest version, so saving again is deliberate.
    return formulier_pagina(app, ui, req, *r, gekozen, r->versie, verouderd ? 409 : 400, fout,
                            verouderd);
  };
  failure.on_invalid = [&](const Error& error) { return opnieuw(&error, false); };
  failure.on_stale = [&]() { return opnieuw(nullptr, true); };
  return after_save(app, ui, req, saved,
                    opdracht_href(*id) + "?melding=programmaregels_opgeslagen#programmaregels",
                    failure);
}

}  // namespace

std::string koppeling_sectie(const App& app, const UiContext& ui,
                             const service::OpdrachtDetail& detail, bool afdrukken) {
  auto r = app.services.koppelingen->programmaregels(ui.ctx, detail.opdracht.id);
  if (!r.ok()) return "<p class=\"utrecht-paragraph\">" + tekst(r.error().key) + "</p>";
  json view = overzicht_view(*r);
  if (!afdrukken && r->mag_wijzigen && r->programma) {
    view["kiezen"] = formulier_href(detail.opdracht.id);
  }
  return render("programmaregels", view);
}

void add_koppeling_ui(UiRoutes& r) {
  r.add_page("/opdrachten/{id}/programmaregels", kiezen);
  r.add_form("/opdrachten/{id}/programmaregels", opslaan);
}

}  // namespace regie::web::ui

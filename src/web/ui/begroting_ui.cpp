// The begroting per deelnemer in the web UI (UP-2): what each deelnemer contributes to a
// programme, explained line by line with its totals per taakveld, collective and specific apart,
// the remainder cents of the regional shares and the year before beside it; a filter on one
// deelnemer; the same figures as CSV and XLSX.
#include <map>
#include <nlohmann/json.hpp>

#include "core/text.hpp"
#include "core/xlsx.hpp"
#include "domain/programma/begroting_export.hpp"
#include "web/ui/lijst.hpp"
#include "web/ui/programma_delen.hpp"
#include "web/ui/ui_routes.hpp"
#include "web/ui/views.hpp"

namespace regie::web::ui {

using json = nlohmann::json;

namespace {

std::string bedrag(std::int64_t cents) { return format_bedrag_nl(cents); }

// GET /regio/programma/{id}/begroting
Response begroting(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, ui, req, Error::not_found(), kProgrammaLijst);
  auto o = app.services.programmas->begroting(ui.ctx, *id);
  if (!o.ok()) return error_page(app, ui, req, o.error(), programma_href(*id));
  const auto& p = o->programma;
  const auto& b = o->begroting;
  std::map<Id, const programma::DeelnemerVergelijking*> vergelijking;
  for (const auto& v : o->vergelijking) vergelijking[v.organisatie_id] = &v;
  json view = {
      {"kop", "Begroting per deelnemer " + programma_jaren(p)},
      {"intro", "De bijdrage van elke deelnemer aan " + p.titel + " (" + programma_status_tekst(p) +
                    "), regel voor regel uit de programmaregels en de catalogus " +
                    std::to_string(p.jaar) +
                    ". De som over de deelnemers is het "
                    "totaal van het programma, tot op de cent."},
      {"restcenten", b.restcenten == 0
                         ? std::string("In deze begroting bleven geen centen over.")
                         : "In deze begroting gingen zo " + format_getal_nl(b.restcenten) +
                               (b.restcenten == 1 ? " restcent" : " restcenten") +
                               " naar een deelnemer; bij hun regel staat 'met 1 "
                               "restcent'."},
      {"csv_href", programma_href(p.id) + "/begroting/csv"},
      {"xlsx_href", programma_href(p.id) + "/begroting/xlsx"},
      {"collectief", bedrag(b.collectief_cents)},
      {"specifiek", bedrag(b.specifiek_cents)},
      {"totaal", bedrag(b.totaal_cents)},
      {"heeft_vorig_jaar", o->vorig_jaar.has_value()}};
  if (o->vorig_jaar) {
    view["vorig_jaar"] = std::to_string(o->vorig_jaar->jaar);
    std::int64_t vorig = 0;
    for (const auto& v : o->vergelijking) vorig += v.vorig_cents;
    view["vorig_totaal"] = bedrag(vorig);
  }
  // ?deelnemer= shows that deelnemer's section only; the overview stays whole.
  auto q = req.query_params();
  const auto gekozen = parse_int64(q["deelnemer"]);
  std::vector<Optie> opties;
  opties.reserve(b.deelnemers.size());
  for (const auto& d : b.deelnemers) opties.push_back({std::to_string(d.organisatie_id), d.naam});
  view["pad"] = programma_href(p.id) + "/begroting";
  view["filter"] =
      json::array({filter_veld({"deelnemer", "Deelnemer", "select", false, opties}, q)});
  json deelnemers = json::array();
  for (const auto& d : b.deelnemers) {
    json posten = json::array();
    for (const auto& post : d.posten) {
      posten.push_back({{"taakveld", post.taakveld},
                        {"product", post.productcode + " " + post.productnaam},
                        {"afrekenwijze", std::string(label(post.afrekenwijze))},
                        {"soort", std::string(label(post.soort))},
                        {"uitleg", programma::uitleg(post)},
                        {"bedrag", bedrag(post.bedrag_cents)}});
    }
    json per_taakveld = json::array();
    for (const auto& t : d.per_taakveld) {
      per_taakveld.push_back({{"taakveld", t.taakveld},
                              {"collectief", bedrag(t.collectief_cents)},
                              {"specifiek", bedrag(t.specifiek_cents)},
                              {"totaal", bedrag(t.collectief_cents + t.specifiek_cents)}});
    }
    json rij = {{"id", std::to_string(d.organisatie_id)},
                {"naam", d.naam},
                {"collectief", bedrag(d.collectief_cents)},
                {"specifiek", bedrag(d.specifiek_cents)},
                {"totaal", bedrag(d.totaal_cents)},
                {"posten", posten},
                {"heeft_posten", !posten.empty()},
                {"per_taakveld", per_taakveld},
                {"heeft_vergelijking", false},
                {"getoond", !gekozen || *gekozen == d.organisatie_id}};
    if (auto it = vergelijking.find(d.organisatie_id); it != vergelijking.end()) {
      rij["vorig"] = bedrag(it->second->vorig_cents);
      json regels = json::array();
      for (const auto& pv : it->second->posten) regels.push_back(programma::uitleg(pv));
      rij["vergelijking"] = regels;
      rij["heeft_vergelijking"] = !regels.empty();
    }
    deelnemers.push_back(rij);
  }
  view["deelnemers"] = deelnemers;
  const std::string kop = "Begroting per deelnemer";
  return frame_page(app, ui, req, kop + " " + programma_jaren(p), kMenuRegio,
                    programma_kruimels(&p, kop), 200, render("begroting", view));
}

// GET /regio/programma/{id}/begroting/csv and /xlsx: the same figures as the page.
Response begroting_bestand(const App& app, const UiContext& ui, Request& req, bool xlsx) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, ui, req, Error::not_found(), kProgrammaLijst);
  auto o = app.services.programmas->begroting(ui.ctx, *id);
  if (!o.ok()) return error_page(app, ui, req, o.error(), programma_href(*id));
  const std::string naam = "begroting-" + std::to_string(o->programma.jaar) + "-versie-" +
                           std::to_string(o->programma.versienummer);
  Response r;
  if (xlsx) {
    auto bytes = schrijf_xlsx(programma::begroting_werkboek(o->programma, o->begroting));
    if (!bytes.ok()) return error_page(app, ui, req, bytes.error(), programma_href(*id));
    r.body = std::move(bytes).value();
    r.set_header("Content-Type",
                 "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    r.set_header("Content-Disposition", "attachment; filename=\"" + naam + ".xlsx\"");
  } else {
    r.body = programma::schrijf_begroting_csv(o->begroting);
    r.set_header("Content-Type", "text/csv; charset=utf-8");
    r.set_header("Content-Disposition", "attachment; filename=\"" + naam + ".csv\"");
  }
  return r;
}

Response begroting_csv(const App& app, const UiContext& ui, Request& req) {
  return begroting_bestand(app, ui, req, false);
}
Response begroting_xlsx(const App& app, const UiContext& ui, Request& req) {
  return begroting_bestand(app, ui, req, true);
}

}  // namespace

void add_begroting_ui(UiRoutes& r) {
  r.add_page("/regio/programma/{id}/begroting", begroting);
  r.add_page("/regio/programma/{id}/begroting/csv", begroting_csv);
  r.add_page("/regio/programma/{id}/begroting/xlsx", begroting_xlsx);
}

}  // namespace regie::web::ui

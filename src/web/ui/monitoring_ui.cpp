// The monitoring dashboard in the web UI (MON-2, MON-3, MON-4; decision 47): it opens with the
// outcome — the programme's doelen with their beoogd effect and indicators — before any figure
// per gemeente; then plan versus realisatie with the year-end prognose, the tolerance band, a
// chart drawn on the server as accessible SVG (title, description, and the same figures in the
// table beside it), and the lines per regio, deelnemer, taakveld or product. Without JavaScript.
#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "core/text.hpp"
#include "domain/monitoring/bijsturing.hpp"
#include "domain/monitoring/bron.hpp"
#include "domain/monitoring/plan_realisatie.hpp"
#include "web/messages.hpp"
#include "web/ui/formulier.hpp"
#include "web/ui/lijst.hpp"
#include "web/ui/meting_ui.hpp"
#include "web/ui/monitoring_delen.hpp"
#include "web/ui/ui_routes.hpp"
#include "web/ui/views.hpp"

namespace regie::web::ui {

using json = nlohmann::json;

nlohmann::json afwijking_tag(monitoring::Afwijking a) {
  return {{"tekst", std::string(monitoring::label(a))},
          {"soort", a == monitoring::Afwijking::kBinnen ? "melding" : "waarschuwing"}};
}

namespace {

using monitoring::Afwijking;
using monitoring::Niveau;
using monitoring::Vergelijking;

constexpr std::array<const char*, 12> kMaandKort = {"jan", "feb", "mrt", "apr", "mei", "jun",
                                                    "jul", "aug", "sep", "okt", "nov", "dec"};

std::string naam_van(const Vergelijking& v, const service::PlanRealisatie& p) {
  switch (v.reeks.niveau) {
    case Niveau::kRegio:
      return "Hele regio";
    case Niveau::kDeelnemer: {
      auto n = p.deelnemernamen.find(v.reeks.deelnemer_id);
      return n == p.deelnemernamen.end() ? std::to_string(v.reeks.deelnemer_id) : n->second;
    }
    case Niveau::kTaakveld:
      return met_hoofdletter(v.reeks.sleutel);
    case Niveau::kProduct: {
      auto n = p.productnamen.find(v.reeks.sleutel);
      return v.reeks.sleutel + (n == p.productnamen.end() ? "" : " " + n->second);
    }
  }
  return "";
}

std::string getal(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", x);
  return buf;
}

// The year's hours month by month, cumulated, against the plan spread evenly over the year, and
// the prognose at December: an SVG with its title and description; the table beside it carries
// the same figures.
std::string verloop_svg(const Vergelijking& v, int peilmaand, const std::string& titel,
                        const std::string& id) {
  constexpr double kBreed = 640;
  constexpr double kHoog = 260;
  constexpr double kLinks = 70;
  constexpr double kOnder = 30;
  constexpr double kBoven = 20;
  const double plan = static_cast<double>(v.reeks.plan.uren) / 100.0;
  const double prognose = static_cast<double>(v.prognose.uren) / 100.0;
  std::array<double, 12> cum{};
  double som = 0;
  for (std::size_t m = 0; m < 12; ++m) {
    som += static_cast<double>(v.reeks.dit_jaar[m].uren) / 100.0;
    cum[m] = som;
  }
  double max = std::max({plan, prognose, som, 1.0}) * 1.1;
  auto x = [&](double maand) { return kLinks + (kBreed - kLinks - 20) * maand / 12.0; };
  auto y = [&](double waarde) { return kBoven + (kHoog - kBoven - kOnder) * (1.0 - waarde / max); };
  const std::string beschrijving =
      "Plan " + format_honderdsten(v.reeks.plan.uren) + " uur; gerealiseerd tot en met " +
      (peilmaand == 0 ? std::string("nu")
                      : std::string(kMaandKort[static_cast<std::size_t>(peilmaand - 1)])) +
      " " + format_honderdsten(v.realisatie.uren) + " uur; prognose voor het jaar " +
      format_honderdsten(v.prognose.uren) + " uur (" + std::string(monitoring::label(v.uren)) +
      ").";
  std::string s = "<svg class=\"regie-grafiek\" viewBox=\"0 0 " + getal(kBreed) + " " +
                  getal(kHoog) + "\" role=\"img\" aria-labelledby=\"" + id + "-titel " + id +
                  "-beschrijving\" xmlns=\"http://www.w3.org/2000/svg\">";
  s += "<title id=\"" + id + "-titel\">" + titel + "</title>";
  s += "<desc id=\"" + id + "-beschrijving\">" + beschrijving + "</desc>";
  // Axes and the tolerance band around the plan line.
  s += "<line x1=\"" + getal(kLinks) + "\" y1=\"" + getal(y(0)) + "\" x2=\"" + getal(kBreed - 20) +
       "\" y2=\"" + getal(y(0)) + "\" class=\"regie-grafiek__as\"/>";
  s += "<line x1=\"" + getal(kLinks) + "\" y1=\"" + getal(kBoven) + "\" x2=\"" + getal(kLinks) +
       "\" y2=\"" + getal(y(0)) + "\" class=\"regie-grafiek__as\"/>";
  for (int m = 0; m < 12; ++m) {
    s += "<text x=\"" + getal(x(m + 0.5)) + "\" y=\"" + getal(kHoog - 10) +
         "\" class=\"regie-grafiek__label\" text-anchor=\"middle\">" +
         kMaandKort[static_cast<std::size_t>(m)] + "</text>";
  }
  for (double deel : {0.0, 0.5, 1.0}) {
    const double w = max / 1.1 * deel;
    s += "<text x=\"" + getal(kLinks - 6) + "\" y=\"" + getal(y(w) + 4) +
         "\" class=\"regie-grafiek__label\" text-anchor=\"end\">" +
         format_getal_nl(static_cast<std::int64_t>(w)) + "</text>";
  }
  if (plan > 0) {
    const double band = plan * 0.1;
    s += "<polygon class=\"regie-grafiek__band\" points=\"" + getal(x(0)) + "," + getal(y(0)) +
         " " + getal(x(12)) + "," + getal(y(plan + band)) + " " + getal(x(12)) + "," +
         getal(y(plan - band)) + "\"/>";
    s += "<line class=\"regie-grafiek__plan\" x1=\"" + getal(x(0)) + "\" y1=\"" + getal(y(0)) +
         "\" x2=\"" + getal(x(12)) + "\" y2=\"" + getal(y(plan)) + "\"/>";
  }
  std::string punten = getal(x(0)) + "," + getal(y(0));
  for (int m = 0; m < peilmaand; ++m) {
    punten += " " + getal(x(m + 1)) + "," + getal(y(cum[static_cast<std::size_t>(m)]));
  }
  s += "<polyline class=\"regie-grafiek__realisatie\" points=\"" + punten + "\"/>";
  if (peilmaand > 0 && peilmaand < 12) {
    s += "<line class=\"regie-grafiek__prognose\" x1=\"" + getal(x(peilmaand)) + "\" y1=\"" +
         getal(y(cum[static_cast<std::size_t>(peilmaand - 1)])) + "\" x2=\"" + getal(x(12)) +
         "\" y2=\"" + getal(y(prognose)) + "\"/>";
  }
  s += "</svg>";
  return s;
}

json regel_view(const Vergelijking& v, const service::PlanRealisatie& p) {
  return {{"naam", naam_van(v, p)},
          {"soort", std::string(programma::label(v.reeks.soort))},
          {"plan_uren", format_honderdsten(v.reeks.plan.uren)},
          {"realisatie_uren", format_honderdsten(v.realisatie.uren)},
          {"prognose_uren", format_honderdsten(v.prognose.uren)},
          {"afwijking_uren", afwijking_tag(v.uren)},
          {"plan_aantal", format_getal_nl(v.reeks.plan.aantal)},
          {"realisatie_aantal", format_getal_nl(v.realisatie.aantal)},
          {"prognose_aantal", format_getal_nl(v.prognose.aantal)},
          {"afwijking_aantal", afwijking_tag(v.aantal)},
          {"plan_bedrag", format_bedrag_nl(v.reeks.plan.bedrag_cents)},
          {"realisatie_bedrag", format_bedrag_nl(v.realisatie.bedrag_cents)},
          {"prognose_bedrag", format_bedrag_nl(v.prognose.bedrag_cents)},
          {"afwijking_bedrag", afwijking_tag(v.bedrag)},
          {"afwijkend", v.afwijkend()}};
}

// GET /monitoring?jaar=&niveau=&deelnemer=
Response dashboard(const App& app, const UiContext& ui, Request& req) {
  auto q = req.query_params();
  service::PlanRealisatieVraag vraag;
  if (auto j = q.find("jaar"); j != q.end()) vraag.jaar = programma::catalogusjaar(j->second);
  if (auto n = q.find("niveau"); n != q.end()) {
    vraag.niveau = monitoring::niveau_from_code(n->second).value_or(Niveau::kTaakveld);
  } else {
    vraag.niveau = Niveau::kTaakveld;
  }
  if (auto d = q.find("deelnemer"); d != q.end() && !d->second.empty()) {
    vraag.deelnemer = parse_int64(d->second);
  }
  auto p = app.services.monitoring->plan_realisatie(ui.ctx, vraag);
  if (!p.ok()) return error_page(app, ui, req, p.error(), "/");
  const std::string jaar = std::to_string(p->jaar);

  json view = {{"jaar", jaar},
               {"tolerantie", std::to_string(p->tolerantie)},
               {"peil", p->peilmaand == 0
                            ? std::string("nog geen maand")
                            : "januari t/m " + monitoring::maand_nl(p->jaar * 100 + p->peilmaand)},
               {"heeft_programma", p->programma_id.has_value()},
               {"vastgesteld", p->programma_vastgesteld},
               {"afwijkingen_href", "/afwijkingen?jaar=" + jaar}};
  // The imports are read by those who keep them and the whole regio's readers.
  if (monitoring::ziet_alle_deelnemers(ui.ctx.actor)) {
    view["realisaties_href"] = "/realisaties";
  }
  if (p->programma_id) {
    view["programma_href"] = "/regio/programma/" + std::to_string(*p->programma_id);
  }
  // MON-4: outcome first — the doelen, their indicators' measurements and the answer; MON-5:
  // quality and process next to the quantities.
  const json metingen = metingen_view(app, ui, p->jaar);
  for (const auto& [k, v] : metingen.items()) view[k] = v;
  // Filters.
  std::vector<Optie> jaren;
  for (auto j : p->jaren) jaren.push_back({std::to_string(j), std::to_string(j)});
  if (jaren.empty()) jaren.push_back({jaar, jaar});
  std::vector<Optie> niveaus = {{"regio", "Hele regio"},
                                {"taakveld", "Per taakveld"},
                                {"deelnemer", "Per deelnemer"},
                                {"product", "Per product"}};
  std::vector<Optie> deelnemers = {{"", "Alle deelnemers"}};
  for (const auto& d : p->deelnemers) deelnemers.push_back({std::to_string(d.id), d.naam});
  std::map<std::string, std::string> waarden = {
      {"jaar", jaar},
      {"niveau", std::string(monitoring::code(p->niveau))},
      {"deelnemer", p->deelnemer ? std::to_string(*p->deelnemer) : std::string()}};
  json filter = json::array();
  filter.push_back(filter_veld({"jaar", "Jaar", "select", false, jaren}, waarden));
  filter.push_back(filter_veld({"niveau", "Uitsplitsen", "select", false, niveaus}, waarden));
  filter.push_back(filter_veld({"deelnemer", "Deelnemer", "select", false, deelnemers}, waarden));
  view["filter"] = filter;

  json totaal = json::array();
  std::size_t n = 0;
  for (const auto& v : p->totaal) {
    json t = regel_view(v, *p);
    const std::string id = "grafiek-" + std::to_string(++n);
    t["svg"] = verloop_svg(v, p->peilmaand,
                           "Uren " + klein(std::string(programma::label(v.reeks.soort))) + " " +
                               jaar + ": realisatie tegen plan",
                           id);
    json maanden = json::array();
    std::int64_t cum = 0;
    for (int m = 0; m < 12; ++m) {
      cum += v.reeks.dit_jaar[static_cast<std::size_t>(m)].uren;
      maanden.push_back(
          {{"maand", kMaandKort[static_cast<std::size_t>(m)]},
           {"uren", format_honderdsten(v.reeks.dit_jaar[static_cast<std::size_t>(m)].uren)},
           {"cumulatief", m < p->peilmaand ? format_honderdsten(cum) : std::string("–")}});
    }
    t["maanden"] = maanden;
    t["methode"] = std::string(monitoring::label(v.methode));
    totaal.push_back(t);
  }
  view["totaal"] = totaal;
  view["heeft_totaal"] = !totaal.empty();
  json regels = json::array();
  std::int64_t afwijkend = 0;
  for (const auto& v : p->regels) {
    regels.push_back(regel_view(v, *p));
    if (v.afwijkend()) ++afwijkend;
  }
  view["regels"] = regels;
  view["afwijkend"] =
      afwijkend == 1 ? std::string("1 regel ligt") : format_getal_nl(afwijkend) + " regels liggen";
  view["niveau_label"] = std::string(
      niveaus[static_cast<std::size_t>(std::find_if(niveaus.begin(), niveaus.end(),
                                                    [&](const Optie& o) {
                                                      return o.waarde ==
                                                             monitoring::code(p->niveau);
                                                    }) -
                                       niveaus.begin())]
          .label);
  Layout layout{"Monitoring " + jaar, kMenuMonitoring, {{"", "Monitoring"}}};
  return frame_page(app, &ui, req, layout, render("monitoring", view));
}

}  // namespace

void add_monitoring_ui(UiRoutes& r) { r.add_page(kMenuMonitoring, dashboard); }

}  // namespace regie::web::ui

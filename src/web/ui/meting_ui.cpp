// Metingen in the web UI (MON-4, MON-5; decision 49): the form for a measurement of one of the
// programme's indicators (opened from the dashboard's doel), the form for a process measure, and
// removing a wrong measurement of either (asked first; the right one is then recorded anew).
// What the dashboard shows of them: meting_ui.hpp. Without JavaScript.
#include "web/ui/meting_ui.hpp"

#include <nlohmann/json.hpp>

#include "core/text.hpp"
#include "domain/programma/catalogus.hpp"
#include "service/clock.hpp"
#include "web/http.hpp"
#include "web/messages.hpp"
#include "web/ui/monitoring_delen.hpp"
#include "web/ui/page.hpp"
#include "web/ui/ui_routes.hpp"
#include "web/ui/veld.hpp"
#include "web/ui/views.hpp"

namespace regie::web::ui {

using json = nlohmann::json;

namespace {

constexpr const char* kIndicatormeting = "/monitoring/indicatormeting";
constexpr const char* kProcesmeting = "/monitoring/procesmeting";

std::string waarde_met_eenheid(std::int64_t honderdsten, const std::string& eenheid) {
  if (eenheid.empty() || eenheid == "aantal") return format_honderdsten(honderdsten);
  return format_honderdsten(honderdsten) + " " + eenheid;
}

// "Zaaksysteem, per maand" for a sentence that adds its own full stop.
std::string zonder_punt(std::string tekst) {
  while (!tekst.empty() && tekst.back() == '.') tekst.pop_back();
  return tekst;
}

std::string query_waarde(const Request& req, const std::string& naam) {
  auto q = req.query_params();
  auto it = q.find(naam);
  return it == q.end() ? std::string() : it->second;
}

Response formulier(const App& app, const UiContext& ui, const Request& req, const std::string& kop,
                   const std::string& intro, const std::string& actie, json velden,
                   const Error* error) {
  json view = {{"csrf", ui.csrf},
               {"kop", kop},
               {"intro", intro},
               {"actie", actie},
               {"velden", std::move(velden)}};
  int status = 200;
  if (error) {
    view["fouten"] = fouten_view(*error);
    view["heeft_fouten"] = true;
    status = http_status(error->code);
  }
  Layout layout{kop, kMenuMonitoring, {{kMenuMonitoring, "Monitoring"}, {"", kop}}, status};
  return frame_page(app, &ui, req, layout, render("meting_formulier", view));
}

// GET/POST /monitoring/indicatormeting?jaar=&doel=&indicator=
Response indicator_formulier(const App& app, const UiContext& ui, const Request& req,
                             const Fields& waarden, const Error* error) {
  const auto jaar = programma::catalogusjaar(query_waarde(req, "jaar"));
  auto overzicht = app.services.metingen->indicatoren(ui.ctx, jaar);
  if (!overzicht.ok()) return error_page(app, ui, req, overzicht.error(), kMenuMonitoring);
  if (!overzicht->mag_vastleggen) {
    return error_page(app, ui, req, Error::forbidden(), kMenuMonitoring);
  }
  const std::string doel_tekst = query_waarde(req, "doel");
  const std::string naam = query_waarde(req, "indicator");
  const programma::Indicator* indicator = nullptr;
  std::string doel_titel;
  for (const auto& d : overzicht->doelen) {
    if (std::to_string(d.doel.nummer) != doel_tekst) continue;
    doel_titel = d.doel.titel;
    for (const auto& i : d.indicatoren) {
      if (i.indicator.naam == naam) indicator = &i.indicator;
    }
  }
  if (indicator == nullptr) return error_page(app, ui, req, Error::not_found(), kMenuMonitoring);
  auto fouten = fout_teksten(error);
  auto v = [&](const Veld& veld) { return veld_view(veld, "veld-" + veld.naam, waarden, fouten); };
  json velden = json::array(
      {v({"peildatum", "Peildatum", "date", true, "De dag waarop de waarde gold."}),
       v({"waarde",
          "Waarde (" + indicator->eenheid + ")",
          "text",
          true,
          "Nulwaarde " + waarde_met_eenheid(indicator->nulwaarde, indicator->eenheid) +
              ", streefwaarde " + waarde_met_eenheid(indicator->streefwaarde, indicator->eenheid) +
              ". Bijvoorbeeld 76,5.",
          {},
          true}),
       v({"toelichting",
          "Toelichting",
          "textarea",
          false,
          "Hoe gemeten, en wat de waarde zegt over het beoogde effect.",
          {},
          false,
          3})});
  const std::string actie = std::string(kIndicatormeting) +
                            "?jaar=" + std::to_string(overzicht->jaar) + "&doel=" + doel_tekst +
                            "&indicator=" + percent_encode(naam);
  return formulier(app, ui, req, "Meting vastleggen: " + naam,
                   "Doel " + doel_tekst + ": " + doel_titel +
                       ". Meetmethode: " + zonder_punt(indicator->meetmethode) + ".",
                   actie, velden, error);
}

Response indicator_pagina(const App& app, const UiContext& ui, Request& req) {
  return indicator_formulier(app, ui, req, {}, nullptr);
}

Response indicator_vastleggen(const App& app, const UiContext& ui, Request& req) {
  Fields velden = formulier_velden(req);
  Fields alles = velden;
  alles["jaar"] = query_waarde(req, "jaar");
  alles["doel"] = query_waarde(req, "doel");
  alles["indicator"] = query_waarde(req, "indicator");
  auto m = app.services.metingen->indicator_vastleggen(ui.ctx, alles);
  if (m.ok()) {
    return see_other("/monitoring?jaar=" + std::to_string(m->jaar) +
                     "&melding=meting_vastgelegd#effect");
  }
  if (m.error().code == ErrorCode::kInvalid) {
    return indicator_formulier(app, ui, req, velden, &m.error());
  }
  return error_page(app, ui, req, m.error(), kMenuMonitoring);
}

// GET/POST /monitoring/procesmeting
Response proces_formulier(const App& app, const UiContext& ui, const Request& req,
                          const Fields& waarden, const Error* error) {
  auto overzicht = app.services.metingen->procesmetingen(ui.ctx, std::nullopt);
  if (!overzicht.ok()) return error_page(app, ui, req, overzicht.error(), kMenuMonitoring);
  if (!overzicht->mag_vastleggen) {
    return error_page(app, ui, req, Error::forbidden(), kMenuMonitoring);
  }
  std::vector<Optie> maten;
  for (auto m : monitoring::alle_procesmaten()) {
    maten.push_back({std::string(code(m)),
                     std::string(label(m)) + " (" + std::string(monitoring::eenheid(m)) + ")"});
  }
  std::vector<Optie> deelnemers = {{"", "De hele regio"}};
  for (const auto& d : overzicht->deelnemers) deelnemers.push_back({std::to_string(d.id), d.naam});
  auto fouten = fout_teksten(error);
  auto v = [&](const Veld& veld) { return veld_view(veld, "veld-" + veld.naam, waarden, fouten); };
  json velden = json::array(
      {v({"maat", "Maat", "select", true, "", maten}),
       v({"maand", "Maand", "text", true, "Als mm-jjjj, bijvoorbeeld 10-2026.", {}, true}),
       v({"deelnemerId", "Voor", "select", false, "", deelnemers}),
       v({"waarde",
          "Waarde",
          "text",
          true,
          "Een percentage (tot 100), een aantal zaken of een aantal dagen; bijvoorbeeld 93,5.",
          {},
          true}),
       v({"toelichting",
          "Toelichting",
          "textarea",
          false,
          "Bron en bijzonderheden.",
          {},
          false,
          3})});
  return formulier(app, ui, req, "Kwaliteit en proces vastleggen",
                   "Naast de aantallen: hoe tijdig besloten wordt, hoe groot de achterstand is en "
                   "hoe lang zaken duren, per maand voor de regio of één deelnemer.",
                   kProcesmeting, velden, error);
}

// A meting's delete page (GET) and delete (POST): for whoever records metingen.
std::string verwijder_href(std::string_view soort, Id id) {
  return "/monitoring/" + std::string(soort) + "/" + std::to_string(id) + "/verwijderen";
}

Response verwijder_bevestiging(const App& app, const UiContext& ui, const Request& req,
                               DeleteConfirmation b, std::int32_t jaar, const char* anker) {
  b.titel = "Meting verwijderen";
  b.gevolg =
      "Daarna geldt wat de overige metingen zeggen. Was de waarde verkeerd, leg dan de juiste "
      "opnieuw vast.";
  b.annuleren = "/monitoring?jaar=" + std::to_string(jaar) + anker;
  b.actief = kMenuMonitoring;
  b.kruimelpad = {{"/monitoring?jaar=" + std::to_string(jaar), "Monitoring"}};
  return delete_confirmation_page(app, ui, req, b);
}

// GET and POST /monitoring/indicatormeting/{id}/verwijderen
Response indicator_verwijderen_pagina(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, ui, req, Error::not_found(), kMenuMonitoring);
  if (!monitoring::mag_metingen_vastleggen(ui.ctx.actor)) {
    return error_page(app, ui, req, Error::forbidden(), kMenuMonitoring);
  }
  auto m = app.services.metingen->indicatormeting(ui.ctx, *id);
  if (!m.ok()) return error_page(app, ui, req, m.error(), kMenuMonitoring);
  // The doel's titel and the indicator's unit, from the programme of the year.
  std::string doel = std::to_string(m->doel_nummer);
  std::string eenheid;
  auto overzicht = app.services.metingen->indicatoren(ui.ctx, m->jaar);
  if (!overzicht.ok()) return error_page(app, ui, req, overzicht.error(), kMenuMonitoring);
  for (const auto& d : overzicht->doelen) {
    if (d.doel.nummer != m->doel_nummer) continue;
    doel += ". " + d.doel.titel;
    for (const auto& i : d.indicatoren) {
      if (i.indicator.naam == m->indicator) eenheid = i.indicator.eenheid;
    }
  }
  DeleteConfirmation b;
  b.wat = "de meting van " + m->peildatum.nl() + " van " + m->indicator;
  b.gegevens = {{"Indicator", m->indicator},
                {"Doel", doel},
                {"Peildatum", m->peildatum.nl()},
                {"Waarde", waarde_met_eenheid(m->waarde, eenheid)},
                {"Vastgelegd door", m->door}};
  if (!m->toelichting.empty()) b.gegevens.emplace_back("Toelichting", m->toelichting);
  b.actie = verwijder_href("indicatormeting", m->id);
  return verwijder_bevestiging(app, ui, req, std::move(b), m->jaar, "#effect");
}

Response indicator_verwijderen(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, ui, req, Error::not_found(), kMenuMonitoring);
  auto weg = app.services.metingen->indicator_verwijderen(ui.ctx, *id);
  if (!weg.ok()) return error_page(app, ui, req, weg.error(), kMenuMonitoring);
  return see_other("/monitoring?jaar=" + std::to_string(weg->jaar) +
                   "&melding=meting_verwijderd#effect");
}

// GET and POST /monitoring/procesmeting/{id}/verwijderen
Response proces_verwijderen_pagina(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, ui, req, Error::not_found(), kMenuMonitoring);
  if (!monitoring::mag_metingen_vastleggen(ui.ctx.actor)) {
    return error_page(app, ui, req, Error::forbidden(), kMenuMonitoring);
  }
  auto m = app.services.metingen->procesmeting(ui.ctx, *id);
  if (!m.ok()) return error_page(app, ui, req, m.error(), kMenuMonitoring);
  auto overzicht = app.services.metingen->procesmetingen(ui.ctx, monitoring::jaar_van(m->maand));
  if (!overzicht.ok()) return error_page(app, ui, req, overzicht.error(), kMenuMonitoring);
  std::string voor = "De hele regio";
  for (const auto& d : overzicht->deelnemers) {
    if (d.id == m->deelnemer_id) voor = d.naam;
  }
  const std::string maat(label(m->maat));
  DeleteConfirmation b;
  b.wat = "de meting " + maat + " van " + monitoring::maand_nl(m->maand) + " voor " + voor;
  b.gegevens = {
      {"Maat", maat},
      {"Maand", monitoring::maand_nl(m->maand)},
      {"Voor", voor},
      {"Waarde", waarde_met_eenheid(m->waarde, std::string(monitoring::eenheid(m->maat)))},
      {"Vastgelegd door", m->door}};
  if (!m->toelichting.empty()) b.gegevens.emplace_back("Toelichting", m->toelichting);
  b.actie = verwijder_href("procesmeting", m->id);
  return verwijder_bevestiging(app, ui, req, std::move(b), monitoring::jaar_van(m->maand),
                               "#proces");
}

Response proces_verwijderen(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, ui, req, Error::not_found(), kMenuMonitoring);
  auto weg = app.services.metingen->proces_verwijderen(ui.ctx, *id);
  if (!weg.ok()) return error_page(app, ui, req, weg.error(), kMenuMonitoring);
  return see_other("/monitoring?jaar=" + std::to_string(monitoring::jaar_van(weg->maand)) +
                   "&melding=meting_verwijderd#proces");
}

Response proces_pagina(const App& app, const UiContext& ui, Request& req) {
  return proces_formulier(app, ui, req, {}, nullptr);
}

Response proces_vastleggen(const App& app, const UiContext& ui, Request& req) {
  Fields velden = formulier_velden(req);
  auto m = app.services.metingen->proces_vastleggen(ui.ctx, velden);
  if (m.ok()) {
    return see_other("/monitoring?jaar=" + std::to_string(monitoring::jaar_van(m->maand)) +
                     "&melding=meting_vastgelegd#proces");
  }
  if (m.error().code == ErrorCode::kInvalid || m.error().code == ErrorCode::kConflict) {
    return proces_formulier(app, ui, req, velden, &m.error());
  }
  return error_page(app, ui, req, m.error(), kMenuMonitoring);
}

}  // namespace

json metingen_view(const App& app, const UiContext& ui, std::int32_t jaar) {
  json out = json::object();
  auto ind = app.services.metingen->indicatoren(ui.ctx, jaar);
  json doelen = json::array();
  if (ind.ok()) {
    for (const auto& d : ind->doelen) {
      json indicatoren = json::array();
      for (const auto& i : d.indicatoren) {
        const auto& e = i.indicator.eenheid;
        json metingen = json::array();
        for (const auto& m : i.metingen) {
          json meting = {
              {"peildatum", m.peildatum.nl()},
              {"waarde", waarde_met_eenheid(m.waarde, e)},
              {"toelichting", m.toelichting.empty() ? json(false) : json(m.toelichting)}};
          if (ind->mag_vastleggen) {
            meting["verwijderen"] = verwijder_href("indicatormeting", m.id);
            meting["indicator"] = i.indicator.naam;
          }
          metingen.push_back(meting);
        }
        std::string stand = "Nog geen meting vastgelegd.";
        if (i.stand.laatste) {
          stand = "Laatste meting " + i.stand.laatste->peildatum.nl() + ": " +
                  waarde_met_eenheid(i.stand.laatste->waarde, e);
          switch (i.stand.koers) {
            case monitoring::Koers::kBereikt:
              stand += "; de streefwaarde is bereikt.";
              break;
            case monitoring::Koers::kOpWeg:
              stand += "; op weg, " + std::to_string(*i.stand.aandeel) +
                       " % van de afstand van nul- naar streefwaarde.";
              break;
            case monitoring::Koers::kNietOpWeg:
              stand += "; niet op weg naar de streefwaarde.";
              break;
            case monitoring::Koers::kGeenMeting:
              break;
          }
        }
        json item = {{"naam", i.indicator.naam},
                     {"nul", waarde_met_eenheid(i.indicator.nulwaarde, e)},
                     {"streef", waarde_met_eenheid(i.indicator.streefwaarde, e)},
                     {"methode", zonder_punt(i.indicator.meetmethode)},
                     {"stand", stand},
                     {"koers", std::string(code(i.stand.koers))},
                     {"metingen", metingen},
                     {"heeft_metingen", !metingen.empty()}};
        if (ind->mag_vastleggen) {
          item["meten_href"] = std::string(kIndicatormeting) +
                               "?jaar=" + std::to_string(ind->jaar) +
                               "&doel=" + std::to_string(d.doel.nummer) +
                               "&indicator=" + percent_encode(i.indicator.naam);
        }
        indicatoren.push_back(item);
      }
      doelen.push_back({{"titel", d.doel.titel},
                        {"effect", d.doel.beoogd_effect},
                        {"antwoord", d.antwoord},
                        {"indicatoren", indicatoren},
                        {"heeft_indicatoren", !indicatoren.empty()}});
    }
  }
  out["doelen"] = doelen;
  out["heeft_doelen"] = !doelen.empty();

  auto proces = app.services.metingen->procesmetingen(ui.ctx, jaar);
  json regels = json::array();
  if (proces.ok()) {
    std::map<Id, std::string> namen;
    for (const auto& d : proces->deelnemers) namen[d.id] = d.naam;
    for (auto it = proces->metingen.rbegin(); it != proces->metingen.rend(); ++it) {
      const auto& m = *it;
      json regel = {
          {"maand", monitoring::maand_nl(m.maand)},
          {"voor", m.deelnemer_id == 0 ? std::string("De hele regio") : namen[m.deelnemer_id]},
          {"maat", std::string(label(m.maat))},
          {"waarde", waarde_met_eenheid(m.waarde, std::string(monitoring::eenheid(m.maat)))},
          {"toelichting", m.toelichting}};
      if (proces->mag_vastleggen) regel["verwijderen"] = verwijder_href("procesmeting", m.id);
      regels.push_back(regel);
    }
    if (proces->mag_vastleggen) {
      out["proces_href"] = kProcesmeting;
      out["proces_verwijderen"] = true;
    }
  }
  out["proces"] = regels;
  out["heeft_proces"] = !regels.empty();
  return out;
}

void add_meting_ui(UiRoutes& r) {
  r.add_page(kIndicatormeting, indicator_pagina);
  r.add_form(kIndicatormeting, indicator_vastleggen);
  r.add_page(kProcesmeting, proces_pagina);
  r.add_form(kProcesmeting, proces_vastleggen);
  r.add_page("/monitoring/indicatormeting/{id}/verwijderen", indicator_verwijderen_pagina);
  r.add_form("/monitoring/indicatormeting/{id}/verwijderen", indicator_verwijderen);
  r.add_page("/monitoring/procesmeting/{id}/verwijderen", proces_verwijderen_pagina);
  r.add_form("/monitoring/procesmeting/{id}/verwijderen", proces_verwijderen);
}

}  // namespace regie::web::ui

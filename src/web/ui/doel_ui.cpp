// The doelen of an uitvoeringsprogramma in the web UI (UP-1): add, change and remove a doel
// with its indicatoren on a concept programme. Every form is a page of its own and works without
// JavaScript; the programme page (programma_ui.cpp) links to them.
#include <algorithm>

#include "core/text.hpp"
#include "web/ui/formulier.hpp"
#include "web/ui/programma_delen.hpp"
#include "web/ui/ui_routes.hpp"

namespace regie::web::ui {
namespace {

using programma::Uitvoeringsprogramma;

// The form of a doel with `indicatoren` indicator fieldsets.
std::vector<FieldsetSpec> doel_spec(std::size_t indicatoren) {
  std::vector<FieldsetSpec> out = {
      {"Doel",
       {{"titel", "Titel", "text", true},
        {"beoogdEffect",
         "Beoogd effect",
         "textarea",
         true,
         {},
         "Wat het programma in de leefomgeving wil bereiken (het effect, niet de productie)."}}}};
  for (std::size_t i = 1; i <= indicatoren; ++i) {
    const std::string n = "indicator" + std::to_string(i);
    out.push_back(
        {"Indicator " + std::to_string(i),
         {{n + "Naam", "Naam", "text", false},
          {n + "Eenheid", "Eenheid", "text", false, {}, "Zoals %, aantal of dagen.", true},
          {n + "Nulwaarde",
           "Nulwaarde",
           "text",
           false,
           {},
           "De waarde bij de start.",
           true,
           "decimal"},
          {n + "Streefwaarde", "Streefwaarde", "text", false, {}, "", true, "decimal"},
          {n + "Meetmethode",
           "Meetmethode",
           "textarea",
           false,
           {},
           "Hoe en hoe vaak de waarde wordt gemeten."}}});
  }
  return out;
}

// Three indicator fieldsets, or one empty one more than the doel has, up to the maximum.
std::size_t indicatorvakken(std::size_t bestaand) {
  return std::min(programma::kMaxIndicatoren, std::max<std::size_t>(3, bestaand + 1));
}

Fields doel_waarden(const programma::Doel& d) {
  Fields f = {{"titel", d.titel}, {"beoogdEffect", d.beoogd_effect}};
  for (std::size_t i = 0; i < d.indicatoren.size(); ++i) {
    const auto& ind = d.indicatoren[i];
    const std::string n = "indicator" + std::to_string(i + 1);
    f[n + "Naam"] = ind.naam;
    f[n + "Eenheid"] = ind.eenheid;
    f[n + "Nulwaarde"] = format_honderdsten(ind.nulwaarde);
    f[n + "Streefwaarde"] = format_honderdsten(ind.streefwaarde);
    f[n + "Meetmethode"] = ind.meetmethode;
  }
  return f;
}

// The doel `nummer` of the programme, or nullptr.
const programma::Doel* vind_doel(const Uitvoeringsprogramma& p, std::int64_t nummer) {
  auto it = std::find_if(p.doelen.begin(), p.doelen.end(),
                         [&](const programma::Doel& d) { return d.nummer == nummer; });
  return it == p.doelen.end() ? nullptr : &*it;
}

// nummer 0: a new doel.
Response doel_formulier(const App& app, const UiContext& ui, const Request& req,
                        const Uitvoeringsprogramma& p, std::int64_t nummer, const Fields& waarden,
                        const Error* error, bool verouderd = false) {
  const bool nieuw_doel = nummer == 0;
  const std::string kop =
      nieuw_doel ? "Doel toevoegen" : "Doel " + std::to_string(nummer) + " wijzigen";
  const auto* bestaand = nieuw_doel ? nullptr : vind_doel(p, nummer);
  std::size_t ingevuld = bestaand ? bestaand->indicatoren.size() : 0;
  for (std::size_t i = programma::kMaxIndicatoren; i > ingevuld; --i) {
    if (!field(waarden, "indicator" + std::to_string(i) + "Naam").value_or("").empty()) {
      ingevuld = i;
    }
  }
  FormView form{kop,
                "Een doel beschrijft het beoogde effect; indicatoren maken het meetbaar. Een "
                "indicator die u leeg laat, wordt niet bewaard.",
                nieuw_doel ? programma_href(p.id) + "/doelen"
                           : programma_href(p.id) + "/doelen/" + std::to_string(nummer),
                nieuw_doel ? "Toevoegen" : "Opslaan",
                programma_href(p.id) + "#doelen",
                p.versie,
                verouderd ? "Iemand anders heeft het programma intussen gewijzigd. Uw invoer staat "
                            "hieronder; opslaan legt haar vast over de nieuwe versie."
                          : ""};
  Layout layout{kop, kMenuRegio, programma_kruimels(&p, kop), verouderd ? 409 : 200};
  return form_page(app, ui, req, layout, form, doel_spec(indicatorvakken(ingevuld)), waarden,
                   error);
}

// GET /regio/programma/{id}/doelen/nieuw and /regio/programma/{id}/doelen/{nummer}
Response doel_pagina(const App& app, const UiContext& ui, Request& req) {
  Response fout;
  auto d = lees_programma(app, ui, req, fout);
  if (!d) return fout;
  if (auto e = geen_programmaformulier(ui, *d, false))
    return error_page(app, ui, req, *e, programma_href(d->programma.id));
  auto nummer = path_id(req, "nummer");
  if (!nummer) return doel_formulier(app, ui, req, d->programma, 0, {}, nullptr);
  const auto* doel = vind_doel(d->programma, *nummer);
  if (!doel) return error_page(app, ui, req, Error::not_found(), programma_href(d->programma.id));
  return doel_formulier(app, ui, req, d->programma, *nummer, doel_waarden(*doel), nullptr);
}

// POST /regio/programma/{id}/doelen and /regio/programma/{id}/doelen/{nummer}
Response doel_opslaan(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  auto versie = formulier_versie(req);
  if (!id || !versie) return error_page(app, ui, req, Error::not_found(), kProgrammaLijst);
  auto nummer = path_id(req, "nummer");
  auto invoer = formulier_velden(req);
  auto& service = *app.services.programmas;
  auto saved = nummer ? service.doel_wijzigen(ui.ctx, *id, *versie, *nummer, invoer)
                      : service.doel_toevoegen(ui.ctx, *id, *versie, invoer);
  return na_deel_opslaan(app, ui, req, *id, saved, nummer ? "doel_gewijzigd" : "doel_toegevoegd",
                         "#doelen", [&](const auto& d, const Error* e, bool verouderd) {
                           return doel_formulier(app, ui, req, d.programma, nummer.value_or(0),
                                                 invoer, e, verouderd);
                         });
}

// GET and POST /regio/programma/{id}/doelen/{nummer}/verwijderen
Response doel_verwijderen_pagina(const App& app, const UiContext& ui, Request& req) {
  Response fout;
  auto d = lees_programma(app, ui, req, fout);
  if (!d) return fout;
  if (auto e = geen_programmaformulier(ui, *d, false))
    return error_page(app, ui, req, *e, programma_href(d->programma.id));
  auto nummer = path_id(req, "nummer");
  const auto& p = d->programma;
  const auto* doel = nummer ? vind_doel(p, *nummer) : nullptr;
  if (!doel) return error_page(app, ui, req, Error::not_found(), programma_href(p.id));
  const std::string naam = "doel " + std::to_string(doel->nummer);
  DeleteConfirmation b;
  b.titel = "Doel " + std::to_string(doel->nummer) + " verwijderen";
  b.wat = naam + " (" + doel->titel + ") uit " + p.titel;
  b.gegevens = {{"Titel", doel->titel},
                {"Beoogd effect", doel->beoogd_effect},
                {"Indicatoren", std::to_string(doel->indicatoren.size())}};
  std::vector<std::string> regels;
  for (std::size_t i = 0; i < p.regels.size(); ++i) {
    if (p.regels[i].doel == doel->nummer) regels.push_back(std::to_string(i + 1));
  }
  if (!regels.empty()) {
    b.gevolg = (regels.size() == 1 ? "Regel " + regels.front() + " verwijst"
                                   : "De regels " + opsomming(regels) + " verwijzen") +
               " naar dit doel. Het doel kan pas weg als " +
               (regels.size() == 1 ? "die regel" : "die regels") + " een ander doel " +
               (regels.size() == 1 ? "heeft." : "hebben.");
  }
  b.actie = programma_href(p.id) + "/doelen/" + std::to_string(doel->nummer) + "/verwijderen";
  b.versie = p.versie;
  b.annuleren = programma_href(p.id) + "#doel-" + std::to_string(doel->nummer);
  b.actief = kMenuRegio;
  b.kruimelpad = {{"/regio", "Regio"},
                  {kProgrammaLijst, "Uitvoeringsprogramma's"},
                  {programma_href(p.id), p.titel}};
  return delete_confirmation_page(app, ui, req, b);
}

Response doel_verwijderen(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  auto nummer = path_id(req, "nummer");
  auto versie = formulier_versie(req);
  if (!id || !nummer || !versie)
    return error_page(app, ui, req, Error::not_found(), kProgrammaLijst);
  auto weg = app.services.programmas->doel_verwijderen(ui.ctx, *id, *versie, *nummer);
  return na_deel_verwijderen(app, ui, req, *id, weg, "doel_verwijderd", "#doelen",
                             programma_href(*id) + "#doel-" + std::to_string(*nummer));
}

}  // namespace

void add_doel_ui(UiRoutes& r) {
  r.add_page("/regio/programma/{id}/doelen/nieuw", doel_pagina);
  r.add_form("/regio/programma/{id}/doelen", doel_opslaan);
  r.add_page("/regio/programma/{id}/doelen/{nummer}", doel_pagina);
  r.add_form("/regio/programma/{id}/doelen/{nummer}", doel_opslaan);
  r.add_page("/regio/programma/{id}/doelen/{nummer}/verwijderen", doel_verwijderen_pagina);
  r.add_form("/regio/programma/{id}/doelen/{nummer}/verwijderen", doel_verwijderen);
}

}  // namespace regie::web::ui

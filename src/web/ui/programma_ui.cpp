// The uitvoeringsprogramma in the web UI (UP-1, UP-2, UP-4): the programmes of the regio, one
// programme with its doelen, its regels per taakveld and the totals (collective and specific
// apart), forms to add and change regels (doelen: doel_ui.cpp), vaststellen and bijstellen, and the
// differences with the version before. Every form is a page of its own and works without
// JavaScript. The begroting per deelnemer has its own file (begroting_ui.cpp).
#include <functional>
#include <map>
#include <nlohmann/json.hpp>

#include "core/text.hpp"
#include "domain/programma/begroting.hpp"
#include "service/clock.hpp"
#include "web/messages.hpp"
#include "web/ui/formulier.hpp"
#include "web/ui/lijst.hpp"
#include "web/ui/programma_delen.hpp"
#include "web/ui/ui_routes.hpp"
#include "web/ui/views.hpp"

namespace regie::web::ui {

using json = nlohmann::json;

namespace {

using programma::Programmaregel;
using programma::ProgrammaStatus;
using programma::Uitvoeringsprogramma;

// GET /regio/programma
Response lijst(const App& app, const UiContext& ui, Request& req) {
  auto programmas = app.services.programmas->programmas(ui.ctx);
  if (!programmas.ok()) return error_page(app, ui, req, programmas.error(), kMenuRegio);
  ListView list;
  list.kop = "Uitvoeringsprogramma's";
  list.intro =
      "Het uitvoeringsprogramma van de regio per jaar: de doelen met hun indicatoren en de "
      "programmaregels uit de productcatalogus, met de begroting per deelnemer. Een vastgesteld "
      "programma wordt niet meer gewijzigd; een bijstelling is een nieuwe versie met een reden.";
  list.pad = kProgrammaLijst;
  if (programma::mag_programma_wijzigen(ui.ctx.actor)) {
    list.nieuw_href = std::string(kProgrammaLijst) + "/nieuw";
    list.nieuw_label = "Nieuw uitvoeringsprogramma";
  }
  list.kolommen = {
      {"Titel", ""}, {"Jaar", ""}, {"Versie", "", true}, {"Status", ""}, {"Regels", "", true}};
  for (const auto& p : *programmas) {
    list.rijen.push_back(
        {{"cellen", json::array({cel(p.titel, programma_href(p.id)), cel(programma_jaren(p)),
                                 cel(std::to_string(p.versienummer), "", true),
                                 cel(programma_status_tekst(p)),
                                 cel(std::to_string(p.regels.size()), "", true)})}});
  }
  list.totaal = static_cast<std::int64_t>(programmas->size());
  return frame_page(app, ui, req, list.kop, kMenuRegio,
                    {{"/regio", "Regio"}, {"", "Uitvoeringsprogramma's"}}, 200,
                    render_list(req, list));
}

// --- forms -------------------------------------------------------------------------------

std::vector<FieldsetSpec> programma_spec() {
  return {{"Programma",
           {{"titel", "Titel", "text", true},
            {"jaar",
             "Jaar",
             "text",
             true,
             {},
             "Het jaar waarvan de catalogus wordt gebruikt.",
             true,
             "numeric"},
            {"totJaar",
             "Tot en met jaar",
             "text",
             false,
             {},
             "Alleen voor een meerjarig programma.",
             true,
             "numeric"}}}};
}

Response nieuw_formulier(const App& app, const UiContext& ui, const Request& req,
                         const Fields& waarden, const Error* error) {
  FormView form{"Nieuw uitvoeringsprogramma",
                "Een programma begint als concept; voeg daarna doelen en regels toe.",
                std::string(kProgrammaLijst) + "/nieuw",
                "Aanmaken",
                kProgrammaLijst,
                std::nullopt,
                ""};
  return form_page(app, ui, req,
                   {"Nieuw uitvoeringsprogramma", kMenuRegio, programma_kruimels(nullptr, "Nieuw")},
                   form, programma_spec(), waarden, error);
}

Response nieuw(const App& app, const UiContext& ui, Request& req) {
  if (!programma::mag_programma_wijzigen(ui.ctx.actor)) {
    return error_page(app, ui, req, Error::forbidden(), kProgrammaLijst);
  }
  const std::string jaar = std::to_string(app.services.clock->vandaag().jaar() + 1);
  return nieuw_formulier(app, ui, req,
                         {{"jaar", jaar}, {"titel", "Uitvoeringsprogramma VTH " + jaar}}, nullptr);
}

Response aanmaken(const App& app, const UiContext& ui, Request& req) {
  auto invoer = formulier_velden(req);
  auto p = app.services.programmas->create(ui.ctx, invoer);
  if (p.ok()) return see_other(programma_href(p->id) + "?melding=programma_aangemaakt");
  SaveFailure f;
  f.terug_href = kProgrammaLijst;
  f.on_invalid = [&](const Error& e) { return nieuw_formulier(app, ui, req, invoer, &e); };
  return after_failed_save(app, ui, req, p.error(), f);
}

std::map<Id, std::string> deelnemer_namen(const service::ProgrammaDetail& d) {
  std::map<Id, std::string> out;
  for (const auto& x : d.deelnemers) out[x.id] = x.naam;
  return out;
}

const programma::Product* product_van(const service::ProgrammaDetail& d, const std::string& code) {
  for (const auto& p : d.producten) {
    if (p.code == code) return &p;
  }
  return nullptr;
}

std::string regel_samenvatting(const Programmaregel& g) {
  std::string out;
  if (g.aantal) out += format_getal_nl(g.aantal) + " stuks";
  if (g.uren) out += (out.empty() ? "" : ", ") + format_honderdsten(g.uren) + " uur";
  if (g.bedrag_cents) out += (out.empty() ? "" : ", ") + format_bedrag_nl(*g.bedrag_cents);
  return out.empty() ? "–" : out;
}

// GET /regio/programma/{id}
Response detail(const App& app, const UiContext& ui, Request& req) {
  Response fout;
  auto d = lees_programma(app, ui, req, fout);
  if (!d) return fout;
  const auto& p = d->programma;
  const auto namen = deelnemer_namen(*d);
  json view = {{"kop", p.titel},
               {"status", programma_status_tekst(p)},
               {"status_soort", p.status == ProgrammaStatus::kConcept ? "waarschuwing" : "melding"},
               {"mag_wijzigen", d->mag_wijzigen}};
  json gegevens = json::array({{{"label", "Jaar"}, {"waarde", programma_jaren(p)}},
                               {{"label", "Versie"}, {"waarde", std::to_string(p.versienummer)}}});
  if (!p.reden_bijstelling.empty()) {
    gegevens.push_back({{"label", "Reden van de bijstelling"}, {"waarde", p.reden_bijstelling}});
  }
  gegevens.push_back({{"label", "Regels"}, {"waarde", std::to_string(p.regels.size())}});
  view["gegevens"] = gegevens;
  if (p.status != ProgrammaStatus::kConcept) {
    view["alleen_lezen"] =
        p.status == ProgrammaStatus::kVastgesteld
            ? "Dit programma is vastgesteld en wordt niet meer gewijzigd; ook de catalogus van "
              "dit jaar blijft zoals hij was. Het staat als product bij stap 4 (planning en "
              "control) van de beleidscyclus. Een aanpassing is een bijstelling: een nieuwe versie "
              "met een reden, die opnieuw wordt vastgesteld."
            : "Deze versie is vervangen door een bijstelling die later is vastgesteld.";
  }
  json acties = json::array();
  acties.push_back({{"href", programma_href(p.id) + "/begroting"},
                    {"label", "Begroting per deelnemer"},
                    {"soort", "primary"}});
  if (d->mag_wijzigen) {
    acties.push_back({{"href", programma_href(p.id) + "/regels/nieuw"},
                      {"label", "Regel toevoegen"},
                      {"soort", "secondary"}});
    acties.push_back({{"href", programma_href(p.id) + "/doelen/nieuw"},
                      {"label", "Doel toevoegen"},
                      {"soort", "secondary"}});
    acties.push_back({{"href", programma_href(p.id) + "/vaststellen"},
                      {"label", "Vaststellen"},
                      {"soort", "secondary"}});
  }
  if (d->mag_bijstellen) {
    acties.push_back({{"href", programma_href(p.id) + "/bijstellen"},
                      {"label", "Bijstellen"},
                      {"soort", "secondary"}});
  }
  view["acties"] = acties;
  json fouten = json::array();
  for (const auto& f : d->begroting_fouten) {
    fouten.push_back(f.field + ": " + tekst(f.key));
  }
  view["begroting_fouten"] = fouten;
  view["heeft_begroting_fouten"] = !fouten.empty();

  // Totals per taakveld, from the begroting (the same figures as the begroting page).
  json taakvelden = json::array();
  if (d->begroting) {
    const auto& b = *d->begroting;
    for (const auto& t : b.per_taakveld) {
      taakvelden.push_back({{"taakveld", t.taakveld},
                            {"collectief", format_bedrag_nl(t.collectief_cents)},
                            {"specifiek", format_bedrag_nl(t.specifiek_cents)},
                            {"totaal", format_bedrag_nl(t.collectief_cents + t.specifiek_cents)}});
    }
    view["collectief"] = format_bedrag_nl(b.collectief_cents);
    view["specifiek"] = format_bedrag_nl(b.specifiek_cents);
    view["totaal"] = format_bedrag_nl(b.totaal_cents);
  } else {
    view["collectief"] = view["specifiek"] = view["totaal"] = "–";
  }
  view["taakvelden"] = taakvelden;

  std::map<std::int64_t, std::string> doel_titels;
  json doelen = json::array();
  for (const auto& doel : p.doelen) {
    doel_titels[doel.nummer] = std::to_string(doel.nummer) + ". " + doel.titel;
    json indicatoren = json::array();
    for (const auto& i : doel.indicatoren) {
      const std::string eenheid = i.eenheid == "%" ? " %" : " " + i.eenheid;
      indicatoren.push_back({{"naam", i.naam},
                             {"nulwaarde", format_honderdsten(i.nulwaarde) + eenheid},
                             {"streefwaarde", format_honderdsten(i.streefwaarde) + eenheid},
                             {"meetmethode", i.meetmethode}});
    }
    const std::string nummer = std::to_string(doel.nummer);
    doelen.push_back({{"nummer", nummer},
                      {"wijzigen", programma_href(p.id) + "/doelen/" + nummer},
                      {"verwijderen", programma_href(p.id) + "/doelen/" + nummer + "/verwijderen"},
                      {"titel", doel.titel},
                      {"beoogd_effect", doel.beoogd_effect},
                      {"indicatoren", indicatoren},
                      {"heeft_indicatoren", !indicatoren.empty()}});
  }
  view["doelen"] = doelen;
  view["heeft_doelen"] = !doelen.empty();

  // The regels grouped by taakveld (the catalogue's order), numbered as in the programme.
  std::map<std::string, json> groepen;
  for (std::size_t i = 0; i < p.regels.size(); ++i) {
    const auto& g = p.regels[i];
    const auto* product = product_van(*d, g.productcode);
    const std::string nummer = std::to_string(i + 1);
    json regel = {{"nummer", nummer},
                  {"product", product ? g.productcode + " " + product->naam
                                      : g.productcode + " (niet in de catalogus)"},
                  {"deelnemer", deelnemer_tekst(namen, g.deelnemer_id)},
                  {"aantal", g.aantal ? format_getal_nl(g.aantal) : std::string("–")},
                  {"uren", "–"},
                  {"bedrag", "–"},
                  {"afrekenwijze", product ? std::string(label(product->afrekenwijze)) : "–"},
                  {"soort", product ? std::string(label(programma::soort_van(*product))) : "–"},
                  {"doel", doel_titels.count(g.doel) ? doel_titels[g.doel] : std::string("–")},
                  {"wijzigen", programma_href(p.id) + "/regels/" + nummer},
                  {"verwijderen", programma_href(p.id) + "/regels/" + nummer + "/verwijderen"}};
    if (product) {
      auto b = programma::bereken_regel(g, *product);
      if (b.ok()) {
        regel["uren"] = format_honderdsten(b->uren);
        regel["bedrag"] = format_bedrag_nl(b->bedrag_cents);
        if (b->handmatig) {
          regel["handmatig"] = true;
          regel["reden"] = g.reden;
        }
      }
    }
    const std::string taakveld = product ? product->taakveld : std::string("onbekend");
    auto& groep = groepen[taakveld];
    if (groep.is_null()) groep = {{"taakveld", taakveld}, {"regels", json::array()}};
    groep["regels"].push_back(regel);
  }
  json groep_lijst = json::array();
  for (auto& [naam, groep] : groepen) groep_lijst.push_back(groep);
  view["groepen"] = groep_lijst;
  view["heeft_regels"] = !p.regels.empty();

  if (d->vorige_versie) {
    view["verschillen_kop"] =
        "Verschillen met versie " + std::to_string(d->vorige_versie->versienummer);
    json verschillen = json::array();
    for (const auto& v : d->verschillen) {
      const char* soort = v.soort == programma::Verschil::kToegevoegd  ? "Toegevoegd"
                          : v.soort == programma::Verschil::kVervallen ? "Vervallen"
                                                                       : "Gewijzigd";
      verschillen.push_back({{"product", v.productcode},
                             {"deelnemer", deelnemer_tekst(namen, v.deelnemer_id)},
                             {"soort", soort},
                             {"oud", v.oud ? regel_samenvatting(*v.oud) : std::string("–")},
                             {"nieuw", v.nieuw ? regel_samenvatting(*v.nieuw) : std::string("–")}});
    }
    view["verschillen"] = verschillen;
    view["heeft_verschillen"] = !verschillen.empty();
  }
  return frame_page(
      app, ui, req, p.titel, kMenuRegio,
      {{"/regio", "Regio"}, {kProgrammaLijst, "Uitvoeringsprogramma's"}, {"", p.titel}}, 200,
      render("programma", view));
}

// --- regels --------------------------------------------------------------------------------

std::vector<FieldsetSpec> regel_spec(const service::ProgrammaDetail& d) {
  std::vector<Optie> producten;
  producten.reserve(d.producten.size());
  for (const auto& p : d.producten) {
    producten.push_back({p.code, p.code + " " + p.naam + " (" + std::string(label(p.afrekenwijze)) +
                                     ", " + p.taakveld + ")"});
  }
  std::vector<Optie> deelnemers = {{"0", "Hele regio (regionaal product)"}};
  for (const auto& x : d.deelnemers) deelnemers.push_back({std::to_string(x.id), x.naam});
  std::vector<Optie> doelen;  // empty: none (the select's own empty choice)
  for (const auto& doel : d.programma.doelen) {
    doelen.push_back(
        {std::to_string(doel.nummer), std::to_string(doel.nummer) + ". " + doel.titel});
  }
  return {{"Product en deelnemer",
           {{"productcode", "Product", "select", true, producten},
            {"deelnemer", "Deelnemer", "select", true, deelnemers,
             "Een regionaal product geldt voor de hele regio; kental en maatwerk per deelnemer."},
            {"doel", "Doel", "select", false, doelen}}},
          {"Omvang",
           {{"aantal",
             "Aantal",
             "text",
             false,
             {},
             "Alleen bij kental: het aantal stuks.",
             true,
             "numeric"},
            {"uren",
             "Uren",
             "text",
             false,
             {},
             "Bij regionaal en maatwerk, zoals 1.250 of 40,5.",
             true,
             "decimal"},
            {"bedrag",
             "Bedrag",
             "text",
             false,
             {},
             "Bij maatwerk het afgesproken bedrag. Bij kental of regionaal alleen om de berekening "
             "met de hand te vervangen, met een reden.",
             true,
             "decimal"},
            {"reden",
             "Reden",
             "textarea",
             false,
             {},
             "Waarom het bedrag afwijkt van de berekening uit de catalogus."}}}};
}

Fields regel_waarden(const Programmaregel& g) {
  Fields f = {{"productcode", g.productcode},
              {"deelnemer", std::to_string(g.deelnemer_id)},
              {"doel", g.doel == 0 ? std::string() : std::to_string(g.doel)},
              {"reden", g.reden}};
  if (g.aantal) f["aantal"] = std::to_string(g.aantal);
  if (g.uren) f["uren"] = format_honderdsten(g.uren);
  if (g.bedrag_cents) f["bedrag"] = format_bedrag_invoer(*g.bedrag_cents);
  return f;
}

Response regel_formulier(const App& app, const UiContext& ui, const Request& req,
                         const service::ProgrammaDetail& d, std::int64_t nummer,
                         const Fields& waarden, const Error* error, bool verouderd = false) {
  const auto& p = d.programma;
  const bool nieuw_regel = nummer == 0;
  const std::string kop =
      nieuw_regel ? "Regel toevoegen" : "Regel " + std::to_string(nummer) + " wijzigen";
  FormView form{kop,
                "Het bedrag volgt uit de catalogus " + std::to_string(p.jaar) +
                    ": kental is aantal × normuren × uurtarief, regionaal uren × uurtarief "
                    "(verdeeld met de verdeelsleutel), maatwerk het afgesproken bedrag.",
                nieuw_regel ? programma_href(p.id) + "/regels"
                            : programma_href(p.id) + "/regels/" + std::to_string(nummer),
                nieuw_regel ? "Toevoegen" : "Opslaan",
                programma_href(p.id) + "#regels",
                p.versie,
                verouderd ? "Iemand anders heeft het programma intussen gewijzigd. Uw invoer staat "
                            "hieronder; opslaan legt haar vast over de nieuwe versie."
                          : ""};
  Layout layout{kop, kMenuRegio, programma_kruimels(&p, kop), verouderd ? 409 : 200};
  return form_page(app, ui, req, layout, form, regel_spec(d), waarden, error);
}

// GET /regio/programma/{id}/regels/nieuw and /regio/programma/{id}/regels/{nummer}
Response regel_pagina(const App& app, const UiContext& ui, Request& req) {
  Response fout;
  auto d = lees_programma(app, ui, req, fout);
  if (!d) return fout;
  if (auto e = geen_programmaformulier(ui, *d, false))
    return error_page(app, ui, req, *e, programma_href(d->programma.id));
  auto nummer = path_id(req, "nummer");
  if (!nummer) return regel_formulier(app, ui, req, *d, 0, {{"deelnemer", "0"}}, nullptr);
  if (*nummer < 1 || static_cast<std::size_t>(*nummer) > d->programma.regels.size()) {
    return error_page(app, ui, req, Error::not_found(), programma_href(d->programma.id));
  }
  return regel_formulier(app, ui, req, *d, *nummer,
                         regel_waarden(d->programma.regels[static_cast<std::size_t>(*nummer - 1)]),
                         nullptr);
}

// POST /regio/programma/{id}/regels and /regio/programma/{id}/regels/{nummer}
Response regel_opslaan(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  auto versie = formulier_versie(req);
  if (!id || !versie) return error_page(app, ui, req, Error::not_found(), kProgrammaLijst);
  auto nummer = path_id(req, "nummer");
  auto invoer = formulier_velden(req);
  auto& service = *app.services.programmas;
  auto saved = nummer ? service.regel_wijzigen(ui.ctx, *id, *versie, *nummer, invoer)
                      : service.regel_toevoegen(ui.ctx, *id, *versie, invoer);
  return na_deel_opslaan(app, ui, req, *id, saved, nummer ? "regel_gewijzigd" : "regel_toegevoegd",
                         "#regels", [&](const auto& d, const Error* e, bool verouderd) {
                           return regel_formulier(app, ui, req, d, nummer.value_or(0), invoer, e,
                                                  verouderd);
                         });
}

// GET and POST /regio/programma/{id}/regels/{nummer}/verwijderen
Response regel_verwijderen_pagina(const App& app, const UiContext& ui, Request& req) {
  Response fout;
  auto d = lees_programma(app, ui, req, fout);
  if (!d) return fout;
  if (auto e = geen_programmaformulier(ui, *d, false))
    return error_page(app, ui, req, *e, programma_href(d->programma.id));
  auto nummer = path_id(req, "nummer");
  const auto& p = d->programma;
  if (!nummer || *nummer < 1 || static_cast<std::size_t>(*nummer) > p.regels.size()) {
    return error_page(app, ui, req, Error::not_found(), programma_href(p.id));
  }
  const auto& g = p.regels[static_cast<std::size_t>(*nummer - 1)];
  DeleteConfirmation b;
  b.titel = "Regel " + std::to_string(*nummer) + " verwijderen";
  b.wat = "regel " + std::to_string(*nummer) + " (" + g.productcode + ") uit " + p.titel;
  b.gegevens = {{"Product", g.productcode},
                {"Deelnemer", deelnemer_tekst(deelnemer_namen(*d), g.deelnemer_id)},
                {"Omvang", regel_samenvatting(g)}};
  b.actie = programma_href(p.id) + "/regels/" + std::to_string(*nummer) + "/verwijderen";
  b.versie = p.versie;
  b.annuleren = programma_href(p.id) + "#regels";
  b.actief = kMenuRegio;
  b.kruimelpad = {{"/regio", "Regio"},
                  {kProgrammaLijst, "Uitvoeringsprogramma's"},
                  {programma_href(p.id), p.titel}};
  return delete_confirmation_page(app, ui, req, b);
}

Response regel_verwijderen(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  auto nummer = path_id(req, "nummer");
  auto versie = formulier_versie(req);
  if (!id || !nummer || !versie)
    return error_page(app, ui, req, Error::not_found(), kProgrammaLijst);
  auto weg = app.services.programmas->regel_verwijderen(ui.ctx, *id, *versie, *nummer);
  return na_deel_verwijderen(app, ui, req, *id, weg, "regel_verwijderd", "#regels",
                             programma_href(*id));
}

// A form on a programme: the programme as read now, the user's input and the errors.
using ProgrammaFormulier = Response (*)(const App&, const UiContext&, const Request&,
                                        const Uitvoeringsprogramma&, const Fields&, const Error*);

// What an invalid POST of such a form answers: the form again over the programme read anew.
std::function<Response(const Error&)> opnieuw_bij_fout(const App& app, const UiContext& ui,
                                                       const Request& req, Id id,
                                                       const Fields& invoer,
                                                       ProgrammaFormulier formulier) {
  return [&app, &ui, &req, id, &invoer, formulier](const Error& e) -> Response {
    auto d = app.services.programmas->programma(ui.ctx, id);
    if (!d.ok()) return error_page(app, ui, req, d.error(), kProgrammaLijst);
    return formulier(app, ui, req, d->programma, invoer, &e);
  };
}

// --- vaststellen and bijstellen --------------------------------------------------------------

std::vector<FieldsetSpec> vaststellen_spec() {
  std::vector<Optie> organen;
  for (auto o : beleidscyclus::alle_organen()) {
    std::string l(beleidscyclus::label(o));
    if (!l.empty()) l[0] = static_cast<char>(l[0] == 'h' ? 'H' : l[0]);
    organen.push_back({std::string(beleidscyclus::code(o)), l});
  }
  return {{"Vaststelling",
           {{"vastgesteldDoor", "Vastgesteld door", "select", true, organen},
            {"vastgesteldOp",
             "Vastgesteld op",
             "text",
             true,
             {},
             "Als dd-mm-jjjj, niet na vandaag.",
             true}}}};
}

Response vaststellen_formulier(const App& app, const UiContext& ui, const Request& req,
                               const Uitvoeringsprogramma& p, const Fields& waarden,
                               const Error* error) {
  FormView form{"Programma vaststellen",
                "Leg vast welk orgaan het programma heeft vastgesteld en wanneer. Daarna kan het "
                "programma niet meer worden gewijzigd, en de catalogus van " +
                    std::to_string(p.jaar) +
                    " ook niet. Het programma komt als vastgesteld product bij stap 4 (planning "
                    "en control) van de beleidscyclus.",
                programma_href(p.id) + "/vaststellen",
                "Vaststellen",
                programma_href(p.id),
                p.versie,
                ""};
  return form_page(app, ui, req,
                   {"Programma vaststellen", kMenuRegio, programma_kruimels(&p, "Vaststellen")},
                   form, vaststellen_spec(), waarden, error);
}

std::vector<FieldsetSpec> bijstellen_spec() {
  return {{"Bijstelling",
           {{"reden",
             "Reden",
             "textarea",
             true,
             {},
             "Waarom het vastgestelde programma wordt aangepast."}}}};
}

Response bijstellen_formulier(const App& app, const UiContext& ui, const Request& req,
                              const Uitvoeringsprogramma& p, const Fields& waarden,
                              const Error* error) {
  FormView form{"Programma bijstellen",
                "Een bijstelling is een nieuwe versie in concept met dezelfde doelen en regels. "
                "Pas die aan en stel haar vast; deze versie blijft bewaard.",
                programma_href(p.id) + "/bijstellen",
                "Bijstelling maken",
                programma_href(p.id),
                p.versie,
                ""};
  return form_page(app, ui, req,
                   {"Programma bijstellen", kMenuRegio, programma_kruimels(&p, "Bijstellen")}, form,
                   bijstellen_spec(), waarden, error);
}

Response vaststellen_pagina(const App& app, const UiContext& ui, Request& req) {
  Response fout;
  auto d = lees_programma(app, ui, req, fout);
  if (!d) return fout;
  if (auto e = geen_programmaformulier(ui, *d, false))
    return error_page(app, ui, req, *e, programma_href(d->programma.id));
  return vaststellen_formulier(app, ui, req, d->programma,
                               {{"vastgesteldDoor", "algemeen_bestuur"},
                                {"vastgesteldOp", app.services.clock->vandaag().nl()}},
                               nullptr);
}

Response bijstellen_pagina(const App& app, const UiContext& ui, Request& req) {
  Response fout;
  auto d = lees_programma(app, ui, req, fout);
  if (!d) return fout;
  if (auto e = geen_programmaformulier(ui, *d, true))
    return error_page(app, ui, req, *e, programma_href(d->programma.id));
  return bijstellen_formulier(app, ui, req, d->programma, {}, nullptr);
}

Response vaststellen(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  auto versie = formulier_versie(req);
  if (!id || !versie) return error_page(app, ui, req, Error::not_found(), kProgrammaLijst);
  auto invoer = formulier_velden(req);
  auto saved = app.services.programmas->vaststellen(ui.ctx, *id, *versie, invoer);
  SaveFailure f;
  f.terug_href = programma_href(*id);
  f.stale_href = programma_href(*id);
  f.on_invalid = opnieuw_bij_fout(app, ui, req, *id, invoer, vaststellen_formulier);
  return after_save(app, ui, req, saved, programma_href(*id) + "?melding=programma_vastgesteld", f);
}

Response bijstellen(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  auto versie = formulier_versie(req);
  if (!id || !versie) return error_page(app, ui, req, Error::not_found(), kProgrammaLijst);
  auto invoer = formulier_velden(req);
  auto saved = app.services.programmas->bijstellen(ui.ctx, *id, *versie, invoer);
  if (saved.ok()) return see_other(programma_href(saved->id) + "?melding=programma_bijgesteld");
  SaveFailure f;
  f.terug_href = programma_href(*id);
  f.stale_href = programma_href(*id);
  f.on_invalid = opnieuw_bij_fout(app, ui, req, *id, invoer, bijstellen_formulier);
  return after_failed_save(app, ui, req, saved.error(), f);
}

}  // namespace

void add_programma_ui(UiRoutes& r) {
  r.add_page(kProgrammaLijst, lijst);
  r.add_page("/regio/programma/nieuw", nieuw);
  r.add_form("/regio/programma/nieuw", aanmaken);
  r.add_page("/regio/programma/{id}", detail);
  r.add_page("/regio/programma/{id}/regels/nieuw", regel_pagina);
  r.add_form("/regio/programma/{id}/regels", regel_opslaan);
  r.add_page("/regio/programma/{id}/regels/{nummer}", regel_pagina);
  r.add_form("/regio/programma/{id}/regels/{nummer}", regel_opslaan);
  r.add_page("/regio/programma/{id}/regels/{nummer}/verwijderen", regel_verwijderen_pagina);
  r.add_form("/regio/programma/{id}/regels/{nummer}/verwijderen", regel_verwijderen);
  r.add_page("/regio/programma/{id}/vaststellen", vaststellen_pagina);
  r.add_form("/regio/programma/{id}/vaststellen", vaststellen);
  r.add_page("/regio/programma/{id}/bijstellen", bijstellen_pagina);
  r.add_form("/regio/programma/{id}/bijstellen", bijstellen);
}

}  // namespace regie::web::ui

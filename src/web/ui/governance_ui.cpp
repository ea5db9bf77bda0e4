// Governance (GOV-6, GOV-8, GOV-9): the bevindingen of the regio or of one organisatie,
// the vertegenwoordigingen of collectief opdrachtgeverschap and the projectgroep beleidscyclus.
#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "core/text.hpp"
#include "web/messages.hpp"
#include "web/ui/formulier.hpp"
#include "web/ui/lijst.hpp"
#include "web/ui/ui_routes.hpp"
#include "web/ui/views.hpp"

namespace regie::web::ui {

using json = nlohmann::json;

namespace {

// GOV-9: "Wat te doen" as the action that repairs the finding, where the reader may take it: a
// missing rol opens the form "Rol toevoegen" with the organisatie and the kind of rol filled in;
// the projectgroep and its regisseur open their page. Empty: the text says what to do.
std::string actie_href(const auth::Actor& actor, const governance::Bevinding& b) {
  const std::map<std::string, std::string> ontbrekende_rol = {
      {"gov4.geen_ambtelijk_opdrachtgever", "ambtelijk_opdrachtgever"},
      {"gov4.geen_accountmanager", "accountmanager"},
      {"gov2.deelnemer_zonder_ab_lid", "ab_lid"}};
  if (auto it = ontbrekende_rol.find(b.uitleg_key); it != ontbrekende_rol.end() &&
                                                    b.organisaties.size() == 1 &&
                                                    auth::mag_rollen_vastleggen(actor)) {
    return "/rollen/nieuw?soort=" + it->second +
           "&organisatieId=" + std::to_string(b.organisaties.front());
  }
  if (b.uitleg_key.starts_with("gov8.")) return "/regio/projectgroep";
  return "";
}

// GOV-9 (and GOV-7: every finding shows its pet): the health list for the regio or, with
// `organisatie_id`, for one organisatie.
Response bevindingen_lijst(const App& app, const UiContext& ui, Request& req,
                           std::optional<Id> organisatie_id) {
  auto q = req.query_params();
  Datum peildatum = app.services.clock->vandaag();
  if (!q["peildatum"].empty()) {
    if (auto d = Datum::parse_nl(q["peildatum"])) peildatum = *d;
  }
  auto gezondheid = app.services.governance->bevindingen(ui.ctx, ui.ctx.actor.regio_id, peildatum,
                                                         organisatie_id);
  if (!gezondheid.ok()) return error_page(app, &ui, req, gezondheid.error());
  std::string org_naam;
  if (gezondheid->organisatie_id) {
    auto it = gezondheid->organisatie_namen.find(*gezondheid->organisatie_id);
    if (it != gezondheid->organisatie_namen.end()) org_naam = it->second;
  }
  ListView list;
  list.kop = organisatie_id ? "Governance van " + org_naam : "Governance: bevindingen";
  list.intro = "De controles op rolvastheid op " + peildatum.nl() +
               (gezondheid->organisatie_id ? ", voor zover ze " + org_naam + " betreffen."
                                           : ", voor de hele regio.") +
               " De kolom Pet zegt of het onderwerp de eigenaar, de opdrachtgever of de "
               "opdrachtnemer raakt.";
  list.pad = req.path;
  list.kolommen = {
      {"Ernst", ""}, {"Pet", ""}, {"Betreft", ""}, {"Bevinding", ""}, {"Wat te doen", ""}};
  // Routine notices of one kind (the pettenscheiding of every AB member) fold into one row
  // that names them all; the API keeps each.
  struct Regel {
    const governance::Bevinding* bevinding;
    std::vector<const governance::Bevinding*> samen;
  };
  std::vector<Regel> regels;
  for (const auto& b : gezondheid->bevindingen) {
    const std::string samenvatting = b.uitleg_key + ".samenvatting";
    if (b.ernst == governance::Ernst::kMelding && messages().texts().count(samenvatting) > 0) {
      auto it = std::find_if(regels.begin(), regels.end(), [&](const Regel& r) {
        return r.bevinding->uitleg_key == b.uitleg_key;
      });
      if (it != regels.end()) {
        it->samen.push_back(&b);
        continue;
      }
    }
    regels.push_back({&b, {&b}});
  }
  std::int64_t pagina = pagina_uit(q);
  auto begin = static_cast<std::size_t>(std::min<std::int64_t>(
      (pagina - 1) * kPaginaGrootte, static_cast<std::int64_t>(regels.size())));
  auto end = std::min(regels.size(), begin + static_cast<std::size_t>(kPaginaGrootte));
  for (std::size_t i = begin; i < end; ++i) {
    const auto& b = *regels[i].bevinding;
    json links = json::array();
    std::vector<Id> organisaties;
    std::vector<Id> personen;
    for (const auto* deel : regels[i].samen) {
      for (Id o : deel->organisaties) {
        if (std::find(organisaties.begin(), organisaties.end(), o) == organisaties.end()) {
          organisaties.push_back(o);
        }
      }
      for (Id p : deel->personen) {
        if (std::find(personen.begin(), personen.end(), p) == personen.end()) personen.push_back(p);
      }
    }
    // One finding: its organisaties, then its personen; folded ones: the personen they concern.
    if (regels[i].samen.size() == 1) {
      for (Id o : organisaties) {
        links.push_back({{"href", "/organisaties/" + std::to_string(o)},
                         {"tekst", gezondheid->organisatie_namen.at(o)}});
      }
    }
    for (Id p : personen) {
      auto it = gezondheid->persoon_namen.find(p);
      if (it == gezondheid->persoon_namen.end()) continue;
      links.push_back({{"href", "/personen/" + std::to_string(p)}, {"tekst", it->second}});
    }
    if (links.empty()) links.push_back({{"href", "/regio"}, {"tekst", "De regio"}});
    std::string bevinding = tekst_met(b.uitleg_key, b.waarden);
    if (regels[i].samen.size() > 1) {
      // {aantal}, and {aantal_<rol>} per role the folded findings combine (e.g. how many of
      // the bestuurders also sit in the DB, the opdrachtnemer's board).
      std::map<std::string, std::string> waarden{
          {"aantal", std::to_string(regels[i].samen.size())}};
      std::map<std::string, int> per_rol;
      for (governance::RolSoort soort : governance::alle_rol_soorten()) {
        per_rol[std::string(code(soort))] = 0;
      }
      for (const auto* deel : regels[i].samen) {
        auto rollen = deel->waarden.find("rollen");
        if (rollen == deel->waarden.end()) continue;
        std::string_view rest = rollen->second;
        while (!rest.empty()) {
          const auto komma = rest.find(',');
          ++per_rol[trim(rest.substr(0, komma))];
          rest = komma == std::string_view::npos ? std::string_view() : rest.substr(komma + 1);
        }
      }
      for (const auto& [rol, aantal] : per_rol) waarden["aantal_" + rol] = std::to_string(aantal);
      bevinding = tekst_met(b.uitleg_key + ".samenvatting", waarden);
    }
    list.rijen.push_back(
        {{"cellen",
          json::array({cel_tag(std::string(label(b.ernst)), std::string(code(b.ernst))),
                       cel(std::string(label(b.pet))), cel_links(std::move(links)), cel(bevinding),
                       cel(tekst_met(b.remedie_key, b.waarden), actie_href(ui.ctx.actor, b))})}});
  }
  list.totaal = static_cast<std::int64_t>(regels.size());
  list.pagina = pagina;
  std::map<std::string, std::string> filter_waarden = q;
  filter_waarden["peildatum"] = peildatum.iso();
  list.filters = json::array(
      {filter_veld({"peildatum", "Peildatum", "date", false, {}, "", true}, filter_waarden)});
  Layout layout{"Bevindingen", "/regio", {{"/regio", "Regio"}, {"", "Bevindingen"}}};
  if (organisatie_id) {
    layout.actief = "/organisaties";
    layout.kruimelpad = {{"/organisaties", "Organisaties"},
                         {"/organisaties/" + std::to_string(*organisatie_id), org_naam},
                         {"", "Governance"}};
  }
  return frame_page(app, &ui, req, layout, render_list(req, list));
}

Response bevindingen(const App& app, const UiContext& ui, Request& req) {
  return bevindingen_lijst(app, ui, req, std::nullopt);
}

Response organisatie_bevindingen(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, &ui, req, Error::not_found());
  return bevindingen_lijst(app, ui, req, id);
}

// Collectief opdrachtgeverschap

using governance::Vertegenwoordiging;

std::vector<FieldsetSpec> vertegenwoordiging_spec(const App& app, const UiContext& ui) {
  auto orgs = organisatie_opties(app, ui);
  return {{"Wie vertegenwoordigt wie",
           {{"opdrachtgeverId", "Vertegenwoordigende opdrachtgever", "select", true, orgs,
             "De opdrachtgever wiens ambtelijk opdrachtgever ook optreedt voor de andere "
             "deelnemer."},
            {"vertegenwoordigdeId", "Vertegenwoordigde deelnemer", "select", true, orgs},
            {"omvang",
             "Omvang",
             "select",
             true,
             {{"volledig", std::string(label(governance::Omvang::kVolledig))},
              {"collectief", std::string(label(governance::Omvang::kCollectief))}},
             "Alleen de collectieve opdracht: de deelnemer houdt een eigen ambtelijk "
             "opdrachtgever voor de rest (zijn maatwerk)."}}},
          {"Mandaat",
           {{"mandaatVerleendDoor", "Verleend door", "select", false, persoon_opties(app, ui),
             "De bestuurlijk opdrachtgever van de vertegenwoordigde deelnemer, die het mandaat "
             "gaf."},
            {"mandaatVerleendOp", "Verleend op", "date", false, {}, "", true},
            {"mandaatScope",
             "Reikwijdte",
             "text",
             false,
             {},
             "Waarvoor het mandaat geldt, bijvoorbeeld: opdrachtverlening en sturing op het "
             "uitvoeringsprogramma."},
            {"mandaatVan", "Geldig van", "date", false, {}, "", true},
            {"mandaatTot",
             "Geldig tot en met",
             "date",
             false,
             {},
             "Leeg laten als het doorloopt.",
             true}}}};
}

Fields to_fields(const Vertegenwoordiging& v) {
  const auto& m = v.mandaat;
  return {{"opdrachtgeverId", std::to_string(v.opdrachtgever_id)},
          {"vertegenwoordigdeId", std::to_string(v.vertegenwoordigde_id)},
          {"mandaatVerleendDoor", m.verleend_door ? std::to_string(*m.verleend_door) : ""},
          {"mandaatVerleendOp", m.verleend_op ? m.verleend_op->iso() : ""},
          {"mandaatScope", m.scope},
          {"mandaatVan", m.periode ? m.periode->van.iso() : ""},
          {"mandaatTot", m.periode && m.periode->tot ? m.periode->tot->iso() : ""},
          {"omvang", std::string(code(v.omvang))}};
}

std::string mandaat_status(const service::VertegenwoordigingRegel& r, Datum vandaag) {
  if (!r.compleet) return "Onvolledig";
  if (r.geldig) return "Geldig";
  const auto& periode = *r.vertegenwoordiging.mandaat.periode;
  return vandaag < periode.van ? "Nog niet geldig" : "Verlopen";
}

Layout vertegenwoordiging_layout(const std::string& titel, const std::string& laatste,
                                 const std::string& base = "") {
  std::vector<Kruimel> pad = {{"/regio", "Regio"},
                              {"/vertegenwoordigingen", "Vertegenwoordigingen"}};
  if (!base.empty()) pad.push_back({base, "Vertegenwoordiging"});
  pad.push_back({"", laatste});
  return Layout{titel, "/regio", pad};
}

Response vertegenwoordigingen(const App& app, const UiContext& ui, Request& req) {
  Datum vandaag = app.services.clock->vandaag();
  auto lijst = app.services.governance->vertegenwoordigingen(ui.ctx, vandaag);
  if (!lijst.ok()) return error_page(app, &ui, req, lijst.error());
  auto q = req.query_params();
  std::string sorteer;
  auto richting = richting_uit(q, sorteer);
  auto rijen = *lijst;
  auto sleutel = [&](const service::VertegenwoordigingRegel& r) {
    return sorteer == "vertegenwoordigde" ? r.vertegenwoordigde_naam : r.opdrachtgever_naam;
  };
  std::stable_sort(rijen.begin(), rijen.end(), [&](const auto& a, const auto& b) {
    return richting == SortRichting::kAflopend ? sleutel(b) < sleutel(a) : sleutel(a) < sleutel(b);
  });
  ListView list;
  list.kop = "Collectief opdrachtgeverschap";
  list.intro =
      "Een opdrachtgever kan andere deelnemers vertegenwoordigen. Dan legt elke "
      "vertegenwoordigde deelnemer een mandaat vast: wie, wanneer, waarvoor en voor welke "
      "periode. Status op " +
      vandaag.nl() + ".";
  list.pad = "/vertegenwoordigingen";
  if (service::GovernanceService::mag_vertegenwoordigingen_vastleggen(ui.ctx)) {
    list.nieuw_href = "/vertegenwoordigingen/nieuw";
    list.nieuw_label = "Vertegenwoordiging toevoegen";
  }
  list.kolommen = {{"Opdrachtgever", "opdrachtgever"},
                   {"Vertegenwoordigt", "vertegenwoordigde"},
                   {"Omvang", ""},
                   {"Mandaat verleend door", ""},
                   {"Periode", ""},
                   {"Mandaat", ""}};
  for (const auto& r : rijen) {
    const auto& m = r.vertegenwoordiging.mandaat;
    list.rijen.push_back(
        {{"cellen",
          json::array(
              {cel(r.opdrachtgever_naam,
                   "/vertegenwoordigingen/" + std::to_string(r.vertegenwoordiging.id)),
               cel(r.vertegenwoordigde_naam), cel(std::string(label(r.vertegenwoordiging.omvang))),
               cel(r.verleend_door_naam.empty() ? "–" : r.verleend_door_naam),
               cel(m.periode ? periode_nl(*m.periode) : "–"), cel(mandaat_status(r, vandaag))})}});
  }
  list.totaal = static_cast<std::int64_t>(rijen.size());
  Layout layout{"Collectief opdrachtgeverschap",
                "/regio",
                {{"/regio", "Regio"}, {"", "Vertegenwoordigingen"}}};
  return frame_page(app, &ui, req, layout, render_list(req, list));
}

Response vertegenwoordiging(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, &ui, req, Error::not_found());
  Datum vandaag = app.services.clock->vandaag();
  auto r = app.services.governance->vertegenwoordiging(ui.ctx, *id, vandaag);
  if (!r.ok()) return error_page(app, &ui, req, r.error(), "/vertegenwoordigingen");
  const auto& v = r->vertegenwoordiging;
  const auto& m = v.mandaat;
  std::string base = "/vertegenwoordigingen/" + std::to_string(*id);
  std::string kop = r->opdrachtgever_naam + " vertegenwoordigt " + r->vertegenwoordigde_naam;
  json view = {
      {"kop", kop},
      {"gegevens",
       json::array(
           {{{"label", "Vertegenwoordigende opdrachtgever"},
             {"waarde", r->opdrachtgever_naam},
             {"href", "/organisaties/" + std::to_string(v.opdrachtgever_id)}},
            {{"label", "Vertegenwoordigde deelnemer"},
             {"waarde", r->vertegenwoordigde_naam},
             {"href", "/organisaties/" + std::to_string(v.vertegenwoordigde_id)}},
            {{"label", "Omvang"}, {"waarde", std::string(label(v.omvang))}},
            {{"label", "Mandaat verleend door"},
             {"waarde", r->verleend_door_naam.empty() ? "niet vastgelegd" : r->verleend_door_naam}},
            {{"label", "Verleend op"},
             {"waarde", m.verleend_op ? m.verleend_op->nl() : "niet vastgelegd"}},
            {{"label", "Reikwijdte"}, {"waarde", m.scope.empty() ? "niet vastgelegd" : m.scope}},
            {{"label", "Geldig"},
             {"waarde", m.periode ? periode_nl(*m.periode) : "niet vastgelegd"}},
            {{"label", "Mandaat op " + vandaag.nl()}, {"waarde", mandaat_status(*r, vandaag)}}})},
      {"mag_wijzigen", r->mag_wijzigen},
      {"bewerken_href", base + "/bewerken"},
      {"verwijderen_href", base + "/verwijderen"},
      {"verwijderen_label", "Vertegenwoordiging verwijderen"},
      {"csrf", ui.csrf},
      {"versie", std::to_string(v.versie)},
      {"secties", json::array()}};
  return frame_page(app, &ui, req, vertegenwoordiging_layout(kop, "Vertegenwoordiging"),
                    render("detail", view));
}

Response vertegenwoordiging_nieuw(const App& app, const UiContext& ui, Request& req) {
  if (!service::GovernanceService::mag_vertegenwoordigingen_vastleggen(ui.ctx)) {
    return error_page(app, &ui, req, Error::forbidden());
  }
  FormView form{"Vertegenwoordiging toevoegen",
                "Het mandaat is van de vertegenwoordigde deelnemer: die legt het vast. Een "
                "onvolledig mandaat kan worden vastgelegd; het verschijnt dan als bevinding tot "
                "het compleet is.",
                "/vertegenwoordigingen",
                "Toevoegen",
                "/vertegenwoordigingen",
                std::nullopt,
                ""};
  // GOV-6: an opdrachtgever records the mandaat its own organisatie gives.
  Fields waarden;
  if (auto eigen =
          auth::organisaties_als(ui.ctx.actor, governance::RolSoort::kAmbtelijkOpdrachtgever);
      !eigen.empty()) {
    waarden["vertegenwoordigdeId"] = std::to_string(eigen.front());
  }
  return form_page(app, ui, req,
                   vertegenwoordiging_layout("Vertegenwoordiging toevoegen", "Toevoegen"), form,
                   vertegenwoordiging_spec(app, ui), waarden, nullptr);
}

Response vertegenwoordiging_aanmaken(const App& app, const UiContext& ui, Request& req) {
  auto r = app.services.governance->create_vertegenwoordiging(ui.ctx, formulier_velden(req));
  std::string href =
      r.ok() ? "/vertegenwoordigingen/" + std::to_string(r->id) + "?melding=aangemaakt" : "";
  FormView form{"Vertegenwoordiging toevoegen",
                "",
                "/vertegenwoordigingen",
                "Toevoegen",
                "/vertegenwoordigingen",
                std::nullopt,
                ""};
  return after_form_save(app, ui, req, r, href,
                         vertegenwoordiging_layout("Vertegenwoordiging toevoegen", "Toevoegen"),
                         form, vertegenwoordiging_spec(app, ui),
                         [] { return Result<Vertegenwoordiging>(Error::not_found()); });
}

Response vertegenwoordiging_form(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, &ui, req, Error::not_found());
  auto r = app.services.governance->vertegenwoordiging(ui.ctx, *id, app.services.clock->vandaag());
  if (!r.ok()) return error_page(app, &ui, req, r.error());
  if (!r->mag_wijzigen) return error_page(app, &ui, req, Error::forbidden());
  std::string base = "/vertegenwoordigingen/" + std::to_string(*id);
  FormView form{"Vertegenwoordiging wijzigen", "", base, "Opslaan", base,
                r->vertegenwoordiging.versie,  ""};
  return form_page(app, ui, req,
                   vertegenwoordiging_layout("Vertegenwoordiging wijzigen", "Wijzigen", base), form,
                   vertegenwoordiging_spec(app, ui), to_fields(r->vertegenwoordiging), nullptr);
}

Response vertegenwoordiging_opslaan(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, &ui, req, Error::not_found());
  auto versie = formulier_versie(req).value_or(0);
  auto r = app.services.governance->update_vertegenwoordiging(ui.ctx, *id, versie,
                                                              formulier_velden(req));
  std::string base = "/vertegenwoordigingen/" + std::to_string(*id);
  FormView form{"Vertegenwoordiging wijzigen", "", base, "Opslaan", base, versie, ""};
  return after_form_save(
      app, ui, req, r, base + "?melding=opgeslagen",
      vertegenwoordiging_layout("Vertegenwoordiging wijzigen", "Wijzigen", base), form,
      vertegenwoordiging_spec(app, ui), [&]() -> Result<Vertegenwoordiging> {
        auto latest =
            app.services.governance->vertegenwoordiging(ui.ctx, *id, app.services.clock->vandaag());
        if (!latest.ok()) return latest.error();
        return latest->vertegenwoordiging;
      });
}

Response vertegenwoordiging_verwijderen_form(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, &ui, req, Error::not_found());
  auto r = app.services.governance->vertegenwoordiging(ui.ctx, *id, app.services.clock->vandaag());
  if (!r.ok()) return error_page(app, &ui, req, r.error(), "/vertegenwoordigingen");
  std::string base = "/vertegenwoordigingen/" + std::to_string(*id);
  if (!r->mag_wijzigen) return error_page(app, &ui, req, Error::forbidden(), base);
  const auto& m = r->vertegenwoordiging.mandaat;
  DeleteConfirmation bevestiging;
  bevestiging.titel = "Vertegenwoordiging verwijderen";
  bevestiging.wat =
      "de vertegenwoordiging van " + r->vertegenwoordigde_naam + " door " + r->opdrachtgever_naam;
  bevestiging.gegevens = {
      {"Vertegenwoordigende opdrachtgever", r->opdrachtgever_naam},
      {"Vertegenwoordigde deelnemer", r->vertegenwoordigde_naam},
      {"Mandaat geldig", m.periode ? periode_nl(*m.periode) : "niet vastgelegd"}};
  bevestiging.gevolg =
      "Het mandaat verdwijnt met de vertegenwoordiging. Loopt het alleen af, vul dan liever de "
      "einddatum van het mandaat in.";
  bevestiging.actie = base + "/verwijderen";
  bevestiging.versie = r->vertegenwoordiging.versie;
  bevestiging.annuleren = base;
  bevestiging.actief = "/regio";
  bevestiging.kruimelpad = {{"/regio", "Regio"},
                            {"/vertegenwoordigingen", "Vertegenwoordigingen"},
                            {base, "Vertegenwoordiging"}};
  return delete_confirmation_page(app, ui, req, bevestiging);
}

Response vertegenwoordiging_verwijderen(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, &ui, req, Error::not_found());
  auto r = app.services.governance->delete_vertegenwoordiging(ui.ctx, *id,
                                                              formulier_versie(req).value_or(0));
  return after_delete(app, ui, req, r, "/vertegenwoordigingen",
                      "/vertegenwoordigingen/" + std::to_string(*id));
}

// Projectgroep (GOV-8)

constexpr const char* kProjectgroep = "/regio/projectgroep";

// The projectgroep page; after a refused form, that form again with the input and its errors.
Response projectgroep_pagina(const App& app, const UiContext& ui, const Request& req,
                             const Error* regisseur_fout, const Error* lid_fout,
                             const Fields& lid_waarden) {
  auto w = app.services.governance->projectgroep(ui.ctx, app.services.clock->vandaag());
  if (!w.ok()) return error_page(app, &ui, req, w.error());
  const auto& actor = ui.ctx.actor;
  std::string regisseur = "niet vastgelegd";
  if (w->groep && w->groep->regisseur_persoon_id) {
    regisseur = w->persoon_namen[*w->groep->regisseur_persoon_id];
  }
  // GOV-8: who appointed the regisseur, and when.
  std::string benoemd = "niet vastgelegd";
  if (w->groep && w->groep->regisseur_benoemd_door) {
    benoemd = w->persoon_namen[*w->groep->regisseur_benoemd_door];
    if (w->groep->regisseur_benoemd_op) benoemd += " op " + w->groep->regisseur_benoemd_op->nl();
  }
  std::string ontbreekt;
  for (Id o : w->ontbrekende_deelnemers) {
    ontbreekt += (ontbreekt.empty() ? "" : ", ") + w->organisatie_namen[o];
  }
  json view = {
      {"kop", "Projectgroep beleidscyclus"},
      {"gegevens",
       json::array({{{"label", "Regisseur beleidscyclus"}, {"waarde", regisseur}},
                    {{"label", "Benoemd door"}, {"waarde", benoemd}},
                    {{"label", "Aantal leden"},
                     {"waarde", std::to_string(w->groep ? w->groep->leden.size() : 0)}},
                    {{"label", "Deelnemers zonder lid"},
                     {"waarde", ontbreekt.empty() ? "geen: elke deelnemer is vertegenwoordigd"
                                                  : ontbreekt}}})},
      {"mag_wijzigen", false},
      {"secties", json::array()}};
  if (!w->groep) {
    view["gegevens"].push_back(
        {{"label", "Status"}, {"waarde", "Er is nog geen projectgroep samengesteld."}});
  }

  if (auth::mag_projectgroep_wijzigen(actor)) {
    Fields waarden;
    if (w->groep && w->groep->regisseur_persoon_id) {
      waarden["regisseurPersoonId"] = std::to_string(*w->groep->regisseur_persoon_id);
    }
    if (w->groep && w->groep->regisseur_benoemd_door) {
      waarden["regisseurBenoemdDoor"] = std::to_string(*w->groep->regisseur_benoemd_door);
    }
    if (w->groep && w->groep->regisseur_benoemd_op) {
      waarden["regisseurBenoemdOp"] = w->groep->regisseur_benoemd_op->iso();
    }
    if (regisseur_fout) waarden = formulier_velden(req);
    auto fouten = fout_teksten(regisseur_fout);
    json velden = json::array(
        {veld_view({"regisseurPersoonId", "Regisseur", "select", false, persoon_opties(app, ui),
                    "Benoemd door de bestuurlijk opdrachtgever, voor "
                    "bepaalde tijd (leg de benoeming vast als rol)."},
                   waarden, fouten, "regisseur-"),
         veld_view(
             {"regisseurBenoemdDoor", "Benoemd door", "select", false, persoon_opties(app, ui),
              "De bestuurlijk opdrachtgever die de regisseur benoemde."},
             waarden, fouten, "regisseur-"),
         veld_view({"regisseurBenoemdOp", "Benoemd op", "date", false, {}, "", true}, waarden,
                   fouten, "regisseur-")});
    json formulier = {{"actie", "/regio/projectgroep"},
                      {"csrf", ui.csrf},
                      {"legend", "Wie leidt de projectgroep"},
                      {"velden", velden},
                      {"knop", "Regisseur opslaan"},
                      {"formulier_versie", std::to_string(w->groep ? w->groep->versie : 0)}};
    if (regisseur_fout) formulier["fouten_samenvatting"] = true;
    view["secties"].push_back(
        {{"id", "regisseur"}, {"titel", "Regisseur"}, {"formulier", formulier}});
  }

  json rijen = json::array();
  bool acties = false;
  if (w->groep) {
    for (const auto& lid : w->groep->leden) {
      json cellen = json::array(
          {cel(w->persoon_namen[lid.persoon_id], "/personen/" + std::to_string(lid.persoon_id)),
           cel(w->organisatie_namen[lid.organisatie_id])});
      if (auth::mag_projectgroeplid_wijzigen(actor, lid.organisatie_id)) {
        acties = true;
        cellen.push_back(cel(
            "Verwijderen", "/regio/projectgroep/leden/" + std::to_string(lid.id) + "/verwijderen"));
      } else {
        cellen.push_back(cel(""));
      }
      rijen.push_back({{"cellen", cellen}});
    }
  }
  json kolommen = json::array({{{"label", "Lid"}}, {{"label", "Vertegenwoordigt"}}});
  if (acties) {
    kolommen.push_back({{"label", "Actie"}});
  } else {
    for (auto& rij : rijen) rij["cellen"].erase(2);
  }
  json leden = {{"id", "leden"},
                {"titel", "Leden"},
                {"tekst",
                 "Elke deelnemer wijst een lid aan; overige partijen, zoals het waterschap, "
                 "kunnen meedoen."},
                {"heeft_tabel", true},
                {"kolommen", kolommen},
                {"aantal_kolommen", std::to_string(kolommen.size())},
                {"rijen", rijen}};
  std::vector<Optie> deelnemers;
  for (Id o : w->deelnemers) {
    if (auth::mag_projectgroeplid_wijzigen(actor, o)) {
      deelnemers.push_back({std::to_string(o), w->organisatie_namen[o]});
    }
  }
  // GOV-8: "alle deelnemers en overige partijen".
  for (Id o : w->overige_partijen) {
    if (auth::mag_projectgroeplid_wijzigen(actor, o)) {
      deelnemers.push_back({std::to_string(o), w->organisatie_namen[o] + " (overige partij)"});
    }
  }
  if (!deelnemers.empty()) {
    auto fouten = fout_teksten(lid_fout);
    Fields waarden = lid_waarden;
    if (deelnemers.size() == 1 && waarden["organisatieId"].empty()) {
      waarden["organisatieId"] = deelnemers.front().waarde;
    }
    json velden =
        json::array({veld_view({"persoonId", "Persoon", "select", true, persoon_opties(app, ui)},
                               waarden, fouten, "lid-"),
                     veld_view({"organisatieId", "Vertegenwoordigt", "select", true, deelnemers},
                               waarden, fouten, "lid-")});
    leden["formulier"] = {{"actie", "/regio/projectgroep/leden"},
                          {"csrf", ui.csrf},
                          {"legend", "Lid toevoegen"},
                          {"velden", velden},
                          {"knop", "Lid toevoegen"}};
    if (lid_fout) leden["formulier"]["fouten_samenvatting"] = true;
  }
  view["secties"].push_back(leden);
  view["secties"].push_back({{"id", "controle"},
                             {"titel", "Controle"},
                             {"link_href", "/regio/bevindingen"},
                             {"link_label", "Alle governancebevindingen van de regio"}});
  Layout layout{
      "Projectgroep beleidscyclus", "/regio", {{"/regio", "Regio"}, {"", "Projectgroep"}}};
  if (regisseur_fout) layout.status = http_status(regisseur_fout->code);
  if (lid_fout) layout.status = http_status(lid_fout->code);
  return frame_page(app, &ui, req, layout, render("detail", view));
}

Response projectgroep(const App& app, const UiContext& ui, Request& req) {
  return projectgroep_pagina(app, ui, req, nullptr, nullptr, {});
}

Response projectgroep_regisseur(const App& app, const UiContext& ui, Request& req) {
  auto r = app.services.governance->update_projectgroep(ui.ctx, formulier_versie(req).value_or(0),
                                                        formulier_velden(req));
  SaveFailure failure;
  failure.terug_href = kProjectgroep;
  failure.stale_href = kProjectgroep;
  failure.on_invalid = [&](const Error& error) {
    return projectgroep_pagina(app, ui, req, &error, nullptr, {});
  };
  return after_save(app, ui, req, r, std::string(kProjectgroep) + "?melding=opgeslagen", failure);
}

Response projectgroeplid_aanmaken(const App& app, const UiContext& ui, Request& req) {
  auto r = app.services.governance->create_projectgroeplid(ui.ctx, formulier_velden(req));
  SaveFailure failure;
  failure.terug_href = kProjectgroep;
  failure.on_invalid = [&](const Error& error) {
    return projectgroep_pagina(app, ui, req, nullptr, &error, formulier_velden(req));
  };
  return after_save(app, ui, req, r, std::string(kProjectgroep) + "?melding=aangemaakt", failure);
}

Response projectgroeplid_verwijderen_form(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "lidId");
  if (!id) return error_page(app, &ui, req, Error::not_found());
  auto w = app.services.governance->projectgroep(ui.ctx, app.services.clock->vandaag());
  if (!w.ok()) return error_page(app, &ui, req, w.error(), kProjectgroep);
  const governance::Projectgroep::Lid* lid = nullptr;
  if (w->groep) {
    for (const auto& l : w->groep->leden) {
      if (l.id == *id) lid = &l;
    }
  }
  if (!lid) return error_page(app, &ui, req, Error::not_found(), kProjectgroep);
  if (!auth::mag_projectgroeplid_wijzigen(ui.ctx.actor, lid->organisatie_id)) {
    return error_page(app, &ui, req, Error::forbidden(), kProjectgroep);
  }
  const std::string persoon = w->persoon_namen[lid->persoon_id];
  DeleteConfirmation bevestiging;
  bevestiging.titel = "Lid van de projectgroep verwijderen";
  bevestiging.wat = persoon + " als lid van de projectgroep";
  bevestiging.gegevens = {{"Lid", persoon},
                          {"Vertegenwoordigt", w->organisatie_namen[lid->organisatie_id]}};
  bevestiging.gevolg =
      "De persoon zelf blijft bestaan; alleen het lidmaatschap van de projectgroep vervalt.";
  bevestiging.actie = std::string(kProjectgroep) + "/leden/" + std::to_string(*id) + "/verwijderen";
  bevestiging.annuleren = kProjectgroep;
  bevestiging.actief = "/regio";
  bevestiging.kruimelpad = {{"/regio", "Regio"}, {kProjectgroep, "Projectgroep"}};
  return delete_confirmation_page(app, ui, req, bevestiging);
}

Response projectgroeplid_verwijderen(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "lidId");
  if (!id) return error_page(app, &ui, req, Error::not_found());
  auto r = app.services.governance->delete_projectgroeplid(ui.ctx, *id);
  if (r.ok()) return see_other("/regio/projectgroep?melding=verwijderd");
  return error_page(app, &ui, req, r.error(), "/regio/projectgroep");
}

}  // namespace

void add_governance_ui(UiRoutes& r) {
  r.add_page("/regio/bevindingen", bevindingen);
  r.add_page("/organisaties/{id}/bevindingen", organisatie_bevindingen);
  r.add_page("/vertegenwoordigingen", vertegenwoordigingen);
  r.add_page("/vertegenwoordigingen/nieuw", vertegenwoordiging_nieuw);
  r.add_form("/vertegenwoordigingen", vertegenwoordiging_aanmaken);
  r.add_page("/vertegenwoordigingen/{id}", vertegenwoordiging);
  r.add_page("/vertegenwoordigingen/{id}/bewerken", vertegenwoordiging_form);
  r.add_form("/vertegenwoordigingen/{id}", vertegenwoordiging_opslaan);
  r.add_page("/vertegenwoordigingen/{id}/verwijderen", vertegenwoordiging_verwijderen_form);
  r.add_form("/vertegenwoordigingen/{id}/verwijderen", vertegenwoordiging_verwijderen);
  r.add_page("/regio/projectgroep", projectgroep);
  r.add_form("/regio/projectgroep", projectgroep_regisseur);
  r.add_form("/regio/projectgroep/leden", projectgroeplid_aanmaken);
  r.add_page("/regio/projectgroep/leden/{lidId}/verwijderen", projectgroeplid_verwijderen_form);
  r.add_form("/regio/projectgroep/leden/{lidId}/verwijderen", projectgroeplid_verwijderen);
}

}  // namespace regie::web::ui

// COMP-1 in the web UI: Mijn competenties, the self-assessment form per jaar and profiel, and
// Competenties in de regio (aggregates only).
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "core/text.hpp"
#include "web/messages.hpp"
#include "web/ui/page.hpp"
#include "web/ui/ui_routes.hpp"
#include "web/ui/views.hpp"

namespace regie::web::ui {

using json = nlohmann::json;

namespace {

using competenties::Profiel;
using competenties::Zelfbeoordeling;

constexpr const char* kSchaalLabels[] = {"nauwelijks", "in beperkte mate", "voldoende", "goed",
                                         "uitstekend"};

constexpr const char* kGeenPersoon =
    "Uw account is niet gekoppeld aan een persoon in het register. Vraag de beheerder om de "
    "koppeling; daarna kunt u hier uw zelfbeoordelingen invullen.";

std::string komma(double waarde) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", waarde);
  std::string out = buffer;
  for (char& c : out) {
    if (c == '.') c = ',';
  }
  return out;
}

double gemiddelde(const Zelfbeoordeling& z) {
  if (z.scores.empty()) return 0.0;
  std::int64_t som = 0;
  for (const auto& s : z.scores) som += s.score;
  return static_cast<double>(som) / static_cast<double>(z.scores.size());
}

std::string score_id(std::string_view code) {
  std::string id = "comp-" + std::string(code);
  for (char& c : id) {
    if (c == '_') c = '-';
  }
  return id;
}

struct FormulierView {
  std::string kop;
  std::string actie;
  Profiel profiel = Profiel::kOpdrachtgever;
  std::string jaar;         // shown or typed
  bool jaar_invoer = true;  // a new assessment: jaar can be typed
  std::optional<std::int64_t> versie;
  std::string conflict;
};

// The form: one fieldset per group of the guide, one per competence with radios 1–5 (visible
// labels), the guide's description as help text and a note.
std::string render_formulier(const UiContext& ui, const FormulierView& form, const Fields& waarden,
                             const Error* error) {
  std::map<std::string, std::string> fouten;
  if (error) {
    for (const auto& f : error->fields) {
      auto& slot = fouten[f.field];
      slot += (slot.empty() ? "" : "; ") + tekst(f.key);
    }
  }
  json samenvatting = json::array();
  json groepen = json::array();
  for (auto groep : competenties::groepen()) {
    json lijst = json::array();
    for (const auto& c : competenties::catalogus(form.profiel)) {
      if (c.groep != groep) continue;
      std::string id = score_id(c.code);
      std::string naam = competenties::score_veld(c.code);
      std::string gekozen = trim(field(waarden, naam).value_or(""));
      json opties = json::array();
      for (std::int32_t s = competenties::kMinScore; s <= competenties::kMaxScore; ++s) {
        opties.push_back({{"id", id + "-" + std::to_string(s)},
                          {"waarde", std::to_string(s)},
                          {"label", std::to_string(s) + " – " + kSchaalLabels[s - 1]},
                          {"gekozen", gekozen == std::to_string(s)}});
      }
      std::string toelichting_naam = competenties::toelichting_veld(c.code);
      json v = {{"id", id},
                {"naam", std::string(c.naam)},
                {"veld", naam},
                {"beschrijving", std::string(c.beschrijving)},
                {"opties", opties},
                {"toelichting_veld", toelichting_naam},
                {"toelichting", field(waarden, toelichting_naam).value_or("")}};
      std::string fout;
      for (const auto& key : {naam, toelichting_naam}) {
        if (auto it = fouten.find(key); it != fouten.end()) {
          fout += (fout.empty() ? "" : "; ") + it->second;
          fouten.erase(it);
        }
      }
      if (!fout.empty()) {
        v["fout"] = fout;
        samenvatting.push_back({{"id", id + "-1"}, {"label", std::string(c.naam)}, {"fout", fout}});
      }
      lijst.push_back(v);
    }
    groepen.push_back({{"groep", std::string(groep)}, {"competenties", lijst}});
  }
  json view = {{"kop", form.kop},
               {"actie", form.actie},
               {"csrf", ui.csrf},
               {"profiel", std::string(competenties::code(form.profiel))},
               {"profiel_label", std::string(competenties::label(form.profiel))},
               {"jaar", form.jaar},
               {"jaar_invoer", form.jaar_invoer},
               {"groepen", groepen}};
  if (form.versie) view["versie"] = std::to_string(*form.versie);
  if (!form.conflict.empty()) view["conflict"] = form.conflict;
  if (auto it = fouten.find("jaar"); it != fouten.end()) {
    view["jaar_fout"] = it->second;
    samenvatting.insert(samenvatting.begin(),
                        {{"id", "veld-jaar"}, {"label", "Jaar"}, {"fout", it->second}});
    fouten.erase(it);
  }
  for (const auto& [naam, fout] : fouten) {
    samenvatting.push_back({{"id", "inhoud"}, {"label", veldnaam(naam)}, {"fout", fout}});
  }
  if (!samenvatting.empty()) {
    view["fouten_samenvatting"] = true;
    view["fouten"] = samenvatting;
  }
  return render("zelfbeoordeling", view);
}

Fields to_fields(const Zelfbeoordeling& z) {
  Fields f;
  for (const auto& s : z.scores) {
    f[competenties::score_veld(s.competentie)] = std::to_string(s.score);
    f[competenties::toelichting_veld(s.competentie)] = s.toelichting;
  }
  return f;
}

std::vector<Kruimel> mijn_kruimelpad(const std::string& laatste) {
  return {{"/competenties", "Mijn competenties"}, {"", laatste}};
}

std::string titel_van(Profiel profiel, const std::string& jaar) {
  return "Zelfbeoordeling " + jaar + " als " +
         kleine_letters(std::string(competenties::label(profiel)));
}

Response mijn_competenties(const App& app, const UiContext& ui, Request& req) {
  auto& service = *app.services.competenties;
  auto persoon = service.eigen_persoon(ui.ctx);
  if (!persoon.ok()) return error_page(app, ui, req, persoon.error(), "/");
  auto lijst = service.mijn_zelfbeoordelingen(ui.ctx);
  if (!lijst.ok()) return error_page(app, ui, req, lijst.error(), "/");
  json rijen = json::array();
  for (const auto& z : *lijst) {
    std::int64_t laag = 0;
    for (const auto& s : z.scores) laag += s.score <= competenties::kOntwikkelGrens ? 1 : 0;
    rijen.push_back({{"href", "/competenties/" + std::to_string(z.id)},
                     {"jaar", std::to_string(z.jaar)},
                     {"profiel", std::string(competenties::label(z.profiel))},
                     {"gemiddelde", komma(gemiddelde(z))},
                     {"ontwikkelpunten", std::to_string(laag)}});
  }
  std::string jaar = std::to_string(service.huidig_jaar());
  // Per profile this year's assessment: fill it in, or change the one there is.
  // Only the profiles of the reader's own hats are offered.
  std::vector<governance::RolSoort> hoeden;
  for (const auto& h : ui.ctx.actor.hoedanigheden) hoeden.push_back(h.soort);
  json nieuw = json::array();
  for (auto profiel : competenties::eigen_profielen(hoeden)) {
    std::string rol = kleine_letters(std::string(competenties::label(profiel)));
    std::string href =
        "/competenties/nieuw?profiel=" + std::string(competenties::code(profiel)) + "&jaar=" + jaar;
    std::string begin = "Zelfbeoordeling " + jaar;
    begin += " als ";
    begin += rol;
    std::string label = begin + " invullen";
    for (const auto& z : *lijst) {
      if (z.profiel == profiel && std::to_string(z.jaar) == jaar) {
        href = "/competenties/" + std::to_string(z.id);
        label = begin + " wijzigen";
      }
    }
    nieuw.push_back({{"href", href}, {"label", label}});
  }
  json view = {{"kop", "Mijn competenties"},
               {"gekoppeld", persoon->has_value()},
               {"geen_persoon", kGeenPersoon},
               {"rijen", rijen},
               {"nieuw", nieuw},
               {"geen_profiel", nieuw.empty()},
               {"minimum", std::to_string(competenties::kMinGroepsgrootte)}};
  if (persoon->has_value()) view["persoon"] = (*persoon)->naam;
  return frame_page(app, ui, req, "Mijn competenties", "/competenties", {{"", "Mijn competenties"}},
                    200, render("competenties", view));
}

Response zelfbeoordeling_nieuw(const App& app, const UiContext& ui, Request& req) {
  auto& service = *app.services.competenties;
  auto persoon = service.eigen_persoon(ui.ctx);
  if (!persoon.ok()) return error_page(app, ui, req, persoon.error(), "/competenties");
  if (!persoon->has_value()) {
    return error_page(app, ui, req, Error::forbidden("geen persoon"), "/competenties");
  }
  auto q = req.query_params();
  FormulierView form;
  form.profiel = competenties::profiel_from_code(q["profiel"]).value_or(Profiel::kOpdrachtgever);
  form.jaar = q["jaar"].empty() ? std::to_string(service.huidig_jaar()) : q["jaar"];
  form.kop =
      "Zelfbeoordeling als " + kleine_letters(std::string(competenties::label(form.profiel)));
  form.actie = "/competenties";
  return frame_page(app, ui, req, form.kop, "/competenties",
                    mijn_kruimelpad("Nieuwe zelfbeoordeling"), 200,
                    render_formulier(ui, form, {}, nullptr));
}

Response zelfbeoordeling_aanmaken(const App& app, const UiContext& ui, Request& req) {
  Fields waarden = formulier_velden(req);
  auto result = app.services.competenties->create(ui.ctx, waarden);
  FormulierView form;
  form.profiel = competenties::profiel_from_code(field(waarden, "profiel").value_or(""))
                     .value_or(Profiel::kOpdrachtgever);
  form.jaar = field(waarden, "jaar").value_or("");
  form.kop =
      "Zelfbeoordeling als " + kleine_letters(std::string(competenties::label(form.profiel)));
  form.actie = "/competenties";
  SaveFailure failure;
  failure.terug_href = "/competenties";
  failure.on_invalid = [&](const Error& error) {
    return frame_page(app, ui, req, form.kop, "/competenties",
                      mijn_kruimelpad("Nieuwe zelfbeoordeling"), 400,
                      render_formulier(ui, form, waarden, &error));
  };
  failure.on_conflict = [&](const Error& error) {
    if (error.key != "fout.zelfbeoordeling_bestaat") {
      return error_page(app, ui, req, error, "/competenties");
    }
    Error jaar_fout = Error::invalid({{"jaar", "fout.zelfbeoordeling_bestaat"}});
    return frame_page(app, ui, req, form.kop, "/competenties",
                      mijn_kruimelpad("Nieuwe zelfbeoordeling"), 409,
                      render_formulier(ui, form, waarden, &jaar_fout));
  };
  return after_save(app, ui, req, result, "/competenties?melding=aangemaakt", failure);
}

Response zelfbeoordeling_form(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, ui, req, Error::not_found(), "/competenties");
  auto z = app.services.competenties->zelfbeoordeling(ui.ctx, *id);
  if (!z.ok()) return error_page(app, ui, req, z.error(), "/competenties");
  FormulierView form;
  form.profiel = z->profiel;
  form.jaar = std::to_string(z->jaar);
  form.jaar_invoer = false;
  form.kop = titel_van(z->profiel, form.jaar);
  form.actie = "/competenties/" + std::to_string(*id);
  form.versie = z->versie;
  return frame_page(app, ui, req, form.kop, "/competenties", mijn_kruimelpad(form.kop), 200,
                    render_formulier(ui, form, to_fields(*z), nullptr));
}

Response zelfbeoordeling_opslaan(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return error_page(app, ui, req, Error::not_found(), "/competenties");
  auto& service = *app.services.competenties;
  auto versie = formulier_versie(req).value_or(0);
  Fields waarden = formulier_velden(req);
  auto result = service.update(ui.ctx, *id, versie, waarden);
  // Only the owner gets a form error or a conflict: the form is read again to show it.
  auto formulier = [&](const Error* error, std::optional<std::int64_t> form_versie,
                       const std::string& conflict, int status) {
    auto current = service.zelfbeoordeling(ui.ctx, *id);
    if (!current.ok()) return error_page(app, ui, req, current.error(), "/competenties");
    FormulierView form;
    form.profiel = current->profiel;
    form.jaar = std::to_string(current->jaar);
    form.jaar_invoer = false;
    form.kop = titel_van(current->profiel, form.jaar);
    form.actie = "/competenties/" + std::to_string(*id);
    form.versie = form_versie.value_or(current->versie);
    form.conflict = conflict;
    return frame_page(app, ui, req, form.kop, "/competenties", mijn_kruimelpad(form.kop), status,
                      render_formulier(ui, form, waarden, error));
  };
  SaveFailure failure;
  failure.terug_href = "/competenties";
  failure.on_invalid = [&](const Error& error) { return formulier(&error, versie, "", 400); };
  failure.on_stale = [&] {
    return formulier(nullptr, std::nullopt,
                     "U heeft deze zelfbeoordeling intussen ergens anders gewijzigd (bijvoorbeeld "
                     "in een ander venster). Uw wijziging is nog niet opgeslagen; uw invoer staat "
                     "hieronder. Opnieuw opslaan overschrijft de andere versie.",
                     409);
  };
  return after_save(app, ui, req, result, "/competenties?melding=opgeslagen", failure);
}

Response regio_competenties(const App& app, const UiContext& ui, Request& req) {
  auto& service = *app.services.competenties;
  auto q = req.query_params();
  std::int32_t huidig = service.huidig_jaar();
  std::int32_t jaar = huidig;
  std::string jaar_fout;
  if (!q["jaar"].empty()) {
    auto n = parse_int64(q["jaar"]);
    if (n && *n >= competenties::kEersteJaar && *n <= huidig + 1) {
      jaar = static_cast<std::int32_t>(*n);
    } else {
      jaar_fout = tekst("fout.jaar_buiten_bereik");
    }
  }
  auto overzicht = service.overzicht(ui.ctx, ui.ctx.actor.regio_id, jaar);
  if (!overzicht.ok()) return error_page(app, ui, req, overzicht.error(), "/regio");

  // Sorting: default "behoefte" (where training is needed first, the domain's order).
  std::string sorteer = q["sorteer"];
  bool aflopend = !sorteer.empty() && sorteer.front() == '-';
  std::string veld = aflopend ? sorteer.substr(1) : sorteer;
  if (veld != "naam" && veld != "groep" && veld != "gemiddelde" && veld != "ontwikkelbehoefte") {
    veld = "behoefte";
    aflopend = false;
  }
  struct Kolom {
    const char* label;
    const char* sorteer;
    bool getal;
  };
  const Kolom kolommen[] = {{"Competentie", "naam", false},
                            {"Groep", "groep", false},
                            {"Beoordelingen", "", true},
                            {"Gemiddelde score", "gemiddelde", true},
                            {"Score 1 of 2 (ontwikkelbehoefte)", "ontwikkelbehoefte", true},
                            {"Opleiding nodig", "", false}};
  json koppen = json::array();
  for (const auto& k : kolommen) {
    json kop = {{"label", k.label}, {"getal", k.getal}};
    if (*k.sorteer) {
      bool actief = veld == k.sorteer;
      std::string richting = actief && !aflopend ? "-" : "";
      kop["sorteer_href"] =
          "/regio/competenties?jaar=" + std::to_string(jaar) + "&sorteer=" + richting + k.sorteer;
      if (actief) {
        kop["aria_sort"] = aflopend ? "descending" : "ascending";
        kop["pijl"] = aflopend ? "▼" : "▲";
      }
    }
    koppen.push_back(kop);
  }

  json profielen = json::array();
  for (auto p : overzicht->profielen) {
    auto& cijfers = p.cijfers;
    if (veld != "behoefte") {
      std::stable_sort(cijfers.begin(), cijfers.end(), [&](const auto& a, const auto& b) {
        if (a.getoond != b.getoond) return a.getoond;
        int verschil = 0;
        if (veld == "naam") verschil = a.competentie->naam.compare(b.competentie->naam);
        if (veld == "groep") verschil = a.competentie->groep.compare(b.competentie->groep);
        if (veld == "gemiddelde")
          verschil = a.gemiddelde < b.gemiddelde ? -1 : a.gemiddelde > b.gemiddelde ? 1 : 0;
        if (veld == "ontwikkelbehoefte") {
          verschil = a.ontwikkelbehoefte < b.ontwikkelbehoefte   ? -1
                     : a.ontwikkelbehoefte > b.ontwikkelbehoefte ? 1
                                                                 : 0;
        }
        return aflopend ? verschil > 0 : verschil < 0;
      });
    }
    json rijen = json::array();
    std::int64_t nodig = 0;
    for (const auto& c : cijfers) {
      nodig += c.opleiding_nodig ? 1 : 0;
      rijen.push_back({{"naam", std::string(c.competentie->naam)},
                       {"groep", std::string(c.competentie->groep)},
                       {"aantal", c.getoond ? std::to_string(c.aantal) : "niet getoond"},
                       {"gemiddelde", c.getoond ? komma(c.gemiddelde) : "–"},
                       {"ontwikkelbehoefte", c.getoond ? std::to_string(c.ontwikkelbehoefte) : "–"},
                       {"opleiding_nodig", c.opleiding_nodig}});
    }
    std::string label = std::string(competenties::label(p.profiel));
    std::string code = std::string(competenties::code(p.profiel));
    json v = {{"id", "profiel-" + code},
              {"titel", "Profiel " + kleine_letters(label)},
              {"getoond", p.getoond},
              {"rijen", rijen},
              {"kolommen", koppen},
              {"caption", "Competenties van het profiel " + kleine_letters(label) + " in " +
                              std::to_string(jaar)}};
    if (p.getoond) {
      v["samenvatting"] =
          std::to_string(p.beoordelingen) + " zelfbeoordelingen. " +
          (nodig == 0 ? std::string("Bij geen enkele competentie is opleiding "
                                    "nodig volgens de drempel.")
                      : std::to_string(nodig) +
                            (nodig == 1 ? " competentie vraagt" : " competenties vragen") +
                            " om opleiding; die staan bovenaan.");
    } else {
      v["samenvatting"] = "Minder dan " + std::to_string(overzicht->min_groepsgrootte) +
                          " zelfbeoordelingen: de cijfers worden niet getoond, zodat niemands "
                          "scores te herleiden zijn.";
    }
    profielen.push_back(v);
  }
  json view = {{"kop", "Competenties in de regio"},
               {"jaar", std::to_string(jaar)},
               {"minimum", std::to_string(overzicht->min_groepsgrootte)},
               {"profielen", profielen},
               {"sorteer", veld == "behoefte" ? "" : (aflopend ? "-" : "") + veld}};
  if (!jaar_fout.empty()) view["jaar_fout"] = jaar_fout;
  return frame_page(app, ui, req, "Competenties in de regio", "/regio",
                    {{"/regio", "Regio"}, {"", "Competenties"}}, jaar_fout.empty() ? 200 : 400,
                    render("competentie_overzicht", view));
}

}  // namespace

void add_competentie_ui(UiRoutes& r) {
  r.add_page("/competenties", mijn_competenties);
  r.add_page("/competenties/nieuw", zelfbeoordeling_nieuw);
  r.add_form("/competenties", zelfbeoordeling_aanmaken);
  r.add_page("/competenties/{id}", zelfbeoordeling_form);
  r.add_form("/competenties/{id}", zelfbeoordeling_opslaan);
  r.add_page("/regio/competenties", regio_competenties);
}

}  // namespace regie::web::ui

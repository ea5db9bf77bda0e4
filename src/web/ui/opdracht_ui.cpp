#include "web/ui/opdracht_ui.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/csv.hpp"
#include "core/text.hpp"
#include "web/messages.hpp"
#include "web/ui/signaal_ui.hpp"
#include "web/ui/ui_support.hpp"
#include "web/ui/views.hpp"

namespace regie::web::ui {
namespace {

using json = nlohmann::json;
using opdrachten::Deel;
using opdrachten::Opdracht;
using opdrachten::Stap;

constexpr const char* kMenu = "/opdrachten";
constexpr int kTekstRijen = 4;
constexpr int kLijstRijen = 4;

std::string opdracht_href(Id id) { return "/opdrachten/" + std::to_string(id); }

// ---- the list parts as lines "a; b; c" in a textarea

struct Lijstvorm {
  const char* naam;
  std::vector<const char*> kolommen;  // field names, in line order
  const char* uitleg;
};

const std::vector<Lijstvorm>& lijstvormen() {
  static const std::vector<Lijstvorm> kVormen = {
      {"planning",
       {"datum", "omschrijving"},
       "Eén mijlpaal per regel: datum; omschrijving. Bijvoorbeeld: 01-07-2027; "
       "halfjaarrapportage."},
      {"bemensing",
       {"rol", "uren"},
       "Eén rol per regel: rol; uren. Bijvoorbeeld: Toezichthouder; 3.200."},
      {"financien",
       {"jaar", "bedrag", "omschrijving"},
       "Eén bedrag per regel: jaar; bedrag in euro; omschrijving. Bijvoorbeeld: 2027; "
       "1.234.567,89; "
       "regionale bijdrage."},
      {"stakeholders",
       {"naam", "rol"},
       "Eén stakeholder per regel: naam; rol of belang. Bijvoorbeeld: Provincie Voorbeeldland; "
       "bevoegd gezag BRZO."},
      {"risicos",
       {"omschrijving", "kans", "impact", "beheersmaatregel", "eigenaar"},
       "Eén risico per regel: omschrijving; kans (laag, middel of hoog); impact; "
       "beheersmaatregel; eigenaar."},
  };
  return kVormen;
}

const Lijstvorm* lijstvorm(const std::string& naam) {
  for (const auto& v : lijstvormen()) {
    if (naam == v.naam) return &v;
  }
  return nullptr;
}

std::vector<std::string> splits(const std::string& regel, char teken) {
  std::vector<std::string> out;
  std::string deel;
  std::istringstream in(regel);
  while (std::getline(in, deel, teken)) out.push_back(trim(deel));
  if (!regel.empty() && regel.back() == teken) out.emplace_back();
  return out;
}

// The form's lines to rows; amounts in euro become cents (an unreadable amount stays as typed,
// so the domain names its row).
opdrachten::Lijsten lijsten_uit(const Fields& velden) {
  opdrachten::Lijsten out;
  for (const auto& vorm : lijstvormen()) {
    auto it = velden.find(vorm.naam);
    if (it == velden.end()) continue;
    auto& rijen = out[vorm.naam];
    for (const auto& ruw : splits(it->second, '\n')) {
      if (ruw.empty()) continue;
      auto delen = splits(ruw, ';');
      Fields rij;
      for (std::size_t i = 0; i < vorm.kolommen.size(); ++i) {
        rij[vorm.kolommen[i]] = i < delen.size() ? delen[i] : "";
      }
      if (std::string(vorm.naam) == "planning" && delen.size() == 1) {
        rij["omschrijving"] = delen[0];  // a milestone without a date
        rij["datum"] = "";
      }
      if (std::string(vorm.naam) == "financien" && !rij["bedrag"].empty()) {
        if (auto cents = parse_bedrag_cents(rij["bedrag"])) rij["bedrag"] = std::to_string(*cents);
      }
      rijen.push_back(std::move(rij));
    }
  }
  return out;
}

// Form fields to what the service takes: extraFinanciering in euro becomes cents.
Fields velden_uit(Fields f) {
  if (auto it = f.find("extraFinanciering"); it != f.end() && !it->second.empty()) {
    if (auto cents = parse_bedrag_cents(it->second)) it->second = std::to_string(*cents);
  }
  for (const auto& vorm : lijstvormen()) f.erase(vorm.naam);
  return f;
}

std::string bedrag_invoer(std::int64_t cents) {
  auto tekst = format_bedrag_nl(cents);  // "€ 1.234,56"
  return tekst.rfind("€ ", 0) == 0 ? tekst.substr(4) : tekst;
}

// An opdracht's lists back to lines, for the edit form.
std::map<std::string, std::string> lijsten_als_tekst(const Opdracht& o) {
  std::map<std::string, std::string> out;
  for (const auto& m : o.planning) {
    out["planning"] += (m.datum ? m.datum->nl() + "; " : std::string()) + m.omschrijving + "\n";
  }
  for (const auto& i : o.bemensing) {
    out["bemensing"] += i.rol + "; " + std::to_string(i.uren) + "\n";
  }
  for (const auto& b : o.financien) {
    out["financien"] +=
        std::to_string(b.jaar) + "; " + bedrag_invoer(b.cents) + "; " + b.omschrijving + "\n";
  }
  for (const auto& s : o.stakeholders) out["stakeholders"] += s.naam + "; " + s.rol + "\n";
  for (const auto& r : o.risicos) {
    out["risicos"] += r.omschrijving + "; " + std::string(code(r.kans)) + "; " +
                      std::string(code(r.impact)) + "; " + r.beheersmaatregel + "; " + r.eigenaar +
                      "\n";
  }
  return out;
}

Fields als_velden(const Opdracht& o) {
  Fields f = {{"titel", o.titel},
              {"jaar", std::to_string(o.jaar)},
              {"soort", std::string(code(o.soort))},
              {"deelnemerId", o.deelnemer_id ? std::to_string(*o.deelnemer_id) : ""},
              {"extraUren", o.extra_uren ? std::to_string(o.extra_uren) : ""},
              {"extraFinanciering",
               o.extra_financiering_cents ? bedrag_invoer(o.extra_financiering_cents) : ""},
              {"aanleiding", o.aanleiding},
              {"scope", o.scope},
              {"doel", o.doel},
              {"activiteiten", o.activiteiten},
              {"resultaat", o.resultaat},
              {"sturingsvorm", o.sturingsvorm},
              {"monitoring", o.monitoring},
              {"governance", o.governance}};
  for (const auto& [naam, tekst] : lijsten_als_tekst(o)) f[naam] = tekst;
  return f;
}

// ---- errors: "planning[2].datum" is shown at the planning field as "regel 2, datum: …"

std::string fouttekst(const FieldError& f) {
  auto open = f.field.find('[');
  if (open == std::string::npos) return tekst(f.key);
  auto sluit = f.field.find(']', open);
  std::string regel = f.field.substr(open + 1, sluit - open - 1);
  std::string veld = sluit + 2 <= f.field.size() ? f.field.substr(sluit + 2) : "";
  std::string melding = tekst(f.key);
  if (veld == "bedrag" && f.key == "fout.geen_geheel_getal") {
    melding = "vul een bedrag in euro in, zoals 1.234,56";
  }
  return "regel " + regel + (veld.empty() ? "" : ", " + veld) + ": " + melding;
}

std::string veld_van(const FieldError& f) { return f.field.substr(0, f.field.find('[')); }

std::map<std::string, std::string> fouten_per_veld(const Error* error) {
  std::map<std::string, std::string> out;
  if (!error) return out;
  for (const auto& f : error->fields) {
    auto& slot = out[veld_van(f)];
    slot += (slot.empty() ? "" : "; ") + fouttekst(f);
  }
  return out;
}

struct Veld {
  std::string naam;
  std::string label;
  std::string type = "text";  // text, textarea, select
  bool verplicht = false;
  std::string beschrijving;
  std::vector<std::pair<std::string, std::string>> opties;
  int rijen = kTekstRijen;
};

json veld_json(const Veld& v, const Fields& waarden,
               const std::map<std::string, std::string>& fouten) {
  std::string id = "veld-" + v.naam;
  json j = {{"id", id},
            {"naam", v.naam},
            {"label", v.label},
            {"verplicht", v.verplicht},
            {"type", "text"},
            {"is_select", v.type == "select"},
            {"is_textarea", v.type == "textarea"},
            {"rijen", std::to_string(v.rijen)},
            {"waarde", field(waarden, v.naam).value_or("")}};
  std::string beschrijft;
  if (!v.beschrijving.empty()) {
    j["beschrijving"] = v.beschrijving;
    beschrijft = id + "-beschrijving";
  }
  if (auto it = fouten.find(v.naam); it != fouten.end()) {
    j["fout"] = it->second;
    beschrijft += (beschrijft.empty() ? "" : " ") + id + "-fout";
  }
  if (!beschrijft.empty()) j["beschrijft"] = beschrijft;
  if (v.type == "select") {
    j["leeg_label"] = v.verplicht ? "Maak een keuze" : "Geen keuze";
    json opties = json::array();
    for (const auto& [waarde, label] : v.opties) {
      opties.push_back({{"waarde", waarde},
                        {"label", label},
                        {"gekozen", waarde == j["waarde"].get<std::string>()}});
    }
    j["opties"] = opties;
  }
  return j;
}

std::vector<std::pair<std::string, std::string>> organisatie_keuzes(const App& app,
                                                                    const UiContext& ui) {
  std::vector<std::pair<std::string, std::string>> out;
  auto orgs = app.services.register_->alle_organisaties(ui.ctx);
  if (orgs.ok()) {
    for (const auto& o : *orgs) {
      if (o.soort != governance::OrganisatieSoort::kOmgevingsdienst) {
        out.emplace_back(std::to_string(o.id), o.naam);
      }
    }
  }
  return out;
}

std::map<Id, std::string> organisatie_namen(const App& app, const UiContext& ui) {
  std::map<Id, std::string> out;
  auto orgs = app.services.register_->alle_organisaties(ui.ctx);
  if (orgs.ok()) {
    for (const auto& o : *orgs) out[o.id] = o.naam;
  }
  return out;
}

// The part each form field belongs to.
std::vector<std::string> velden_van(Deel deel) {
  switch (deel) {
    case Deel::kBemensing:
      return {"bemensing", "sturingsvorm"};
    case Deel::kStakeholders:
      return {"stakeholders", "governance"};
    default:
      return {std::string(code(deel))};
  }
}

Veld veld_voor(const std::string& naam, Deel deel) {
  if (naam == "sturingsvorm") {
    return {naam, "Rolverdeling en interne sturingsvorm", "textarea", false, "", {}, kTekstRijen};
  }
  if (naam == "governance") return {naam, "Governance", "textarea", false, "", {}, kTekstRijen};
  if (const auto* vorm = lijstvorm(naam)) {
    return {naam, std::string(label(deel)), "textarea", false, vorm->uitleg, {}, kLijstRijen};
  }
  return {naam, std::string(label(deel)), "textarea", false, "", {}, kTekstRijen};
}

std::string oordeel_tekst(const opdrachten::DeelOordeel& o) {
  switch (o.oordeel) {
    case opdrachten::Oordeel::kInOrde:
      return "In orde";
    case opdrachten::Oordeel::kLeeg:
      return "Leeg";
    case opdrachten::Oordeel::kVaag:
      return "Te vaag: " + tekst(o.reden_key);
  }
  return "";
}

struct Formulier {
  std::string kop;
  std::string actie;
  std::string annuleren;
  std::optional<std::int64_t> versie;
  bool met_opdrachtgever = false;  // the OD side names the opdrachtgever on create
  std::string conflict;
};

Response formulier_pagina(const App& app, const UiContext& ui, const Request& req,
                          const Formulier& form, const Fields& waarden, const Error* error,
                          int status, const std::vector<Kruimel>& pad) {
  auto fouten = fouten_per_veld(error);
  auto keuzes = organisatie_keuzes(app, ui);
  std::vector<Veld> algemeen = {
      {"titel", "Titel", "text", true},
      {"jaar", "Jaar", "text", true, "Het jaar waarin de opdracht wordt uitgevoerd."},
      {"soort",
       "Soort opdracht",
       "select",
       true,
       "Collectief is het uitgangspunt; maatwerk alleen met afspraken over extra capaciteit en "
       "middelen (OPD-2).",
       {{"collectief", std::string(label(opdrachten::Soort::kCollectief))},
        {"maatwerk", std::string(label(opdrachten::Soort::kMaatwerk))}}},
      {"deelnemerId", "Maatwerk voor deelnemer", "select", false, "Alleen bij maatwerk.", keuzes},
      {"extraUren", "Extra uren (maatwerk)", "text", false, "Alleen bij maatwerk: uren per jaar."},
      {"extraFinanciering", "Extra financiering in euro (maatwerk)", "text", false,
       "Alleen bij maatwerk, bijvoorbeeld 9.600,00."}};
  if (form.met_opdrachtgever) {
    algemeen.insert(algemeen.begin() + 1,
                    {"opdrachtgeverId", "Opdrachtgever", "select", true,
                     "De opdrachtgever voor wie de opdracht wordt opgesteld.", keuzes});
  }
  json algemeen_json = json::array();
  for (const auto& v : algemeen) algemeen_json.push_back(veld_json(v, waarden, fouten));

  // The checklist of what is in the form now (also after a refused save).
  auto ontwerp = opdrachten::parse_opdracht(velden_uit(waarden), lijsten_uit(waarden));
  std::vector<opdrachten::DeelOordeel> controle;
  if (ontwerp.ok()) controle = opdrachten::controleer(*ontwerp);

  json delen = json::array();
  int nummer = 0;
  for (Deel deel : opdrachten::alle_delen()) {
    ++nummer;
    json velden = json::array();
    for (const auto& naam : velden_van(deel)) {
      velden.push_back(veld_json(veld_voor(naam, deel), waarden, fouten));
    }
    json d = {{"nummer", std::to_string(nummer)},
              {"label", std::string(label(deel))},
              {"toelichting", std::string(opdrachten::toelichting(deel))},
              {"velden", velden}};
    for (const auto& c : controle) {
      if (c.deel == deel) {
        d["controle"] = oordeel_tekst(c);
        d["controle_soort"] = std::string(code(c.oordeel));
      }
    }
    delen.push_back(d);
  }
  json samenvatting = json::array();
  if (error) {
    for (const auto& f : error->fields) {
      samenvatting.push_back({{"id", "veld-" + veld_van(f)},
                              {"label", veldnaam(veld_van(f))},
                              {"fout", fouttekst(f)}});
    }
  }
  json view = {{"kop", form.kop}, {"actie", form.actie},       {"annuleren", form.annuleren},
               {"csrf", ui.csrf}, {"algemeen", algemeen_json}, {"delen", delen}};
  if (form.versie) view["versie"] = std::to_string(*form.versie);
  if (!form.conflict.empty()) view["conflict"] = form.conflict;
  if (!samenvatting.empty()) {
    view["fouten_samenvatting"] = true;
    view["fouten"] = samenvatting;
  }
  return frame_page(app, ui, req, form.kop, kMenu, pad, status, render("opdracht_formulier", view));
}

// Paragraphs and "- " lists of a text part.
json opmaak(const std::string& tekst_deel) {
  json blokken = json::array();
  json lijst = json::array();
  std::string alinea;
  auto sluit_alinea = [&] {
    if (!alinea.empty()) blokken.push_back({{"alinea", alinea}});
    alinea.clear();
  };
  auto sluit_lijst = [&] {
    if (!lijst.empty()) blokken.push_back({{"is_lijst", true}, {"items", lijst}});
    lijst = json::array();
  };
  for (const auto& regel : splits(tekst_deel, '\n')) {
    if (regel.rfind("- ", 0) == 0) {
      sluit_alinea();
      lijst.push_back(regel.substr(2));
    } else if (regel.empty()) {
      sluit_alinea();
      sluit_lijst();
    } else {
      sluit_lijst();
      alinea += (alinea.empty() ? "" : " ") + regel;
    }
  }
  sluit_alinea();
  sluit_lijst();
  return blokken;
}

json tabel(const std::vector<std::string>& koppen,
           const std::vector<std::vector<std::string>>& rijen) {
  json k = json::array();
  for (const auto& kop : koppen) k.push_back(kop);
  json r = json::array();
  for (const auto& rij : rijen) {
    json cellen = json::array();
    for (const auto& c : rij) cellen.push_back(c);
    r.push_back({{"cellen", cellen}});
  }
  return {{"koppen", k}, {"rijen", r}};
}

json deel_inhoud(const Opdracht& o, Deel deel) {
  json d = json::object();
  auto tekst_en = [&](const std::string& t) { d["blokken"] = opmaak(t); };
  switch (deel) {
    case Deel::kAanleiding:
      tekst_en(o.aanleiding);
      break;
    case Deel::kScope:
      tekst_en(o.scope);
      break;
    case Deel::kDoel:
      tekst_en(o.doel);
      break;
    case Deel::kActiviteiten:
      tekst_en(o.activiteiten);
      break;
    case Deel::kResultaat:
      tekst_en(o.resultaat);
      break;
    case Deel::kMonitoring:
      tekst_en(o.monitoring);
      break;
    case Deel::kPlanning: {
      std::vector<std::vector<std::string>> rijen;
      for (const auto& m : o.planning)
        rijen.push_back({m.datum ? m.datum->nl() : "–", m.omschrijving});
      if (!rijen.empty()) d["tabel"] = tabel({"Datum", "Mijlpaal"}, rijen);
      break;
    }
    case Deel::kBemensing: {
      std::vector<std::vector<std::string>> rijen;
      for (const auto& i : o.bemensing) rijen.push_back({i.rol, format_getal_nl(i.uren)});
      if (!rijen.empty()) d["tabel"] = tabel({"Rol", "Uren"}, rijen);
      tekst_en(o.sturingsvorm);
      break;
    }
    case Deel::kFinancien: {
      std::vector<std::vector<std::string>> rijen;
      for (const auto& b : o.financien) {
        rijen.push_back({std::to_string(b.jaar), format_bedrag_nl(b.cents), b.omschrijving});
      }
      if (!rijen.empty()) d["tabel"] = tabel({"Jaar", "Bedrag", "Omschrijving"}, rijen);
      break;
    }
    case Deel::kStakeholders: {
      std::vector<std::vector<std::string>> rijen;
      for (const auto& s : o.stakeholders) rijen.push_back({s.naam, s.rol});
      if (!rijen.empty()) d["tabel"] = tabel({"Stakeholder", "Rol"}, rijen);
      tekst_en(o.governance);
      break;
    }
    case Deel::kRisicos: {
      std::vector<std::vector<std::string>> rijen;
      for (const auto& r : o.risicos) {
        rijen.push_back({r.omschrijving, std::string(label(r.kans)), std::string(label(r.impact)),
                         r.beheersmaatregel, r.eigenaar});
      }
      if (!rijen.empty()) {
        d["tabel"] = tabel({"Risico", "Kans", "Impact", "Beheersmaatregel", "Eigenaar"}, rijen);
      }
      break;
    }
  }
  return d;
}

Response opdracht_pagina(const App& app, const UiContext& ui, const Request& req, bool afdrukken,
                         const Error* stap_fout, const std::string& stap_code) {
  auto id = path_id(req, "id");
  if (!id) return frame_error(app, ui, req, Error::not_found(), kMenu);
  auto d = app.services.opdrachten->opdracht(ui.ctx, *id);
  if (!d.ok()) return frame_error(app, ui, req, d.error(), kMenu);
  const auto& o = d->opdracht;
  json gegevens = json::array(
      {{{"label", "Opdrachtgever"}, {"waarde", d->opdrachtgever_naam}},
       {{"label", "Jaar"}, {"waarde", std::to_string(o.jaar)}},
       {{"label", "Soort"}, {"waarde", std::string(label(o.soort))}},
       {{"label", "Status"}, {"waarde", std::string(label(o.status))}},
       {{"label", "Inhoudsversie"}, {"waarde", std::to_string(o.inhoudsversie)}},
       {{"label", "Totaal begroot"}, {"waarde", format_bedrag_nl(opdrachten::totaal_cents(o))}},
       {{"label", "Totaal uren"}, {"waarde", format_getal_nl(opdrachten::totaal_uren(o))}}});
  if (o.soort == opdrachten::Soort::kMaatwerk) {
    gegevens.push_back({{"label", "Maatwerk voor"}, {"waarde", d->deelnemer_naam}});
    gegevens.push_back({{"label", "Extra uren"}, {"waarde", format_getal_nl(o.extra_uren)}});
    gegevens.push_back({{"label", "Extra financiering"},
                        {"waarde", format_bedrag_nl(o.extra_financiering_cents)}});
  }
  json controle = json::array();
  int in_orde = 0;
  for (const auto& c : d->controle) {
    if (c.oordeel == opdrachten::Oordeel::kInOrde) ++in_orde;
    controle.push_back({{"onderdeel", std::string(label(c.deel))},
                        {"oordeel", oordeel_tekst(c)},
                        {"soort", std::string(code(c.oordeel))}});
  }
  json delen = json::array();
  int nummer = 0;
  for (Deel deel : opdrachten::alle_delen()) {
    json inhoud = deel_inhoud(o, deel);
    inhoud["id"] = "deel-" + std::string(code(deel));
    inhoud["kop"] = std::to_string(++nummer) + ". " + std::string(label(deel));
    bool leeg =
        (!inhoud.contains("blokken") || inhoud["blokken"].empty()) && !inhoud.contains("tabel");
    if (leeg) inhoud["leeg"] = true;
    delen.push_back(inhoud);
  }
  json tijdlijn = json::array();
  for (const auto& t : d->tijdlijn) {
    json regel = {{"tijdstip", service::tijdstip_nl(t.tijdstip)},
                  {"door", t.door},
                  {"stap", std::string(label(t.stap))},
                  {"van", std::string(label(t.van))},
                  {"naar", std::string(label(t.naar))}};
    if (!t.reden.empty()) regel["reden"] = t.reden;  // an empty string still opens a section
    tijdlijn.push_back(regel);
  }
  json stappen = json::array();
  for (auto s : d->mogelijke_stappen) {
    json stap = {{"code", std::string(code(s))},
                 {"label", std::string(label(s))},
                 {"actie", opdracht_href(o.id) + "/stappen"},
                 {"reden_verplicht", s == Stap::kTerugleggen}};
    if (stap_fout && stap_code == code(s)) {
      std::string fout;
      for (const auto& f : stap_fout->fields) fout += (fout.empty() ? "" : "; ") + fouttekst(f);
      stap["fout"] = fout.empty() ? tekst(stap_fout->key) : fout;
    }
    stappen.push_back(stap);
  }
  json view = {
      {"titel", o.titel},
      {"status", std::string(label(o.status))},
      {"gegevens", gegevens},
      {"afdrukken", afdrukken},
      {"mag_wijzigen", d->mag_wijzigen},
      {"bewerken_href", opdracht_href(o.id) + "/bewerken"},
      {"afdrukken_href", opdracht_href(o.id) + "/afdrukken"},
      {"csrf", ui.csrf},
      {"versie", std::to_string(o.versie)},
      {"heeft_stappen", !stappen.empty()},
      {"stappen", stappen},
      {"controle", controle},
      {"controle_samenvatting", std::to_string(in_orde) + " van de " +
                                    std::to_string(controle.size()) + " onderdelen zijn in orde."},
      {"delen", delen},
      {"heeft_tijdlijn", !tijdlijn.empty()},
      {"tijdlijn", tijdlijn},
      {"signalen", signalen_sectie(app, ui, *d, afdrukken)}};  // OPD-6
  int status = stap_fout ? http_status(stap_fout->code) : 200;
  std::vector<Kruimel> pad = {{kMenu, "Opdrachten"}};
  if (afdrukken) {
    pad.push_back({opdracht_href(o.id), o.titel});
    pad.push_back({"", "Afdrukversie"});
  } else {
    pad.push_back({"", o.titel});
  }
  return frame_page(app, ui, req, o.titel, kMenu, pad, status, render("opdracht", view));
}

}  // namespace

Response opdrachten(const App& app, const UiContext& ui, Request& req) {
  auto q = req.query_params();
  OpdrachtQuery query;
  if (!q["status"].empty()) query.status = opdrachten::status_from_code(q["status"]);
  if (auto d = parse_int64(q["deelnemerId"]); d && *d > 0) query.deelnemer_id = *d;
  if (auto j = parse_int64(q["jaar"]); j && *j >= 2000 && *j <= 2100) {
    query.jaar = static_cast<std::int32_t>(*j);
  }
  auto lijst = app.services.opdrachten->opdrachten(ui.ctx, query);
  if (!lijst.ok()) return frame_error(app, ui, req, lijst.error(), "/");
  auto namen = organisatie_namen(app, ui);
  std::string sorteer = q["sorteer"];
  bool aflopend = !sorteer.empty() && sorteer.front() == '-';
  std::string sleutel = aflopend ? sorteer.substr(1) : sorteer;
  auto rijen = *lijst;
  std::stable_sort(rijen.begin(), rijen.end(), [&](const Opdracht& a, const Opdracht& b) {
    bool kleiner = sleutel == "titel"    ? a.titel < b.titel
                   : sleutel == "status" ? code(a.status) < code(b.status)
                   : sleutel == "jaar"   ? a.jaar < b.jaar
                                         : false;
    bool groter = sleutel == "titel"    ? b.titel < a.titel
                  : sleutel == "status" ? code(b.status) < code(a.status)
                  : sleutel == "jaar"   ? b.jaar < a.jaar
                                        : false;
    return aflopend ? groter : kleiner;
  });
  json kolommen = json::array();
  for (const auto& [label_tekst, sort] :
       std::vector<std::pair<std::string, std::string>>{{"Titel", "titel"},
                                                        {"Jaar", "jaar"},
                                                        {"Soort", ""},
                                                        {"Opdrachtgever", ""},
                                                        {"Status", "status"},
                                                        {"Begroot", ""},
                                                        {"Controle", ""}}) {
    json k = {{"label", label_tekst}};
    if (!sort.empty()) {
      auto nq = q;
      bool actief = sleutel == sort;
      nq["sorteer"] = actief && !aflopend ? "-" + sort : sort;
      std::string qs;
      for (const auto& [naam, waarde] : nq) {
        if (!waarde.empty())
          qs += (qs.empty() ? "?" : "&") + percent_encode(naam) + "=" + percent_encode(waarde);
      }
      k["sorteer_href"] = std::string(kMenu) + qs;
      if (actief) {
        k["aria_sort"] = aflopend ? "descending" : "ascending";
        k["pijl"] = aflopend ? "▼" : "▲";
      }
    }
    kolommen.push_back(k);
  }
  json rij_json = json::array();
  for (const auto& o : rijen) {
    auto controle = opdrachten::controleer(o);
    auto in_orde = std::count_if(controle.begin(), controle.end(), [](const auto& c) {
      return c.oordeel == opdrachten::Oordeel::kInOrde;
    });
    std::string soort = std::string(label(o.soort));
    if (o.deelnemer_id) soort += ": " + namen[*o.deelnemer_id];
    rij_json.push_back(
        {{"cellen",
          json::array({{{"tekst", o.titel}, {"href", opdracht_href(o.id)}},
                       {{"tekst", std::to_string(o.jaar)}},
                       {{"tekst", soort}},
                       {{"tekst", namen[o.opdrachtgever_id]}},
                       {{"tekst", std::string(label(o.status))}},
                       {{"tekst", format_bedrag_nl(opdrachten::totaal_cents(o))}, {"getal", true}},
                       {{"tekst", std::to_string(in_orde) + " van 11 in orde"}}})}});
  }
  std::vector<std::pair<std::string, std::string>> statussen;
  for (auto s : {opdrachten::Status::kConcept, opdrachten::Status::kAangeboden,
                 opdrachten::Status::kAanvaard, opdrachten::Status::kTeruggelegd,
                 opdrachten::Status::kInUitvoering, opdrachten::Status::kAfgerond,
                 opdrachten::Status::kGeevalueerd}) {
    statussen.emplace_back(std::string(code(s)), std::string(label(s)));
  }
  Fields filterwaarden(q.begin(), q.end());
  json filters = json::array();
  for (const auto& v : std::vector<Veld>{{"status", "Status", "select", false, "", statussen},
                                         {"deelnemerId", "Deelnemer (maatwerk)", "select", false,
                                          "", organisatie_keuzes(app, ui)},
                                         {"jaar", "Jaar", "text", false}}) {
    json f = veld_json(v, filterwaarden, {});
    f["id"] = "filter-" + v.naam;
    f["filter"] = true;
    filters.push_back(f);
  }
  json view = {{"kop", "Opdrachten"},
               {"intro",
                "Opdrachten met de elf onderdelen van de opdrachtformulering, hun status en de "
                "controle per onderdeel (OPD-1 tot en met OPD-3)."},
               {"pad", kMenu},
               {"kolommen", kolommen},
               {"rijen", rij_json},
               {"aantal_kolommen", "7"},
               {"totaal_tekst", format_getal_nl(static_cast<std::int64_t>(rijen.size())) +
                                    (rijen.size() == 1 ? " resultaat" : " resultaten")},
               {"heeft_filters", true},
               {"filters", filters}};
  if (!sorteer.empty()) view["sorteer"] = sorteer;
  if (service::OpdrachtService::mag_opstellen(ui.ctx.actor)) {
    view["nieuw_href"] = std::string(kMenu) + "/nieuw";
    view["nieuw_label"] = "Opdracht opstellen";
  }
  return frame_page(app, ui, req, "Opdrachten", kMenu, {{"", "Opdrachten"}}, 200,
                    render("lijst", view));
}

Response opdracht(const App& app, const UiContext& ui, Request& req) {
  return opdracht_pagina(app, ui, req, false, nullptr, "");
}

Response opdracht_afdrukken(const App& app, const UiContext& ui, Request& req) {
  return opdracht_pagina(app, ui, req, true, nullptr, "");
}

Response opdracht_nieuw(const App& app, const UiContext& ui, Request& req) {
  if (!service::OpdrachtService::mag_opstellen(ui.ctx.actor)) {
    return frame_error(app, ui, req, Error::forbidden(), kMenu);
  }
  Formulier form{"Opdracht opstellen",
                 kMenu,
                 kMenu,
                 std::nullopt,
                 ui.ctx.actor.rol != auth::Gebruikersrol::kOpdrachtgever,
                 ""};
  Fields waarden = {{"jaar", std::to_string(app.services.clock->vandaag().jaar() + 1)},
                    {"soort", "collectief"}};
  return formulier_pagina(app, ui, req, form, waarden, nullptr, 200,
                          {{kMenu, "Opdrachten"}, {"", "Opstellen"}});
}

Response opdracht_aanmaken(const App& app, const UiContext& ui, Request& req) {
  auto o = app.services.opdrachten->create(ui.ctx, velden_uit(formulier_velden(req)),
                                           lijsten_uit(req.form_params()));
  if (o.ok()) return zie_ook(opdracht_href(o->id) + "?melding=aangemaakt");
  if (o.error().code != ErrorCode::kInvalid) return frame_error(app, ui, req, o.error(), kMenu);
  Formulier form{"Opdracht opstellen",
                 kMenu,
                 kMenu,
                 std::nullopt,
                 ui.ctx.actor.rol != auth::Gebruikersrol::kOpdrachtgever,
                 ""};
  return formulier_pagina(app, ui, req, form, formulier_velden(req), &o.error(), 400,
                          {{kMenu, "Opdrachten"}, {"", "Opstellen"}});
}

Response opdracht_form(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return frame_error(app, ui, req, Error::not_found(), kMenu);
  auto d = app.services.opdrachten->opdracht(ui.ctx, *id);
  if (!d.ok()) return frame_error(app, ui, req, d.error(), kMenu);
  if (!d->mag_wijzigen) return frame_error(app, ui, req, Error::forbidden(), opdracht_href(*id));
  Formulier form{d->opdracht.titel + " wijzigen",
                 opdracht_href(*id),
                 opdracht_href(*id),
                 d->opdracht.versie,
                 false,
                 ""};
  return formulier_pagina(
      app, ui, req, form, als_velden(d->opdracht), nullptr, 200,
      {{kMenu, "Opdrachten"}, {opdracht_href(*id), d->opdracht.titel}, {"", "Wijzigen"}});
}

Response opdracht_opslaan(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return frame_error(app, ui, req, Error::not_found(), kMenu);
  auto versie = formulier_versie(req).value_or(0);
  auto o = app.services.opdrachten->update(ui.ctx, *id, versie, velden_uit(formulier_velden(req)),
                                           lijsten_uit(req.form_params()));
  if (o.ok()) return zie_ook(opdracht_href(*id) + "?melding=opgeslagen");
  std::vector<Kruimel> pad = {
      {kMenu, "Opdrachten"}, {opdracht_href(*id), "Opdracht"}, {"", "Wijzigen"}};
  Formulier form{"Opdracht wijzigen", opdracht_href(*id), opdracht_href(*id), versie, false, ""};
  if (o.error().code == ErrorCode::kInvalid) {
    return formulier_pagina(app, ui, req, form, formulier_velden(req), &o.error(), 400, pad);
  }
  if (o.error().code == ErrorCode::kConflict && o.error().key == "fout.verouderd") {
    auto nieuw = app.services.opdrachten->opdracht(ui.ctx, *id);
    if (nieuw.ok()) form.versie = nieuw->opdracht.versie;
    form.conflict =
        "Iemand anders heeft deze opdracht intussen gewijzigd. Uw wijziging is nog niet "
        "opgeslagen; uw invoer staat hieronder. Bekijk eerst de nieuwe versie; opnieuw opslaan "
        "overschrijft die.";
    return formulier_pagina(app, ui, req, form, formulier_velden(req), nullptr, 409, pad);
  }
  return frame_error(app, ui, req, o.error(), opdracht_href(*id));
}

Response opdracht_stap(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return frame_error(app, ui, req, Error::not_found(), kMenu);
  auto velden = formulier_velden(req);
  auto stap_code = field(velden, "stap").value_or("");
  auto stap = opdrachten::stap_from_code(stap_code);
  if (!stap) {
    return frame_error(app, ui, req, Error::invalid({{"stap", "fout.ongeldige_keuze"}}),
                       opdracht_href(*id));
  }
  auto o = app.services.opdrachten->zet_stap(ui.ctx, *id, formulier_versie(req).value_or(0), *stap,
                                             field(velden, "reden").value_or(""));
  if (o.ok()) return zie_ook(opdracht_href(*id) + "?melding=opgeslagen");
  if (o.error().code == ErrorCode::kConflict && o.error().key == "fout.verouderd") {
    return zie_ook(opdracht_href(*id) + "?melding=verouderd");
  }
  if (o.error().code == ErrorCode::kInvalid || o.error().code == ErrorCode::kConflict) {
    return opdracht_pagina(app, ui, req, false, &o.error(), stap_code);
  }
  return frame_error(app, ui, req, o.error(), opdracht_href(*id));
}

}  // namespace regie::web::ui

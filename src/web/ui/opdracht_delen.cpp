#include "web/ui/opdracht_delen.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/csv.hpp"
#include "core/text.hpp"
#include "web/messages.hpp"
#include "web/ui/page.hpp"
#include "web/ui/veld.hpp"
#include "web/ui/views.hpp"

namespace regie::web::ui {
namespace {

using json = nlohmann::json;
using opdrachten::Deel;
using opdrachten::Opdracht;
using opdrachten::Stap;

constexpr const char* kMenu = "/opdrachten";

// The list parts as lines "a; b; c" in a textarea

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

}  // namespace

std::vector<std::string> splits(const std::string& regel, char teken) {
  std::vector<std::string> out;
  std::string deel;
  std::istringstream in(regel);
  while (std::getline(in, deel, teken)) out.push_back(trim(deel));
  if (!regel.empty() && regel.back() == teken) out.emplace_back();
  return out;
}

std::string opdracht_href(Id id) { return "/opdrachten/" + std::to_string(id); }

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

namespace {

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

}  // namespace

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

// Errors: "planning[2].datum" is shown at the planning field as "regel 2, datum: …"

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

namespace {

std::string veld_van(const FieldError& f) { return f.field.substr(0, f.field.find('[')); }

}  // namespace

std::map<std::string, std::string> fouten_per_veld(const Error* error) {
  std::map<std::string, std::string> out;
  if (!error) return out;
  for (const auto& f : error->fields) {
    auto& slot = out[veld_van(f)];
    slot += (slot.empty() ? "" : "; ") + fouttekst(f);
  }
  return out;
}

json veld_json(const Veld& v, const Fields& waarden,
               const std::map<std::string, std::string>& fouten) {
  return veld_view(v, "veld-" + v.naam, waarden, fouten);
}

std::vector<Optie> organisatie_keuzes(const App& app, const UiContext& ui) {
  std::vector<Optie> out;
  auto orgs = app.services.register_->alle_organisaties(ui.ctx);
  if (orgs.ok()) {
    for (const auto& o : *orgs) {
      if (o.soort != governance::OrganisatieSoort::kOmgevingsdienst) {
        out.push_back({std::to_string(o.id), o.naam});
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

namespace {

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
    return {naam, "Rolverdeling en interne sturingsvorm", "textarea", false, ""};
  }
  if (naam == "governance") return {naam, "Governance", "textarea", false, ""};
  if (const auto* vorm = lijstvorm(naam)) {
    return {naam, std::string(label(deel)), "textarea", false, vorm->uitleg};
  }
  return {naam, std::string(label(deel)), "textarea", false, ""};
}

}  // namespace

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

Response formulier_pagina(const App& app, const UiContext& ui, const Request& req,
                          const Formulier& form, const Fields& waarden, const Error* error,
                          int status, const std::vector<Kruimel>& pad) {
  auto fouten = fouten_per_veld(error);
  auto keuzes = organisatie_keuzes(app, ui);
  // OPD-2: only the deelnemers the actor may draft maatwerk for (an opdrachtgever: its own).
  auto deelnemers = keuzes;
  std::erase_if(deelnemers, [&](const Optie& o) {
    return !service::OpdrachtService::mag_opstellen_voor(ui.ctx.actor, ui.ctx.actor.organisatie_id,
                                                         parse_int64(o.waarde));
  });
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
      {"deelnemerId", "Maatwerk voor deelnemer", "select", false, "Alleen bij maatwerk.",
       deelnemers},
      {"extraUren", "Extra uren (maatwerk)", "text", false, "Alleen bij maatwerk: uren per jaar."},
      {"extraFinanciering", "Extra financiering in euro (maatwerk)", "text", false,
       "Alleen bij maatwerk, bijvoorbeeld 9.600,00."}};
  if (form.met_opdrachtgever) {
    algemeen.insert(algemeen.begin() + 1,
                    {"opdrachtgeverId", "Opdrachtgever", "select", true,
                     "De opdrachtgever voor wie de opdracht wordt opgesteld.", keuzes});
  }
  if (form.verzoek) {
    // A wijzigingsverzoek changes the titel and, for maatwerk, the extras; not jaar or soort.
    std::erase_if(algemeen, [&](const Veld& v) {
      bool extra = v.naam == "extraUren" || v.naam == "extraFinanciering";
      return v.naam != "titel" && !(extra && field(waarden, "soort") == "maatwerk");
    });
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
  json view = {{"kop", form.kop},
               {"actie", form.actie},
               {"annuleren", form.annuleren},
               {"csrf", ui.csrf},
               {"algemeen", algemeen_json},
               {"delen", delen},
               {"opslaan_label", form.opslaan_label}};
  if (form.verzoek) {
    view["verzoek"] = true;
    json aspecten = json::array();
    for (auto a : opdrachten::alle_aspecten()) {
      std::string c(code(a));
      aspecten.push_back({{"code", c},
                          {"label", std::string(label(a))},
                          {"gekozen", field(waarden, "aspect-" + c).has_value()}});
    }
    view["aspecten"] = aspecten;
    if (auto it = fouten.find("aspecten"); it != fouten.end()) view["aspect_fout"] = it->second;
    if (auto it = fouten.find("voorstel"); it != fouten.end()) view["voorstel_fout"] = it->second;
    view["verzoek_velden"] = json::array(
        {veld_json({"omschrijving", "Wat verandert er en waarom?", "textarea", true,
                    "Bijvoorbeeld: welke onvoorziene omstandigheid de wijziging nodig maakt en wat "
                    "er gebeurt als de wijziging er niet komt."},
                   waarden, fouten)});
  }
  if (form.versie) view["versie"] = std::to_string(*form.versie);
  if (!form.conflict.empty()) view["conflict"] = form.conflict;
  if (!samenvatting.empty()) {
    view["fouten_samenvatting"] = true;
    view["fouten"] = samenvatting;
  }
  return frame_page(app, ui, req, form.kop, kMenu, pad, status, render("opdracht_formulier", view));
}

namespace {

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

}  // namespace

// The eleven parts for the partial {{> opdrachtdelen}}: numbered headings, an empty part said so.
json delen_view(const Opdracht& o) {
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
  return delen;
}

}  // namespace regie::web::ui

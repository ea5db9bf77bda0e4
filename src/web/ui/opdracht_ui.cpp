#include "web/ui/opdracht_ui.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/csv.hpp"
#include "core/text.hpp"
#include "web/messages.hpp"
#include "web/ui/signaal_ui.hpp"
#include "web/ui/ui_support.hpp"
#include "web/ui/veld.hpp"
#include "web/ui/views.hpp"

namespace regie::web::ui {
namespace {

using json = nlohmann::json;
using opdrachten::Deel;
using opdrachten::Opdracht;
using opdrachten::Stap;

constexpr const char* kMenu = "/opdrachten";

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
  bool verzoek = false;  // OPD-5: a wijzigingsverzoek (aspects, omschrijving, the voorstel)
  std::string opslaan_label = "Opslaan";
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

// ---- OPD-5: versions and wijzigingsverzoeken

std::string verzoek_href(Id id, Id verzoek_id) {
  return opdracht_href(id) + "/wijzigingsverzoeken/" + std::to_string(verzoek_id);
}

std::string aspecten_tekst(const std::vector<opdrachten::Aspect>& aspecten) {
  std::string out;
  for (auto a : aspecten) {
    std::string naam(label(a));
    if (!out.empty())
      naam[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(naam[0])));
    out += (out.empty() ? "" : ", ") + naam;
  }
  return out;
}

std::string kant_tekst(opdrachten::Kant kant) {
  return kant == opdrachten::Kant::kOpdrachtgever ? "opdrachtgever" : "opdrachtnemer";
}

// The section on the opdracht page; null when the opdracht never had a version or verzoek and
// cannot get one yet.
json wijzigingen_view(const App& app, const UiContext& ui, const service::OpdrachtDetail& d) {
  const auto& o = d.opdracht;
  auto versies = app.services.opdrachten->versies(ui.ctx, o.id);
  auto verzoeken = app.services.opdrachten->wijzigingsverzoeken(ui.ctx, o.id);
  if (!versies.ok() || !verzoeken.ok()) return nullptr;
  bool kan = opdrachten::staat_wijziging_toe(o.status) && d.kant != opdrachten::Kant::kGeen;
  if (versies->empty() && verzoeken->empty() && !kan) return nullptr;
  json view = json::object();
  if (kan) view["nieuw_verzoek_href"] = opdracht_href(o.id) + "/wijzigingsverzoeken/nieuw";
  json v = json::array();
  std::vector<Optie> keuzes;
  for (const auto& versie : *versies) {
    json rij = {{"nummer", std::to_string(versie.nummer)},
                {"href", opdracht_href(o.id) + "/versies/" + std::to_string(versie.nummer)},
                {"op", service::tijdstip_nl(versie.vastgesteld_op)},
                {"door", versie.vastgesteld_door}};
    if (versie.wijzigingsverzoek_id) {
      rij["verzoek_href"] = verzoek_href(o.id, *versie.wijzigingsverzoek_id);
      rij["verzoek_id"] = std::to_string(*versie.wijzigingsverzoek_id);
    }
    v.push_back(rij);
    keuzes.push_back({std::to_string(versie.nummer), "Versie " + std::to_string(versie.nummer)});
  }
  if (!v.empty()) {
    view["heeft_versies"] = true;
    view["versies"] = v;
  }
  if (versies->size() >= 2) {
    Fields standaard = {{"van", std::to_string(versies->front().nummer)},
                        {"naar", std::to_string(versies->back().nummer)}};
    json velden = json::array();
    for (const auto& veld :
         std::vector<Veld>{{"van", "Oude versie", "select", true, "", keuzes},
                           {"naar", "Nieuwe versie", "select", true, "", keuzes}}) {
      json j = veld_json(veld, standaard, {});
      j.erase("leeg_label");
      velden.push_back(j);
    }
    view["vergelijken"] = {{"actie", opdracht_href(o.id) + "/vergelijking"}, {"velden", velden}};
  }
  json rijen = json::array();
  for (const auto& w : *verzoeken) {
    rijen.push_back({{"id", std::to_string(w.id)},
                     {"href", verzoek_href(o.id, w.id)},
                     {"op", service::tijdstip_nl(w.ingediend_op)},
                     {"door", w.ingediend_door + " (" + kant_tekst(w.ingediend_kant) + ")"},
                     {"aspecten", aspecten_tekst(w.aspecten)},
                     {"status", std::string(label(w.status))}});
  }
  if (!rijen.empty()) {
    view["heeft_verzoeken"] = true;
    view["verzoeken"] = rijen;
  }
  return view;
}

// The comparison rows: lines that went are marked in the old column, new lines in the new one.
json verschillen_view(const std::vector<opdrachten::Verschil>& verschillen) {
  json out = json::array();
  for (const auto& d : verschillen) {
    auto bevat = [](const std::vector<std::string>& lijst, const std::string& regel) {
      return std::find(lijst.begin(), lijst.end(), regel) != lijst.end();
    };
    json van = json::array();
    for (const auto& r : d.van) {
      json regel = {{"tekst", r}};
      if (d.gewijzigd && !bevat(d.naar, r)) regel["weg"] = true;
      van.push_back(regel);
    }
    json naar = json::array();
    for (const auto& r : d.naar) {
      json regel = {{"tekst", r}};
      if (!bevat(d.van, r)) regel["nieuw"] = true;
      naar.push_back(regel);
    }
    json rij = {{"label", d.label}, {"gewijzigd", d.gewijzigd}, {"van", van}, {"naar", naar}};
    if (d.van.empty()) rij["leeg_van"] = true;
    if (d.naar.empty()) rij["leeg_naar"] = true;
    out.push_back(rij);
  }
  return out;
}

std::string samenvatting(const std::vector<opdrachten::Verschil>& verschillen) {
  std::string namen;
  int aantal = 0;
  for (const auto& d : verschillen) {
    if (!d.gewijzigd) continue;
    ++aantal;
    namen += (namen.empty() ? "" : ", ") + d.label;
  }
  if (aantal == 0) return "Geen onderdelen gewijzigd.";
  return std::to_string(aantal) + (aantal == 1 ? " onderdeel" : " onderdelen") +
         " gewijzigd: " + namen + ".";
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
  json delen = delen_view(o);
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
  if (!afdrukken) view["wijzigingen"] = wijzigingen_view(app, ui, *d);
  if (view["wijzigingen"].is_null()) view.erase("wijzigingen");
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
  std::vector<Optie> statussen;
  for (auto s : {opdrachten::Status::kConcept, opdrachten::Status::kAangeboden,
                 opdrachten::Status::kAanvaard, opdrachten::Status::kTeruggelegd,
                 opdrachten::Status::kInUitvoering, opdrachten::Status::kAfgerond,
                 opdrachten::Status::kGeevalueerd}) {
    statussen.push_back({std::string(code(s)), std::string(label(s))});
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
  if (o.error().code == ErrorCode::kStale) {
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
  if (o.error().code == ErrorCode::kStale) {
    return zie_ook(opdracht_href(*id) + "?melding=verouderd");
  }
  if (o.error().code == ErrorCode::kInvalid || o.error().code == ErrorCode::kConflict) {
    return opdracht_pagina(app, ui, req, false, &o.error(), stap_code);
  }
  return frame_error(app, ui, req, o.error(), opdracht_href(*id));
}

// ---- OPD-5: versions and wijzigingsverzoeken

namespace {

// The form's checkboxes "aspect-scope" … as the service's "aspecten" list.
Fields verzoek_velden_uit(const Fields& formulier) {
  Fields f = velden_uit(formulier);
  std::string aspecten;
  for (auto a : opdrachten::alle_aspecten()) {
    std::string naam = "aspect-" + std::string(code(a));
    if (f.count(naam) != 0) aspecten += (aspecten.empty() ? "" : ",") + std::string(code(a));
    f.erase(naam);
  }
  f["aspecten"] = aspecten;
  return f;
}

Formulier verzoek_formulier(const Opdracht& o) {
  Formulier form{"Wijzigingsverzoek voor " + o.titel,
                 opdracht_href(o.id) + "/wijzigingsverzoeken",
                 opdracht_href(o.id),
                 std::nullopt,
                 false,
                 ""};
  form.verzoek = true;
  form.opslaan_label = "Verzoek indienen";
  return form;
}

std::vector<Kruimel> verzoek_pad(const Opdracht& o, const std::string& laatste) {
  return {{kMenu, "Opdrachten"}, {opdracht_href(o.id), o.titel}, {"", laatste}};
}

struct VerzoekFouten {
  const Error* afstemming = nullptr;
  const Error* besluit = nullptr;
  std::string alert;
  Fields afstemming_waarden;
  Fields besluit_waarden;
};

Response verzoek_pagina(const App& app, const UiContext& ui, const Request& req,
                        const VerzoekFouten& fouten, int status) {
  auto id = path_id(req, "id");
  auto verzoek_id = path_id(req, "verzoekId");
  if (!id || !verzoek_id) return frame_error(app, ui, req, Error::not_found(), kMenu);
  auto d = app.services.opdrachten->wijzigingsverzoek(ui.ctx, *id, *verzoek_id);
  if (!d.ok()) return frame_error(app, ui, req, d.error(), kMenu);
  const auto& v = d->verzoek;
  const auto& o = d->opdracht;
  std::string kop = "Wijzigingsverzoek " + std::to_string(v.id) + ": " + o.titel;
  json gegevens = json::array(
      {{{"label", "Status"}, {"waarde", std::string(label(v.status))}},
       {{"label", "Over"}, {"waarde", aspecten_tekst(v.aspecten)}},
       {{"label", "Ingediend door"},
        {"waarde", v.ingediend_door + " (" + kant_tekst(v.ingediend_kant) + ")"}},
       {{"label", "Ingediend op"}, {"waarde", service::tijdstip_nl(v.ingediend_op)}},
       {{"label", "Gaat uit van"}, {"waarde", "versie " + std::to_string(v.basisversie)}},
       {{"label", "Opdracht nu"},
        {"waarde",
         "versie " + std::to_string(o.inhoudsversie) + ", " + std::string(label(o.status))}}});
  json omschrijving = json::array();
  for (const auto& regel : splits(v.omschrijving, '\n')) {
    if (!regel.empty()) omschrijving.push_back(regel);
  }
  std::string actie_basis = verzoek_href(o.id, v.id);
  json view = {{"kop", kop},
               {"gegevens", gegevens},
               {"omschrijving", omschrijving},
               {"verschillen", verschillen_view(d->verschillen)},
               {"vergelijking_titel", samenvatting(d->verschillen)},
               {"kolom_van", "Versie " + std::to_string(v.basisversie)},
               {"kolom_naar", "Voorstel"},
               {"opdracht_href", opdracht_href(o.id)}};
  if (!fouten.alert.empty()) view["alert"] = fouten.alert;
  if (v.afstemming.vastgelegd()) {
    view["afstemming"] = {{"met", v.afstemming.met},
                          {"datum", v.afstemming.datum->nl()},
                          {"uitkomst", v.afstemming.uitkomst},
                          {"door", v.afstemming.door}};
  }
  if (d->mag_afstemmen) {
    auto veldfouten = fouten_per_veld(fouten.afstemming);
    Fields waarden = fouten.afstemming_waarden;
    if (waarden.empty() && v.afstemming.vastgelegd()) {
      waarden = {{"met", v.afstemming.met},
                 {"datum", v.afstemming.datum->iso()},
                 {"uitkomst", v.afstemming.uitkomst}};
    }
    json velden = json::array();
    velden.push_back(veld_json({"met", "Afgestemd met", "text", true,
                                "De beleidsafdeling of de persoon met wie u het verzoek besprak."},
                               waarden, veldfouten));
    velden.push_back(veld_json({"datum", "Datum", "date", true}, waarden, veldfouten));
    velden.push_back(veld_json({"uitkomst", "Uitkomst", "textarea", true}, waarden, veldfouten));
    view["afstemming_form"] = {
        {"actie", actie_basis + "/afstemming"},
        {"csrf", ui.csrf},
        {"versie", std::to_string(v.versie)},
        {"legend", v.afstemming.vastgelegd() ? "Afstemming aanpassen" : "Afstemming vastleggen"},
        {"velden", velden}};
  }
  if (v.status != opdrachten::VerzoekStatus::kIngediend) {
    json besloten = {{"status", std::string(label(v.status))},
                     {"door", v.besloten_door},
                     {"op", service::tijdstip_nl(v.besloten_op)}};
    if (!v.beoordeling.empty()) besloten["beoordeling"] = v.beoordeling;
    view["besloten"] = besloten;
  }
  if (d->mag_beoordelen) {
    auto veldfouten = fouten_per_veld(fouten.besluit);
    json form = {
        {"actie", actie_basis + "/besluit"},
        {"csrf", ui.csrf},
        {"versie", std::to_string(v.versie)},
        {"velden", json::array({veld_json(
                       {"beoordeling", "Beoordeling", "textarea", true,
                        "Uw kritische beoordeling: waarom aanvaardt of wijst u het verzoek "
                        "af? Aanvaarden kan pas na de afstemming met de beleidsafdeling."},
                       fouten.besluit_waarden, veldfouten)})}};
    if (auto it = veldfouten.find("afstemming"); it != veldfouten.end()) form["fout"] = it->second;
    view["besluit_form"] = form;
  }
  if (d->mag_intrekken) {
    view["intrekken_form"] = {{"actie", actie_basis + "/besluit"},
                              {"csrf", ui.csrf},
                              {"versie", std::to_string(v.versie)}};
  }
  return frame_page(app, ui, req, kop, kMenu,
                    verzoek_pad(o, "Wijzigingsverzoek " + std::to_string(v.id)), status,
                    render("wijzigingsverzoek", view));
}

// After a refused afstemming or besluit: a stale form goes back to the page with a notice; an
// invalid one is shown again with its errors; a decision that no longer fits gets an alert.
Response na_weigering(const App& app, const UiContext& ui, const Request& req, const Error& e,
                      bool is_afstemming) {
  auto id = path_id(req, "id");
  auto verzoek_id = path_id(req, "verzoekId");
  if (e.code == ErrorCode::kStale && id && verzoek_id) {
    return zie_ook(verzoek_href(*id, *verzoek_id) + "?melding=verouderd");
  }
  VerzoekFouten fouten;
  if (e.code == ErrorCode::kInvalid) {
    (is_afstemming ? fouten.afstemming : fouten.besluit) = &e;
    (is_afstemming ? fouten.afstemming_waarden : fouten.besluit_waarden) = formulier_velden(req);
    return verzoek_pagina(app, ui, req, fouten, 400);
  }
  if (e.code == ErrorCode::kConflict) {
    fouten.alert = tekst(e.key);
    return verzoek_pagina(app, ui, req, fouten, 409);
  }
  return frame_error(app, ui, req, e, kMenu);
}

}  // namespace

Response wijzigingsverzoek_nieuw(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return frame_error(app, ui, req, Error::not_found(), kMenu);
  auto d = app.services.opdrachten->opdracht(ui.ctx, *id);
  if (!d.ok()) return frame_error(app, ui, req, d.error(), kMenu);
  if (d->kant == opdrachten::Kant::kGeen) {
    return frame_error(app, ui, req, Error::forbidden(), opdracht_href(*id));
  }
  if (!opdrachten::staat_wijziging_toe(d->opdracht.status)) {
    return frame_error(app, ui, req,
                       Error{ErrorCode::kConflict, "fout.wijziging_niet_mogelijk", "", {}},
                       opdracht_href(*id));
  }
  return formulier_pagina(app, ui, req, verzoek_formulier(d->opdracht), als_velden(d->opdracht),
                          nullptr, 200, verzoek_pad(d->opdracht, "Wijzigingsverzoek"));
}

Response wijzigingsverzoek_indienen(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return frame_error(app, ui, req, Error::not_found(), kMenu);
  auto ingevuld = formulier_velden(req);
  auto v = app.services.opdrachten->dien_in(ui.ctx, *id, verzoek_velden_uit(ingevuld),
                                            lijsten_uit(req.form_params()));
  if (v.ok()) return zie_ook(verzoek_href(*id, v->id) + "?melding=ingediend");
  if (v.error().code != ErrorCode::kInvalid) {
    return frame_error(app, ui, req, v.error(), opdracht_href(*id));
  }
  auto d = app.services.opdrachten->opdracht(ui.ctx, *id);
  if (!d.ok()) return frame_error(app, ui, req, d.error(), kMenu);
  // What may not change comes from the opdracht, so the checklist can read the form.
  auto vast = als_velden(d->opdracht);
  for (const char* naam : {"jaar", "soort", "deelnemerId"}) ingevuld[naam] = vast[naam];
  return formulier_pagina(app, ui, req, verzoek_formulier(d->opdracht), ingevuld, &v.error(), 400,
                          verzoek_pad(d->opdracht, "Wijzigingsverzoek"));
}

Response wijzigingsverzoek(const App& app, const UiContext& ui, Request& req) {
  return verzoek_pagina(app, ui, req, {}, 200);
}

Response wijzigingsverzoek_afstemming(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  auto verzoek_id = path_id(req, "verzoekId");
  if (!id || !verzoek_id) return frame_error(app, ui, req, Error::not_found(), kMenu);
  auto v = app.services.opdrachten->leg_afstemming_vast(
      ui.ctx, *id, *verzoek_id, formulier_versie(req).value_or(0), formulier_velden(req));
  if (v.ok()) return zie_ook(verzoek_href(*id, *verzoek_id) + "?melding=afgestemd");
  return na_weigering(app, ui, req, v.error(), true);
}

Response wijzigingsverzoek_besluit(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  auto verzoek_id = path_id(req, "verzoekId");
  if (!id || !verzoek_id) return frame_error(app, ui, req, Error::not_found(), kMenu);
  auto velden = formulier_velden(req);
  auto besluit = opdrachten::besluit_from_code(field(velden, "besluit").value_or(""));
  if (!besluit) {
    return frame_error(app, ui, req, Error::invalid({{"besluit", "fout.ongeldige_keuze"}}),
                       verzoek_href(*id, *verzoek_id));
  }
  auto v =
      app.services.opdrachten->besluit(ui.ctx, *id, *verzoek_id, formulier_versie(req).value_or(0),
                                       *besluit, field(velden, "beoordeling").value_or(""));
  if (v.ok()) return zie_ook(verzoek_href(*id, *verzoek_id) + "?melding=besloten");
  return na_weigering(app, ui, req, v.error(), false);
}

Response opdracht_versie(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  auto nummer = path_id(req, "nummer");
  if (!id || !nummer || *nummer > 1'000'000) {
    return frame_error(app, ui, req, Error::not_found(), kMenu);
  }
  auto v = app.services.opdrachten->versie(ui.ctx, *id, static_cast<std::int32_t>(*nummer));
  if (!v.ok()) return frame_error(app, ui, req, v.error(), kMenu);
  const auto& o = v->inhoud;
  json gegevens = json::array(
      {{{"label", "Versie"}, {"waarde", std::to_string(v->nummer)}},
       {{"label", "Vastgesteld op"}, {"waarde", service::tijdstip_nl(v->vastgesteld_op)}},
       {{"label", "Vastgesteld door"}, {"waarde", v->vastgesteld_door}},
       {{"label", "Grond"},
        {"waarde", v->wijzigingsverzoek_id
                       ? "Wijzigingsverzoek " + std::to_string(*v->wijzigingsverzoek_id)
                       : std::string("Aanvaarding van de opdracht")}},
       {{"label", "Totaal begroot"}, {"waarde", format_bedrag_nl(opdrachten::totaal_cents(o))}},
       {{"label", "Totaal uren"}, {"waarde", format_getal_nl(opdrachten::totaal_uren(o))}}});
  json delen = delen_view(o);
  std::string kop = o.titel + " — versie " + std::to_string(v->nummer);
  json view = {{"kop", kop},
               {"nummer", std::to_string(v->nummer)},
               {"gegevens", gegevens},
               {"delen", delen},
               {"opdracht_href", opdracht_href(*id)}};
  return frame_page(app, ui, req, kop, kMenu,
                    {{kMenu, "Opdrachten"},
                     {opdracht_href(*id), o.titel},
                     {"", "Versie " + std::to_string(v->nummer)}},
                    200, render("opdracht_versie", view));
}

Response opdracht_vergelijking(const App& app, const UiContext& ui, Request& req) {
  auto id = path_id(req, "id");
  if (!id) return frame_error(app, ui, req, Error::not_found(), kMenu);
  auto q = req.query_params();
  auto van = parse_int64(q["van"]);
  auto naar = parse_int64(q["naar"]);
  std::vector<FieldError> fouten;
  if (!van || *van < 1 || *van > 1'000'000) fouten.push_back({"van", "fout.ongeldige_keuze"});
  if (!naar || *naar < 1 || *naar > 1'000'000) fouten.push_back({"naar", "fout.ongeldige_keuze"});
  if (!fouten.empty()) {
    return frame_error(app, ui, req, Error::invalid(std::move(fouten)), opdracht_href(*id));
  }
  auto d = app.services.opdrachten->opdracht(ui.ctx, *id);
  if (!d.ok()) return frame_error(app, ui, req, d.error(), kMenu);
  auto verschillen = app.services.opdrachten->vergelijk(
      ui.ctx, *id, static_cast<std::int32_t>(*van), static_cast<std::int32_t>(*naar));
  if (!verschillen.ok()) return frame_error(app, ui, req, verschillen.error(), opdracht_href(*id));
  std::string kop = d->opdracht.titel + ": versie " + std::to_string(*van) + " en " +
                    std::to_string(*naar) + " vergeleken";
  json view = {{"kop", kop},
               {"van", std::to_string(*van)},
               {"naar", std::to_string(*naar)},
               {"samenvatting", samenvatting(*verschillen)},
               {"verschillen", verschillen_view(*verschillen)},
               {"vergelijking_titel", "Versie " + std::to_string(*van) + " en versie " +
                                          std::to_string(*naar) + " per onderdeel"},
               {"kolom_van", "Versie " + std::to_string(*van)},
               {"kolom_naar", "Versie " + std::to_string(*naar)},
               {"opdracht_href", opdracht_href(*id)}};
  return frame_page(
      app, ui, req, kop, kMenu,
      {{kMenu, "Opdrachten"}, {opdracht_href(*id), d->opdracht.titel}, {"", "Versies vergelijken"}},
      200, render("vergelijking", view));
}

std::string verzoeken_startblok(const App& app, const UiContext& ui) {
  auto open = app.services.opdrachten->open_verzoeken(ui.ctx);
  if (!open.ok()) return "<p class=\"utrecht-paragraph\">" + tekst(open.error().key) + "</p>";
  if (open->empty()) return "";
  bool opdrachtgever = ui.ctx.actor.rol == auth::Gebruikersrol::kOpdrachtgever;
  json lijst = json::array();
  for (const auto& r : *open) {
    const auto& v = r.verzoek;
    json regel = {{"href", verzoek_href(v.opdracht_id, v.id)},
                  {"opdracht", r.opdracht_titel},
                  {"aspecten", aspecten_tekst(v.aspecten)},
                  {"door", v.ingediend_door + " (" + kant_tekst(v.ingediend_kant) + ")"},
                  {"op", service::tijdstip_nl(v.ingediend_op)}};
    if (r.mag_beslissen) regel["mag_beslissen"] = true;
    lijst.push_back(regel);
  }
  json view = {
      {"kop", "Wijzigingsverzoeken die op een besluit wachten"},
      {"uitleg", opdrachtgever ? "Beoordeel elk verzoek kritisch, stem het af met de "
                                 "beleidsafdeling en besluit dan."
                               : "Ingediende wijzigingsverzoeken waarover de opdrachtgever nog "
                                 "niet heeft besloten."},
      {"verzoeken", lijst}};
  return render("start_verzoeken", view);
}

}  // namespace regie::web::ui

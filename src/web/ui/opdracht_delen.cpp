#include "web/ui/opdracht_delen.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>

#include "core/text.hpp"
#include "web/messages.hpp"
#include "web/ui/formulier.hpp"
#include "web/ui/page.hpp"
#include "web/ui/veld.hpp"
#include "web/ui/views.hpp"

namespace regie::web::ui {

using json = nlohmann::json;

namespace {

using opdrachten::Deel;
using opdrachten::Opdracht;
using opdrachten::Stap;

// The list parts as rows of fields. A row's fields are named as the domain names their errors
// ("financien[2].bedrag", 1-based), so an error lands at its own input.

enum class Keuzes { kGeen, kNiveau, kPersoon, kOrganisatie };

struct Deelkolom {
  const char* naam;
  const char* label;
  const char* type = "text";  // text, date or select
  Keuzes keuzes = Keuzes::kGeen;
  bool smal = false;
  bool verplicht = false;
  bool breed = false;  // a longer text: the input takes the row's width
};

struct Lijstvorm {
  const char* naam;
  const char* rij;  // one row, as the row's legend says it: "Risico 2"
  std::vector<Deelkolom> kolommen;
  const char* uitleg;
};

const std::vector<Lijstvorm>& lijstvormen() {
  static const std::vector<Lijstvorm> kVormen = {
      {"planning",
       "Mijlpaal",
       {{"omschrijving", "Omschrijving", "text", Keuzes::kGeen, false, true},
        {"datum", "Datum", "date", Keuzes::kGeen, true}},
       "Eén mijlpaal per rij, met de datum waarop die er moet zijn."},
      {"bemensing",
       "Inzet",
       {{"rol", "Rol", "text", Keuzes::kGeen, false, true},
        {"uren", "Uren", "text", Keuzes::kGeen, true, true},
        {"persoonId", "Persoon", "select", Keuzes::kPersoon}},
       "Eén rol per rij, met de uren; de persoon als die al bekend is."},
      {"financien",
       "Bedrag",
       {{"jaar", "Jaar", "text", Keuzes::kGeen, true, true},
        {"bedrag", "Bedrag in euro", "text", Keuzes::kGeen, true, true},
        {"omschrijving", "Omschrijving"}},
       "Eén bedrag per rij. Een punt scheidt duizendtallen, een komma de centen: 38.000 is "
       "achtendertigduizend euro, 1.234,56 is twaalfhonderdvierendertig euro en 56 cent."},
      {"stakeholders",
       "Stakeholder",
       {{"naam", "Naam", "text", Keuzes::kGeen, false, true},
        {"rol", "Rol of belang"},
        {"organisatieId", "Organisatie", "select", Keuzes::kOrganisatie},
        {"persoonId", "Persoon", "select", Keuzes::kPersoon}},
       "Eén stakeholder per rij, met de rol of het belang."},
      {"risicos",
       "Risico",
       {{"omschrijving", "Omschrijving", "text", Keuzes::kGeen, false, true, true},
        {"kans", "Kans", "select", Keuzes::kNiveau, true, true},
        {"impact", "Impact", "select", Keuzes::kNiveau, true, true},
        {"beheersmaatregel", "Beheersmaatregel", "text", Keuzes::kGeen, false, false, true},
        {"eigenaar", "Eigenaar"}},
       "Eén risico per rij, met kans, impact, de beheersmaatregel en wie die uitvoert."},
  };
  return kVormen;
}

const Lijstvorm* lijstvorm(const std::string& naam) {
  for (const auto& v : lijstvormen()) {
    if (naam == v.naam) return &v;
  }
  return nullptr;
}

// "financien[2].bedrag" in its parts.
struct RijVeld {
  std::string lijst;
  std::size_t nummer = 0;
  std::string veld;
};

constexpr std::size_t kMaxRijnummer = 10'000;

std::optional<RijVeld> rij_veld(const std::string& naam) {
  auto open = naam.find('[');
  auto sluit = naam.find(']', open == std::string::npos ? 0 : open);
  if (open == std::string::npos || sluit == std::string::npos || open == 0) return std::nullopt;
  auto nummer = parse_int64(std::string_view(naam).substr(open + 1, sluit - open - 1));
  if (!nummer || *nummer < 1 || *nummer > static_cast<std::int64_t>(kMaxRijnummer)) {
    return std::nullopt;
  }
  std::string veld =
      sluit + 1 < naam.size() && naam[sluit + 1] == '.' ? naam.substr(sluit + 2) : "";
  return RijVeld{naam.substr(0, open), static_cast<std::size_t>(*nummer), veld};
}

std::string rij_sleutel(const std::string& lijst, std::size_t nummer) {
  return lijst + "[" + std::to_string(nummer) + "]";
}

std::string rij_naam(const std::string& lijst, std::size_t nummer, const std::string& veld) {
  return rij_sleutel(lijst, nummer) + "." + veld;
}

// The rows of one list in the fields, in the order of their numbers (gaps closed).
std::vector<Fields> rijen_van(const Fields& velden, const Lijstvorm& vorm) {
  std::map<std::size_t, Fields> per_nummer;
  const std::string prefix = std::string(vorm.naam) + "[";
  for (auto it = velden.lower_bound(prefix); it != velden.end(); ++it) {
    if (it->first.compare(0, prefix.size(), prefix) != 0) break;
    auto rv = rij_veld(it->first);
    if (!rv || rv->lijst != vorm.naam) continue;
    for (const auto& k : vorm.kolommen) {
      if (rv->veld == k.naam) per_nummer[rv->nummer][rv->veld] = it->second;
    }
  }
  std::vector<Fields> out;
  out.reserve(per_nummer.size());
  for (auto& [nummer, rij] : per_nummer) out.push_back(std::move(rij));
  return out;
}

bool is_leeg(const Fields& rij) {
  return std::all_of(rij.begin(), rij.end(), [](const auto& v) { return trim(v.second).empty(); });
}

// The fields without the rows of the lists, with these rows numbered from 1; every column of a
// row is written, so an empty row (just added) stays a row.
Fields met_rijen(Fields velden, const std::map<std::string, std::vector<Fields>>& lijsten) {
  std::erase_if(velden, [](const auto& v) { return rij_veld(v.first).has_value(); });
  for (const auto& [lijst, rijen] : lijsten) {
    const auto* vorm = lijstvorm(lijst);
    if (!vorm) continue;
    for (std::size_t i = 0; i < rijen.size(); ++i) {
      for (const auto& k : vorm->kolommen) {
        velden[rij_naam(lijst, i + 1, k.naam)] = field(rijen[i], k.naam).value_or("");
      }
    }
  }
  return velden;
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

Fields ingevulde_rijen(const Fields& velden) {
  std::map<std::string, std::vector<Fields>> lijsten;
  for (const auto& vorm : lijstvormen()) {
    auto& rijen = lijsten[vorm.naam];
    for (auto& rij : rijen_van(velden, vorm)) {
      if (!is_leeg(rij)) rijen.push_back(std::move(rij));
    }
  }
  return met_rijen(velden, lijsten);
}

std::optional<Fields> rij_bewerking(const Fields& velden) {
  auto toevoegen = field(velden, "rij_toevoegen");
  auto verwijderen = field(velden, "rij_verwijderen");
  if (!toevoegen && !verwijderen) return std::nullopt;
  Fields rest = velden;
  rest.erase("rij_toevoegen");
  rest.erase("rij_verwijderen");
  std::map<std::string, std::vector<Fields>> lijsten;
  for (const auto& vorm : lijstvormen()) lijsten[vorm.naam] = rijen_van(rest, vorm);
  if (toevoegen) {
    if (auto it = lijsten.find(*toevoegen); it != lijsten.end()) it->second.emplace_back();
  }
  if (verwijderen) {
    auto rv = rij_veld(*verwijderen);
    if (rv && rv->veld.empty()) {
      auto it = lijsten.find(rv->lijst);
      if (it != lijsten.end() && rv->nummer <= it->second.size()) {
        it->second.erase(it->second.begin() + static_cast<std::ptrdiff_t>(rv->nummer - 1));
      }
    }
  }
  return met_rijen(rest, lijsten);
}

opdrachten::Lijsten lijsten_uit(const Fields& velden) {
  opdrachten::Lijsten out;
  for (const auto& vorm : lijstvormen()) {
    auto rijen = rijen_van(velden, vorm);
    std::erase_if(rijen, is_leeg);
    out[vorm.naam] = std::move(rijen);
  }
  return out;
}

Fields velden_uit(Fields f) {
  std::erase_if(f, [](const auto& v) { return rij_veld(v.first).has_value(); });
  f.erase("rij_toevoegen");
  f.erase("rij_verwijderen");
  return f;
}

// "Aanvaarden of terugleggen met motivering".
std::string stappen_tekst(const std::vector<opdrachten::Stap>& stappen) {
  std::string out;
  for (std::size_t i = 0; i < stappen.size(); ++i) {
    std::string stap(label(stappen[i]));
    if (i > 0 && !stap.empty()) stap[0] = static_cast<char>(std::tolower(stap[0]));
    out += (i > 0 ? " of " : "") + stap;
  }
  return out;
}

Fields als_velden(const Opdracht& o) {
  auto invoer = opdrachten::invoer_van(o);
  return met_rijen(invoer.velden, invoer.lijsten);
}

// Errors: each at its own field; the summary names the row ("Risico 2, kans").

std::string veld_id(const std::string& naam) {
  std::string id = "veld-";
  for (char c : naam) {
    if (c == '[' || c == '.') {
      id += '-';
    } else if (c != ']') {
      id += c;
    }
  }
  return id;
}

std::string opdracht_veldlabel(const std::string& naam) {
  if (auto rv = rij_veld(naam)) {
    const auto* vorm = lijstvorm(rv->lijst);
    if (!vorm) return naam;
    std::string out = std::string(vorm->rij) + " " + std::to_string(rv->nummer);
    for (const auto& k : vorm->kolommen) {
      if (rv->veld == k.naam) {
        std::string kolom = k.label;
        kolom[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(kolom[0])));
        out += ", " + kolom;
      }
    }
    return out;
  }
  for (Deel deel : opdrachten::alle_delen()) {
    if (naam == code(deel)) return std::string(label(deel));
  }
  static const std::map<std::string, std::string> kLabels = {
      {"titel", "Titel"},
      {"jaar", "Jaar"},
      {"soort", "Soort opdracht"},
      {"opdrachtgeverId", "Opdrachtgever"},
      {"deelnemerId", "Maatwerk voor deelnemer"},
      {"extraUren", "Extra uren (maatwerk)"},
      {"extraFinanciering", "Extra financiering in euro (maatwerk)"},
      {"sturingsvorm", "Rolverdeling en interne sturingsvorm"},
      {"governance", "Governance"}};
  if (auto it = kLabels.find(naam); it != kLabels.end()) return it->second;
  return veldnaam(naam);
}

std::string fouttekst(const FieldError& f) {
  if (rij_veld(f.field)) return opdracht_veldlabel(f.field) + ": " + tekst(f.key);
  return tekst(f.key);
}

std::map<std::string, std::string> fouten_per_veld(const Error* error) {
  std::map<std::string, std::string> out;
  if (!error) return out;
  for (const auto& f : error->fields) {
    auto& slot = out[f.field];
    slot += (slot.empty() ? "" : "; ") + tekst(f.key);
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

// The text fields of a part; a list part also has its rows (lijst_view).
std::vector<Veld> tekstvelden_van(Deel deel) {
  switch (deel) {
    case Deel::kBemensing:
      return {{"sturingsvorm", "Rolverdeling en interne sturingsvorm", "textarea", false, ""}};
    case Deel::kStakeholders:
      return {{"governance", "Governance", "textarea", false, ""}};
    case Deel::kPlanning:
    case Deel::kFinancien:
    case Deel::kRisicos:
      return {};
    default:
      return {{std::string(code(deel)), std::string(label(deel)), "textarea", false, ""}};
  }
}

const Lijstvorm* lijstvorm_van(Deel deel) { return lijstvorm(std::string(code(deel))); }

// The choices of the select columns, read once per page.
struct Keuzelijsten {
  std::vector<Optie> niveaus;
  std::vector<Optie> personen;
  std::vector<Optie> organisaties;
};

// The options of a select column, with the row's current value kept even when the user cannot
// see it (an id set through the API): saving the form never drops a link silently.
std::vector<Optie> opties_voor(const Deelkolom& k, const Keuzelijsten& keuzes,
                               const std::string& huidig) {
  std::vector<Optie> opties;
  switch (k.keuzes) {
    case Keuzes::kGeen:
      return opties;
    case Keuzes::kNiveau:
      return keuzes.niveaus;
    case Keuzes::kPersoon:
      opties = keuzes.personen;
      break;
    case Keuzes::kOrganisatie:
      opties = keuzes.organisaties;
      break;
  }
  bool bekend = huidig.empty() || std::any_of(opties.begin(), opties.end(),
                                              [&](const Optie& o) { return o.waarde == huidig; });
  if (!bekend) opties.push_back({huidig, "nummer " + huidig + " (niet zichtbaar voor u)"});
  return opties;
}

// A list part as rows of labelled fields, each row a fieldset with "Rij verwijderen", and
// "Rij toevoegen" under them. Both buttons submit the whole form, so nothing typed is lost; their
// formaction carries the anchor of the row to show next.
json lijst_view(const Lijstvorm& vorm, const Fields& waarden,
                const std::map<std::string, std::string>& fouten, const Keuzelijsten& keuzes,
                const std::string& actie) {
  auto rijen = rijen_van(waarden, vorm);
  if (rijen.empty()) rijen.emplace_back();  // an empty list shows one empty row to fill in
  const std::string lijst = vorm.naam;
  const std::string rij_klein = klein(vorm.rij);
  json items = json::array();
  for (std::size_t i = 0; i < rijen.size(); ++i) {
    std::size_t nummer = i + 1;
    json velden = json::array();
    for (const auto& k : vorm.kolommen) {
      std::string naam = rij_naam(lijst, nummer, k.naam);
      std::string huidig = field(rijen[i], k.naam).value_or("");
      Veld v{naam, k.label, k.type, k.verplicht, "", opties_voor(k, keuzes, huidig), k.smal};
      auto veld = veld_view(v, veld_id(naam), {{naam, huidig}}, fouten);
      if (k.breed) veld["breed"] = true;
      velden.push_back(veld);
    }
    items.push_back({{"id", "rij-" + lijst + "-" + std::to_string(nummer)},
                     {"legend", std::string(vorm.rij) + " " + std::to_string(nummer)},
                     {"sleutel", rij_sleutel(lijst, nummer)},
                     {"wie", rij_klein + " " + std::to_string(nummer)},
                     {"verwijder_actie", actie + "#" + veld_id(lijst)},
                     {"velden", velden}});
  }
  json view = {{"id", veld_id(lijst)},
               {"naam", lijst},
               {"uitleg", vorm.uitleg},
               {"items", items},
               {"wat", rij_klein},
               {"toevoeg_actie", actie + "#rij-" + lijst + "-" + std::to_string(rijen.size() + 1)}};
  if (auto it = fouten.find(lijst); it != fouten.end()) view["lijst_fout"] = it->second;
  return view;
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
       "middelen.",
       {{"collectief", std::string(label(opdrachten::Soort::kCollectief))},
        {"maatwerk", std::string(label(opdrachten::Soort::kMaatwerk))}}},
      {"deelnemerId", "Maatwerk voor deelnemer", "select", false, "Alleen bij maatwerk.",
       deelnemers},
      {"extraUren", "Extra uren (maatwerk)", "text", false, "Alleen bij maatwerk: uren per jaar."},
      {"extraFinanciering", "Extra financiering in euro (maatwerk)", "text", false,
       "Alleen bij maatwerk. Een punt scheidt duizendtallen, een komma de centen: 9.600 of "
       "9.600,00."}};
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

  Keuzelijsten keuzelijsten;
  for (auto n :
       {opdrachten::Niveau::kLaag, opdrachten::Niveau::kMiddel, opdrachten::Niveau::kHoog}) {
    keuzelijsten.niveaus.push_back({std::string(code(n)), std::string(label(n))});
  }
  keuzelijsten.personen = persoon_opties(app, ui);
  keuzelijsten.organisaties = organisatie_opties(app, ui);

  json delen = json::array();
  int nummer = 0;
  for (Deel deel : opdrachten::alle_delen()) {
    ++nummer;
    json velden = json::array();
    for (const auto& v : tekstvelden_van(deel)) velden.push_back(veld_json(v, waarden, fouten));
    json d = {{"nummer", std::to_string(nummer)},
              {"label", std::string(label(deel))},
              {"toelichting", std::string(opdrachten::toelichting(deel))},
              {"velden", velden}};
    if (const auto* vorm = lijstvorm_van(deel)) {
      d["lijst"] = lijst_view(*vorm, waarden, fouten, keuzelijsten, form.actie);
    }
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
      samenvatting.push_back({{"id", veld_id(f.field)},
                              {"label", opdracht_veldlabel(f.field)},
                              {"fout", tekst(f.key)}});
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
  return frame_page(app, ui, req, form.kop, kMenuOpdrachten, pad, status,
                    render("opdracht_formulier", view));
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

#include "domain/beleidscyclus/beleidscyclus.hpp"

#include <algorithm>
#include <array>

#include "core/text.hpp"
#include "domain/validation.hpp"

namespace regie::beleidscyclus {
namespace {

constexpr std::size_t kMaxNaam = 200;
constexpr std::size_t kMaxCyclustekst = 4000;
constexpr std::size_t kMaxLink = 2000;
constexpr int kJarenBeleidsperiode = 4;
constexpr int kVroegsteJaar = 1990;
constexpr int kLaatsteJaar = 2200;

struct StapInfo {
  StapCode code;
  std::string_view code_text;
  std::string_view naam;
  Kant kant;
  Ritme ritme;
};
constexpr std::array<StapInfo, kAantalStappen> kStappen{{
    {StapCode::kStrategischBeleidskader, "strategisch_beleidskader",
     "Strategisch beleidskader: probleem- en omgevingsanalyse incl. risicoanalyse", Kant::kBeleid,
     Ritme::kVierjaarlijks},
    {StapCode::kDoelenEnPrioriteiten, "doelen_en_prioriteiten", "Doelen en prioriteiten",
     Kant::kBeleid, Ritme::kVierjaarlijks},
    {StapCode::kOperationeelBeleidskader, "operationeel_beleidskader",
     "Operationeel beleidskader: uitvoerings- en handhavingsstrategie", Kant::kBeleid,
     Ritme::kVierjaarlijks},
    {StapCode::kPlanningEnControl, "planning_en_control",
     "Planning en control: uitvoeringsprogramma met capaciteit en middelen", Kant::kScharnier,
     Ritme::kJaarlijks},
    {StapCode::kVoorbereiden, "voorbereiden", "Voorbereiden (werkprocessen)", Kant::kUitvoering,
     Ritme::kJaarlijks},
    {StapCode::kUitvoering, "uitvoering", "Uitvoering", Kant::kUitvoering, Ritme::kJaarlijks},
    {StapCode::kMonitoring, "monitoring", "Monitoring", Kant::kUitvoering, Ritme::kJaarlijks},
    {StapCode::kRapportageEnEvaluatie, "rapportage_en_evaluatie", "Rapportage en evaluatie",
     Kant::kUitvoering, Ritme::kJaarlijks},
}};

const StapInfo& info(StapCode c) {
  for (const auto& i : kStappen) {
    if (i.code == c) return i;
  }
  return kStappen.front();
}

struct StatusInfo {
  Status status;
  std::string_view code;
  std::string_view label;
};
constexpr std::array<StatusInfo, 4> kStatussen{{
    {Status::kNietGestart, "niet_gestart", "Niet gestart"},
    {Status::kBezig, "bezig", "Bezig"},
    {Status::kAfgerond, "afgerond", "Afgerond"},
    {Status::kHeropend, "heropend", "Heropend"},
}};

std::optional<int> jaar_uit(std::string_view text) {
  if (text.size() != 4 ||
      !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return std::nullopt;
  }
  auto jaar = parse_int64(text);
  if (!jaar || *jaar < kVroegsteJaar || *jaar > kLaatsteJaar) return std::nullopt;
  return static_cast<int>(*jaar);
}

std::string periode_vanaf(Ritme r, int jaar) {
  if (r == Ritme::kJaarlijks) return std::to_string(jaar);
  return std::to_string(jaar) + "-" + std::to_string(jaar + kJarenBeleidsperiode - 1);
}

bool is_http_link(const std::string& link) {
  bool scheme = link.rfind("https://", 0) == 0 || link.rfind("http://", 0) == 0;
  return scheme && link.find_first_of(" \t\r\n<>\"") == std::string::npos &&
         link.size() > std::string_view("https://").size();
}

}  // namespace

std::string_view code(StapCode c) { return info(c).code_text; }
std::optional<StapCode> stap_code_from_code(std::string_view c) {
  for (const auto& i : kStappen) {
    if (i.code_text == c) return i.code;
  }
  return std::nullopt;
}
std::string_view standaard_naam(StapCode c) { return info(c).naam; }

std::string_view code(Kant k) {
  switch (k) {
    case Kant::kBeleid:
      return "beleid";
    case Kant::kScharnier:
      return "scharnier";
    case Kant::kUitvoering:
      return "uitvoering";
  }
  return "uitvoering";
}
std::string_view label(Kant k) {
  switch (k) {
    case Kant::kBeleid:
      return "Beleid";
    case Kant::kScharnier:
      return "Scharnier";
    case Kant::kUitvoering:
      return "Uitvoering";
  }
  return "Uitvoering";
}
std::string_view code(Ritme r) {
  return r == Ritme::kVierjaarlijks ? "vierjaarlijks" : "jaarlijks";
}
std::string_view label(Ritme r) {
  return r == Ritme::kVierjaarlijks ? "Elke vier jaar" : "Elk jaar";
}

std::string_view code(Status s) {
  for (const auto& i : kStatussen) {
    if (i.status == s) return i.code;
  }
  return "niet_gestart";
}
std::string_view label(Status s) {
  for (const auto& i : kStatussen) {
    if (i.status == s) return i.label;
  }
  return "Niet gestart";
}
std::optional<Status> status_from_code(std::string_view c) {
  for (const auto& i : kStatussen) {
    if (i.code == c) return i.status;
  }
  return std::nullopt;
}
const std::vector<Status>& alle_statussen() {
  static const std::vector<Status> kAll = {Status::kNietGestart, Status::kBezig, Status::kAfgerond,
                                           Status::kHeropend};
  return kAll;
}

Kant kant(StapCode c) { return info(c).kant; }
Ritme ritme(StapCode c) { return info(c).ritme; }

std::vector<Stap> standaard_stappen(Id regio_id, int jaar) {
  std::vector<Stap> out;
  int volgorde = 1;
  for (const auto& i : kStappen) {
    Stap stap;
    stap.regio_id = regio_id;
    stap.code = i.code;
    stap.volgorde = volgorde++;
    stap.naam = std::string(i.naam);
    stap.periode = periode_vanaf(i.ritme, jaar);
    out.push_back(stap);
  }
  return out;
}

bool is_geldige_periode(Ritme r, std::string_view periode) {
  if (r == Ritme::kJaarlijks) return jaar_uit(periode).has_value();
  if (periode.size() != 9 || periode[4] != '-') return false;
  auto van = jaar_uit(periode.substr(0, 4));
  auto tot = jaar_uit(periode.substr(5));
  return van && tot && *tot == *van + kJarenBeleidsperiode - 1;
}

std::optional<int> begin_jaar(std::string_view periode) {
  if (periode.size() < 4) return std::nullopt;
  auto jaar = jaar_uit(periode.substr(0, 4));
  if (!jaar) return std::nullopt;
  if (periode.size() == 4) return jaar;
  if (!is_geldige_periode(Ritme::kVierjaarlijks, periode)) return std::nullopt;
  return jaar;
}

std::optional<std::string> statusovergang_fout(Status van, Status naar, bool nieuwe_periode) {
  if (van == naar) return std::nullopt;
  // B8-3: heropend only through a reopening, which records who, when and why.
  if (naar == Status::kHeropend) return "fout.heropenen_met_reden";
  switch (van) {
    case Status::kNietGestart:
    case Status::kBezig:
      return std::nullopt;
    case Status::kAfgerond:
      // A finished step starts over only in a new round; within its period it is reopened.
      if (nieuwe_periode && naar != Status::kAfgerond) return std::nullopt;
      return "fout.afgerond_blijft_afgerond";
    case Status::kHeropend:
      if (naar == Status::kNietGestart && !nieuwe_periode) return "fout.heropend_niet_terug";
      return std::nullopt;
  }
  return "fout.ongeldige_keuze";
}

Result<Stap> parse_stap_wijziging(const Fields& fields, const Stap& huidig) {
  validation::Reader r(fields);
  Stap stap = huidig;
  stap.naam = r.required_text("naam", kMaxNaam);
  stap.volgorde = static_cast<int>(r.required_int("volgorde", 1, kAantalStappen));
  stap.periode = r.required_text("periode", 9);
  if (!stap.periode.empty() && !is_geldige_periode(ritme(huidig.code), stap.periode)) {
    r.add("periode", ritme(huidig.code) == Ritme::kVierjaarlijks ? "fout.periode_vier_jaar"
                                                                 : "fout.periode_jaar");
  }
  auto status = r.required_choice("status", status_from_code);
  stap.gepland_begin = r.optional_date("geplandBegin");
  stap.gepland_eind = r.optional_date("geplandEind");
  r.check_periode(stap.gepland_begin, stap.gepland_eind, "geplandEind");
  stap.werkelijk_begin = r.optional_date("werkelijkBegin");
  stap.werkelijk_eind = r.optional_date("werkelijkEind");
  r.check_periode(stap.werkelijk_begin, stap.werkelijk_eind, "werkelijkEind");
  stap.eigenaar_persoon_id = std::nullopt;
  if (auto raw = field(fields, "eigenaarPersoonId"); raw && !trim(*raw).empty()) {
    stap.eigenaar_persoon_id = r.required_id("eigenaarPersoonId");
  }
  if (status) {
    stap.status = *status;
    bool nieuwe_periode = !stap.periode.empty() && stap.periode != huidig.periode;
    if (auto fout = statusovergang_fout(huidig.status, *status, nieuwe_periode)) {
      r.add("status", *fout);
    }
    // A finished step says when it finished; one not started has no actual dates.
    bool eind_leeg = trim(field(fields, "werkelijkEind").value_or("")).empty();
    if (*status == Status::kAfgerond && eind_leeg) {
      r.add("werkelijkEind", "fout.werkelijk_eind_bij_afgerond");
    }
    if (*status == Status::kNietGestart && (stap.werkelijk_begin || stap.werkelijk_eind)) {
      r.add("werkelijkBegin", "fout.niet_gestart_zonder_werkelijk");
    }
  }
  if (!r.ok()) return r.error();
  return stap;
}

Result<Document> parse_document(const Fields& fields) {
  validation::Reader r(fields);
  Document d;
  d.titel = r.required_text("titel", kMaxNaam);
  d.link = r.required_text("link", kMaxLink);
  if (!d.link.empty() && !is_http_link(d.link)) r.add("link", "fout.ongeldige_link");
  // B8-4: the kind, and for a product who adopted it when.
  if (auto raw = field(fields, "soort"); raw && !trim(*raw).empty()) {
    if (auto soort = r.required_choice("soort", product_soort_from_code)) d.soort = *soort;
  }
  if (auto raw = field(fields, "vastgesteldDoor"); raw && !trim(*raw).empty()) {
    d.vastgesteld_door = r.required_choice("vastgesteldDoor", orgaan_from_code);
  }
  d.vastgesteld_op = r.optional_date("vastgesteldOp");
  bool door_leeg = trim(field(fields, "vastgesteldDoor").value_or("")).empty();
  bool op_leeg = trim(field(fields, "vastgesteldOp").value_or("")).empty();
  if (d.soort == ProductSoort::kBijdrage && !(door_leeg && op_leeg)) {
    r.add("vastgesteldDoor", "fout.bijdrage_niet_vastgesteld");
  } else if (!door_leeg && op_leeg) {
    r.add("vastgesteldOp", "fout.vastgesteld_op_bij_orgaan");
  } else if (door_leeg && !op_leeg) {
    r.add("vastgesteldDoor", "fout.orgaan_bij_vastgesteld_op");
  }
  if (!r.ok()) return r.error();
  return d;
}

Result<Besluit> parse_besluit(const Fields& fields) {
  validation::Reader r(fields);
  Besluit b;
  b.tekst = r.required_text("tekst", kMaxCyclustekst);
  auto datum = r.required_date("datum");
  if (!r.ok()) return r.error();
  b.datum = *datum;
  return b;
}

Result<Heropend> heropenen(const Stap& stap, const Fields& fields, Datum vandaag) {
  validation::Reader r(fields);
  auto reden = r.required_text("reden", kMaxCyclustekst);
  // B8-4: a reopened step gets a new deadline, so it is not late the moment it reopens.
  auto nieuw_eind = r.required_date("geplandEind");
  if (nieuw_eind && *nieuw_eind < vandaag) r.add("geplandEind", "fout.deadline_verleden");
  // B8-3: only the policy side is reopened mid-cycle; the execution side starts a new year.
  if (!is_beleidsstap(stap.code)) r.add("stap", "fout.heropenen_alleen_beleid");
  if (stap.status != Status::kAfgerond) r.add("status", "fout.heropenen_alleen_afgerond");
  if (!r.ok()) return r.error();
  Heropend out{stap, {}};
  out.stap.status = Status::kHeropend;
  out.stap.werkelijk_eind = std::nullopt;
  out.stap.gepland_eind = nieuw_eind;
  if (out.stap.gepland_begin && *out.stap.gepland_begin > *nieuw_eind) {
    out.stap.gepland_begin = vandaag;
  }
  out.heropening.nieuw_eind = nieuw_eind;
  out.heropening.stap_id = stap.id;
  out.heropening.reden = reden;
  out.heropening.vorige_status = stap.status;
  out.heropening.periode = stap.periode;
  return out;
}

Result<Evaluatieconclusie> parse_evaluatieconclusie(const Fields& fields) {
  validation::Reader r(fields);
  Evaluatieconclusie e;
  e.tekst = r.required_text("tekst", kMaxCyclustekst);
  auto datum = r.required_date("datum");
  e.raakt_stap_id = r.required_id("raaktStapId");
  e.raakt_periode = r.required_text("raaktPeriode", 9);
  if (!e.raakt_periode.empty() && !begin_jaar(e.raakt_periode)) {
    r.add("raaktPeriode", "fout.periode_formaat");
  }
  if (!r.ok()) return r.error();
  e.datum = *datum;
  return e;
}

Result<void> check_raakt(const Stap& raakt, const std::string& raakt_periode) {
  Ritme r = ritme(raakt.code);
  if (!is_geldige_periode(r, raakt_periode)) {
    return Error::invalid({{"raaktPeriode", r == Ritme::kVierjaarlijks ? "fout.periode_vier_jaar"
                                                                       : "fout.periode_jaar"}});
  }
  auto huidig = begin_jaar(raakt.periode);
  auto nieuw = begin_jaar(raakt_periode);
  if (huidig && nieuw && *nieuw < *huidig) {
    return Error::invalid({{"raaktPeriode", "fout.periode_voorbij"}});
  }
  return Ok();
}

std::optional<Id> huidige_positie(const std::vector<Stap>& stappen) {
  const Stap* eerste = nullptr;
  for (const auto& s : stappen) {
    if (s.status == Status::kAfgerond) continue;
    if (!eerste || s.volgorde < eerste->volgorde) eerste = &s;
  }
  if (!eerste) return std::nullopt;
  return eerste->id;
}

bool is_te_laat(const Stap& stap, Datum vandaag) {
  return stap.status != Status::kAfgerond && stap.gepland_eind && *stap.gepland_eind < vandaag;
}

std::vector<Id> te_late_stappen(const std::vector<Stap>& stappen, Datum vandaag) {
  std::vector<const Stap*> laat;
  for (const auto& s : stappen) {
    if (is_te_laat(s, vandaag)) laat.push_back(&s);
  }
  std::sort(laat.begin(), laat.end(),
            [](const Stap* a, const Stap* b) { return a->volgorde < b->volgorde; });
  std::vector<Id> out;
  out.reserve(laat.size());
  for (const auto* s : laat) out.push_back(s->id);
  return out;
}

bool mag_cyclus_wijzigen(const auth::Actor& actor) {
  // B8-1: the regisseur beleidscyclus keeps the cycle; the OD's directie and accountmanagers
  // record the steps they carry out.
  using governance::RolSoort;
  return actor.beheerder || auth::draagt(actor, RolSoort::kRegisseurBeleidscyclus) ||
         auth::draagt(actor, RolSoort::kDirectieOd) ||
         auth::draagt(actor, RolSoort::kAccountmanager);
}

}  // namespace regie::beleidscyclus

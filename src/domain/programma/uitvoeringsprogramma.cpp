#include "domain/programma/uitvoeringsprogramma.hpp"

#include <array>
#include <map>
#include <utility>

#include "core/text.hpp"
#include "domain/programma/catalogus.hpp"
#include "domain/validation.hpp"

namespace regie::programma {
namespace {

constexpr std::size_t kMaxTitel = 200;
constexpr std::size_t kMaxProgrammatekst = 4000;
constexpr std::size_t kMaxKort = 60;
constexpr std::int64_t kMaxWaarde = 100000000000;  // 1 miljard, in hundredths
constexpr std::int64_t kMaxAantal = 10000000;
constexpr std::int64_t kMaxUren = 1000000000;      // 10 miljoen uur
constexpr std::int64_t kMaxBedrag = 100000000000;  // € 1 miljard
constexpr std::int64_t kMaxDoel = 1000;

struct StatusInfo {
  ProgrammaStatus status;
  std::string_view code;
  std::string_view label;
};
constexpr std::array<StatusInfo, 3> kStatussen{{
    {ProgrammaStatus::kConcept, "concept", "Concept"},
    {ProgrammaStatus::kVastgesteld, "vastgesteld", "Vastgesteld"},
    {ProgrammaStatus::kVervangen, "vervangen", "Vervangen door een bijstelling"},
}};

Error conflict(const char* key) { return Error{ErrorCode::kConflict, key, {}, {}}; }

bool leeg(const Fields& fields, const std::string& naam) {
  return trim(field(fields, naam).value_or("")).empty();
}

}  // namespace

std::string_view code(ProgrammaStatus status) {
  for (const auto& i : kStatussen) {
    if (i.status == status) return i.code;
  }
  return "concept";
}
std::string_view label(ProgrammaStatus status) {
  for (const auto& i : kStatussen) {
    if (i.status == status) return i.label;
  }
  return "Concept";
}
std::optional<ProgrammaStatus> programma_status_from_code(std::string_view code) {
  for (const auto& i : kStatussen) {
    if (i.code == code) return i.status;
  }
  return std::nullopt;
}

Result<Uitvoeringsprogramma> parse_programma(const Fields& fields) {
  validation::Reader r(fields);
  Uitvoeringsprogramma p;
  p.titel = r.required_text("titel", kMaxTitel);
  p.jaar = static_cast<std::int32_t>(r.required_int("jaar", kEersteJaar, kLaatsteJaar));
  auto tot = r.optional_int("totJaar", kEersteJaar, kLaatsteJaar);
  p.tot_jaar = tot ? static_cast<std::int32_t>(*tot) : p.jaar;
  if (tot && *tot < p.jaar) r.add("totJaar", "fout.tot_voor_van");
  if (!r.ok()) return r.error();
  return p;
}

Result<Doel> parse_doel(const Fields& fields) {
  validation::Reader r(fields);
  Doel d;
  d.titel = r.required_text("titel", kMaxTitel);
  d.beoogd_effect = r.required_text("beoogdEffect", kMaxProgrammatekst, validation::Regels::kMeer);
  for (std::size_t i = 1; i <= kMaxIndicatoren; ++i) {
    const std::string pre = "indicator" + std::to_string(i);
    const std::array<std::string, 5> namen{pre + "Naam", pre + "Eenheid", pre + "Nulwaarde",
                                           pre + "Streefwaarde", pre + "Meetmethode"};
    bool iets = false;
    for (const auto& n : namen) iets = iets || !leeg(fields, n);
    if (!iets) continue;
    Indicator ind;
    ind.naam = r.required_text(namen[0], kMaxTitel);
    ind.eenheid = r.required_text(namen[1], kMaxKort);
    if (leeg(fields, namen[2])) r.add(namen[2], "fout.verplicht");
    if (leeg(fields, namen[3])) r.add(namen[3], "fout.verplicht");
    ind.nulwaarde = r.optional_honderdsten(namen[2], -kMaxWaarde, kMaxWaarde).value_or(0);
    ind.streefwaarde = r.optional_honderdsten(namen[3], -kMaxWaarde, kMaxWaarde).value_or(0);
    ind.meetmethode = r.required_text(namen[4], kMaxProgrammatekst, validation::Regels::kMeer);
    d.indicatoren.push_back(std::move(ind));
  }
  if (!r.ok()) return r.error();
  return d;
}

Result<Programmaregel> parse_regel(const Fields& fields) {
  validation::Reader r(fields);
  Programmaregel g;
  g.productcode = r.required_text("productcode", kMaxProductcode);
  g.deelnemer_id = r.optional_int("deelnemer", 0, INT64_MAX).value_or(0);
  g.aantal = r.optional_int("aantal", 0, kMaxAantal).value_or(0);
  g.uren = r.optional_honderdsten("uren", 0, kMaxUren).value_or(0);
  g.bedrag_cents = r.optional_bedrag("bedrag", 0, kMaxBedrag);
  g.reden = r.optional_text("reden", kMaxProgrammatekst, validation::Regels::kMeer);
  g.doel = r.optional_int("doel", 0, kMaxDoel).value_or(0);
  if (!r.ok()) return r.error();
  return g;
}

bool mag_programma_wijzigen(const auth::Actor& actor) { return mag_catalogus_wijzigen(actor); }

Result<void> bewerkbaar(const Uitvoeringsprogramma& p) {
  if (p.status != ProgrammaStatus::kConcept) return conflict("fout.programma_vastgesteld");
  return Ok();
}

Result<Uitvoeringsprogramma> vaststellen(Uitvoeringsprogramma p, beleidscyclus::Orgaan orgaan,
                                         Datum datum) {
  REGIE_TRY(bewerkbaar(p));
  if (p.regels.empty()) {
    return Error::invalid({FieldError{"regels", "fout.programma_zonder_regels"}});
  }
  p.status = ProgrammaStatus::kVastgesteld;
  p.vastgesteld_door = orgaan;
  p.vastgesteld_op = datum;
  return p;
}

Result<Uitvoeringsprogramma> bijstelling(const Uitvoeringsprogramma& p, const std::string& reden) {
  if (p.status != ProgrammaStatus::kVastgesteld) {
    return conflict("fout.bijstelling_alleen_vastgesteld");
  }
  if (trim(reden).empty()) return Error::invalid({FieldError{"reden", "fout.verplicht"}});
  Uitvoeringsprogramma nieuw = p;
  nieuw.id = 0;
  nieuw.versie = 1;
  nieuw.versienummer = p.versienummer + 1;
  nieuw.status = ProgrammaStatus::kConcept;
  nieuw.vastgesteld_door.reset();
  nieuw.vastgesteld_op.reset();
  nieuw.reden_bijstelling = trim(reden);
  return nieuw;
}

std::vector<RegelVerschil> vergelijk(const Uitvoeringsprogramma& oud,
                                     const Uitvoeringsprogramma& nieuw) {
  using Sleutel = Regelsleutel;
  std::map<Sleutel, const Programmaregel*> oude;
  for (const auto& g : oud.regels) oude.emplace(Sleutel{g.productcode, g.deelnemer_id}, &g);
  std::vector<RegelVerschil> out;
  std::map<Sleutel, bool> gezien;
  for (const auto& g : nieuw.regels) {
    const Sleutel s{g.productcode, g.deelnemer_id};
    gezien[s] = true;
    auto it = oude.find(s);
    if (it == oude.end()) {
      out.push_back({Verschil::kToegevoegd, g.productcode, g.deelnemer_id, std::nullopt, g});
    } else if (!(*it->second == g)) {
      out.push_back({Verschil::kGewijzigd, g.productcode, g.deelnemer_id, *it->second, g});
    }
  }
  for (const auto& g : oud.regels) {
    if (!gezien.contains({g.productcode, g.deelnemer_id})) {
      out.push_back({Verschil::kVervallen, g.productcode, g.deelnemer_id, g, std::nullopt});
    }
  }
  return out;
}

const Uitvoeringsprogramma* geldend_programma(const std::vector<Uitvoeringsprogramma>& alle,
                                              std::int32_t jaar) {
  const Uitvoeringsprogramma* nieuwste = nullptr;
  for (const auto& p : alle) {
    if (p.jaar != jaar) continue;
    if (p.status == ProgrammaStatus::kVastgesteld) return &p;
    if (!nieuwste || p.versienummer > nieuwste->versienummer) nieuwste = &p;
  }
  return nieuwste;
}

}  // namespace regie::programma

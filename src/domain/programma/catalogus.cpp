#include "domain/programma/catalogus.hpp"

#include <array>

#include "core/text.hpp"
#include "domain/validation.hpp"

namespace regie::programma {
namespace {

constexpr std::size_t kMaxNaam = 200;
constexpr std::size_t kMaxTaakveld = 60;
constexpr std::int64_t kMaxNormuren = 1000000;  // 10.000 hours per unit
constexpr std::int64_t kMaxUurtarief = 100000;  // € 1.000 per hour

struct TaakInfo {
  Taak taak;
  std::string_view code;
  std::string_view label;
};
constexpr std::array<TaakInfo, 2> kTaken{{
    {Taak::kBasistaak, "basistaak", "Basistaak"},
    {Taak::kPlustaak, "plustaak", "Plustaak"},
}};

struct WijzeInfo {
  Afrekenwijze wijze;
  std::string_view code;
  std::string_view label;
};
constexpr std::array<WijzeInfo, 3> kWijzen{{
    {Afrekenwijze::kKental, "kental", "Kental"},
    {Afrekenwijze::kRegionaal, "regionaal", "Regionaal"},
    {Afrekenwijze::kMaatwerk, "maatwerk", "Maatwerk"},
}};

}  // namespace

// A code: letters, digits, '.', '-' and '_' (it goes into files and URLs as it is).
bool is_code(std::string_view code) {
  for (char c : code) {
    const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                    c == '.' || c == '-' || c == '_';
    if (!ok) return false;
  }
  return true;
}

std::string_view code(Taak taak) {
  for (const auto& i : kTaken) {
    if (i.taak == taak) return i.code;
  }
  return "basistaak";
}
std::string_view label(Taak taak) {
  for (const auto& i : kTaken) {
    if (i.taak == taak) return i.label;
  }
  return "Basistaak";
}
std::optional<Taak> taak_from_code(std::string_view code) {
  for (const auto& i : kTaken) {
    if (i.code == code) return i.taak;
  }
  return std::nullopt;
}
const std::vector<Taak>& alle_taken() {
  static const std::vector<Taak> kAlle = {Taak::kBasistaak, Taak::kPlustaak};
  return kAlle;
}

std::string_view code(Afrekenwijze wijze) {
  for (const auto& i : kWijzen) {
    if (i.wijze == wijze) return i.code;
  }
  return "kental";
}
std::string_view label(Afrekenwijze wijze) {
  for (const auto& i : kWijzen) {
    if (i.wijze == wijze) return i.label;
  }
  return "Kental";
}
std::optional<Afrekenwijze> afrekenwijze_from_code(std::string_view code) {
  for (const auto& i : kWijzen) {
    if (i.code == code) return i.wijze;
  }
  return std::nullopt;
}
const std::vector<Afrekenwijze>& alle_afrekenwijzen() {
  static const std::vector<Afrekenwijze> kAlle = {Afrekenwijze::kKental, Afrekenwijze::kRegionaal,
                                                  Afrekenwijze::kMaatwerk};
  return kAlle;
}

const std::vector<std::string>& standaard_taakvelden() {
  static const std::vector<std::string> kVelden = {"vergunningverlening", "toezicht", "handhaving",
                                                   "advies"};
  return kVelden;
}

Result<Product> parse_product(const Fields& fields) {
  validation::Reader r(fields);
  Product p;
  p.code = r.required_text("productcode", kMaxProductcode);
  if (!p.code.empty() && !is_code(p.code)) r.add("productcode", "fout.productcode");
  p.naam = r.required_text("naam", kMaxNaam);
  p.taakveld = r.required_text("taakveld", kMaxTaakveld);
  auto taak = r.required_choice("taak", taak_from_code);
  auto wijze = r.required_choice("afrekenwijze", afrekenwijze_from_code);
  auto normuren = r.optional_honderdsten("normuren", 1, kMaxNormuren);
  auto uurtarief = r.optional_bedrag("uurtarief", 1, kMaxUurtarief);
  p.verdeelsleutel = r.optional_text("verdeelsleutel", kMaxProductcode);
  if (!p.verdeelsleutel.empty() && !is_code(p.verdeelsleutel)) {
    r.add("verdeelsleutel", "fout.productcode");
  }
  if (taak) p.taak = *taak;
  if (wijze) {
    p.afrekenwijze = *wijze;
    const bool kental = *wijze == Afrekenwijze::kKental;
    const bool regionaal = *wijze == Afrekenwijze::kRegionaal;
    auto leeg = [&](const char* naam) { return trim(field(fields, naam).value_or("")).empty(); };
    if (kental && leeg("normuren")) r.add("normuren", "fout.verplicht");
    if (!kental && normuren) r.add("normuren", "fout.normuren_alleen_kental");
    if ((kental || regionaal) && leeg("uurtarief")) {
      r.add("uurtarief", "fout.verplicht");
    }
    if (!regionaal && !p.verdeelsleutel.empty()) {
      r.add("verdeelsleutel", "fout.sleutel_alleen_regionaal");
    }
    if (regionaal && p.verdeelsleutel.empty()) p.verdeelsleutel = std::string(kStandaardSleutel);
  }
  p.normuren = normuren.value_or(0);
  p.uurtarief_cents = uurtarief.value_or(0);
  if (!r.ok()) return r.error();
  return p;
}

std::optional<std::int32_t> catalogusjaar(std::string_view tekst) {
  auto jaar = parse_int64(tekst);
  if (!jaar || *jaar < kEersteJaar || *jaar > kLaatsteJaar) return std::nullopt;
  return static_cast<std::int32_t>(*jaar);
}

std::int64_t uren_maal_tarief(std::int64_t honderdsten, std::int64_t tarief_cents) {
  // The product is in hundredths of a cent (both factors are bounded by their parsers, so it
  // fits).
  const std::int64_t prijs = honderdsten * tarief_cents;
  const std::int64_t half = prijs >= 0 ? kHonderdstenPerUur / 2 : -kHonderdstenPerUur / 2;
  return (prijs + half) / kHonderdstenPerUur;
}

std::int64_t prijs_per_eenheid_cents(const Product& p) {
  if (p.afrekenwijze != Afrekenwijze::kKental) return 0;
  return uren_maal_tarief(p.normuren, p.uurtarief_cents);
}

bool mag_catalogus_wijzigen(const auth::Actor& actor) {
  using governance::RolSoort;
  return actor.beheerder || auth::draagt(actor, RolSoort::kDirectieOd) ||
         auth::draagt(actor, RolSoort::kAccountmanager) ||
         auth::draagt(actor, RolSoort::kRegisseurBeleidscyclus);
}

std::vector<Product> kopie_voor_jaar(const std::vector<Product>& producten, std::int32_t jaar) {
  std::vector<Product> out;
  out.reserve(producten.size());
  for (const auto& p : producten) {
    Product kopie = p;
    kopie.id = 0;
    kopie.jaar = jaar;
    kopie.versie = 1;
    out.push_back(std::move(kopie));
  }
  return out;
}

}  // namespace regie::programma

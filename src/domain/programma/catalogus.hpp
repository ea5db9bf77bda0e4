// The producten- en dienstencatalogus (PDC, UP-3): the uniform list of products a regio's
// omgevingsdienst delivers, per year. A product has a code, a name, a taakveld, is a basistaak or
// a plustaak, and is paid in one of three ways (afrekenwijze):
// - kental: a fixed number of norm hours per unit × the uurtarief;
// - regionaal: a shared product whose cost is split over the deelnemers by a verdeelsleutel
//   (inwonertal unless the product names another key of the regio);
// - maatwerk: hours and amount agreed per deelnemer (the uurtarief, when given, is the default).
// A catalogue year starts as a copy of the last one and is edited (decision 35). Pure: no I/O,
// no clock. Thread-compatible.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/fields.hpp"
#include "core/result.hpp"
#include "domain/auth/actor.hpp"
#include "domain/governance/types.hpp"

namespace regie::programma {

using governance::Id;

enum class Taak { kBasistaak, kPlustaak };
enum class Afrekenwijze { kKental, kRegionaal, kMaatwerk };

std::string_view code(Taak taak);
std::string_view label(Taak taak);
std::optional<Taak> taak_from_code(std::string_view code);
const std::vector<Taak>& alle_taken();
std::string_view code(Afrekenwijze wijze);
std::string_view label(Afrekenwijze wijze);
std::optional<Afrekenwijze> afrekenwijze_from_code(std::string_view code);
const std::vector<Afrekenwijze>& alle_afrekenwijzen();

// The taakvelden every regio knows (glossary); a regio may name more.
const std::vector<std::string>& standaard_taakvelden();

// The key a regionaal product is split by when it names none.
inline constexpr std::string_view kStandaardSleutel = "inwonertal";
inline constexpr std::int32_t kEersteJaar = 2000;
inline constexpr std::int32_t kLaatsteJaar = 2100;

// A year of a catalogue (or programme) in `tekst`, as a page's ?jaar= or a form's field gives
// it; nullopt when it is not a whole number from kEersteJaar to kLaatsteJaar.
std::optional<std::int32_t> catalogusjaar(std::string_view tekst);

// Whether `code` is a productcode or verdeelsleutel code: only letters, digits, '.', '-' and
// '_' (it goes into files and URLs as it is).
bool is_code(std::string_view code);

// UP-3
// The longest productcode (and verdeelsleutel code) accepted.
inline constexpr std::size_t kMaxProductcode = 20;

struct Product {
  Id id = 0;
  Id regio_id = 0;
  std::int32_t jaar = 0;
  std::string code;  // unique within the regio and year
  std::string naam;
  std::string taakveld;
  Taak taak = Taak::kBasistaak;
  Afrekenwijze afrekenwijze = Afrekenwijze::kKental;
  std::int64_t normuren = 0;         // hundredths of an hour per unit (kental); 0 otherwise
  std::int64_t uurtarief_cents = 0;  // 0: none (only maatwerk may have none)
  std::string verdeelsleutel;        // regionaal: the key's code; empty otherwise
  std::int64_t versie = 1;

  friend bool operator==(const Product&, const Product&) = default;
};

// Reads productcode, naam, taakveld, taak, afrekenwijze, normuren, uurtarief and verdeelsleutel
// with every field error at once. kental needs normuren and uurtarief; regionaal needs uurtarief
// and takes verdeelsleutel (default inwonertal); maatwerk needs neither. Normuren or a
// verdeelsleutel where the afrekenwijze has none is an error, not silently dropped.
Result<Product> parse_product(const Fields& fields);

// Hours are kept in hundredths of an hour (normuren, programmaregel uren).
inline constexpr std::int64_t kHonderdstenPerUur = 100;

// Hundredths of an hour × cents per hour, rounded to the cent (half away from zero).
std::int64_t uren_maal_tarief(std::int64_t honderdsten, std::int64_t tarief_cents);

// The price of one unit of a kental product: normuren × uurtarief, rounded to the cent (half
// away from zero). 0 for the other afrekenwijzen.
std::int64_t prijs_per_eenheid_cents(const Product& p);

// Who keeps the catalogue: the omgevingsdienst's directie and accountmanagers, the regisseur
// beleidscyclus and the beheerder. Everyone of the regio reads it.
bool mag_catalogus_wijzigen(const auth::Actor& actor);

// A copy of `producten` for `jaar`: same codes and figures, new ids, versie 1.
std::vector<Product> kopie_voor_jaar(const std::vector<Product>& producten, std::int32_t jaar);

}  // namespace regie::programma

// libFuzzer target: the governance parse functions over Fields, as the API and the forms fill
// them. Input: lines "name=value" ('\n'-separated; later lines overwrite earlier ones).
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>

#include "core/fields.hpp"
#include "core/text.hpp"
#include "domain/governance/parse.hpp"
#include "fuzz_check.hpp"

namespace {

constexpr std::int32_t kMaxUrenPerJaar = 2080;
constexpr std::size_t kMaxNaam = 200;

const std::set<std::string>& field_names() {
  static const std::set<std::string> kNames = {"naam",
                                               "gemeenschappelijkeRegeling",
                                               "minimumUrenAmbtelijkOpdrachtgever",
                                               "soort",
                                               "inwonertal",
                                               "relatie",
                                               "van",
                                               "tot",
                                               "organisatieId",
                                               "email",
                                               "functie",
                                               "persoonId",
                                               "urenPerJaar",
                                               "urenVanaf",
                                               "urenPerVertegenwoordigde",
                                               "minimumUrenAccountmanagerPerDeelnemer",
                                               "minimumUrenAccountmanager",
                                               "maximumUrenAccountmanager",
                                               "beslismandaatBedrag",
                                               "beslismandaatScope",
                                               "tolerantieProcent"};
  return kNames;
}

regie::Fields to_fields(std::string_view text) {
  regie::Fields fields;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    std::size_t eq = line.find('=');
    if (eq != std::string_view::npos) {
      fields[std::string(line.substr(0, eq))] = std::string(line.substr(eq + 1));
    }
    start = end + 1;
  }
  return fields;
}

template <typename T>
void check_errors(const regie::Result<T>& result) {
  if (result.ok()) return;
  const regie::Error& error = result.error();
  FUZZ_CHECK(error.code == regie::ErrorCode::kInvalid);
  FUZZ_CHECK(!error.fields.empty());
  for (const auto& field_error : error.fields) {
    FUZZ_CHECK(field_names().count(field_error.field) == 1);
    FUZZ_CHECK(field_error.key.rfind("fout.", 0) == 0);
  }
}

void check_text(const std::string& text, bool required) {
  FUZZ_CHECK(regie::is_valid_utf8(text));
  FUZZ_CHECK(text.size() <= kMaxNaam);
  FUZZ_CHECK(!required || !text.empty());
  FUZZ_CHECK(text == regie::trim(text));
}

void check_periode(const regie::Periode& periode) {
  FUZZ_CHECK(!periode.tot || periode.van <= *periode.tot);
}

}  // namespace

// NOLINTNEXTLINE(readability-identifier-naming): the name libFuzzer calls.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  regie::Fields fields = to_fields(std::string_view(reinterpret_cast<const char*>(data), size));
  namespace gov = regie::governance;

  auto regio = gov::parse_regio(fields);
  check_errors(regio);
  if (regio.ok()) {
    check_text(regio->naam, true);
    check_text(regio->gemeenschappelijke_regeling, false);
    FUZZ_CHECK(regio->minimum_uren_ambtelijk_opdrachtgever >= 0 &&
               regio->minimum_uren_ambtelijk_opdrachtgever <= kMaxUrenPerJaar);
    // MON-3: the regio's tolerance is a percentage.
    FUZZ_CHECK(regio->tolerantie_procent >= 0 && regio->tolerantie_procent <= 100);
  }

  auto organisatie = gov::parse_organisatie(fields);
  check_errors(organisatie);
  if (organisatie.ok()) {
    check_text(organisatie->naam, true);
    FUZZ_CHECK(gov::organisatie_soort_from_code(gov::code(organisatie->soort)) ==
               organisatie->soort);
    FUZZ_CHECK(!organisatie->inwonertal || *organisatie->inwonertal >= 0);
  }

  auto deelnemerschap = gov::parse_deelnemerschap(fields);
  check_errors(deelnemerschap);
  if (deelnemerschap.ok()) check_periode(deelnemerschap->periode);

  auto persoon = gov::parse_persoon(fields);
  check_errors(persoon);
  if (persoon.ok()) {
    check_text(persoon->naam, true);
    check_text(persoon->email, false);
    check_text(persoon->functie, false);
    FUZZ_CHECK(persoon->organisatie_id > 0);
  }

  auto invoer = gov::parse_rol(fields);
  check_errors(invoer);
  if (invoer.ok()) {
    const gov::Rol& rol = invoer->rol;
    FUZZ_CHECK(rol.persoon_id > 0 && rol.organisatie_id > 0);
    FUZZ_CHECK(rol.uren_per_jaar >= 0 && rol.uren_per_jaar <= kMaxUrenPerJaar);
    FUZZ_CHECK(gov::rol_soort_from_code(gov::code(rol.soort)) == rol.soort);
    FUZZ_CHECK(rol.urenperioden.empty());
    check_periode(rol.periode);
    // GOV-12: a mandate only on a rol that carries one, never negative.
    FUZZ_CHECK(!rol.mandaat_cents || (gov::heeft_beslismandaat(rol.soort) && *rol.mandaat_cents >= 0));
    FUZZ_CHECK(!rol.mandaat_scope || gov::heeft_beslismandaat(rol.soort));
  }
  return 0;
}

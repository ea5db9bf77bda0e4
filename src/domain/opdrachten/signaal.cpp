#include "domain/opdrachten/signaal.hpp"

#include <algorithm>
#include <cctype>

#include "core/text.hpp"

namespace regie::opdrachten {
std::string_view code(SignaalSoort soort) {
  return soort == SignaalSoort::kOnvoorzien ? "onvoorzien" : "stagnatie";
}

std::string_view label(SignaalSoort soort) {
  return soort == SignaalSoort::kOnvoorzien ? "Onvoorziene omstandigheid" : "Stagnatie";
}

std::optional<SignaalSoort> signaal_soort_from_code(std::string_view c) {
  if (c == "stagnatie") return SignaalSoort::kStagnatie;
  if (c == "onvoorzien") return SignaalSoort::kOnvoorzien;
  return std::nullopt;
}

std::string_view code(SignaalStatus status) {
  return status == SignaalStatus::kAfgehandeld ? "afgehandeld" : "open";
}

std::string_view label(SignaalStatus status) {
  return status == SignaalStatus::kAfgehandeld ? "Afgehandeld" : "Open";
}

std::optional<SignaalStatus> signaal_status_from_code(std::string_view c) {
  if (c == "open") return SignaalStatus::kOpen;
  if (c == "afgehandeld") return SignaalStatus::kAfgehandeld;
  return std::nullopt;
}

// OPD-6: only an opdracht that is being carried out can stagnate.
bool signaal_mogelijk(Status status) {
  return status == Status::kAanvaard || status == Status::kInUitvoering;
}

// OPD-6: the opdrachtnemer reports; every missing field is named at once.
Result<Signaal> meld_signaal(const Opdracht& opdracht, Kant kant, const Melding& melding) {
  if (kant != Kant::kOpdrachtnemer) return Error::forbidden("signaal melden");
  if (!signaal_mogelijk(opdracht.status)) {
    return Error{ErrorCode::kConflict,
                 "fout.signaal_niet_mogelijk",
                 "status " + std::string(code(opdracht.status)),
                 {}};
  }
  std::vector<FieldError> fouten;
  auto soort = signaal_soort_from_code(melding.soort);
  if (!soort) {
    fouten.push_back({"soort", leeg(melding.soort) ? "fout.verplicht" : "fout.ongeldige_keuze"});
  }
  if (leeg(melding.wat)) fouten.push_back({"wat", "fout.verplicht"});
  if (leeg(melding.impact)) fouten.push_back({"impact", "fout.verplicht"});
  if (leeg(melding.maatregel)) fouten.push_back({"maatregel", "fout.verplicht"});
  if (!fouten.empty()) return Error::invalid(std::move(fouten));
  Signaal s;
  s.opdracht_id = opdracht.id;
  s.soort = *soort;
  s.wat = melding.wat;
  s.impact = melding.impact;
  s.maatregel = melding.maatregel;
  s.status = SignaalStatus::kOpen;
  return s;
}

// OPD-6: the opdrachtgever handles an open signaal, saying how.
bool mag_afhandelen(Kant kant) { return kant == Kant::kOpdrachtgever; }

Result<Signaal> handel_signaal_af(const Signaal& signaal, Kant kant,
                                  const std::string& afhandeling) {
  if (!mag_afhandelen(kant)) return Error::forbidden("signaal afhandelen");
  if (signaal.status != SignaalStatus::kOpen) {
    return Error{ErrorCode::kConflict,
                 "fout.signaal_afgehandeld",
                 "signaal " + std::to_string(signaal.id),
                 {}};
  }
  if (leeg(afhandeling)) return Error::invalid({{"afhandeling", "fout.verplicht"}});
  Signaal s = signaal;
  s.status = SignaalStatus::kAfgehandeld;
  s.afhandeling = afhandeling;
  return s;
}

}  // namespace regie::opdrachten

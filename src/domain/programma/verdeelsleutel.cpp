#include "domain/programma/verdeelsleutel.hpp"

#include "domain/programma/catalogus.hpp"

namespace regie::programma {

Result<Verdeelsleutel> inwonertal_sleutel(Id regio_id, std::int32_t jaar,
                                          const std::vector<governance::Organisatie>& deelnemers) {
  Verdeelsleutel k;
  k.regio_id = regio_id;
  k.jaar = jaar;
  k.code = std::string(kStandaardSleutel);
  k.naam = "Inwonertal";
  for (const auto& d : deelnemers) {
    // The inhabitants of a provincie are those of its gemeenten: its share is agreed apart.
    if (d.soort != governance::OrganisatieSoort::kGemeente) continue;
    if (!d.inwonertal || *d.inwonertal <= 0) {
      return Error::invalid({{d.naam, "fout.inwonertal_ontbreekt"}});
    }
    k.aandelen.push_back({d.id, *d.inwonertal});
  }
  if (k.aandelen.empty()) return Error::invalid({{"verdeelsleutel", "fout.verdeelsleutel_leeg"}});
  return k;
}

}  // namespace regie::programma

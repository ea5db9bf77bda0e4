// Signalen (OPD-6): the opdrachtnemer reports stagnation or an unforeseen circumstance on an
// opdracht (what happens, its impact, the measure it proposes); the signaal stays open until
// the opdrachtgever handles it. Pure: no I/O, no clock; the caller passes the actor's side,
// stores the outcome and stamps who and when. Thread-compatible.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.hpp"
#include "domain/opdrachten/opdracht.hpp"

namespace regie::opdrachten {

// OPD-6
enum class SignaalSoort { kStagnatie, kOnvoorzien };
std::string_view code(SignaalSoort soort);  // "stagnatie", "onvoorzien"
std::string_view label(SignaalSoort soort);
std::optional<SignaalSoort> signaal_soort_from_code(std::string_view code);

enum class SignaalStatus { kOpen, kAfgehandeld };
std::string_view code(SignaalStatus status);  // "open", "afgehandeld"
std::string_view label(SignaalStatus status);
std::optional<SignaalStatus> signaal_status_from_code(std::string_view code);

struct Signaal {
  Id id = 0;
  Id opdracht_id = 0;
  SignaalSoort soort = SignaalSoort::kStagnatie;
  std::string wat;        // what happens
  std::string impact;     // what it means for the opdracht
  std::string maatregel;  // the measure the opdrachtnemer proposes
  std::string gemeld_door;
  std::string gemeld_op;  // UTC ISO 8601
  SignaalStatus status = SignaalStatus::kOpen;
  std::string afhandeling;  // how the opdrachtgever handled it
  std::string afgehandeld_door;
  std::string afgehandeld_op;  // UTC ISO 8601; empty while open
  // On a collectieve opdracht: on whose behalf it was handled (OPD-2, GOV-6).
  std::string afgehandeld_namens;
  std::int64_t versie = 0;
};

// What the opdrachtnemer fills in, as typed (soort as its code).
struct Melding {
  std::string soort;
  std::string wat;
  std::string impact;
  std::string maatregel;
};

// OPD-6: whether a signaal may be reported on an opdracht with this status (it is being
// carried out: aanvaard or in uitvoering).
bool signaal_mogelijk(Status status);

// A new open signaal on the opdracht (id, who and when left to the caller), or
//  - kForbidden when the side is not the opdrachtnemer;
//  - kConflict "fout.signaal_niet_mogelijk" when the opdracht is not aanvaard or in uitvoering;
//  - kInvalid with one field error per missing or wrong field (soort, wat, impact, maatregel).
Result<Signaal> meld_signaal(const Opdracht& opdracht, Kant kant, const Melding& melding);

// OPD-6: only the opdrachtgever side handles a signaal.
bool mag_afhandelen(Kant kant);

// The signaal as handled (who and when left to the caller), or
//  - kForbidden when the side is not the opdrachtgever;
//  - kConflict "fout.signaal_afgehandeld" when it is no longer open;
//  - kInvalid "afhandeling" when the afhandeling is empty.
Result<Signaal> handel_signaal_af(const Signaal& signaal, Kant kant,
                                  const std::string& afhandeling);

}  // namespace regie::opdrachten

// Interne afstemming (OPD-8): before the omgevingsdienst accepts an opdracht, its accountmanager
// goes over it with the teams that will carry it out and records that: which teams were
// consulted, how the capacity was checked, what the opdracht means for the execution, and the
// outcome. Acceptance waits for such a record made since the opdracht was (last) offered, with an
// outcome other than "niet uitvoerbaar". Pure: no I/O, no clock; the caller passes the side and
// stamps who and when. Thread-compatible.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/fields.hpp"
#include "core/result.hpp"
#include "domain/opdrachten/opdracht.hpp"

namespace regie::opdrachten {

// OPD-8
enum class Uitkomst { kUitvoerbaar, kOnderVoorwaarden, kNietUitvoerbaar };
std::string_view code(Uitkomst uitkomst);  // "uitvoerbaar", "onder_voorwaarden", …
std::string_view label(Uitkomst uitkomst);
std::optional<Uitkomst> uitkomst_from_code(std::string_view code);
const std::vector<Uitkomst>& alle_uitkomsten();

struct InterneAfstemming {
  Id id = 0;
  Id opdracht_id = 0;
  std::string teams;       // the teams consulted
  std::string capaciteit;  // how the capacity was checked, and what it showed
  std::string effecten;    // what the opdracht means for the execution
  Uitkomst uitkomst = Uitkomst::kUitvoerbaar;
  std::string toelichting;  // the conditions, or why not; required unless uitvoerbaar
  std::string door;         // who recorded it, with the hat worn
  std::string op;           // UTC ISO 8601
};

// OPD-8: reads teams, capaciteit, effecten, uitkomst and toelichting; every field error at once
// (a toelichting is required when the outcome is not plainly uitvoerbaar).
Result<InterneAfstemming> parse_interne_afstemming(const Fields& fields);

// OPD-8: whether an afstemming can be recorded on an opdracht with this status (aangeboden).
bool interne_afstemming_mogelijk(Status status);

// OPD-8: whether this side may record an afstemming on the opdracht now: kForbidden for any side
// but the opdrachtnemer (checked first), kConflict "fout.interne_afstemming_niet_mogelijk" when
// the opdracht is not aangeboden.
Result<void> mag_interne_afstemming_vastleggen(const Opdracht& opdracht, Kant kant);

// OPD-8: the afstemming that counts for accepting now: the latest one recorded since the last
// aanbieden in the timeline; nullptr when there is none. `afstemmingen` oldest first.
const InterneAfstemming* geldende_afstemming(const std::vector<InterneAfstemming>& afstemmingen,
                                             const std::vector<Overgang>& tijdlijn);

// OPD-8: why the opdracht cannot be accepted yet, as a message key: no afstemming since it was
// offered ("opd.interne_afstemming_ontbreekt") or its outcome is niet uitvoerbaar
// ("opd.interne_afstemming_niet_uitvoerbaar"); nullopt when acceptance may go ahead.
std::optional<std::string> aanvaarden_wacht_op_afstemming(
    const std::vector<InterneAfstemming>& afstemmingen, const std::vector<Overgang>& tijdlijn);

}  // namespace regie::opdrachten

// Wijzigingen of an accepted opdracht (OPD-5): a major change of scope, tijd, geld or kwaliteit
// is a wijzigingsverzoek with a proposed new content. Either side proposes it; the opdrachtgever
// assesses it critically, records the alignment with the beleidsafdeling (who, when, outcome) and
// then accepts or rejects it; the side that proposed it may withdraw it while it is open.
// Accepting makes the next version of the opdracht; every version stays readable and two versions
// compare part by part. Pure: no I/O, no clock. Thread-compatible.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/datum.hpp"
#include "core/result.hpp"
#include "domain/opdrachten/opdracht.hpp"
#include "domain/opdrachten/parse.hpp"

namespace regie::opdrachten {

// What the change touches (the guide: scope, tijd, geld of kwaliteit).
enum class Aspect { kScope, kTijd, kGeld, kKwaliteit };
const std::vector<Aspect>& alle_aspecten();
std::string_view code(Aspect aspect);
std::string_view label(Aspect aspect);
std::optional<Aspect> aspect_from_code(std::string_view code);

// kVoorgelegd (GOV-12): beyond the ambtelijk opdrachtgever's mandate, it waits for the next
// level (the bestuurlijk opdrachtgever); still open.
enum class VerzoekStatus { kIngediend, kVoorgelegd, kAanvaard, kAfgewezen, kIngetrokken };
// Ingediend or voorgelegd: not yet decided.
bool is_open(VerzoekStatus status);
std::string_view code(VerzoekStatus status);
std::string_view label(VerzoekStatus status);
std::optional<VerzoekStatus> verzoekstatus_from_code(std::string_view code);

std::string_view code(Kant kant);  // "opdrachtgever", "opdrachtnemer", "geen"
std::optional<Kant> kant_from_code(std::string_view code);

// One fixed version of an opdracht. `inhoud` holds what a change may touch: titel, the maatwerk
// extras and the eleven parts (the other fields of `inhoud` are those of the opdracht).
struct Versie {
  Id id = 0;
  Id opdracht_id = 0;
  std::int32_t nummer = 1;
  Opdracht inhoud;
  std::string vastgesteld_door;  // account name
  std::string vastgesteld_op;    // UTC ISO 8601
  std::optional<Id> wijzigingsverzoek_id;
};

// The alignment with the beleidsafdeling, recorded by the opdrachtgever.
struct Afstemming {
  std::string met;  // the beleidsafdeling or person spoken with
  std::optional<Datum> datum;
  std::string uitkomst;
  std::string door;  // who recorded it (account name)
  bool vastgelegd() const { return !met.empty() && datum.has_value() && !uitkomst.empty(); }
};

struct Wijzigingsverzoek {
  Id id = 0;
  Id opdracht_id = 0;
  std::vector<Aspect> aspecten;
  std::string omschrijving;  // what changes and why
  std::int32_t basisversie = 1;
  Opdracht voorstel;  // the proposed content (titel, extras, the eleven parts)
  std::string ingediend_door;
  Kant ingediend_kant = Kant::kOpdrachtnemer;
  std::string ingediend_op;  // UTC ISO 8601
  VerzoekStatus status = VerzoekStatus::kIngediend;
  Afstemming afstemming;
  std::string beoordeling;  // the opdrachtgever's motivation of the decision
  std::string besloten_door;
  std::string besloten_op;
  // On a collectief opdracht (OPD-2, GOV-6): the deelnemers on whose behalf it was decided.
  std::string besloten_namens;
  // GOV-12: laid before the next level by the ambtelijk opdrachtgever, with why.
  std::string voorlegging;
  std::string voorgelegd_door;
  std::string voorgelegd_op;
  std::int64_t versie = 0;
};

// GOV-12: the level that decides on the opdrachtgever's side: the ambtelijk opdrachtgever
// within its mandate, the bestuurlijk opdrachtgever on what is laid before it.
enum class Laag { kAmbtelijk, kBestuurlijk };

// GOV-12: who decides: the side, the level and the mandate of the rol worn. No amount is no
// recorded limit.
struct Beslisser {
  Kant kant = Kant::kGeen;
  Laag laag = Laag::kAmbtelijk;
  std::optional<std::int64_t> mandaat_cents;
  bool mandaat_scope = true;
};

// GOV-12: the extra money a voorstel asks (financiën and extra financiering together, compared
// with the opdracht as it is); 0 when it costs nothing more.
std::int64_t meerkosten_cents(const Opdracht& opdracht, const Opdracht& voorstel);

// GOV-12: whether accepting the verzoek lies within the mandate: its meerkosten at most the
// amount, and a change of scope only with mandaat_scope.
bool binnen_mandaat(const Opdracht& opdracht, const Wijzigingsverzoek& verzoek,
                    const Beslisser& beslisser);

// An opdracht takes wijzigingsverzoeken once accepted and until it is finished.
bool staat_wijziging_toe(Status status);

// The voorstel with what it may not change taken from the opdracht (ids, regio, opdrachtgever,
// jaar, soort, deelnemer, status and versions).
Opdracht als_voorstel(const Opdracht& opdracht, const Opdracht& ingevuld);

// Reads a new verzoek on `opdracht`: the fields of parse_opdracht for the voorstel (jaar, soort
// and deelnemer are the opdracht's own, whatever is sent), "aspecten" as a comma-separated list
// of codes and "omschrijving". Every field error at once; the rules are controleer_indienen's.
Result<Wijzigingsverzoek> parse_wijzigingsverzoek(const Opdracht& opdracht, Fields velden,
                                                  const Lijsten& lijsten);

// Reads the alignment: met, datum (ISO 8601) and uitkomst, all required.
Result<Afstemming> parse_afstemming(const Fields& velden);

// Checks a new verzoek on the opdracht as it is now:
//  - kForbidden when the side is kGeen;
//  - kConflict "fout.wijziging_niet_mogelijk" when the opdracht's status does not allow it;
//  - kInvalid, every problem at once: no aspect ("aspecten"), no omschrijving, a voorstel that
//    changes nothing ("voorstel", "opd.geen_wijziging"), or a voorstel that is not a complete
//    opdracht (controleer_volledig: an emptied part, maatwerk without extra uren or funding).
Result<void> controleer_indienen(const Opdracht& opdracht, const Wijzigingsverzoek& verzoek,
                                 Kant kant);

// Records the alignment: only the opdrachtgever (kForbidden), only while open (kConflict
// "fout.verzoek_afgehandeld" otherwise), and met, datum and uitkomst are all required.
Result<void> controleer_afstemming(const Wijzigingsverzoek& verzoek, const Afstemming& afstemming,
                                   Kant kant);

enum class Besluit { kAanvaarden, kAfwijzen, kIntrekken, kVoorleggen };
std::string_view code(Besluit besluit);
std::optional<Besluit> besluit_from_code(std::string_view code);

// The decision on an open verzoek: the new status, or
//  - kForbidden when aanvaarden/afwijzen/voorleggen is not the opdrachtgever, or intrekken not
//    the side that proposed it; and (GOV-12) when the bestuurlijk level decides a verzoek that
//    was not laid before it;
//  - kConflict "fout.verzoek_afgehandeld" when it is no longer open, or
//    "fout.verzoek_voorgelegd" when the ambtelijk level decides (or lays before again) what
//    waits for the next level;
//  - kInvalid: aanvaarden, afwijzen and voorleggen need a beoordeling; aanvaarden needs the
//    alignment with the beleidsafdeling recorded ("afstemming", "opd.afstemming_ontbreekt"), a
//    voorstel that is a complete opdracht (controleer_volledig, checked again) and (GOV-12) at
//    the ambtelijk level a verzoek within the mandate ("besluit", "opd.buiten_mandaat");
//  - kConflict "fout.verzoek_verouderd" when aanvaarden a verzoek made on an older version, or
//    "fout.wijziging_niet_mogelijk" when the opdracht no longer takes changes.
Result<VerzoekStatus> besluiten(const Opdracht& opdracht, const Wijzigingsverzoek& verzoek,
                                Besluit besluit, const Beslisser& beslisser,
                                const std::string& beoordeling);

// The opdracht with the accepted voorstel applied and its inhoudsversie raised by one.
Opdracht pas_toe(const Opdracht& opdracht, const Opdracht& voorstel);

// comparing two versions part by part

struct Verschil {
  std::string onderdeel;  // "titel", "extraUren", "extraFinanciering", or a Deel code
  std::string label;
  std::vector<std::string> van;   // the part as lines of text, in the older version
  std::vector<std::string> naar;  // … in the newer one
  bool gewijzigd = false;
};

// The part as lines of text (dates dd-mm-jjjj, amounts "€ 1.234,56"); empty when empty.
std::vector<std::string> als_regels(const Opdracht& opdracht, Deel deel);

// Titel, extra uren, extra financiering, then the eleven parts in the guide's order.
std::vector<Verschil> vergelijk(const Opdracht& van, const Opdracht& naar);

}  // namespace regie::opdrachten

// Afwijkingen and bijsturing (MON-3, GOV-12; decision 48). When a deelnemer's realisatie or
// prognose of a year leaves the regio's tolerance band for hours, numbers or money —
// collectief and specifiek apart — an afwijkingssignaal is raised. The accountmanager of that
// deelnemer drafts a bijsturingsvoorstel together with its opdrachtgever (whom it names); the
// opdrachtgever decides: akkoord, aangepast or afgewezen. The ambtelijk opdrachtgever decides
// within its mandate; a voorstel that costs more is for the bestuurlijk opdrachtgever.
//
// The signaal follows the figures: every import brings the open one up to date; one that returns
// within the band before a voorstel is drafted lapses (vervallen). After a decision a new signaal
// is raised only when the line deviates in another way (another measure or direction).
//
// On an opdracht: a collectieve opdracht shows the collectief signalen of its year, a maatwerk
// opdracht the specifiek ones of its deelnemer and year. Pure: no I/O, no clock; the caller
// stamps who and when. Thread-compatible.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/fields.hpp"
#include "core/result.hpp"
#include "domain/auth/actor.hpp"
#include "domain/monitoring/plan_realisatie.hpp"
#include "domain/opdrachten/opdracht.hpp"
#include "domain/opdrachten/wijziging.hpp"

namespace regie::monitoring {

enum class SignaalStatus { kOpen, kVoorstel, kBesloten, kVervallen };
std::string_view code(SignaalStatus s);  // "open", "voorstel", "besloten", "vervallen"
std::string_view label(SignaalStatus s);
std::optional<SignaalStatus> signaalstatus_from_code(std::string_view code);
// Open or with a voorstel: not yet decided, and what the start pages show.
bool is_lopend(SignaalStatus s);

enum class Besluit { kAkkoord, kAangepast, kAfgewezen };
std::string_view code(Besluit b);  // "akkoord", "aangepast", "afgewezen"
std::string_view label(Besluit b);
std::optional<Besluit> besluit_from_code(std::string_view code);

std::optional<Afwijking> afwijking_from_code(std::string_view code);
// "binnen de band", "boven de band", "onder de band".
std::string_view label(Afwijking a);

struct Bijsturingsvoorstel {
  std::string maatregel;              // what changes: hours, priorities, planning, money
  std::string gevolgen;               // what it means for the programme and the deelnemer
  std::string afgestemd_met;          // the opdrachtgever with whom it was drafted
  std::int64_t meerkosten_cents = 0;  // what it costs on top of the plan (0: nothing)
  std::string door;                   // the accountmanager, with the hat worn
  std::string op;                     // UTC ISO 8601
};

struct Bijsturingsbesluit {
  Besluit besluit = Besluit::kAkkoord;
  std::string toelichting;  // why; for aangepast: what was changed
  std::string door;         // who, with the hat worn
  std::string mandaat;      // GOV-12: on whose mandate
  std::string op;           // UTC ISO 8601
};

struct Afwijkingssignaal {
  Id id = 0;
  Id regio_id = 0;
  std::int32_t jaar = 0;
  Id deelnemer_id = 0;
  programma::RegelSoort soort = programma::RegelSoort::kCollectief;
  // The figures as last compared: plan, realisatie so far and prognose, with each measure's
  // position against the band.
  int peilmaand = 0;
  std::int32_t tolerantie = kStandaardTolerantie;
  Prognosemethode methode = Prognosemethode::kGeen;
  Telling plan;
  Telling realisatie;
  Telling prognose;
  Afwijking uren = Afwijking::kBinnen;
  Afwijking aantal = Afwijking::kBinnen;
  Afwijking bedrag = Afwijking::kBinnen;
  SignaalStatus status = SignaalStatus::kOpen;
  std::string gesignaleerd_op;  // UTC ISO 8601
  std::string bijgewerkt_op;
  std::optional<Bijsturingsvoorstel> voorstel;
  std::optional<Bijsturingsbesluit> besluit;
  std::int64_t versie = 0;
};

// The measures outside the band, in the order uren, aantal, bedrag, with their direction.
struct Maatafwijking {
  std::string_view maat;  // "uren", "aantal", "bedrag"
  Afwijking richting = Afwijking::kBoven;
};
std::vector<Maatafwijking> afwijkende_maten(const Afwijkingssignaal& s);

// What deviates, as "uren boven, bedrag boven" (afwijkende_maten with their codes).
std::string kenmerk(const Afwijkingssignaal& s);

// The result of comparing a year's deelnemer lines with the signalen of that year.
struct Signalering {
  std::vector<Afwijkingssignaal> nieuw;       // to create (id 0, times left to the caller)
  std::vector<Afwijkingssignaal> bijgewerkt;  // changed figures or status, with their versie
};

// `regels`: plan versus realisatie per deelnemer and soort (Niveau::kDeelnemer) of `jaar`,
// compared at `peilmaand` with `tolerantie`; `bestaand`: every signaal of the regio and year.
// Lines without a plan and without realisatie are skipped.
Signalering signaleer(Id regio_id, std::int32_t jaar, int peilmaand, std::int32_t tolerantie,
                      const std::vector<Vergelijking>& regels,
                      const std::vector<Afwijkingssignaal>& bestaand);

// Who may draft a voorstel: an accountmanager of the deelnemer (GOV-10).
bool mag_voorstellen(const auth::Actor& actor, const Afwijkingssignaal& s);

// GOV-12: who decides for the deelnemer: its bestuurlijk opdrachtgever, else its ambtelijk
// opdrachtgever with the mandate of that rol; nullopt for anyone else.
struct Beslisser {
  opdrachten::Laag laag = opdrachten::Laag::kAmbtelijk;
  std::optional<std::int64_t> mandaat_cents;  // none: no limit recorded
  std::string hoed;                           // "ambtelijk opdrachtgever Gemeente Beekdal"
};
std::optional<Beslisser> beslisser(const auth::Actor& actor, Id deelnemer_id);

// Reads a voorstel: maatregel, gevolgen and afgestemdMet required, meerkosten an amount in euro
// ("1.250,00" or "1250.00"; empty: 0; never negative). Every error at once.
Result<Bijsturingsvoorstel> parse_voorstel(const Fields& velden);

// The signaal with the voorstel (who and when left to the caller), or kForbidden for whoever
// may not draft it, kConflict "fout.signaal_besloten" when it is decided or lapsed. A voorstel
// may be redrafted until the decision.
Result<Afwijkingssignaal> stel_voor(const Afwijkingssignaal& s, bool mag,
                                    Bijsturingsvoorstel voorstel);

// The signaal as decided (who, mandate and when left to the caller), or kForbidden for no
// beslisser; kConflict "fout.geen_voorstel" without a voorstel, "fout.signaal_besloten" when
// decided or lapsed; kInvalid "toelichting" when empty, and "besluit" "mon.buiten_mandaat" when
// the ambtelijk opdrachtgever agrees (akkoord or aangepast) to meerkosten beyond its mandate.
Result<Afwijkingssignaal> beslis(const Afwijkingssignaal& s, const std::optional<Beslisser>& wie,
                                 Besluit besluit, const std::string& toelichting);

// GOV-12: the mandate a decision was taken on, in words.
std::string mandaat_tekst(const Beslisser& wie);

// The signalen an opdracht shows (see above), from those of its regio.
bool hoort_bij_opdracht(const Afwijkingssignaal& s, const opdrachten::Opdracht& o);

}  // namespace regie::monitoring

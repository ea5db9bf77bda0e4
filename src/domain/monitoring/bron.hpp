// A bronsysteem (MON-1, decision 47): a case system or spreadsheet whose exports of realisaties a
// regio imports, with the mapping that reads them — which column holds the date, the hours, the
// number, the amount, the deelnemer and the zaaktype (and optionally team, medewerker and
// zaaknummer), how the export names each deelnemer, and which product each zaaktype is. The
// mapping is stored per bronsysteem and reused for every file of it. Pure; thread-compatible.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/fields.hpp"
#include "core/result.hpp"
#include "domain/auth/actor.hpp"
#include "domain/governance/types.hpp"

namespace regie::monitoring {

using governance::Id;

inline constexpr std::size_t kMaxBronnaam = 60;
inline constexpr std::size_t kMaxKolomnaam = 80;
inline constexpr std::size_t kMaxKoppelwaarde = 120;
inline constexpr std::size_t kMaxKoppelingen = 5000;

// The header names of the export's columns; empty: the export has no such column.
struct Kolommen {
  std::string datum;      // required
  std::string deelnemer;  // required
  std::string zaaktype;   // required
  std::string uren;       // at least one of uren, aantal and bedrag
  std::string aantal;
  std::string bedrag;
  std::string team;        // optional
  std::string medewerker;  // optional
  std::string zaaknummer;  // optional

  friend bool operator==(const Kolommen&, const Kolommen&) = default;
};

// How the export names a deelnemer, besides the organisatie's own name (always known).
struct Deelnemernaam {
  std::string waarde;
  Id organisatie_id = 0;
  friend bool operator==(const Deelnemernaam&, const Deelnemernaam&) = default;
};

// A zaaktype of the export and the product of the catalogue it is.
struct Zaaktype {
  std::string zaaktype;
  std::string productcode;
  friend bool operator==(const Zaaktype&, const Zaaktype&) = default;
};

struct Bronsysteem {
  Id id = 0;
  Id regio_id = 0;
  std::string naam;  // unique within the regio; `regie import realisaties --bron NAAM`
  Kolommen kolommen;
  std::vector<Deelnemernaam> deelnemernamen;
  std::vector<Zaaktype> zaaktypen;
  std::int64_t versie = 1;

  friend bool operator==(const Bronsysteem&, const Bronsysteem&) = default;
};

// An organisatie a deelnemernaam can point at: a deelnemer of the regio.
struct Deelnemer {
  Id id = 0;
  std::string naam;
};

// Reads naam, kolomDatum, kolomDeelnemer, kolomZaaktype, kolomUren, kolomAantal, kolomBedrag,
// kolomTeam, kolomMedewerker, kolomZaaknummer, and two texts of one pair per line,
// "links = rechts": deelnemernamen ("Gem. Beekdal = Gemeente Beekdal", the right side an
// organisatie of `deelnemers` by name, case-insensitive) and zaaktypen ("Melding bodem =
// TOE-01", the right side a productcode). The API names an organisatie as "#<id>". Every error at
// once; a line is named as "zaaktypen, regel 3". A left side twice, or a column named twice, is an
// error.
Result<Bronsysteem> parse_bron(const Fields& velden, const std::vector<Deelnemer>& deelnemers);

// The two texts as parse_bron reads them back (for a form).
std::string deelnemernamen_tekst(const Bronsysteem& bron, const std::vector<Deelnemer>& deelnemers);
std::string zaaktypen_tekst(const Bronsysteem& bron);

// A name compared as people type it: trimmed, inner white space as one space, ASCII case folded.
std::string vergelijkbaar(std::string_view naam);

// The names the export may use for `deelnemer` without a mapping: its own name and, when that
// starts with "Gemeente " or "Provincie ", the rest ("Gemeente Beekdal" → "Beekdal").
std::vector<std::string> vanzelf_bekende_namen(const Deelnemer& deelnemer);

// Who keeps the bronsystemen and imports realisaties: the omgevingsdienst's directie,
// accountmanagers and medewerkers, the regisseur beleidscyclus and the beheerder.
bool mag_realisaties_beheren(const auth::Actor& actor);

// Who reads the imports and sees the figures and afwijkingen of every deelnemer: the whole
// regio's readers and those who keep the realisaties; an opdrachtgever sees its own
// organisatie's figures only.
bool ziet_alle_deelnemers(const auth::Actor& actor);
// Whether the actor sees the figures of deelnemer `id`: all of them, or its own organisatie's.
bool ziet_deelnemer(const auth::Actor& actor, Id id);

}  // namespace regie::monitoring

// The governance register of GOV-1..GOV-3: regio, organisaties with their deelnemerschap,
// personen and their rollen. Plain values; no I/O. Amounts of time are whole hours per year.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/datum.hpp"

namespace regie::governance {

using Id = std::int64_t;

// GOV-1: a regio is the working area of one omgevingsdienst, set up as a gemeenschappelijke
// regeling (GR) of its deelnemers.
struct Regio {
  Id id = 0;
  std::string naam;
  std::string gemeenschappelijke_regeling;
  // GOV-6: minimum hours a year for an ambtelijk opdrachtgever; configurable per regio.
  std::int32_t minimum_uren_ambtelijk_opdrachtgever = 450;
  // GOV-6: what an ambtelijk opdrachtgever needs on top of the minimum for each deelnemer it
  // represents ("die betreffende gemeenten even goed vertegenwoordigt"); per regio.
  std::int32_t uren_per_vertegenwoordigde = 100;
  // GOV-11: the accountmanager as "een volwaardige functie" with "voldoende tijd": hours a year
  // per deelnemer served, and in total at least and at most; per regio.
  std::int32_t minimum_uren_accountmanager_per_deelnemer = 150;
  std::int32_t minimum_uren_accountmanager = 700;
  std::int32_t maximum_uren_accountmanager = 1400;
  // MON-3: the tolerance band, plus and minus, in per cent, outside which plan versus
  // realisatie raises an afwijkingssignaal; per regio.
  std::int32_t tolerantie_procent = 10;
  std::int64_t versie = 1;
};

enum class OrganisatieSoort { kGemeente, kProvincie, kOmgevingsdienst, kOverig };

// GOV-1: deelnemer of the GR, or niet-deelnemer buying specific tasks (an opdrachtgever too).
enum class Relatie { kDeelnemer, kNietDeelnemer };

struct Organisatie {
  Id id = 0;
  Id regio_id = 0;
  std::string naam;
  OrganisatieSoort soort = OrganisatieSoort::kGemeente;
  std::optional<std::int64_t> inwonertal;
  std::int64_t versie = 1;
};

// A period in which an organisatie is deelnemer or niet-deelnemer of the regio's GR.
struct Deelnemerschap {
  Id id = 0;
  Id organisatie_id = 0;
  Relatie relatie = Relatie::kDeelnemer;
  Periode periode{Datum{0}, std::nullopt};
  std::int64_t versie = 1;
};

struct Persoon {
  Id id = 0;
  Id regio_id = 0;
  Id organisatie_id = 0;  // werkgever
  std::string naam;
  std::string email;
  std::string functie;
  std::int64_t versie = 1;
};

// GOV-3 and GOV-2: every role of the guide, including AB/DB membership.
enum class RolSoort {
  kBestuurlijkOpdrachtgever,
  kAmbtelijkOpdrachtgever,
  kAccountmanager,
  kBeleidsadviseur,
  kPortefeuillehouderMilieu,
  kRegisseurBeleidscyclus,
  kAbLid,
  kDbLid,
  kDirectieOd,
  kCoordinator,
  kMedewerker,
};

// GOV-3: from `van` on (until the next period begins) a rol has `uren_per_jaar` hours a year.
struct UrenPeriode {
  Datum van{0};
  std::int32_t uren_per_jaar = 0;

  friend bool operator==(const UrenPeriode&, const UrenPeriode&) = default;
};

// A role of one persoon for one organisatie: for an accountmanager, the deelnemer served;
// for AB/DB membership, the deelnemer represented. Its hours through time are `urenperioden`,
// sorted by van, the first from the rol's start; `uren_per_jaar` is the latest period's hours.
// The rules on them are in domain/governance/rol.hpp.
struct Rol {
  Id id = 0;
  Id persoon_id = 0;
  Id organisatie_id = 0;
  RolSoort soort = RolSoort::kMedewerker;
  Periode periode{Datum{0}, std::nullopt};
  std::int32_t uren_per_jaar = 0;
  std::vector<UrenPeriode> urenperioden;
  // GOV-12: the decision mandate inside the own organisation (of an ambtelijk opdrachtgever or
  // an accountmanager): up to which extra amount, in cents, the holder decides alone, and
  // whether a change of scope. No amount = no mandate recorded (a finding), no limit applied.
  std::optional<std::int64_t> mandaat_cents;
  bool mandaat_scope = false;
  std::int64_t versie = 1;
};

// GOV-12: the rollen that carry a decision mandate of their own.
bool heeft_beslismandaat(RolSoort soort);

// GOV-6, OPD-2: what a representation covers. kVolledig: the ambtelijk opdrachtgever of the
// representing organisatie acts for the deelnemer in everything (it stands in for the
// deelnemer's own ambtelijk opdrachtgever, GOV-4, and for its hours, GOV-6). kCollectief: only
// on the collectieve opdracht; the deelnemer keeps its own ambtelijk opdrachtgever for the rest.
enum class Omvang { kVolledig, kCollectief };
std::string_view code(Omvang omvang);  // "volledig" | "collectief"
std::string_view label(Omvang omvang);
std::optional<Omvang> omvang_from_code(std::string_view code);

// Codes as stored and as used in the API; labels in Dutch for the UI.
std::string_view code(OrganisatieSoort soort);
std::string_view label(OrganisatieSoort soort);
std::optional<OrganisatieSoort> organisatie_soort_from_code(std::string_view code);
const std::vector<OrganisatieSoort>& alle_organisatie_soorten();

std::string_view code(Relatie relatie);
std::string_view label(Relatie relatie);
std::optional<Relatie> relatie_from_code(std::string_view code);

std::string_view code(RolSoort soort);
std::string_view label(RolSoort soort);
std::optional<RolSoort> rol_soort_from_code(std::string_view code);
const std::vector<RolSoort>& alle_rol_soorten();
// GOV-2: the bestuursorganen recorded as rollen.
bool is_bestuurslidmaatschap(RolSoort soort);

}  // namespace regie::governance

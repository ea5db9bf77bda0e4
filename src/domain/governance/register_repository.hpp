// The register port: regios, organisaties (with their deelnemerschappen), personen and rollen.
// Updates and deletes take the versie the user read and fail with kStale when the record has
// changed since, kNotFound when it is gone; get_* fails with kNotFound. A create or update that
// would break a uniqueness rule (an organisatie naam within its regio) fails with kConflict
// "fout.bestaat_al". Deleting a record others still refer to fails with kConflict. Lists are
// ordered as each query says, ties broken by id; pages count the whole filtered set.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/datum.hpp"
#include "core/result.hpp"
#include "domain/governance/types.hpp"
#include "domain/repository.hpp"

namespace regie {

struct OrganisatieQuery {
  Id regio_id = 0;
  std::string zoek;  // substring of naam, case-insensitive for ASCII
  std::optional<governance::OrganisatieSoort> soort;
  std::string sorteer = "naam";  // naam | soort | inwonertal
  SortRichting richting = SortRichting::kOplopend;
  PageRequest page;
};

struct PersoonQuery {
  Id regio_id = 0;
  std::optional<std::vector<Id>> werkgevers;  // visibility filter; empty optional: all
  std::optional<Id> organisatie_id;           // filter on werkgever
  std::string zoek;
  std::string sorteer = "naam";  // naam | organisatie
  SortRichting richting = SortRichting::kOplopend;
  PageRequest page;
};

struct RolQuery {
  Id regio_id = 0;
  std::optional<std::vector<Id>> zichtbaar;  // rol visible when its organisatie or the
                                             // persoon's werkgever is in this list
  std::optional<Id> persoon_id;
  std::optional<Id> organisatie_id;
  std::optional<governance::RolSoort> soort;
  std::optional<Datum> peildatum;   // only rollen whose period contains this date
  std::string sorteer = "persoon";  // persoon | organisatie | soort | van
  SortRichting richting = SortRichting::kOplopend;
  PageRequest page;
};

// A rol with the names a list shows next to it.
struct RolRegel {
  governance::Rol rol;
  std::string persoon_naam;
  std::string organisatie_naam;
  Id werkgever_id = 0;
};

struct PersoonRegel {
  governance::Persoon persoon;
  std::string organisatie_naam;
};

class RegisterRepository {
 public:
  virtual ~RegisterRepository() = default;

  // By naam.
  virtual Result<std::vector<governance::Regio>> list_regios() = 0;
  virtual Result<governance::Regio> get_regio(Id id) = 0;
  virtual Result<Id> create_regio(const governance::Regio& regio) = 0;
  virtual Result<void> update_regio(const governance::Regio& regio) = 0;

  virtual Result<Page<governance::Organisatie>> list_organisaties(const OrganisatieQuery& q) = 0;
  virtual Result<governance::Organisatie> get_organisatie(Id id) = 0;
  virtual Result<Id> create_organisatie(const governance::Organisatie& org) = 0;
  virtual Result<void> update_organisatie(const governance::Organisatie& org) = 0;
  virtual Result<void> delete_organisatie(Id id, std::int64_t versie) = 0;
  // Ids of the omgevingsdienst organisaties of a regio, by id.
  virtual Result<std::vector<Id>> list_od_organisaties(Id regio_id) = 0;

  // By van, then id.
  virtual Result<std::vector<governance::Deelnemerschap>> list_deelnemerschappen(
      Id organisatie_id) = 0;
  // Every deelnemerschap of every organisatie of a regio (for the governance checks), by
  // organisatie, van, id.
  virtual Result<std::vector<governance::Deelnemerschap>> list_deelnemerschappen_regio(
      Id regio_id) = 0;
  virtual Result<Id> create_deelnemerschap(const governance::Deelnemerschap& d) = 0;
  // kNotFound when the deelnemerschap is not one of this organisatie's.
  virtual Result<void> delete_deelnemerschap(Id id, Id organisatie_id) = 0;

  virtual Result<Page<PersoonRegel>> list_personen(const PersoonQuery& q) = 0;
  virtual Result<governance::Persoon> get_persoon(Id id) = 0;
  virtual Result<Id> create_persoon(const governance::Persoon& persoon) = 0;
  virtual Result<void> update_persoon(const governance::Persoon& persoon) = 0;
  virtual Result<void> delete_persoon(Id id, std::int64_t versie) = 0;

  virtual Result<Page<RolRegel>> list_rollen(const RolQuery& q) = 0;
  virtual Result<governance::Rol> get_rol(Id id) = 0;
  virtual Result<Id> create_rol(const governance::Rol& rol) = 0;
  virtual Result<void> update_rol(const governance::Rol& rol) = 0;
  virtual Result<void> delete_rol(Id id, std::int64_t versie) = 0;
};

}  // namespace regie

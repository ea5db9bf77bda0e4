// The storage port: what the service layer needs from a database, as one unit of work.
// store/ implements it for SQLite and PostgreSQL. A UnitOfWork is one transaction: nothing is
// visible to others until commit(); destroying it without commit() rolls back. Not
// thread-safe: one UnitOfWork belongs to one request. Every call can fail with kStorage;
// updates and deletes take the version read by the user and fail with kConflict when the
// record has changed since (optimistic concurrency), kNotFound when it is gone. After any
// failed call the unit of work must not be committed (PostgreSQL refuses it; SQLite would
// commit the rest): return the error and let it roll back.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/datum.hpp"
#include "core/result.hpp"
#include "domain/audit/chain.hpp"
#include "domain/auth/actor.hpp"
#include "domain/competenties/competenties.hpp"
#include "domain/governance/rolvastheid.hpp"
// ---- Big 8 (B8)
#include "domain/beleidscyclus/beleidscyclus.hpp"
#include "domain/governance/types.hpp"
#include "domain/opdrachten/opdracht.hpp"
#include "domain/opdrachten/wijziging.hpp"
// ---- Signalen (OPD-6)
#include "domain/opdrachten/signaal.hpp"

namespace regie {

using governance::Id;

struct PageRequest {
  std::int64_t offset = 0;
  std::int64_t limit = 50;
};

template <typename T>
struct Page {
  std::vector<T> items;
  std::int64_t total = 0;
};

enum class SortRichting { kOplopend, kAflopend };

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

// ---- Opdrachten (OPD)
struct OpdrachtQuery {
  Id regio_id = 0;
  std::optional<opdrachten::Status> status;
  std::optional<Id> deelnemer_id;  // maatwerk for this deelnemer
  std::optional<std::int32_t> jaar;
};

struct Gebruiker {
  Id id = 0;
  std::string naam;
  std::string wachtwoord_hash;  // argon2id string
  auth::Gebruikersrol rol = auth::Gebruikersrol::kBestuurder;
  Id organisatie_id = 0;
  bool actief = true;
  std::string aangemaakt;  // UTC ISO 8601
};

struct Sessie {
  std::string token_hash;
  Id gebruiker_id = 0;
  std::string csrf_token;
  std::string verloopt;  // UTC ISO 8601
};

// ---- Competenties (COMP)
struct ZelfbeoordelingQuery {
  Id regio_id = 0;               // personen of this regio
  std::optional<Id> persoon_id;  // only this persoon's
  std::optional<std::int32_t> jaar;
};

class UnitOfWork {
 public:
  virtual ~UnitOfWork() = default;

  virtual Result<std::vector<governance::Regio>> list_regios() = 0;
  virtual Result<governance::Regio> get_regio(Id id) = 0;
  virtual Result<Id> insert_regio(const governance::Regio& regio) = 0;
  virtual Result<void> update_regio(const governance::Regio& regio) = 0;

  virtual Result<Page<governance::Organisatie>> list_organisaties(const OrganisatieQuery& q) = 0;
  virtual Result<governance::Organisatie> get_organisatie(Id id) = 0;
  virtual Result<Id> insert_organisatie(const governance::Organisatie& org) = 0;
  virtual Result<void> update_organisatie(const governance::Organisatie& org) = 0;
  virtual Result<void> delete_organisatie(Id id, std::int64_t versie) = 0;
  // Ids of the omgevingsdienst organisaties of a regio.
  virtual Result<std::vector<Id>> od_organisaties(Id regio_id) = 0;

  virtual Result<std::vector<governance::Deelnemerschap>> list_deelnemerschappen(
      Id organisatie_id) = 0;
  // Every deelnemerschap of every organisatie of a regio (for the governance checks).
  virtual Result<std::vector<governance::Deelnemerschap>> list_deelnemerschappen_regio(
      Id regio_id) = 0;
  virtual Result<Id> insert_deelnemerschap(const governance::Deelnemerschap& d) = 0;
  virtual Result<void> delete_deelnemerschap(Id id, Id organisatie_id) = 0;

  virtual Result<Page<PersoonRegel>> list_personen(const PersoonQuery& q) = 0;
  virtual Result<governance::Persoon> get_persoon(Id id) = 0;
  virtual Result<Id> insert_persoon(const governance::Persoon& persoon) = 0;
  virtual Result<void> update_persoon(const governance::Persoon& persoon) = 0;
  virtual Result<void> delete_persoon(Id id, std::int64_t versie) = 0;

  virtual Result<Page<RolRegel>> list_rollen(const RolQuery& q) = 0;
  virtual Result<governance::Rol> get_rol(Id id) = 0;
  virtual Result<Id> insert_rol(const governance::Rol& rol) = 0;
  virtual Result<void> update_rol(const governance::Rol& rol) = 0;
  virtual Result<void> delete_rol(Id id, std::int64_t versie) = 0;

  // ---- Opdrachten (OPD): ordered by jaar (newest first), then titel.
  virtual Result<std::vector<opdrachten::Opdracht>> list_opdrachten(const OpdrachtQuery& q) = 0;
  virtual Result<opdrachten::Opdracht> get_opdracht(Id id) = 0;
  virtual Result<Id> insert_opdracht(const opdrachten::Opdracht& o) = 0;
  // Every field including status and inhoudsversie, from the version the user saw.
  virtual Result<void> update_opdracht(const opdrachten::Opdracht& o) = 0;
  virtual Result<Id> insert_overgang(const opdrachten::Overgang& o) = 0;
  // Oldest first.
  virtual Result<std::vector<opdrachten::Overgang>> list_overgangen(Id opdracht_id) = 0;
  // ---- Versies en wijzigingsverzoeken (OPD-5)
  virtual Result<Id> insert_versie(const opdrachten::Versie& v) = 0;
  // Oldest first.
  virtual Result<std::vector<opdrachten::Versie>> list_versies(Id opdracht_id) = 0;
  virtual Result<opdrachten::Versie> get_versie(Id opdracht_id, std::int32_t nummer) = 0;
  virtual Result<Id> insert_wijzigingsverzoek(const opdrachten::Wijzigingsverzoek& v) = 0;
  // Status, afstemming and besluit, from the version the user saw.
  virtual Result<void> update_wijzigingsverzoek(const opdrachten::Wijzigingsverzoek& v) = 0;
  virtual Result<opdrachten::Wijzigingsverzoek> get_wijzigingsverzoek(Id id) = 0;
  // Newest first.
  virtual Result<std::vector<opdrachten::Wijzigingsverzoek>> list_wijzigingsverzoeken(
      Id opdracht_id) = 0;

  // ---- Collectief opdrachtgeverschap (GOV-6) and the projectgroep (GOV-8)
  virtual Result<std::vector<governance::Vertegenwoordiging>> list_vertegenwoordigingen(
      Id regio_id) = 0;
  virtual Result<governance::Vertegenwoordiging> get_vertegenwoordiging(Id id) = 0;
  virtual Result<Id> insert_vertegenwoordiging(const governance::Vertegenwoordiging& v) = 0;
  virtual Result<void> update_vertegenwoordiging(const governance::Vertegenwoordiging& v) = 0;
  virtual Result<void> delete_vertegenwoordiging(Id id, std::int64_t versie) = 0;
  // The regio's projectgroep with its leden (ordered by id); empty when none was set up.
  virtual Result<std::optional<governance::Projectgroep>> get_projectgroep(Id regio_id) = 0;
  // Creates the projectgroep when `versie` is 0, else updates the regisseur of the version the
  // user saw (kConflict when stale or when it was created meanwhile).
  virtual Result<void> save_projectgroep(Id regio_id, std::optional<Id> regisseur_persoon_id,
                                         std::int64_t versie) = 0;
  virtual Result<Id> insert_projectgroep_lid(Id regio_id,
                                             const governance::Projectgroep::Lid& lid) = 0;
  // kNotFound when the lid is not in this regio's projectgroep.
  virtual Result<void> delete_projectgroep_lid(Id regio_id, Id lid_id) = 0;

  virtual Result<std::optional<Gebruiker>> find_gebruiker(const std::string& naam) = 0;
  virtual Result<Gebruiker> get_gebruiker(Id id) = 0;
  virtual Result<Id> insert_gebruiker(const Gebruiker& gebruiker) = 0;
  virtual Result<std::vector<Gebruiker>> list_gebruikers() = 0;

  virtual Result<void> insert_sessie(const Sessie& sessie) = 0;
  virtual Result<std::optional<Sessie>> find_sessie(const std::string& token_hash) = 0;
  virtual Result<void> delete_sessie(const std::string& token_hash) = 0;
  virtual Result<void> delete_sessies_verlopen(const std::string& nu) = 0;

  virtual Result<void> insert_token(const std::string& token_hash, Id gebruiker_id,
                                    const std::string& aangemaakt) = 0;
  virtual Result<std::optional<Id>> find_token(const std::string& token_hash) = 0;

  // Login throttling: failed attempts for an account name since a moment.
  virtual Result<void> record_login_poging(const std::string& naam, bool gelukt,
                                           const std::string& tijdstip) = 0;
  virtual Result<std::int64_t> count_mislukte_logins(const std::string& naam,
                                                     const std::string& sinds) = 0;

  // Serialises writers of the audit chain until commit (a no-op where the database already
  // has a single writer).
  virtual Result<void> lock_audit() = 0;
  virtual Result<std::optional<audit::Entry>> last_audit() = 0;
  virtual Result<void> append_audit(const audit::Entry& entry) = 0;
  virtual Result<std::vector<audit::Entry>> list_audit(std::int64_t after_id,
                                                       std::int64_t limit) = 0;

  // ---- Competenties (COMP)
  // The persoon an account is (nullopt: none linked).
  virtual Result<std::optional<Id>> persoon_van_gebruiker(Id gebruiker_id) = 0;
  virtual Result<void> koppel_gebruiker_persoon(Id gebruiker_id, std::optional<Id> persoon_id) = 0;
  // With their scores; ordered by jaar (newest first), then profiel.
  virtual Result<std::vector<competenties::Zelfbeoordeling>> list_zelfbeoordelingen(
      const ZelfbeoordelingQuery& q) = 0;
  virtual Result<competenties::Zelfbeoordeling> get_zelfbeoordeling(Id id) = 0;
  // kConflict "fout.bestaat_al" when the persoon already has one for that jaar and profiel.
  virtual Result<Id> insert_zelfbeoordeling(const competenties::Zelfbeoordeling& z) = 0;
  // Replaces the scores; guarded by z.versie.
  virtual Result<void> update_zelfbeoordeling(const competenties::Zelfbeoordeling& z) = 0;
  // ---- Big 8 (B8)
  // The steps of a regio's cycle, by volgorde (then id).
  virtual Result<std::vector<beleidscyclus::Stap>> list_cyclusstappen(Id regio_id) = 0;
  virtual Result<beleidscyclus::Stap> get_cyclusstap(Id id) = 0;
  // kConflict "fout.bestaat_al" when the regio already has a step with that code.
  virtual Result<Id> insert_cyclusstap(const beleidscyclus::Stap& stap) = 0;
  virtual Result<void> update_cyclusstap(const beleidscyclus::Stap& stap) = 0;
  // Documents, decisions and reopenings of a step, oldest first.
  virtual Result<std::vector<beleidscyclus::Document>> list_cyclus_documenten(Id stap_id) = 0;
  virtual Result<Id> insert_cyclus_document(const beleidscyclus::Document& document) = 0;
  virtual Result<std::vector<beleidscyclus::Besluit>> list_cyclus_besluiten(Id stap_id) = 0;
  virtual Result<Id> insert_cyclus_besluit(const beleidscyclus::Besluit& besluit) = 0;
  virtual Result<std::vector<beleidscyclus::Heropening>> list_cyclus_heropeningen(Id stap_id) = 0;
  virtual Result<Id> insert_cyclus_heropening(const beleidscyclus::Heropening& heropening) = 0;
  // The evaluation conclusions of a regio, by datum (then id).
  virtual Result<std::vector<beleidscyclus::Evaluatieconclusie>> list_evaluatieconclusies(
      Id regio_id) = 0;
  virtual Result<Id> insert_evaluatieconclusie(const beleidscyclus::Evaluatieconclusie& e) = 0;
  // ---- Signalen (OPD-6)
  virtual Result<Id> insert_signaal(const opdrachten::Signaal& s) = 0;
  // Status and afhandeling (with who and when), guarded by s.versie.
  virtual Result<void> update_signaal(const opdrachten::Signaal& s) = 0;
  virtual Result<opdrachten::Signaal> get_signaal(Id id) = 0;
  // The signalen of an opdracht, oldest first.
  virtual Result<std::vector<opdrachten::Signaal>> list_signalen(Id opdracht_id) = 0;
  // The open signalen on the opdrachten of a regio, oldest first (the start page).
  virtual Result<std::vector<opdrachten::Signaal>> list_open_signalen(Id regio_id) = 0;

  virtual Result<void> commit() = 0;
};

enum class Toegang { kLezen, kSchrijven };

// A database. Thread-safe: many units of work may be open at once (SQLite: one writer).
class Store {
 public:
  virtual ~Store() = default;
  virtual Result<std::unique_ptr<UnitOfWork>> begin(Toegang toegang) = 0;
  // Applies pending numbered migrations up to and including `tot_versie`, each in its own
  // transaction (a failed one leaves the database at the version before it).
  virtual Result<void> migrate(int tot_versie = kAlleMigraties) = 0;
  static constexpr int kAlleMigraties = 1'000'000;
  virtual Result<int> schema_version() = 0;
  virtual std::string dialect() const = 0;
};

}  // namespace regie

// The storage port: what the service layer needs from a database. A UnitOfWork is one
// transaction that hands out one repository per aggregate (domain/<area>/*_repository.hpp, each
// stating its own contract); nothing is visible to others until commit(), and destroying it
// without commit() rolls back. Not thread-safe: one UnitOfWork belongs to one request. Every
// repository call can fail with kStorage, and with kCorrupt when a stored value cannot be read
// back. After any failed call the unit of work must not be committed (PostgreSQL refuses it;
// SQLite would commit the rest): return the error and let it roll back. store/ implements the
// port for SQLite and PostgreSQL; tests/fake/ keeps it in memory.
//
// This header declares the repositories only; a service includes the ports it uses.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <typeindex>
#include <utility>
#include <vector>

#include "core/result.hpp"

namespace regie {

namespace governance {
using Id = std::int64_t;
}
using governance::Id;

struct PageRequest {
  std::int64_t offset = 0;
  std::int64_t limit = 50;
};

// A limit no regio reaches: a read that needs every row (a check, a derived figure).
inline constexpr std::int64_t kAlleRijen = 1'000'000;

template <typename T>
struct Page {
  std::vector<T> items;
  std::int64_t total = 0;
};

enum class SortRichting { kOplopend, kAflopend };

class RegisterRepository;
class CollectiefRepository;
class AccountRepository;
class AuditRepository;
class OpdrachtRepository;
class SignaalRepository;
class InterneAfstemmingRepository;
class ZelfbeoordelingRepository;
class CyclusRepository;
class RondeRepository;
class BeleidsdoelRepository;
class CatalogusRepository;
class ProgrammaRepository;
class KoppelingRepository;
class RealisatieRepository;
class AfwijkingRepository;
class MetingRepository;

class UnitOfWork {
 public:
  virtual ~UnitOfWork() = default;

  // Regios, organisaties, deelnemerschappen, personen and rollen (`register` is a keyword).
  virtual RegisterRepository& registry() = 0;
  // Vertegenwoordigingen (GOV-6) and the projectgroep (GOV-8).
  virtual CollectiefRepository& collectief() = 0;
  virtual AccountRepository& accounts() = 0;
  virtual AuditRepository& audit() = 0;
  virtual OpdrachtRepository& opdrachten() = 0;
  virtual SignaalRepository& signalen() = 0;
  virtual InterneAfstemmingRepository& interne_afstemmingen() = 0;
  virtual ZelfbeoordelingRepository& zelfbeoordelingen() = 0;
  virtual CyclusRepository& cyclus() = 0;
  // B8-4: the rounds of the Big 8 steps and the moves of their planned ends.
  virtual RondeRepository& rondes() = 0;
  // OPD-7: the policy products an opdracht serves.
  virtual BeleidsdoelRepository& beleidsdoelen() = 0;
  // UP-3: the producten- en dienstencatalogus per year and its verdeelsleutels.
  virtual CatalogusRepository& catalogus() = 0;
  // UP-1, UP-2, UP-4: the uitvoeringsprogramma's with their doelen and regels.
  virtual ProgrammaRepository& programmas() = 0;
  // OPD-4, OPD-7: the programmaregels an opdracht carries out.
  virtual KoppelingRepository& koppelingen() = 0;
  // MON-1, MON-6, MON-7: bronsystemen, imports of realisaties, their totals and closed months.
  virtual RealisatieRepository& realisaties() = 0;
  // MON-3: afwijkingssignalen with their bijsturingsvoorstel and besluit.
  virtual AfwijkingRepository& afwijkingen() = 0;
  // MON-4, MON-5: indicator measurements and process measures.
  virtual MetingRepository& metingen() = 0;

  virtual Result<void> commit() = 0;
  // Issue 16: Store::datastand as of this unit of work's view of the data, read inside it (no
  // transaction of its own); call it after a first read.
  virtual Result<std::string> datastand() = 0;
};

// What an implementation of UnitOfWork keeps its repositories in, so that handing one out is one
// line: `return repositories_.get(make_sql_signaal_repository, connection_);`. Each repository is
// made by its factory on first use and is the same object for the rest of the unit of work.
// Not thread-safe, like the unit of work.
class Repositories {
 public:
  template <typename Port, typename... Parameters, typename... Arguments>
  Port& get(std::unique_ptr<Port> (*make)(Parameters...), Arguments&&... arguments) {
    for (const auto& [type, repository] : made_) {
      if (type == std::type_index(typeid(Port))) return *static_cast<Port*>(repository.get());
    }
    std::shared_ptr<Port> repository = make(std::forward<Arguments>(arguments)...);
    Port& out = *repository;
    made_.emplace_back(std::type_index(typeid(Port)), std::move(repository));
    return out;
  }

 private:
  std::vector<std::pair<std::type_index, std::shared_ptr<void>>> made_;
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
  // The newest migration this build knows: the database is current at that schema_version.
  virtual int nieuwste_migratie() const = 0;
  // Connections held by open units of work now (GET /metrics).
  virtual std::int64_t verbindingen_in_gebruik() const = 0;
  // Issue 16: a token that differs from every earlier one once any connection or process has
  // committed a change; equal tokens mean nothing was committed in between. Read it before
  // reading the data it stands for (the web layer's answer cache keys on it).
  virtual Result<std::string> datastand() = 0;
  virtual std::string dialect() const = 0;
};

}  // namespace regie

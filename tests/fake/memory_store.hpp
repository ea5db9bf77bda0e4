// An in-memory Store for service tests: the whole storage port (every repository) over plain
// maps, with the contract of the SQL store. A unit of work copies the committed data when it
// begins, commit() publishes its copy, and destroying it without commit() drops it. Updates and
// deletes guarded by a stale versie give kStale, missing records kNotFound, broken uniqueness
// kConflict "fout.bestaat_al", deleting what others still refer to kConflict "fout.in_gebruik".
// Writers are not serialised: the last commit wins (tests use one writer at a time).
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>

#include "domain/repository.hpp"

namespace regie::fake {

struct MemoryData;

class MemoryStore final : public Store {
 public:
  MemoryStore();
  ~MemoryStore() override;
  MemoryStore(const MemoryStore&) = delete;
  MemoryStore& operator=(const MemoryStore&) = delete;

  Result<std::unique_ptr<UnitOfWork>> begin(Toegang toegang) override;
  Result<void> migrate(int tot_versie) override;
  Result<int> schema_version() override;
  // Without migrations: always current (schema_version answers the same).
  int nieuwste_migratie() const override { return kAlleMigraties; }
  // Without a pool: nothing is held as a connection.
  std::int64_t verbindingen_in_gebruik() const override { return 0; }
  std::string dialect() const override { return "memory"; }
  // The number of commits: every commit changes it.
  Result<std::string> datastand() override { return "memory:" + std::to_string(commits()); }

  // A store that starts from this one's committed data (cheap: the data is shared until
  // written), so a suite can load its data once and give every test its own copy.
  std::shared_ptr<MemoryStore> clone() const;

  // While set, every audit append fails with kStorage (to prove a write and its audit line
  // commit together or not at all).
  void set_audit_fails(bool fails);
  // How many units of work have committed.
  std::int64_t commits() const;

 private:
  friend class MemoryUnitOfWork;
  void publish(std::shared_ptr<const MemoryData> data);

  mutable std::mutex mutex_;
  std::shared_ptr<const MemoryData> data_;
  bool audit_fails_ = false;
  std::int64_t commits_ = 0;
};

}  // namespace regie::fake

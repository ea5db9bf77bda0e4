#include "fake/memory_store.hpp"

#include <memory>
#include <utility>

#include "fake/memory_data.hpp"

namespace regie::fake {

// Works on its own copy of the data; commit() publishes the copy. Each repository is made over
// the copy on first use.
class MemoryUnitOfWork final : public UnitOfWork {
 public:
  MemoryUnitOfWork(MemoryStore& store, const MemoryData& data, bool write, bool audit_fails)
      : store_(store),
        data_(std::make_shared<MemoryData>(data)),
        write_(write),
        audit_fails_(audit_fails) {}

  // One line per repository.
  RegisterRepository& registry() override { return r_.get(make_memory_register, *data_); }
  CollectiefRepository& collectief() override { return r_.get(make_memory_collectief, *data_); }
  AccountRepository& accounts() override { return r_.get(make_memory_accounts, *data_); }
  AuditRepository& audit() override { return r_.get(make_memory_audit, *data_, audit_fails_); }
  OpdrachtRepository& opdrachten() override { return r_.get(make_memory_opdrachten, *data_); }
  SignaalRepository& signalen() override { return r_.get(make_memory_signalen, *data_); }
  InterneAfstemmingRepository& interne_afstemmingen() override {
    return r_.get(make_memory_interne_afstemmingen, *data_);
  }
  ZelfbeoordelingRepository& zelfbeoordelingen() override {
    return r_.get(make_memory_zelfbeoordelingen, *data_);
  }
  CyclusRepository& cyclus() override { return r_.get(make_memory_cyclus, *data_); }
  RondeRepository& rondes() override { return r_.get(make_memory_rondes, *data_); }
  BeleidsdoelRepository& beleidsdoelen() override {
    return r_.get(make_memory_beleidsdoelen, *data_);
  }
  CatalogusRepository& catalogus() override { return r_.get(make_memory_catalogus, *data_); }
  RealisatieRepository& realisaties() override { return r_.get(make_memory_realisaties, *data_); }
  AfwijkingRepository& afwijkingen() override { return r_.get(make_memory_afwijkingen, *data_); }
  MetingRepository& metingen() override { return r_.get(make_memory_metingen, *data_); }
  ProgrammaRepository& programmas() override { return r_.get(make_memory_programmas, *data_); }
  KoppelingRepository& koppelingen() override { return r_.get(make_memory_koppelingen, *data_); }

  // The store's count of commits (this fake does not keep it per snapshot).
  Result<std::string> datastand() override { return store_.datastand(); }

  Result<void> commit() override {
    if (committed_) return Error::storage("unit of work is al vastgelegd");
    committed_ = true;
    if (write_) store_.publish(data_);
    return Ok();
  }

 private:
  MemoryStore& store_;
  std::shared_ptr<MemoryData> data_;
  bool write_;
  bool audit_fails_;
  bool committed_ = false;
  Repositories r_;  // over *data_
};

MemoryStore::MemoryStore() : data_(std::make_shared<const MemoryData>()) {}
MemoryStore::~MemoryStore() = default;

Result<std::unique_ptr<UnitOfWork>> MemoryStore::begin(Toegang toegang) {
  std::lock_guard lock(mutex_);
  return std::unique_ptr<UnitOfWork>(std::make_unique<MemoryUnitOfWork>(
      *this, *data_, toegang == Toegang::kSchrijven, audit_fails_));
}

std::shared_ptr<MemoryStore> MemoryStore::clone() const {
  auto copy = std::make_shared<MemoryStore>();
  std::lock_guard lock(mutex_);
  copy->data_ = data_;
  return copy;
}

Result<void> MemoryStore::migrate(int /*tot_versie*/) { return Ok(); }
Result<int> MemoryStore::schema_version() { return kAlleMigraties; }

void MemoryStore::set_audit_fails(bool fails) {
  std::lock_guard lock(mutex_);
  audit_fails_ = fails;
}

std::int64_t MemoryStore::commits() const {
  std::lock_guard lock(mutex_);
  return commits_;
}

void MemoryStore::publish(std::shared_ptr<const MemoryData> data) {
  std::lock_guard lock(mutex_);
  data_ = std::move(data);
  ++commits_;
}

}  // namespace regie::fake

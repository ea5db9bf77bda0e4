#include "service/beheer_service.hpp"

namespace regie::service {
namespace {

std::atomic<std::int64_t>& lopende_imports() {
  static std::atomic<std::int64_t> teller{0};
  return teller;
}

}  // namespace

Gereedheid BeheerService::gereedheid() const {
  Gereedheid out;
  out.nieuwste_migratie = store_->nieuwste_migratie();
  {
    // The connection goes back before the next question.
    auto uow = store_->begin(Toegang::kLezen);
    if (!uow.ok()) {
      out.fout = uow.error().key + ": " + uow.error().detail;
      return out;
    }
  }
  auto versie = store_->schema_version();
  if (!versie.ok()) {
    out.fout = versie.error().key + ": " + versie.error().detail;
    return out;
  }
  out.database = true;
  out.schema_versie = *versie;
  out.migraties_actueel = out.schema_versie == out.nieuwste_migratie;
  return out;
}

std::int64_t BeheerService::imports_lopend() {
  return lopende_imports().load(std::memory_order_relaxed);
}

LopendeImport::LopendeImport() { lopende_imports().fetch_add(1, std::memory_order_relaxed); }
LopendeImport::~LopendeImport() { lopende_imports().fetch_sub(1, std::memory_order_relaxed); }

}  // namespace regie::service

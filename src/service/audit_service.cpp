#include "service/audit_service.hpp"

#include <spdlog/spdlog.h>

#include "core/text.hpp"
#include "domain/audit/audit_repository.hpp"
#include "service/crypto.hpp"

namespace regie::service {

Result<void> append_audit(UnitOfWork& uow, const Clock& clock, const std::string& actor,
                          const std::string& actie, const std::string& object,
                          const std::string& resultaat, const std::string& herkomst) {
  REGIE_TRY(uow.audit().lock());
  REGIE_ASSIGN_OR_RETURN(auto last, uow.audit().last());
  audit::Entry entry;
  entry.tijdstip = clock.now_iso();
  // The text fields carry outside input (a typed user name, an address): one line each, with
  // every control character visible.
  entry.actor = actor.empty() ? "systeem" : escape_for_log(actor);
  entry.actie = escape_for_log(actie);
  entry.object = escape_for_log(object);
  entry.resultaat = escape_for_log(resultaat);
  entry.herkomst = escape_for_log(herkomst);
  entry.vorige_hash = last ? last->hash : std::string(audit::kGenesisHash);
  entry.hash = sha256_hex(audit::canonical(entry));
  return uow.audit().append(entry);
}

std::string resultaat_code(const Error& error) {
  switch (error.code) {
    case ErrorCode::kInvalid:
      return "ongeldig";
    case ErrorCode::kNotFound:
      return "niet_gevonden";
    case ErrorCode::kStale:
      return "verouderd";
    case ErrorCode::kConflict:
      return "conflict";
    case ErrorCode::kForbidden:
      return "geweigerd";
    case ErrorCode::kUnauthenticated:
      return "niet_ingelogd";
    case ErrorCode::kTooManyRequests:
      return "te_veel_pogingen";
    case ErrorCode::kStorage:
      return "opslagfout";
    case ErrorCode::kCorrupt:
      return "onleesbaar";
  }
  return "fout";
}

void AuditService::record_refusal(const Context& ctx, const std::string& actie,
                                  const std::string& object, const Error& error) {
  // A storage failure usually means nothing can be written now, the audit line included.
  if (error.code == ErrorCode::kStorage) return;
  auto uow = store_->begin(Toegang::kSchrijven);
  Result<void> written = uow.ok() ? append_audit(**uow, *logklok_, auth::audit_naam(ctx.actor),
                                                 actie, object, resultaat_code(error), ctx.herkomst)
                                  : Result<void>(uow.error());
  if (written.ok()) written = (*uow)->commit();
  if (!written.ok()) {
    // The refusal itself was answered; only its audit line is lost, and that must be seen.
    spdlog::error("auditregel van geweigerde actie {} op {} niet vastgelegd: {}",
                  escape_for_log(actie), escape_for_log(object),
                  escape_for_log(written.error().detail));
  }
}

Result<audit::ChainCheck> AuditService::verify() {
  constexpr std::int64_t kBatch = 1000;
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  audit::ChainCheck total;
  std::string previous(audit::kGenesisHash);
  std::int64_t after = 0;
  while (true) {
    REGIE_ASSIGN_OR_RETURN(auto batch, uow->audit().list(after, kBatch));
    if (batch.empty()) break;
    auto check = audit::verify(batch, sha256_hex, previous);
    total.checked += check.checked;
    if (check.first_broken_id) {
      total.first_broken_id = check.first_broken_id;
      total.reason = check.reason;
      return total;
    }
    previous = batch.back().hash;
    after = batch.back().id;
  }
  return total;
}

std::string object_id(const char* soort, Id id) {
  return std::string(soort) + "/" + std::to_string(id);
}

}  // namespace regie::service

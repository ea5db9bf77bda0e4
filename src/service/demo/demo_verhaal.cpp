#include "service/demo/demo_verhaal.hpp"

#include <string>
#include <utility>

#include "domain/auth/account_repository.hpp"
#include "service/auth_service.hpp"

namespace regie::service {
namespace {

// A unit of work inside the demo's one open transaction: it hands out that transaction's
// repositories and leaves committing (or rolling back) to the demo.
class Binnen final : public UnitOfWork {
 public:
  explicit Binnen(UnitOfWork& buiten) : buiten_(buiten) {}
  RegisterRepository& registry() override { return buiten_.registry(); }
  CollectiefRepository& collectief() override { return buiten_.collectief(); }
  AccountRepository& accounts() override { return buiten_.accounts(); }
  AuditRepository& audit() override { return buiten_.audit(); }
  OpdrachtRepository& opdrachten() override { return buiten_.opdrachten(); }
  SignaalRepository& signalen() override { return buiten_.signalen(); }
  InterneAfstemmingRepository& interne_afstemmingen() override {
    return buiten_.interne_afstemmingen();
  }
  ZelfbeoordelingRepository& zelfbeoordelingen() override { return buiten_.zelfbeoordelingen(); }
  CyclusRepository& cyclus() override { return buiten_.cyclus(); }
  RondeRepository& rondes() override { return buiten_.rondes(); }
  BeleidsdoelRepository& beleidsdoelen() override { return buiten_.beleidsdoelen(); }
  CatalogusRepository& catalogus() override { return buiten_.catalogus(); }
  ProgrammaRepository& programmas() override { return buiten_.programmas(); }
  KoppelingRepository& koppelingen() override { return buiten_.koppelingen(); }
  RealisatieRepository& realisaties() override { return buiten_.realisaties(); }
  AfwijkingRepository& afwijkingen() override { return buiten_.afwijkingen(); }
  MetingRepository& metingen() override { return buiten_.metingen(); }
  Result<void> commit() override { return Ok(); }
  Result<std::string> datastand() override { return buiten_.datastand(); }

 private:
  UnitOfWork& buiten_;
};

// The store the story's services see: every unit of work is the demo's transaction.
class BinnenStore final : public Store {
 public:
  BinnenStore(UnitOfWork& uow, std::string dialect) : uow_(uow), dialect_(std::move(dialect)) {}
  Result<std::unique_ptr<UnitOfWork>> begin(Toegang) override {
    return std::unique_ptr<UnitOfWork>(std::make_unique<Binnen>(uow_));
  }
  Result<void> migrate(int) override {
    return Error{
        ErrorCode::kConflict, "fout.demo_migratie", "niet tijdens het laden van de demo", {}};
  }
  Result<int> schema_version() override {
    return Error{
        ErrorCode::kConflict, "fout.demo_migratie", "niet tijdens het laden van de demo", {}};
  }
  // The story runs inside the demo's one transaction: it neither migrates nor holds a
  // connection of its own.
  int nieuwste_migratie() const override { return 0; }
  std::int64_t verbindingen_in_gebruik() const override { return 0; }
  Result<std::string> datastand() override {
    return Error{
        ErrorCode::kConflict, "fout.demo_migratie", "niet tijdens het laden van de demo", {}};
  }
  std::string dialect() const override { return dialect_; }

 private:
  UnitOfWork& uow_;
  std::string dialect_;
};

// The clock of the demo's own transaction, for the log's times.
class Doorgeefklok final : public Clock {
 public:
  explicit Doorgeefklok(const Clock& klok) : klok_(klok) {}
  std::chrono::system_clock::time_point now() const override { return klok_.now(); }

 private:
  const Clock& klok_;
};

}  // namespace

class DemoVerhaal::Klok final : public Clock {
 public:
  std::chrono::system_clock::time_point now() const override { return moment_; }
  void zet(std::chrono::system_clock::time_point moment) { moment_ = moment; }

 private:
  std::chrono::system_clock::time_point moment_{};
};

DemoVerhaal::DemoVerhaal(UnitOfWork& uow, const Store& store, const Clock& nu,
                         const DemoKalender& kalender)
    : uow_(uow),
      kalender_(kalender),
      klok_(std::make_shared<Klok>()),
      binnen_(std::make_shared<BinnenStore>(uow, store.dialect())),
      audit_(std::make_shared<AuditService>(binnen_, klok_, std::make_shared<Doorgeefklok>(nu))),
      opdrachten_(std::make_unique<OpdrachtService>(binnen_, audit_)),
      signalen_(std::make_unique<SignaalService>(binnen_, audit_)),
      interne_afstemmingen_(std::make_unique<InterneAfstemmingService>(binnen_, audit_)),
      cyclus_(std::make_unique<BeleidscyclusService>(binnen_, audit_)),
      beleidsdoelen_(std::make_unique<BeleidsdoelService>(binnen_, audit_)),
      catalogus_(std::make_unique<CatalogusService>(binnen_, audit_)),
      programmas_(std::make_unique<ProgrammaService>(binnen_, audit_)),
      koppelingen_(std::make_unique<KoppelingService>(binnen_, audit_)),
      realisaties_(std::make_unique<RealisatieService>(binnen_, audit_, klok_)),
      afwijkingen_(std::make_unique<AfwijkingService>(binnen_, audit_)),
      metingen_(std::make_unique<MetingService>(binnen_, audit_)) {}

DemoVerhaal::~DemoVerhaal() = default;

void DemoVerhaal::op(std::string_view moment) {
  // The story's moments are written by the demo itself: one that does not read is a bug.
  klok_->zet(*parse_moment(kalender_.tijdstip(moment)));
}

Result<Context> DemoVerhaal::als(std::string_view naam) {
  REGIE_ASSIGN_OR_RETURN(auto gebruiker, uow_.accounts().find(std::string(naam)));
  if (!gebruiker) return Error::not_found("demo-account " + std::string(naam));
  REGIE_ASSIGN_OR_RETURN(auto actor, actor_van(uow_, *gebruiker, klok_->vandaag()));
  return Context{std::move(actor), "demo"};
}

Result<opdrachten::Opdracht> DemoVerhaal::stap(const Context& ctx,
                                               const opdrachten::Opdracht& opdracht,
                                               opdrachten::Stap stap, const std::string& reden) {
  return opdrachten_->create_overgang(ctx, opdracht.id, opdracht.versie,
                                      {{"stap", std::string(code(stap))}, {"reden", reden}});
}

}  // namespace regie::service

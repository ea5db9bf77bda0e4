// The store contract of the AuditRepository (domain/audit/audit_repository.hpp): the hash chain,
// written through the AuditService.
#include <gtest/gtest.h>

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "contract_fixture.hpp"
#include "domain/audit/chain.hpp"
#include "domain/auth/actor.hpp"
#include "service/audit_service.hpp"
#include "service/clock.hpp"
#include "service/context.hpp"

namespace regie::store_contract {
namespace {

const service::Context kBeheerder = [] {
  auto actor = auth::systeem_actor();
  actor.gebruiker_id = 1;
  actor.naam = "beheerder";
  return service::Context{actor, "test 127.0.0.1"};
}();

// Writes six audited operations through the AuditService: three that succeed and three that
// are refused (by validation, by authorization and by the store's uniqueness rule).
Result<void> schrijf_auditvoorbeelden(service::AuditService& audit) {
  using Werk = std::function<Result<bool>(UnitOfWork&, std::string&)>;
  Id regio_id = 0;
  const Werk maak_regio = [&](UnitOfWork& uow, std::string& object) -> Result<bool> {
    REGIE_ASSIGN_OR_RETURN(regio_id, uow.registry().create_regio(Regio{.naam = "Regio Audit"}));
    object = "regio/" + std::to_string(regio_id);
    return true;
  };
  auto maak_organisatie = [&](std::string naam) -> Werk {
    return [&regio_id, naam](UnitOfWork& uow, std::string&) -> Result<bool> {
      REGIE_TRY(uow.registry().create_organisatie(organisatie(regio_id, naam)));
      return true;
    };
  };
  // Does its work, then refuses: the work must not survive.
  auto weiger_na = [&](std::string naam, Error fout) -> Werk {
    return [&regio_id, naam, fout](UnitOfWork& uow, std::string&) -> Result<bool> {
      REGIE_TRY(uow.registry().create_organisatie(organisatie(regio_id, naam)));
      return fout;
    };
  };
  struct Stap {
    std::string actie;
    std::string object;
    Werk werk;
    std::optional<ErrorCode> verwacht;
  };
  const std::vector<Stap> stappen = {
      {"regio.aanmaken", "regio", maak_regio, std::nullopt},
      {"organisatie.aanmaken", "organisatie", maak_organisatie("Gemeente Echt"), std::nullopt},
      {"organisatie.aanmaken", "organisatie",
       weiger_na("Gemeente Spook", Error::invalid({FieldError{"inwonertal", "fout.getal"}})),
       ErrorCode::kInvalid},
      {"regio.wijzigen", "regio", weiger_na("Gemeente Spook Twee", Error::forbidden("test")),
       ErrorCode::kForbidden},
      {"organisatie.aanmaken", "organisatie", maak_organisatie("Gemeente Echt"),
       ErrorCode::kConflict},  // the store's uniqueness rule
      {"organisatie.aanmaken", "organisatie", maak_organisatie("Gemeente Tweede"), std::nullopt},
  };
  for (const auto& stap : stappen) {
    auto result = audit.write<bool>(kBeheerder, stap.actie, stap.object, stap.werk);
    if (!stap.verwacht && !result.ok()) return std::move(result).error();
    if (stap.verwacht && (result.ok() || result.error().code != *stap.verwacht)) {
      return Error::storage(stap.actie + ": niet geweigerd met " +
                            ::testing::PrintToString(*stap.verwacht));
    }
  }
  return Ok();
}

TEST_P(StoreContractTest, AuditlogLegtGeslaagdEnGeweigerdWerkVastInEenSluitendeKeten) {
  auto audit = std::make_shared<service::AuditService>(store_, service::system_clock());
  ASSERT_OK(schrijf_auditvoorbeelden(*audit));

  ASSERT_OK_AND_ASSIGN(auto regels, auditregels());
  ASSERT_EQ(regels.size(), 6u);
  std::vector<std::string> resultaten;
  for (const auto& regel : regels) resultaten.push_back(regel.resultaat);
  EXPECT_EQ(resultaten, (std::vector<std::string>{"gelukt", "gelukt", "ongeldig", "geweigerd",
                                                  "conflict", "gelukt"}));
  EXPECT_EQ(regels[0].actie, "regio.aanmaken");
  EXPECT_EQ(regels[0].object.rfind("regio/", 0), 0u);
  EXPECT_NE(regels[0].object, "regio/");
  EXPECT_EQ(regels[3].actie, "regio.wijzigen");
  EXPECT_EQ(regels[0].vorige_hash, audit::kGenesisHash);
  for (std::size_t i = 0; i < regels.size(); ++i) {
    SCOPED_TRACE("regel " + std::to_string(regels[i].id));
    EXPECT_EQ(regels[i].actor, "beheerder");
    EXPECT_EQ(regels[i].herkomst, "test 127.0.0.1");
    EXPECT_EQ(regels[i].tijdstip.size(), 20u);
    EXPECT_EQ(regels[i].tijdstip.back(), 'Z');
    EXPECT_EQ(regels[i].hash.size(), 64u);
    if (i > 0) {
      EXPECT_GT(regels[i].id, regels[i - 1].id);
      EXPECT_EQ(regels[i].vorige_hash, regels[i - 1].hash);
    }
  }

  // Refused work left nothing behind; its audit line is all that remains of it.
  ASSERT_OK_AND_ASSIGN(
      auto organisaties, lees([](UnitOfWork& uow) -> Result<std::vector<std::string>> {
        REGIE_ASSIGN_OR_RETURN(auto regios, uow.registry().list_regios());
        if (regios.size() != 1) return Error::storage("verwacht één regio");
        REGIE_ASSIGN_OR_RETURN(auto page, uow.registry().list_organisaties(
                                              OrganisatieQuery{.regio_id = regios[0].id}));
        return namen(page);
      }));
  EXPECT_EQ(organisaties, (std::vector<std::string>{"Gemeente Echt", "Gemeente Tweede"}));

  ASSERT_OK_AND_ASSIGN(audit::ChainCheck check, audit->verify());
  EXPECT_EQ(check.checked, 6);
  EXPECT_EQ(check.first_broken_id, std::nullopt);
  EXPECT_EQ(check.reason, "");
}

TEST_P(StoreContractTest, GewijzigdeAuditregelWordtDoorVerifyBijNaamAangewezen) {
  auto audit = std::make_shared<service::AuditService>(store_, service::system_clock());
  ASSERT_OK(schrijf_auditvoorbeelden(*audit));
  ASSERT_OK_AND_ASSIGN(auto regels, auditregels());
  ASSERT_EQ(regels.size(), 6u);
  const audit::Entry& weigering = regels[2];
  ASSERT_EQ(weigering.resultaat, "ongeldig");

  // Someone with database access turns a refusal into a success.
  ASSERT_OK(voer_sql_uit_buiten_de_store("UPDATE audit_log SET resultaat = 'gelukt' WHERE id = " +
                                         std::to_string(weigering.id)));
  ASSERT_OK_AND_ASSIGN(auto na, auditregels());
  ASSERT_EQ(na.size(), 6u);
  ASSERT_EQ(na[2].resultaat, "gelukt");

  ASSERT_OK_AND_ASSIGN(audit::ChainCheck check, audit->verify());
  EXPECT_EQ(check.first_broken_id, std::optional<std::int64_t>{weigering.id});
  EXPECT_EQ(check.reason, "audit.hash_klopt_niet");
  EXPECT_EQ(check.checked, 2);
}

TEST_P(StoreContractTest, VerwijderdeAuditregelBreektDeSchakelNaarDeVolgende) {
  auto audit = std::make_shared<service::AuditService>(store_, service::system_clock());
  ASSERT_OK(schrijf_auditvoorbeelden(*audit));
  ASSERT_OK_AND_ASSIGN(auto regels, auditregels());
  ASSERT_EQ(regels.size(), 6u);

  ASSERT_OK(voer_sql_uit_buiten_de_store("DELETE FROM audit_log WHERE id = " +
                                         std::to_string(regels[3].id)));
  ASSERT_OK_AND_ASSIGN(auto na, auditregels());
  ASSERT_EQ(na.size(), 5u);

  ASSERT_OK_AND_ASSIGN(audit::ChainCheck check, audit->verify());
  EXPECT_EQ(check.first_broken_id, std::optional<std::int64_t>{regels[4].id});
  EXPECT_EQ(check.reason, "audit.schakel_ontbreekt");
  EXPECT_EQ(check.checked, 3);
}

TEST_P(StoreContractTest, GelijktijdigeSchrijversHoudenDeAuditketenLineair) {
  constexpr int kSchrijvers = 4;
  constexpr int kPerSchrijver = 25;
  ASSERT_OK_AND_ASSIGN(Id regio_id, nieuwe_regio("Regio Druk"));
  auto audit = std::make_shared<service::AuditService>(store_, service::system_clock());

  std::atomic<int> gelukt{0};
  std::mutex fouten_mutex;
  std::vector<std::string> fouten;
  std::vector<std::thread> schrijvers;
  for (int s = 0; s < kSchrijvers; ++s) {
    schrijvers.emplace_back([&, s] {
      for (int i = 0; i < kPerSchrijver; ++i) {
        std::string naam = "Gemeente S" + std::to_string(s) + "-" + std::to_string(i);
        auto result = audit->write<Id>(
            kBeheerder, "organisatie.aanmaken", "organisatie",
            [&](UnitOfWork& uow, std::string& object) -> Result<Id> {
              REGIE_ASSIGN_OR_RETURN(
                  Id id, uow.registry().create_organisatie(organisatie(regio_id, naam)));
              object = "organisatie/" + std::to_string(id);
              return id;
            });
        if (result.ok()) {
          ++gelukt;
        } else {
          std::lock_guard lock(fouten_mutex);
          fouten.push_back(naam + ": " + omschrijf(result.error()));
        }
      }
    });
  }
  for (auto& schrijver : schrijvers) schrijver.join();

  EXPECT_EQ(gelukt.load(), kSchrijvers * kPerSchrijver);
  EXPECT_EQ(fouten, std::vector<std::string>{});
  ASSERT_OK_AND_ASSIGN(audit::ChainCheck check, audit->verify());
  EXPECT_EQ(check.checked, kSchrijvers * kPerSchrijver);
  EXPECT_EQ(check.first_broken_id, std::nullopt) << check.reason;

  ASSERT_OK_AND_ASSIGN(auto regels, auditregels());
  std::set<std::string> objecten;
  for (const auto& regel : regels) objecten.insert(regel.object);
  EXPECT_EQ(objecten.size(), static_cast<std::size_t>(kSchrijvers * kPerSchrijver));
  ASSERT_OK_AND_ASSIGN(
      auto organisaties, lees([&](UnitOfWork& uow) {
        return uow.registry().list_organisaties(OrganisatieQuery{.regio_id = regio_id});
      }));
  EXPECT_EQ(organisaties.total, kSchrijvers * kPerSchrijver);
}

}  // namespace
}  // namespace regie::store_contract

#include "service/audit_service.hpp"

#include "domain/audit/audit_repository.hpp"
#include "service_fixture.hpp"

namespace regie::service {
namespace {

using governance::RolSoort;

class AuditServiceTest : public ServiceTest {};

TEST_F(AuditServiceTest, GeslaagdeSchrijfactieCommitMetHaarRegel) {
  auto voor = audit_regels().size();
  auto result = audit_->write<int>(als_beheerder(), "proef.actie", "proef/1",
                                   [](UnitOfWork&, std::string&) -> Result<int> { return 7; });
  ASSERT_TRUE(result.ok());
  ASSERT_EQ(audit_regels().size(), voor + 1);
  EXPECT_EQ(laatste_audit().actie, "proef.actie");
  EXPECT_EQ(laatste_audit().actor, "tester");
  EXPECT_EQ(laatste_audit().herkomst, "test");
  auto check = audit_->verify();
  ASSERT_TRUE(check.ok());
  EXPECT_FALSE(check->first_broken_id.has_value());
  EXPECT_EQ(check->checked, static_cast<std::int64_t>(voor + 1));
}

// A refused write rolls back and records the refusal in a transaction of its own.
TEST_F(AuditServiceTest, GeweigerdeSchrijfactieLaatAlleenDeWeigeringAchter) {
  auto voor = lezen()->registry().list_regios()->size();
  auto result = audit_->write<int>(als(RolSoort::kMedewerker, kOd), "proef.actie", "proef/1",
                                   [](UnitOfWork& uow, std::string&) -> Result<int> {
                                     governance::Regio regio;
                                     regio.naam = "Mag niet blijven";
                                     REGIE_TRY(uow.registry().create_regio(regio));
                                     return Error::forbidden("proef");
                                   });
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(lezen()->registry().list_regios()->size(), voor);
  EXPECT_EQ(laatste_audit().resultaat, "geweigerd");
}

// A storage failure is not followed by a refusal line: nothing can be written now.
TEST_F(AuditServiceTest, OpslagfoutSchrijftGeenRegel) {
  auto voor = audit_regels().size();
  auto result = audit_->write<int>(
      als_beheerder(), "proef.actie", "proef/1",
      [](UnitOfWork&, std::string&) -> Result<int> { return Error::storage("schijf vol"); });
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(audit_regels().size(), voor);
}

TEST_F(AuditServiceTest, DemoLadenKanMaarEenKeer) {
  auto opnieuw = DemoService(store_, audit_).load();
  ASSERT_FALSE(opnieuw.ok());
  EXPECT_EQ(opnieuw.error().code, ErrorCode::kConflict);
  EXPECT_EQ(lezen()->registry().list_regios()->size(), 1U);
}

}  // namespace
}  // namespace regie::service

#include "service/governance_service.hpp"

#include "domain/governance/collectief_repository.hpp"
#include "service_fixture.hpp"

namespace regie::service {
namespace {

using auth::Gebruikersrol;

class GovernanceServiceTest : public ServiceTest {
 protected:
  GovernanceService service() { return GovernanceService(store_, audit_); }

  std::size_t aantal() {
    return lezen()->collectief().list_vertegenwoordigingen(regio_id())->size();
  }

  // A second gemeente next to Beekdal.
  std::string andere_gemeente() {
    auto page = lezen()->registry().list_organisaties(OrganisatieQuery{.regio_id = regio_id()});
    for (const auto& o : page->items) {
      if (o.soort == governance::OrganisatieSoort::kGemeente && o.naam != kBeekdal) return o.naam;
    }
    return {};
  }

  Fields vertegenwoordiging() {
    return {{"opdrachtgeverId", std::to_string(organisatie_id(kBeekdal))},
            {"vertegenwoordigdeId", std::to_string(organisatie_id(andere_gemeente()))}};
  }
};

// GOV-6: the beheerder or the opdrachtgever of either side records a vertegenwoordiging.
TEST_F(GovernanceServiceTest, VertegenwoordigingVastleggenWeigertAndereRollen) {
  auto voor = aantal();
  for (auto rol : {Gebruikersrol::kMedewerker, Gebruikersrol::kBestuurder,
                   Gebruikersrol::kAccountmanager, Gebruikersrol::kDirectie}) {
    auto v = service().create_vertegenwoordiging(als(rol), vertegenwoordiging());
    ASSERT_FALSE(v.ok());
    EXPECT_EQ(v.error().code, ErrorCode::kForbidden);
    EXPECT_EQ(laatste_audit().resultaat, "geweigerd");
  }
  EXPECT_EQ(aantal(), voor);
}

TEST_F(GovernanceServiceTest, VertegenwoordigingVastleggenSchrijftAuditregel) {
  auto v =
      service().create_vertegenwoordiging(als(Gebruikersrol::kBeheerder), vertegenwoordiging());
  ASSERT_TRUE(v.ok()) << v.error().detail;
  EXPECT_EQ(laatste_audit().actie, "vertegenwoordiging.aanmaken");
  EXPECT_EQ(laatste_audit().object, "vertegenwoordiging/" + std::to_string(v->id));
}

TEST_F(GovernanceServiceTest, VerwijderenOpVerouderdeVersieIsStale) {
  auto beheerder = als(Gebruikersrol::kBeheerder);
  auto v = service().create_vertegenwoordiging(beheerder, vertegenwoordiging());
  ASSERT_TRUE(v.ok());
  auto f = vertegenwoordiging();
  f["mandaatScope"] = "Toezicht";
  ASSERT_TRUE(service().update_vertegenwoordiging(beheerder, v->id, v->versie, f).ok());
  auto weg = service().delete_vertegenwoordiging(beheerder, v->id, v->versie);
  ASSERT_FALSE(weg.ok());
  EXPECT_EQ(weg.error().code, ErrorCode::kStale);
  EXPECT_TRUE(lezen()->collectief().get_vertegenwoordiging(v->id).ok());
}

// GOV-8: only the beheerder names the regisseur.
TEST_F(GovernanceServiceTest, RegisseurZettenAlleenDoorBeheerder) {
  auto voor = lezen()->collectief().get_projectgroep(regio_id());
  ASSERT_TRUE(voor.ok());
  auto versie = *voor ? (*voor)->versie : 0;
  auto gezet =
      service().update_projectgroep(als(Gebruikersrol::kOpdrachtgever, kBeekdal), versie, {});
  ASSERT_FALSE(gezet.ok());
  EXPECT_EQ(gezet.error().code, ErrorCode::kForbidden);
  auto na = lezen()->collectief().get_projectgroep(regio_id());
  EXPECT_EQ((*na ? (*na)->versie : 0), versie);
}

}  // namespace
}  // namespace regie::service

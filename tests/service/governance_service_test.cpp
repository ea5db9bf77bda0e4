#include "service/governance_service.hpp"

#include "domain/governance/collectief_repository.hpp"
#include "service_fixture.hpp"

namespace regie::service {
namespace {

using governance::RolSoort;

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

  Id persoon_id(const std::string& naam) {
    PersoonQuery q;
    q.regio_id = regio_id();
    q.zoek = naam;
    auto page = lezen()->registry().list_personen(q);
    for (const auto& regel : page->items) {
      if (regel.persoon.naam == naam) return regel.persoon.id;
    }
    ADD_FAILURE() << "geen persoon " << naam;
    return 0;
  }

  // Beekdal represents `vertegenwoordigde` with a complete mandaat granted by `verleend_door`.
  Fields mandaat(const std::string& vertegenwoordigde, const std::string& verleend_door) {
    return {{"opdrachtgeverId", std::to_string(organisatie_id(kBeekdal))},
            {"vertegenwoordigdeId", std::to_string(organisatie_id(vertegenwoordigde))},
            {"mandaatVerleendDoor", std::to_string(persoon_id(verleend_door))},
            {"mandaatVerleendOp", "2026-11-20"},
            {"mandaatScope", "Opdrachtverlening VTH"},
            {"mandaatVan", "2027-01-01"},
            {"mandaatTot", "2027-12-31"}};
  }
};

// GOV-6: a mandaat is the vertegenwoordigde's to give. Beekdal's opdrachtgever cannot record
// itself as the representative of Zandhorst (with a mandaat "granted" by its own wethouder); the
// opdrachtgever of Molenbroek records Beekdal as its representative, granted by Molenbroek's
// bestuurlijk opdrachtgever.
TEST_F(GovernanceServiceTest, AlleenDeVertegenwoordigdeLegtHaarMandaatVast) {
  auto voor = aantal();
  auto beekdal = als(RolSoort::kAmbtelijkOpdrachtgever, kBeekdal);
  auto zandhorst = service().create_vertegenwoordiging(
      beekdal, mandaat("Gemeente Zandhorst", "Wethouder Hanneke Brouwer"));
  ASSERT_FALSE(zandhorst.ok());
  EXPECT_EQ(zandhorst.error().code, ErrorCode::kForbidden);
  EXPECT_EQ(laatste_audit().resultaat, "geweigerd");
  EXPECT_EQ(aantal(), voor);

  auto molenbroek = als(RolSoort::kAmbtelijkOpdrachtgever, "Gemeente Molenbroek");
  auto v = service().create_vertegenwoordiging(
      molenbroek, mandaat("Gemeente Molenbroek", "Wethouder Henk Molenaar"));
  ASSERT_TRUE(v.ok()) << v.error().key << " " << v.error().detail;
  EXPECT_EQ(aantal(), voor + 1);
  // The representing side may not change or remove it either.
  auto f = mandaat("Gemeente Molenbroek", "Wethouder Henk Molenaar");
  f["mandaatScope"] = "Alles";
  auto gewijzigd = service().update_vertegenwoordiging(beekdal, v->id, v->versie, f);
  ASSERT_FALSE(gewijzigd.ok());
  EXPECT_EQ(gewijzigd.error().code, ErrorCode::kForbidden);
  auto weg = service().delete_vertegenwoordiging(beekdal, v->id, v->versie);
  ASSERT_FALSE(weg.ok());
  EXPECT_EQ(weg.error().code, ErrorCode::kForbidden);
  EXPECT_EQ(aantal(), voor + 1);
}

// GOV-6: only the vertegenwoordigde's bestuurlijk opdrachtgever can have granted the mandaat,
// whoever records it: not the ambtelijk opdrachtgever, not a wethouder of another gemeente.
TEST_F(GovernanceServiceTest, MandaatVanIemandZonderBestuurlijkOpdrachtgeverschapIsOngeldig) {
  auto voor = aantal();
  auto beheerder = als_beheerder();
  for (const char* verlener : {"Esther Kramer", "Wethouder Hanneke Brouwer"}) {
    SCOPED_TRACE(verlener);
    auto v =
        service().create_vertegenwoordiging(beheerder, mandaat("Gemeente Molenbroek", verlener));
    ASSERT_FALSE(v.ok());
    EXPECT_EQ(v.error().code, ErrorCode::kInvalid);
    ASSERT_EQ(v.error().fields.size(), 1u);
    EXPECT_EQ(v.error().fields[0].field, "mandaatVerleendDoor");
    EXPECT_EQ(v.error().fields[0].key, "fout.geen_mandaatgever");
  }
  // Granted before the wethouder held the rol (the demo's rollen start on 1-1-2023).
  auto te_vroeg = mandaat("Gemeente Molenbroek", "Wethouder Henk Molenaar");
  te_vroeg["mandaatVerleendOp"] = "2022-12-31";
  auto v = service().create_vertegenwoordiging(beheerder, te_vroeg);
  ASSERT_FALSE(v.ok());
  EXPECT_EQ(v.error().code, ErrorCode::kInvalid);
  EXPECT_EQ(aantal(), voor);
}

// Authorization before validation and before the version: who may not write hears 403, also
// with an invalid body or an old version.
TEST_F(GovernanceServiceTest, WieNietMagHoortDatVoorFoutenInDeInvoerOfDeVersie) {
  auto beekdal = als(RolSoort::kAmbtelijkOpdrachtgever, kBeekdal);
  auto ongeldig = mandaat("Gemeente Zandhorst", "Wethouder Hanneke Brouwer");
  ongeldig["mandaatVerleendOp"] = "31-02-2026";
  ongeldig["mandaatTot"] = "2020-01-01";
  auto nieuw = service().create_vertegenwoordiging(beekdal, ongeldig);
  ASSERT_FALSE(nieuw.ok());
  EXPECT_EQ(nieuw.error().code, ErrorCode::kForbidden);

  auto beheerder = als_beheerder();
  auto v = service().create_vertegenwoordiging(beheerder, vertegenwoordiging());
  ASSERT_TRUE(v.ok());
  auto oud = service().update_vertegenwoordiging(beekdal, v->id, v->versie + 5, ongeldig);
  ASSERT_FALSE(oud.ok());
  EXPECT_EQ(oud.error().code, ErrorCode::kForbidden);
  auto weg = service().delete_vertegenwoordiging(beekdal, v->id, v->versie + 5);
  ASSERT_FALSE(weg.ok());
  EXPECT_EQ(weg.error().code, ErrorCode::kForbidden);
}

// GOV-6: the beheerder or the vertegenwoordigde's own opdrachtgever records a
// vertegenwoordiging; other roles are refused.
TEST_F(GovernanceServiceTest, VertegenwoordigingVastleggenWeigertAndereRollen) {
  auto voor = aantal();
  for (const char* account : {"medewerker", "bestuurder", "accountmanager", "directie"}) {
    auto v = service().create_vertegenwoordiging(als_account(account), vertegenwoordiging());
    ASSERT_FALSE(v.ok());
    EXPECT_EQ(v.error().code, ErrorCode::kForbidden);
    EXPECT_EQ(laatste_audit().resultaat, "geweigerd");
  }
  EXPECT_EQ(aantal(), voor);
}

TEST_F(GovernanceServiceTest, VertegenwoordigingVastleggenSchrijftAuditregel) {
  auto v = service().create_vertegenwoordiging(als_beheerder(), vertegenwoordiging());
  ASSERT_TRUE(v.ok()) << v.error().detail;
  EXPECT_EQ(laatste_audit().actie, "vertegenwoordiging.aanmaken");
  EXPECT_EQ(laatste_audit().object, "vertegenwoordiging/" + std::to_string(v->id));
}

TEST_F(GovernanceServiceTest, VerwijderenOpVerouderdeVersieIsStale) {
  auto beheerder = als_beheerder();
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
      service().update_projectgroep(als(RolSoort::kAmbtelijkOpdrachtgever, kBeekdal), versie, {});
  ASSERT_FALSE(gezet.ok());
  EXPECT_EQ(gezet.error().code, ErrorCode::kForbidden);
  auto na = lezen()->collectief().get_projectgroep(regio_id());
  EXPECT_EQ((*na ? (*na)->versie : 0), versie);
}

}  // namespace
}  // namespace regie::service

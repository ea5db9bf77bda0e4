#include "service/opdracht_service.hpp"

#include "domain/opdrachten/opdracht_repository.hpp"
#include "service_fixture.hpp"

namespace regie::service {
namespace {

using auth::Gebruikersrol;
using opdrachten::Opdracht;

class OpdrachtServiceTest : public ServiceTest {
 protected:
  OpdrachtService service() { return OpdrachtService(store_, audit_); }

  std::vector<Opdracht> alle() {
    return *lezen()->opdrachten().list(OpdrachtQuery{.regio_id = regio_id()});
  }

  // A concept of the opdrachtgever Gemeente Beekdal.
  Opdracht nieuw_concept() {
    auto o = service().create(als(Gebruikersrol::kOpdrachtgever, kBeekdal),
                              {{"titel", "Toezicht bodem"}, {"jaar", "2027"}}, {});
    EXPECT_TRUE(o.ok()) << (o.ok() ? "" : o.error().detail);
    return *o;
  }
};

// OPD-1: the opdrachtgever and the opdrachtnemer draw up an opdracht; nobody else.
TEST_F(OpdrachtServiceTest, OpstellenWeigertRollenZonderKant) {
  auto voor = alle().size();
  for (auto rol :
       {Gebruikersrol::kBeheerder, Gebruikersrol::kMedewerker, Gebruikersrol::kBestuurder}) {
    auto o = service().create(als(rol), {{"titel", "Toezicht bodem"}, {"jaar", "2027"}}, {});
    ASSERT_FALSE(o.ok());
    EXPECT_EQ(o.error().code, ErrorCode::kForbidden);
    EXPECT_EQ(laatste_audit().resultaat, "geweigerd");
  }
  EXPECT_EQ(alle().size(), voor);
}

TEST_F(OpdrachtServiceTest, OpstellenSchrijftOpdrachtEnAuditregel) {
  auto o = nieuw_concept();
  EXPECT_EQ(o.status, opdrachten::Status::kConcept);
  EXPECT_EQ(o.opdrachtgever_id, organisatie_id(kBeekdal));
  EXPECT_EQ(laatste_audit().actie, "opdracht.aanmaken");
  EXPECT_EQ(laatste_audit().resultaat, "gelukt");
  EXPECT_EQ(laatste_audit().object, "opdracht/" + std::to_string(o.id));
}

TEST_F(OpdrachtServiceTest, ZonderAuditregelGeenOpdracht) {
  auto voor = alle().size();
  store_->set_audit_fails(true);
  auto o = service().create(als(Gebruikersrol::kOpdrachtgever, kBeekdal),
                            {{"titel", "Toezicht bodem"}, {"jaar", "2027"}}, {});
  store_->set_audit_fails(false);
  ASSERT_FALSE(o.ok());
  EXPECT_EQ(alle().size(), voor);
}

// OPD-3: a step from a version the user no longer sees is refused as stale.
TEST_F(OpdrachtServiceTest, StapOpVerouderdeVersieIsStale) {
  auto o = nieuw_concept();
  auto og = als(Gebruikersrol::kOpdrachtgever, kBeekdal);
  auto bijgewerkt = service().update(og, o.id, o.versie,
                                     {{"titel", "Toezicht bodem en water"}, {"jaar", "2027"}}, {});
  ASSERT_TRUE(bijgewerkt.ok()) << bijgewerkt.error().detail;
  auto stap = service().create_overgang(og, o.id, o.versie, {{"stap", "aanbieden"}});
  ASSERT_FALSE(stap.ok());
  EXPECT_EQ(stap.error().code, ErrorCode::kStale);
  EXPECT_EQ(lezen()->opdrachten().get(o.id)->status, opdrachten::Status::kConcept);
  EXPECT_EQ(laatste_audit().resultaat, "verouderd");
}

TEST_F(OpdrachtServiceTest, WijzigenOpVerouderdeVersieLaatInhoudStaan) {
  auto o = nieuw_concept();
  auto og = als(Gebruikersrol::kOpdrachtgever, kBeekdal);
  ASSERT_TRUE(
      service().update(og, o.id, o.versie, {{"titel", "Eerste"}, {"jaar", "2027"}}, {}).ok());
  auto tweede = service().update(og, o.id, o.versie, {{"titel", "Tweede"}, {"jaar", "2027"}}, {});
  ASSERT_FALSE(tweede.ok());
  EXPECT_EQ(tweede.error().code, ErrorCode::kStale);
  EXPECT_EQ(lezen()->opdrachten().get(o.id)->titel, "Eerste");
}

// Another organisatie's opdrachtgever has no side in the opdracht and may not change it.
TEST_F(OpdrachtServiceTest, AndereOpdrachtgeverMagNietWijzigen) {
  auto o = nieuw_concept();
  auto anderen = lezen()->registry().list_organisaties(OrganisatieQuery{.regio_id = regio_id()});
  std::string andere;
  for (const auto& org : anderen->items) {
    if (org.soort == governance::OrganisatieSoort::kGemeente && org.naam != kBeekdal) {
      andere = org.naam;
      break;
    }
  }
  ASSERT_FALSE(andere.empty());
  auto gewijzigd = service().update(als(Gebruikersrol::kOpdrachtgever, andere), o.id, o.versie,
                                    {{"titel", "Overgenomen"}, {"jaar", "2027"}}, {});
  ASSERT_FALSE(gewijzigd.ok());
  EXPECT_TRUE(gewijzigd.error().code == ErrorCode::kForbidden ||
              gewijzigd.error().code == ErrorCode::kNotFound);
  EXPECT_EQ(lezen()->opdrachten().get(o.id)->titel, "Toezicht bodem");
}

// OPD-2: an opdrachtgever drafts maatwerk only for its own organisatie. Beekdal cannot create a
// maatwerk opdracht for Zandhorst (it would show in Zandhorst's list), nor turn its own into
// one; the opdrachtnemer side drafts for any deelnemer.
TEST_F(OpdrachtServiceTest, OpdrachtgeverSteltMaatwerkAlleenVoorDeEigenOrganisatieOp) {
  auto voor = alle().size();
  auto og = als(Gebruikersrol::kOpdrachtgever, kBeekdal);
  const std::string zandhorst = std::to_string(organisatie_id("Gemeente Zandhorst"));
  Fields maatwerk = {{"titel", "Extra toezicht"}, {"jaar", "2027"},
                     {"soort", "maatwerk"},       {"deelnemerId", zandhorst},
                     {"extraUren", "40"},         {"extraFinanciering", "4000"}};
  auto voor_ander = service().create(og, maatwerk, {});
  ASSERT_FALSE(voor_ander.ok());
  EXPECT_EQ(voor_ander.error().code, ErrorCode::kForbidden);
  EXPECT_EQ(laatste_audit().resultaat, "geweigerd");
  // Naming another opdrachtgever is refused too, rather than silently replaced.
  Fields ander_opdrachtgever = {
      {"titel", "Extra toezicht"}, {"jaar", "2027"}, {"opdrachtgeverId", zandhorst}};
  auto als_ander = service().create(og, ander_opdrachtgever, {});
  ASSERT_FALSE(als_ander.ok());
  EXPECT_EQ(als_ander.error().code, ErrorCode::kForbidden);
  EXPECT_EQ(alle().size(), voor);

  auto o = nieuw_concept();
  maatwerk["titel"] = "Toezicht bodem";
  auto verplaatst = service().update(og, o.id, o.versie, maatwerk, {});
  ASSERT_FALSE(verplaatst.ok());
  EXPECT_EQ(verplaatst.error().code, ErrorCode::kForbidden);
  EXPECT_FALSE(lezen()->opdrachten().get(o.id)->deelnemer_id.has_value());

  auto eigen = maatwerk;
  eigen["deelnemerId"] = std::to_string(organisatie_id(kBeekdal));
  EXPECT_TRUE(service().create(og, eigen, {}).ok());
  auto od = maatwerk;
  od["opdrachtgeverId"] = zandhorst;
  auto door_od = service().create(als(Gebruikersrol::kAccountmanager), od, {});
  ASSERT_TRUE(door_od.ok()) << door_od.error().key;
  EXPECT_EQ(door_od->deelnemer_id, organisatie_id("Gemeente Zandhorst"));
}

// OPD-3: who may take a step is decided before the step is read and before the version: a side
// without a part in the opdracht hears 403, also for an unknown step or an old version.
TEST_F(OpdrachtServiceTest, StapZonderKantIsGeweigerdVoorStapcodeEnVersie) {
  auto o = nieuw_concept();
  auto ander = als(Gebruikersrol::kOpdrachtgever, "Gemeente Zandhorst");
  auto medewerker = als(Gebruikersrol::kMedewerker);
  for (const auto& ctx : {ander, medewerker}) {
    for (const Fields& velden : {Fields{{"stap", "onzin"}}, Fields{{"stap", "aanbieden"}}}) {
      auto stap = service().create_overgang(ctx, o.id, o.versie + 3, velden);
      ASSERT_FALSE(stap.ok());
      EXPECT_TRUE(stap.error().code == ErrorCode::kForbidden ||
                  stap.error().code == ErrorCode::kNotFound)
          << stap.error().key;
    }
  }
  // The opdrachtnemer side may not offer: 403 before the old version.
  auto am = service().create_overgang(als(Gebruikersrol::kAccountmanager), o.id, o.versie + 3,
                                      {{"stap", "aanbieden"}});
  ASSERT_FALSE(am.ok());
  EXPECT_EQ(am.error().code, ErrorCode::kForbidden);
  // The opdrachtgever itself hears about the unknown step, then about the version.
  auto og = als(Gebruikersrol::kOpdrachtgever, kBeekdal);
  auto onbekend = service().create_overgang(og, o.id, o.versie, {{"stap", "onzin"}});
  ASSERT_FALSE(onbekend.ok());
  EXPECT_EQ(onbekend.error().code, ErrorCode::kInvalid);
  EXPECT_EQ(lezen()->opdrachten().get(o.id)->status, opdrachten::Status::kConcept);
}

}  // namespace
}  // namespace regie::service

// The uitvoeringsprogramma (UP-1, UP-2, UP-4) over the in-memory store with the demo regio
// (these tests work in 2030, a year without demo data): lines checked against the catalogue,
// the vaststelling that makes the programme and its catalogue year read-only, a bijstelling as
// a new version, and a begroting that adds up to the programme's total.
#include "service/programma_service.hpp"

#include "domain/beleidscyclus/cyclus_repository.hpp"
#include "service/catalogus_service.hpp"
#include "service_fixture.hpp"

namespace regie::service {
namespace {

using governance::RolSoort;
using programma::ProgrammaStatus;

class ProgrammaServiceTest : public ServiceTest {
 protected:
  ProgrammaService service() { return ProgrammaService(store_, audit_); }
  CatalogusService catalogus() { return CatalogusService(store_, audit_); }
  Context regisseur() { return als(RolSoort::kRegisseurBeleidscyclus, kOd); }

  void SetUp() override {
    ServiceTest::SetUp();
    for (const auto& [code, wijze, taak] :
         std::vector<std::tuple<std::string, std::string, std::string>>{
             {"VV-01", "kental", "basistaak"},
             {"RG-01", "regionaal", "basistaak"},
             {"MW-01", "maatwerk", "plustaak"}}) {
      Fields f = {{"jaar", "2030"},         {"productcode", code}, {"naam", "Product " + code},
                  {"taakveld", "toezicht"}, {"taak", taak},        {"afrekenwijze", wijze},
                  {"uurtarief", "98,50"}};
      if (wijze == "kental") f["normuren"] = "12,5";
      auto p = catalogus().create_product(regisseur(), f);
      ASSERT_TRUE(p.ok()) << p.error().key;
    }
    auto p =
        service().create(regisseur(), {{"titel", "Uitvoeringsprogramma 2030"}, {"jaar", "2030"}});
    ASSERT_TRUE(p.ok()) << p.error().key;
    programma_ = *p;
  }

  Id beekdal() { return organisatie_id("Gemeente Beekdal"); }

  programma::Uitvoeringsprogramma programma_;
};

// UP-2: lines are checked against the year's catalogue and its deelnemers; the begroting of
// the lines adds up over the deelnemers to the programme's total, with the maatwerk line apart.
TEST_F(ProgrammaServiceTest, UP2_RegelsUitDeCatalogusEnEenBegrotingDieOptelt) {
  auto og = als(RolSoort::kAmbtelijkOpdrachtgever, "Gemeente Beekdal");
  const auto b = std::to_string(beekdal());
  auto geweigerd =
      service().regel_toevoegen(og, programma_.id, programma_.versie,
                                {{"productcode", "VV-01"}, {"deelnemer", b}, {"aantal", "3"}});
  ASSERT_FALSE(geweigerd.ok());
  EXPECT_EQ(geweigerd.error().code, ErrorCode::kForbidden);
  auto onbekend = service().regel_toevoegen(regisseur(), programma_.id, programma_.versie,
                                            {{"productcode", "XX-01"}, {"aantal", "3"}});
  ASSERT_FALSE(onbekend.ok());
  EXPECT_EQ(onbekend.error().fields.at(0).key, "fout.product_niet_in_catalogus");
  auto p = service().regel_toevoegen(regisseur(), programma_.id, programma_.versie,
                                     {{"productcode", "VV-01"}, {"deelnemer", b}, {"aantal", "3"}});
  ASSERT_TRUE(p.ok()) << p.error().key;
  EXPECT_EQ(laatste_audit().actie, "programma.regel_toevoegen");
  auto dubbel = service().regel_toevoegen(
      regisseur(), p->id, p->versie, {{"productcode", "VV-01"}, {"deelnemer", b}, {"aantal", "1"}});
  ASSERT_FALSE(dubbel.ok());
  EXPECT_EQ(dubbel.error().fields.at(0).key, "fout.regel_bestaat_al");
  // A stale versie is refused.
  auto oud = service().regel_toevoegen(regisseur(), p->id, programma_.versie,
                                       {{"productcode", "RG-01"}, {"uren", "1.000"}});
  ASSERT_FALSE(oud.ok());
  EXPECT_EQ(oud.error().code, ErrorCode::kStale);
  p = service().regel_toevoegen(regisseur(), p->id, p->versie,
                                {{"productcode", "RG-01"}, {"uren", "1.000"}});
  ASSERT_TRUE(p.ok()) << p.error().key;
  p = service().regel_toevoegen(
      regisseur(), p->id, p->versie,
      {{"productcode", "MW-01"}, {"deelnemer", b}, {"uren", "40"}, {"bedrag", "4.500,00"}});
  ASSERT_TRUE(p.ok()) << p.error().key;
  auto overzicht = service().begroting(og, p->id);
  ASSERT_TRUE(overzicht.ok()) << overzicht.error().key;
  const auto& begroting = overzicht->begroting;
  EXPECT_EQ(begroting.collectief_cents, 3 * 123125 + 9'850'000);
  EXPECT_EQ(begroting.specifiek_cents, 450000);
  std::int64_t som = 0;
  for (const auto& d : begroting.deelnemers) som += d.totaal_cents;
  EXPECT_EQ(som, begroting.totaal_cents);
}

// UP-4: a vastgesteld programme refuses every edit, and so does its catalogue year; a
// bijstelling is a new concept version, and vaststellen it marks the first one vervangen.
TEST_F(ProgrammaServiceTest, UP4_VastgesteldProgrammaEnZijnCatalogusjaarZijnAlleenLezen) {
  const auto b = std::to_string(beekdal());
  auto p = service().regel_toevoegen(regisseur(), programma_.id, programma_.versie,
                                     {{"productcode", "VV-01"}, {"deelnemer", b}, {"aantal", "3"}});
  ASSERT_TRUE(p.ok()) << p.error().key;
  auto open = catalogus().catalogus(regisseur(), 2030);
  ASSERT_TRUE(open.ok());
  EXPECT_FALSE(open->vastgesteld);
  auto toekomst = service().vaststellen(
      regisseur(), p->id, p->versie,
      {{"vastgesteldDoor", "algemeen_bestuur"}, {"vastgesteldOp", "02-12-2026"}});
  ASSERT_FALSE(toekomst.ok());
  EXPECT_EQ(toekomst.error().fields.at(0).key, "fout.vastgesteld_in_toekomst");
  auto vast = service().vaststellen(
      regisseur(), p->id, p->versie,
      {{"vastgesteldDoor", "algemeen_bestuur"}, {"vastgesteldOp", "20-11-2026"}});
  ASSERT_TRUE(vast.ok()) << vast.error().key;
  EXPECT_EQ(vast->status, ProgrammaStatus::kVastgesteld);
  EXPECT_EQ(laatste_audit().actie, "programma.vaststellen");

  auto bewerkt =
      service().regel_wijzigen(regisseur(), vast->id, vast->versie, 1,
                               {{"productcode", "VV-01"}, {"deelnemer", b}, {"aantal", "5"}});
  ASSERT_FALSE(bewerkt.ok());
  EXPECT_EQ(bewerkt.error().code, ErrorCode::kConflict);
  EXPECT_EQ(bewerkt.error().key, "fout.programma_vastgesteld");
  auto c = catalogus().catalogus(regisseur(), 2030);
  ASSERT_TRUE(c.ok());
  EXPECT_TRUE(c->vastgesteld);  // the catalogue page offers no forms for it
  const auto& product = c->producten.front();
  auto cat = catalogus().delete_product(regisseur(), product.id, product.versie);
  ASSERT_FALSE(cat.ok());
  EXPECT_EQ(cat.error().key, "fout.catalogusjaar_vastgesteld");

  auto twee = service().bijstellen(regisseur(), vast->id, vast->versie,
                                   {{"reden", "Meer toezicht na de zomer"}});
  ASSERT_TRUE(twee.ok()) << twee.error().key;
  EXPECT_EQ(twee->versienummer, 2);
  twee = service().regel_wijzigen(regisseur(), twee->id, twee->versie, 1,
                                  {{"productcode", "VV-01"}, {"deelnemer", b}, {"aantal", "5"}});
  ASSERT_TRUE(twee.ok()) << twee.error().key;
  auto detail = service().programma(regisseur(), twee->id);
  ASSERT_TRUE(detail.ok());
  ASSERT_EQ(detail->verschillen.size(), 1U);
  EXPECT_EQ(detail->verschillen[0].oud->aantal, 3);
  EXPECT_EQ(detail->verschillen[0].nieuw->aantal, 5);
  twee = service().vaststellen(
      regisseur(), twee->id, twee->versie,
      {{"vastgesteldDoor", "algemeen_bestuur"}, {"vastgesteldOp", "01-12-2026"}});
  ASSERT_TRUE(twee.ok()) << twee.error().key;
  auto eerste = service().programma(regisseur(), vast->id);
  ASSERT_TRUE(eerste.ok());
  EXPECT_EQ(eerste->programma.status, ProgrammaStatus::kVervangen);
  EXPECT_FALSE(eerste->mag_bijstellen);
}

// UP-4, B8-4: the programme is the product of Big 8 step 4 of its year's round: its vaststelling
// records it on that step as an uitvoeringsprogramma adopted by the same body on the same date,
// linking to the programme; a bijstelling that is vastgesteld adds its own version.
TEST_F(ProgrammaServiceTest, UP4_B8_VastgesteldProgrammaIsProductVanStap4) {
  auto p = service().regel_toevoegen(
      regisseur(), programma_.id, programma_.versie,
      {{"productcode", "VV-01"}, {"deelnemer", std::to_string(beekdal())}, {"aantal", "3"}});
  ASSERT_TRUE(p.ok()) << p.error().key;
  auto documenten = [&]() {
    std::vector<beleidscyclus::Document> out;
    auto uow = store_->begin(Toegang::kLezen);
    EXPECT_TRUE(uow.ok());
    auto stappen = (*uow)->cyclus().list_stappen(programma_.regio_id);
    EXPECT_TRUE(stappen.ok());
    for (const auto& stap : *stappen) {
      if (stap.code != beleidscyclus::StapCode::kPlanningEnControl) continue;
      auto docs = (*uow)->cyclus().list_documenten(stap.id);
      EXPECT_TRUE(docs.ok());
      for (const auto& d : *docs) {
        if (d.periode == "2030") out.push_back(d);
      }
    }
    return out;
  };
  EXPECT_TRUE(documenten().empty());  // a concept is no product yet
  auto vast = service().vaststellen(
      regisseur(), p->id, p->versie,
      {{"vastgesteldDoor", "dagelijks_bestuur"}, {"vastgesteldOp", "20-11-2026"}});
  ASSERT_TRUE(vast.ok()) << vast.error().key;
  auto na = documenten();
  ASSERT_EQ(na.size(), 1U);
  EXPECT_EQ(na[0].titel, "Uitvoeringsprogramma 2030");
  EXPECT_EQ(na[0].soort, beleidscyclus::ProductSoort::kUitvoeringsprogramma);
  EXPECT_EQ(na[0].vastgesteld_door, beleidscyclus::Orgaan::kDagelijksBestuur);
  EXPECT_EQ(na[0].vastgesteld_op, Datum::parse_iso("2026-11-20"));
  EXPECT_EQ(na[0].link, "/programmas/" + std::to_string(vast->id));
  EXPECT_FALSE(na[0].door.empty());

  auto twee = service().bijstellen(regisseur(), vast->id, vast->versie, {{"reden", "Meer"}});
  ASSERT_TRUE(twee.ok()) << twee.error().key;
  EXPECT_EQ(documenten().size(), 1U);  // a bijstelling in concept adds nothing
  twee = service().vaststellen(
      regisseur(), twee->id, twee->versie,
      {{"vastgesteldDoor", "algemeen_bestuur"}, {"vastgesteldOp", "01-12-2026"}});
  ASSERT_TRUE(twee.ok()) << twee.error().key;
  auto beide = documenten();
  ASSERT_EQ(beide.size(), 2U);
  EXPECT_EQ(beide[1].titel, "Uitvoeringsprogramma 2030 (versie 2)");
  EXPECT_EQ(beide[1].vastgesteld_door, beleidscyclus::Orgaan::kAlgemeenBestuur);
}

}  // namespace
}  // namespace regie::service

// OPD-8: the omgevingsdienst records its interne afstemming before it accepts an opdracht.
#include "service/interne_afstemming_service.hpp"

#include "domain/audit/audit_repository.hpp"
#include "domain/opdrachten/opdracht_repository.hpp"
#include "domain/opdrachten/parse.hpp"
#include "service/opdracht_service.hpp"
#include "service_fixture.hpp"

namespace regie::service {
namespace {

class InterneAfstemmingServiceTest : public ServiceTest {
 protected:
  InterneAfstemmingService service() { return InterneAfstemmingService(store_, audit_); }
  OpdrachtService opdrachten() { return OpdrachtService(store_, audit_); }

  // A copy of the demo's accepted maatwerk opdracht of Beekdal, drafted and offered by its
  // opdrachtgever.
  opdrachten::Opdracht aangeboden() {
    auto lijst = lezen()->opdrachten().list(OpdrachtQuery{.regio_id = regio_id()});
    for (const auto& o : *lijst) {
      if (o.soort != opdrachten::Soort::kMaatwerk || o.status != opdrachten::Status::kAanvaard) {
        continue;
      }
      auto invoer = opdrachten::invoer_van(o);
      auto pieter = als_account("opdrachtgever");
      auto nieuw = opdrachten().create(pieter, invoer.velden, invoer.lijsten);
      EXPECT_TRUE(nieuw.ok()) << (nieuw.ok() ? "" : nieuw.error().key);
      auto a =
          opdrachten().create_overgang(pieter, nieuw->id, nieuw->versie, {{"stap", "aanbieden"}});
      EXPECT_TRUE(a.ok()) << (a.ok() ? "" : a.error().key);
      return *a;
    }
    ADD_FAILURE() << "de demo heeft geen maatwerkopdracht";
    return {};
  }

  static Fields afstemming(const std::string& uitkomst, const std::string& toelichting = "") {
    Fields f = Fields::Values{{"teams", "Team asbest"},
                              {"capaciteit", "Twee inspecteurs vrij vanaf april"},
                              {"effecten", "Reguliere controles schuiven een maand"},
                              {"uitkomst", uitkomst}};
    if (!toelichting.empty()) f["toelichting"] = toelichting;
    return f;
  }

  Result<opdrachten::Opdracht> aanvaarden(const opdrachten::Opdracht& o) {
    auto versie = lezen()->opdrachten().get(o.id)->versie;
    return opdrachten().create_overgang(als_account("accountmanager"), o.id, versie,
                                        {{"stap", "aanvaarden"}});
  }
};

// OPD-8: accepting waits for the afstemming; a "niet uitvoerbaar" one keeps it waiting; one with
// conditions lets it through, and the record names who, with the hat, and when.
TEST_F(InterneAfstemmingServiceTest, OPD8_AanvaardenWachtOpDeInterneAfstemming) {
  auto o = aangeboden();
  auto te_vroeg = aanvaarden(o);
  ASSERT_FALSE(te_vroeg.ok());
  EXPECT_EQ(te_vroeg.error().code, ErrorCode::kInvalid);
  EXPECT_EQ(te_vroeg.error().fields.at(0).key, "opd.interne_afstemming_ontbreekt");
  auto detail = opdrachten().opdracht(als_account("accountmanager"), o.id);
  ASSERT_TRUE(detail.ok());
  EXPECT_EQ(detail->aanvaarden_wacht, "opd.interne_afstemming_ontbreekt");

  auto thomas = als_account("accountmanager");
  ASSERT_TRUE(
      service()
          .vastleggen(thomas, o.id, afstemming("niet_uitvoerbaar", "Geen inspecteurs vrij in 2027"))
          .ok());
  auto niet = aanvaarden(o);
  ASSERT_FALSE(niet.ok());
  EXPECT_EQ(niet.error().fields.at(0).key, "opd.interne_afstemming_niet_uitvoerbaar");

  auto a = service().vastleggen(thomas, o.id, afstemming("onder_voorwaarden", "Start in april"));
  ASSERT_TRUE(a.ok()) << a.error().key;
  EXPECT_EQ(a->door, "Thomas Bakker, accountmanager voor Gemeente Beekdal");
  EXPECT_EQ(a->op, "2026-12-01T09:00:00Z");
  EXPECT_EQ(laatste_audit().actie, "opdracht.interne_afstemming");
  EXPECT_EQ(laatste_audit().object,
            "opdracht/" + std::to_string(o.id) + "/interne-afstemming/" + std::to_string(a->id));
  auto lijst = service().afstemmingen(als_account("opdrachtgever"), o.id);
  ASSERT_TRUE(lijst.ok());
  EXPECT_EQ(lijst->afstemmingen.size(), 2U);
  ASSERT_TRUE(lijst->geldend.has_value());
  EXPECT_EQ(lijst->geldend->id, a->id);
  EXPECT_FALSE(lijst->aanvaarden_wacht.has_value());
  EXPECT_FALSE(lijst->mag_vastleggen);  // the opdrachtgever reads, it does not record

  auto aanvaard = aanvaarden(o);
  ASSERT_TRUE(aanvaard.ok()) << aanvaard.error().key;
  EXPECT_EQ(aanvaard->status, opdrachten::Status::kAanvaard);
}

// OPD-8: only the omgevingsdienst records, only while aangeboden; bad input names every field.
TEST_F(InterneAfstemmingServiceTest, OPD8_AlleenDeOmgevingsdienstEnAlleenAangeboden) {
  auto o = aangeboden();
  auto door_og =
      service().vastleggen(als_account("opdrachtgever"), o.id, afstemming("uitvoerbaar"));
  ASSERT_FALSE(door_og.ok());
  EXPECT_EQ(door_og.error().code, ErrorCode::kForbidden);

  auto leeg = service().vastleggen(als_account("accountmanager"), o.id, {});
  ASSERT_FALSE(leeg.ok());
  EXPECT_EQ(leeg.error().code, ErrorCode::kInvalid);
  EXPECT_EQ(leeg.error().fields.size(), 4U);

  ASSERT_TRUE(
      service().vastleggen(als_account("accountmanager"), o.id, afstemming("uitvoerbaar")).ok());
  ASSERT_TRUE(aanvaarden(o).ok());
  auto na = service().vastleggen(als_account("accountmanager"), o.id, afstemming("uitvoerbaar"));
  ASSERT_FALSE(na.ok());
  EXPECT_EQ(na.error().code, ErrorCode::kConflict);
  EXPECT_EQ(na.error().key, "fout.interne_afstemming_niet_mogelijk");
  EXPECT_EQ(service().afstemmingen(als_account("accountmanager"), o.id)->afstemmingen.size(), 1U);
}

}  // namespace
}  // namespace regie::service

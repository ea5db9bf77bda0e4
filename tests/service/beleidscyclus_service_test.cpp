#include "service/beleidscyclus_service.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "domain/beleidscyclus/cyclus_repository.hpp"
#include "service_fixture.hpp"

namespace regie::service {
namespace {

class BeleidscyclusServiceTest : public ServiceTest {
 protected:
  BeleidscyclusService service() { return BeleidscyclusService(store_, audit_); }

  beleidscyclus::Stap eerste_stap() {
    auto stappen = lezen()->cyclus().list_stappen(regio_id());
    EXPECT_FALSE(stappen->empty());
    return stappen->front();
  }

  static Fields document() {
    return {{"titel", "Risicoanalyse 2027"}, {"link", "https://example.org/risico.pdf"}};
  }

  // The form of a step as it is: what an edit of it sends back unchanged.
  static Fields velden(const beleidscyclus::Stap& s) {
    auto iso = [](const std::optional<Datum>& d) { return d ? d->iso() : std::string(); };
    return {{"naam", s.naam},
            {"volgorde", std::to_string(s.volgorde)},
            {"periode", s.periode},
            {"status", std::string(beleidscyclus::code(s.status))},
            {"geplandBegin", iso(s.gepland_begin)},
            {"geplandEind", iso(s.gepland_eind)},
            {"werkelijkBegin", iso(s.werkelijk_begin)},
            {"werkelijkEind", iso(s.werkelijk_eind)},
            {"eigenaarPersoonId",
             s.eigenaar_persoon_id ? std::to_string(*s.eigenaar_persoon_id) : std::string()}};
  }

  // Of every step of the regio: what an edit could change.
  auto kenmerken() {
    std::vector<std::tuple<Id, std::string, int, std::string, beleidscyclus::Status,
                           std::optional<Datum>, std::int64_t>>
        out;
    auto stappen = lezen()->cyclus().list_stappen(regio_id());
    EXPECT_TRUE(stappen.ok());
    for (const auto& s : *stappen) {
      out.emplace_back(s.id, s.naam, s.volgorde, s.periode, s.status, s.werkelijk_eind, s.versie);
    }
    return out;
  }
};

// B8-1: the cycle is kept by the beheerder and the omgevingsdienst's management.
TEST_F(BeleidscyclusServiceTest, DocumentToevoegenWeigertLezers) {
  auto stap = eerste_stap();
  auto voor = lezen()->cyclus().list_documenten(stap.id)->size();
  auto d = service().create_document(als_account("medewerker"), regio_id(), stap.id, document());
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.error().code, ErrorCode::kForbidden);
  EXPECT_EQ(laatste_audit().resultaat, "geweigerd");
  EXPECT_EQ(lezen()->cyclus().list_documenten(stap.id)->size(), voor);
}

// B8-4: the opdrachtgevers contribute to the cycle (sparringpartner): a bijdrage in the step's
// current round, with the hat they wear; a product stays with those who keep the cycle.
TEST_F(BeleidscyclusServiceTest, OpdrachtgeversDragenBijMaarLeggenGeenProductVast) {
  auto stap = eerste_stap();
  auto voor = lezen()->cyclus().list_documenten(stap.id)->size();
  for (const char* account : {"opdrachtgever", "bestuurder"}) {
    SCOPED_TRACE(account);
    Fields product = document();
    product["soort"] = "risicoanalyse";
    auto geweigerd = service().create_document(als_account(account), regio_id(), stap.id, product);
    ASSERT_FALSE(geweigerd.ok());
    EXPECT_EQ(geweigerd.error().code, ErrorCode::kInvalid);
    ASSERT_EQ(geweigerd.error().fields.size(), 1U);
    EXPECT_EQ(geweigerd.error().fields[0].key, "fout.alleen_bijdrage");
  }
  EXPECT_EQ(lezen()->cyclus().list_documenten(stap.id)->size(), voor);
  Fields bijdrage = document();
  bijdrage["soort"] = "bijdrage";
  auto d = service().create_document(als_account("opdrachtgever"), regio_id(), stap.id, bijdrage);
  ASSERT_TRUE(d.ok()) << d.error().detail;
  EXPECT_EQ(d->soort, beleidscyclus::ProductSoort::kBijdrage);
  EXPECT_EQ(d->periode, stap.periode);
  EXPECT_EQ(d->door, "Pieter de Boer, ambtelijk opdrachtgever Gemeente Beekdal");
  EXPECT_EQ(lezen()->cyclus().list_documenten(stap.id)->size(), voor + 1);
}

TEST_F(BeleidscyclusServiceTest, DocumentToevoegenSchrijftAuditregel) {
  auto stap = eerste_stap();
  auto voor = lezen()->cyclus().list_documenten(stap.id)->size();
  auto d = service().create_document(als_beheerder(), regio_id(), stap.id, document());
  ASSERT_TRUE(d.ok()) << d.error().detail;
  EXPECT_EQ(d->toegevoegd.substr(0, 10), "2026-12-01");  // the test clock runs on
  EXPECT_EQ(lezen()->cyclus().list_documenten(stap.id)->size(), voor + 1);
  EXPECT_EQ(laatste_audit().actie, "cyclusdocument.aanmaken");
  EXPECT_EQ(laatste_audit().resultaat, "gelukt");
}

// B8-1, decision 6: an edit made from a version that someone else changed since is refused with
// kStale and changes nothing: not the step, not the order of the others it would have swapped.
TEST_F(BeleidscyclusServiceTest, StapWijzigenMetVerouderdeVersieGeeftKStaleEnWijzigtNiets) {
  const auto stap = eerste_stap();
  const std::int64_t gelezen = stap.versie;
  auto eerder = velden(stap);
  eerder["naam"] = "Strategisch beleidskader (bijgewerkt)";
  auto gewijzigd = service().update_stap(als_beheerder(), regio_id(), stap.id, gelezen, eerder);
  ASSERT_TRUE(gewijzigd.ok()) << gewijzigd.error().key << " " << gewijzigd.error().detail;
  EXPECT_EQ(gewijzigd->versie, gelezen + 1);
  const auto voor = kenmerken();

  auto later = velden(stap);
  later["naam"] = "Verouderde invoer";
  later["volgorde"] = "2";  // would swap with the second step
  auto verouderd = service().update_stap(als_beheerder(), regio_id(), stap.id, gelezen, later);
  ASSERT_FALSE(verouderd.ok());
  EXPECT_EQ(verouderd.error().code, ErrorCode::kStale);
  EXPECT_EQ(laatste_audit().actie, "cyclusstap.wijzigen");
  EXPECT_EQ(laatste_audit().resultaat, "verouderd");
  EXPECT_EQ(kenmerken(), voor);
}

TEST_F(BeleidscyclusServiceTest, ZonderAuditregelGeenDocument) {
  auto stap = eerste_stap();
  auto voor = lezen()->cyclus().list_documenten(stap.id)->size();
  store_->set_audit_fails(true);
  auto d = service().create_document(als_beheerder(), regio_id(), stap.id, document());
  store_->set_audit_fails(false);
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(lezen()->cyclus().list_documenten(stap.id)->size(), voor);
}

}  // namespace
}  // namespace regie::service

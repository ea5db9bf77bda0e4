// The programmakoppelingen (OPD-4, OPD-7) over the in-memory store with the demo regio: the
// demo's evenementen opdracht carries out Beekdal's maatwerk line of the vastgesteld programme
// 2027; choices are checked against the programme and the opdracht's kind; a stale choice is
// refused; every change is audited.
#include "service/koppeling_service.hpp"

#include "domain/opdrachten/opdracht_repository.hpp"
#include "service_fixture.hpp"

namespace regie::service {
namespace {

using governance::RolSoort;

class KoppelingServiceTest : public ServiceTest {
 protected:
  KoppelingService service() { return KoppelingService(store_, audit_); }

  Id opdracht(const std::string& titel) {
    auto alle = lezen()->opdrachten().list(OpdrachtQuery{.regio_id = regio_id()});
    EXPECT_TRUE(alle.ok());
    for (const auto& o : *alle) {
      if (o.titel == titel) return o.id;
    }
    ADD_FAILURE() << titel;
    return 0;
  }
};

// OPD-4, OPD-7: the maatwerk opdracht beside its line: the same hours and money, the doel it
// serves, and only Beekdal's specific lines to choose from.
TEST_F(KoppelingServiceTest, OPD4_OPD7_MaatwerkNaastZijnProgrammaregel) {
  auto pieter = als_account("opdrachtgever");
  auto r = service().programmaregels(pieter, opdracht("Extra toezicht evenementen Beekdal 2027"));
  ASSERT_TRUE(r.ok()) << r.error().key;
  ASSERT_TRUE(r->programma.has_value());
  EXPECT_EQ(r->programma->jaar, 2027);
  const Id beekdal = organisatie_id("Gemeente Beekdal");
  EXPECT_EQ(r->gekozen, (std::vector<programma::Regelsleutel>{{"MW-01", beekdal}}));
  ASSERT_EQ(r->dekking.regels.size(), 1U);
  EXPECT_EQ(r->dekking.programma_uren, 24000);
  EXPECT_EQ(r->dekking.programma_cents, 26'400'00);
  EXPECT_EQ(r->dekking.verschil_uren, 0);
  EXPECT_EQ(r->dekking.verschil_cents, 0);
  ASSERT_EQ(r->dekking.doelen.size(), 1U);
  for (const auto& k : r->keuzes) {
    EXPECT_EQ(k.sleutel.deelnemer_id, beekdal);
    EXPECT_EQ(k.soort, programma::RegelSoort::kSpecifiek);
  }
  EXPECT_TRUE(r->mag_wijzigen);
  EXPECT_FALSE(r->door.empty());
}

// OPD-4, UP-2: a collective line on maatwerk is refused and names the line; a stale version is
// refused; a valid change is one audited write; the collective opdracht shows the difference
// between its own money and its lines.
TEST_F(KoppelingServiceTest, OPD4_KeuzeWordtGecontroleerdEnGeaudit) {
  auto pieter = als_account("opdrachtgever");
  const Id maatwerk = opdracht("Extra toezicht evenementen Beekdal 2027");
  auto nu = service().programmaregels(pieter, maatwerk).value();
  const Id beekdal = organisatie_id("Gemeente Beekdal");
  auto fout = service().vervang(pieter, maatwerk, nu.versie, {{"VV-01", beekdal}});
  ASSERT_FALSE(fout.ok());
  EXPECT_EQ(fout.error().code, ErrorCode::kInvalid);
  EXPECT_EQ(fout.error().fields.at(0).field, "regel:VV-01:" + std::to_string(beekdal));
  EXPECT_EQ(fout.error().fields.at(0).key, "fout.regel_past_niet_bij_opdracht");

  auto leeg = service().vervang(pieter, maatwerk, nu.versie, {});
  ASSERT_TRUE(leeg.ok()) << leeg.error().key;
  EXPECT_TRUE(leeg->dekking.regels.empty());
  EXPECT_EQ(leeg->dekking.verschil_cents, 26'400'00);
  EXPECT_EQ(laatste_audit().actie, "opdracht.programmaregels_vervangen");
  auto oud = service().vervang(pieter, maatwerk, nu.versie, {{"MW-01", beekdal}});
  ASSERT_FALSE(oud.ok());
  EXPECT_EQ(oud.error().code, ErrorCode::kStale);

  auto collectief =
      service().programmaregels(pieter, opdracht("Regionaal uitvoeringsprogramma VTH 2027"));
  ASSERT_TRUE(collectief.ok()) << collectief.error().key;
  EXPECT_FALSE(collectief->dekking.regels.empty());
  for (const auto& k : collectief->dekking.regels) {
    EXPECT_EQ(k.soort, programma::RegelSoort::kCollectief);
  }
  EXPECT_EQ(collectief->dekking.verschil_cents,
            collectief->dekking.opdracht_cents - collectief->dekking.programma_cents);
  EXPECT_EQ(collectief->dekking.doelen.size(), 2U);
}

// Someone of another gemeente does not see Beekdal's maatwerk, nor its lines.
TEST_F(KoppelingServiceTest, AnderenZienDeRegelsVanMaatwerkNiet) {
  auto ander = als(RolSoort::kAmbtelijkOpdrachtgever, "Gemeente Dijkstede");
  auto r = service().programmaregels(ander, opdracht("Extra toezicht evenementen Beekdal 2027"));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kNotFound);
}

}  // namespace
}  // namespace regie::service

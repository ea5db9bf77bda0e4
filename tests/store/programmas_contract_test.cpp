// The store contract of the ProgrammaRepository (domain/programma/programma_repository.hpp):
// the uitvoeringsprogramma kept as one whole with its doelen, indicatoren and regels (UP-1,
// UP-2, UP-4).
#include <gtest/gtest.h>

#include <string>

#include "contract_fixture.hpp"
#include "domain/programma/programma_repository.hpp"

namespace regie::store_contract {
namespace {

using programma::Uitvoeringsprogramma;

Uitvoeringsprogramma programma_met_alles(const Register& r) {
  Uitvoeringsprogramma p;
  p.regio_id = r.regio;
  p.jaar = 2027;
  p.tot_jaar = 2028;
  p.titel = "Uitvoeringsprogramma ‘2027–2028’; \"regio\"";
  programma::Doel d{1, "Veilige sloop", "Minder asbest\nin de regio", {}};
  d.indicatoren.push_back({"Gecontroleerd", "%", 6250, 8000, "Zaaksysteem, per kwartaal"});
  d.indicatoren.push_back({"Incidenten", "aantal", -150, 0, "Meldingen"});
  p.doelen.push_back(d);
  p.doelen.push_back({2, "Snelle vergunningen", "Binnen de termijn", {}});
  p.regels.push_back({"VV-01", r.gemeente_a, 17, 0, std::nullopt, "", 2});
  p.regels.push_back({"RG-01", 0, 0, 123457, 12'000'000, "Afspraak AB", 1});
  p.regels.push_back({"MW-01", r.gemeente_b, 0, 4000, 4'500'000, "", 0});
  return p;
}

// UP-1, UP-2: a programme comes back exactly with its doelen, indicatoren (negative values
// too) and regels (a regionaal one without deelnemer, amounts set or not) in order.
TEST_P(StoreContractTest, UP2_ProgrammaWordtExactTeruggelezenMetDoelenEnRegels) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  auto p = programma_met_alles(r);
  ASSERT_OK_AND_ASSIGN(
      p.id, schrijf([&](UnitOfWork& uow) { return uow.programmas().create_programma(p); }));
  ASSERT_OK_AND_ASSIGN(auto terug,
                       lees([&](UnitOfWork& uow) { return uow.programmas().get_programma(p.id); }));
  EXPECT_EQ(terug, p);
  // A second programme with the same year and versienummer is refused; version 2 is listed
  // first, then the older year.
  EXPECT_TRUE(
      FaaltMet(schrijf([&](UnitOfWork& uow) { return uow.programmas().create_programma(p); }),
               ErrorCode::kConflict, "fout.bestaat_al"));
  auto twee = p;
  twee.versienummer = 2;
  twee.reden_bijstelling = "Extra toezicht";
  auto ouder = p;
  ouder.jaar = 2026;
  ouder.tot_jaar = 2026;
  ouder.regels.clear();
  for (auto* x : {&twee, &ouder}) {
    ASSERT_OK_AND_ASSIGN(
        x->id, schrijf([&](UnitOfWork& uow) { return uow.programmas().create_programma(*x); }));
  }
  ASSERT_OK_AND_ASSIGN(
      auto lijst, lees([&](UnitOfWork& uow) { return uow.programmas().list_programmas(r.regio); }));
  ASSERT_EQ(lijst.size(), 3U);
  EXPECT_EQ(lijst[0], twee);
  EXPECT_EQ(lijst[1], p);
  EXPECT_EQ(lijst[2], ouder);
}

// UP-4: an update replaces the doelen and regels and records the vaststelling; a stale versie
// is refused and changes nothing; a programme that is gone is kNotFound.
TEST_P(StoreContractTest, UP4_ProgrammaBijwerkenIsBewaaktDoorVersie) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  auto p = programma_met_alles(r);
  ASSERT_OK_AND_ASSIGN(
      p.id, schrijf([&](UnitOfWork& uow) { return uow.programmas().create_programma(p); }));
  auto vast = p;
  vast.regels.pop_back();
  vast.doelen.erase(vast.doelen.begin());
  vast.status = programma::ProgrammaStatus::kVastgesteld;
  vast.vastgesteld_door = beleidscyclus::Orgaan::kAlgemeenBestuur;
  vast.vastgesteld_op = Datum::from_ymd(2026, 11, 20);
  ASSERT_OK(schrijf([&](UnitOfWork& uow) { return uow.programmas().update_programma(vast); }));
  ASSERT_OK_AND_ASSIGN(auto terug,
                       lees([&](UnitOfWork& uow) { return uow.programmas().get_programma(p.id); }));
  vast.versie = 2;
  EXPECT_EQ(terug, vast);
  auto verouderd = p;  // versie 1
  verouderd.titel = "Anders";
  EXPECT_TRUE(FaaltMet(
      schrijf([&](UnitOfWork& uow) { return uow.programmas().update_programma(verouderd); }),
      ErrorCode::kStale));
  ASSERT_OK_AND_ASSIGN(auto onveranderd,
                       lees([&](UnitOfWork& uow) { return uow.programmas().get_programma(p.id); }));
  EXPECT_EQ(onveranderd, vast);
  auto weg = vast;
  weg.id = 999999;
  EXPECT_TRUE(
      FaaltMet(schrijf([&](UnitOfWork& uow) { return uow.programmas().update_programma(weg); }),
               ErrorCode::kNotFound));
}

}  // namespace
}  // namespace regie::store_contract

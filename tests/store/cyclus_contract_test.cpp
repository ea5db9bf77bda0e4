// The store contract of the CyclusRepository (domain/beleidscyclus/cyclus_repository.hpp): the
// Big 8 (B8).
#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <tuple>

#include "contract_fixture.hpp"
#include "domain/beleidscyclus/cyclus_repository.hpp"

namespace regie::store_contract {
namespace {

auto velden(const beleidscyclus::Stap& s) {
  return std::tie(s.id, s.regio_id, s.code, s.volgorde, s.naam, s.periode, s.status,
                  s.gepland_begin, s.gepland_eind, s.werkelijk_begin, s.werkelijk_eind,
                  s.eigenaar_persoon_id, s.versie, s.oorspronkelijk_eind);
}

// B8-1
TEST_P(StoreContractTest, CyclusstappenWordenExactTeruggelezenInVolgordeEnMetVersie) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  ASSERT_OK_AND_ASSIGN(
      Id eigenaar, schrijf([&](UnitOfWork& uow) {
        return uow.registry().create_persoon(persoon(r.regio, r.od, "Regisseur Één"));
      }));
  auto stappen = beleidscyclus::standaard_stappen(r.regio, 2027);
  stappen[0].status = beleidscyclus::Status::kAfgerond;
  stappen[0].naam = "Omgevingsanalyse — risico’s";
  stappen[0].gepland_begin = datum(2026, 1, 5);
  stappen[0].gepland_eind = datum(2026, 5, 31);
  stappen[0].werkelijk_begin = datum(2026, 1, 12);
  stappen[0].werkelijk_eind = datum(2026, 6, 30);
  stappen[0].eigenaar_persoon_id = eigenaar;
  std::reverse(stappen.begin(), stappen.end());  // inserted last to first
  ASSERT_OK(schrijf([&](UnitOfWork& uow) -> Result<void> {
    for (auto& s : stappen) {
      REGIE_ASSIGN_OR_RETURN(s.id, uow.cyclus().create_stap(s));
    }
    return Ok();
  }));
  std::reverse(stappen.begin(), stappen.end());
  ASSERT_OK_AND_ASSIGN(auto terug,
                       lees([&](UnitOfWork& uow) { return uow.cyclus().list_stappen(r.regio); }));
  ASSERT_EQ(terug.size(), stappen.size());
  for (std::size_t i = 0; i < terug.size(); ++i) EXPECT_EQ(velden(terug[i]), velden(stappen[i]));
  ASSERT_OK_AND_ASSIGN(auto andere, nieuwe_regio("Regio Zonder Cyclus"));
  ASSERT_OK_AND_ASSIGN(auto leeg,
                       lees([&](UnitOfWork& uow) { return uow.cyclus().list_stappen(andere); }));
  EXPECT_TRUE(leeg.empty());

  // One step per code per regio.
  EXPECT_TRUE(
      FaaltMet(schrijf([&](UnitOfWork& uow) { return uow.cyclus().create_stap(stappen[1]); }),
               ErrorCode::kConflict, "fout.bestaat_al"));

  beleidscyclus::Stap gewijzigd = stappen[2];
  gewijzigd.status = beleidscyclus::Status::kBezig;
  gewijzigd.periode = "2031-2034";
  gewijzigd.volgorde = 5;
  gewijzigd.werkelijk_begin = datum(2030, 9, 1);
  ASSERT_OK(schrijf([&](UnitOfWork& uow) { return uow.cyclus().update_stap(gewijzigd); }));
  ASSERT_OK_AND_ASSIGN(auto na,
                       lees([&](UnitOfWork& uow) { return uow.cyclus().get_stap(gewijzigd.id); }));
  gewijzigd.versie = 2;
  EXPECT_EQ(velden(na), velden(gewijzigd));
  // The version read before is stale now; a missing step is not found.
  EXPECT_TRUE(
      FaaltMet(schrijf([&](UnitOfWork& uow) { return uow.cyclus().update_stap(stappen[2]); }),
               ErrorCode::kStale, "fout.verouderd"));
  beleidscyclus::Stap weg = stappen[2];
  weg.id = kOntbrekendId;
  EXPECT_TRUE(FaaltMet(schrijf([&](UnitOfWork& uow) { return uow.cyclus().update_stap(weg); }),
                       ErrorCode::kNotFound));
  EXPECT_TRUE(FaaltMet(lees([&](UnitOfWork& uow) { return uow.cyclus().get_stap(kOntbrekendId); }),
                       ErrorCode::kNotFound));
  // Removing the owner leaves the step without one.
  ASSERT_OK(schrijf([&](UnitOfWork& uow) { return uow.registry().delete_persoon(eigenaar, 1); }));
  ASSERT_OK_AND_ASSIGN(auto zonder,
                       lees([&](UnitOfWork& uow) { return uow.cyclus().get_stap(stappen[0].id); }));
  EXPECT_EQ(zonder.eigenaar_persoon_id, std::nullopt);
}

// B8-1, B8-2, B8-3
TEST_P(StoreContractTest, DocumentenBesluitenHeropeningenEnConclusiesWordenTeruggelezen) {
  ASSERT_OK_AND_ASSIGN(Id regio, nieuwe_regio("Regio Cyclus"));
  auto stappen = beleidscyclus::standaard_stappen(regio, 2027);
  ASSERT_OK(schrijf([&](UnitOfWork& uow) -> Result<void> {
    for (auto& s : stappen) {
      REGIE_ASSIGN_OR_RETURN(s.id, uow.cyclus().create_stap(s));
    }
    return Ok();
  }));
  const Id analyse = stappen[0].id;
  const Id evaluatie = stappen[7].id;
  beleidscyclus::Document d1{0,
                             analyse,
                             "Regionale risicoanalyse 2027–2030",
                             "https://voorbeeld.nl/ra.pdf?versie=2&taal=nl",
                             "beheerder",
                             "2026-06-30T09:15:02Z"};
  beleidscyclus::Document d2{
      0, analyse, "Bijlage", "https://voorbeeld.nl/b.pdf", "directie", "2026-07-01T10:00:00Z"};
  beleidscyclus::Besluit later{0, analyse, "AB stelt vast", datum(2026, 7, 10), "beheerder"};
  beleidscyclus::Besluit eerder{0, analyse, "DB stemt in", datum(2026, 6, 30), "beheerder"};
  beleidscyclus::Heropening h{0,
                              analyse,
                              "directie",
                              "2026-11-01T08:00:00Z",
                              "Nieuwe landelijke risico’s voor asbest",
                              beleidscyclus::Status::kAfgerond,
                              "2027-2030"};
  beleidscyclus::Evaluatieconclusie c2{
      0, regio, evaluatie, "2026", "Later", datum(2027, 3, 1), analyse, "2031-2034", "beheerder"};
  beleidscyclus::Evaluatieconclusie c1{
      0,       regio,       evaluatie,  "2025", "Asbest zwaarder wegen", datum(2026, 4, 15),
      analyse, "2027-2030", "beheerder"};
  ASSERT_OK(schrijf([&](UnitOfWork& uow) -> Result<void> {
    REGIE_ASSIGN_OR_RETURN(d1.id, uow.cyclus().create_document(d1));
    REGIE_ASSIGN_OR_RETURN(d2.id, uow.cyclus().create_document(d2));
    REGIE_ASSIGN_OR_RETURN(later.id, uow.cyclus().create_besluit(later));
    REGIE_ASSIGN_OR_RETURN(eerder.id, uow.cyclus().create_besluit(eerder));
    REGIE_ASSIGN_OR_RETURN(h.id, uow.cyclus().create_heropening(h));
    REGIE_ASSIGN_OR_RETURN(c2.id, uow.cyclus().create_evaluatieconclusie(c2));
    REGIE_ASSIGN_OR_RETURN(c1.id, uow.cyclus().create_evaluatieconclusie(c1));
    return Ok();
  }));
  auto doc = [](const beleidscyclus::Document& d) {
    return std::tie(d.id, d.stap_id, d.titel, d.link, d.door, d.toegevoegd);
  };
  auto besluit = [](const beleidscyclus::Besluit& b) {
    return std::tie(b.id, b.stap_id, b.tekst, b.datum, b.door);
  };
  auto heropening = [](const beleidscyclus::Heropening& x) {
    return std::tie(x.id, x.stap_id, x.door, x.tijdstip, x.reden, x.vorige_status, x.periode);
  };
  auto conclusie = [](const beleidscyclus::Evaluatieconclusie& e) {
    return std::tie(e.id, e.regio_id, e.stap_id, e.periode, e.tekst, e.datum, e.raakt_stap_id,
                    e.raakt_periode, e.door);
  };
  ASSERT_OK_AND_ASSIGN(
      auto docs, lees([&](UnitOfWork& uow) { return uow.cyclus().list_documenten(analyse); }));
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(doc(docs[0]), doc(d1));
  EXPECT_EQ(doc(docs[1]), doc(d2));
  ASSERT_OK_AND_ASSIGN(auto besluiten,
                       lees([&](UnitOfWork& uow) { return uow.cyclus().list_besluiten(analyse); }));
  ASSERT_EQ(besluiten.size(), 2u);
  EXPECT_EQ(besluit(besluiten[0]), besluit(eerder));  // by datum
  EXPECT_EQ(besluit(besluiten[1]), besluit(later));
  ASSERT_OK_AND_ASSIGN(auto heropeningen, lees([&](UnitOfWork& uow) {
                         return uow.cyclus().list_heropeningen(analyse);
                       }));
  ASSERT_EQ(heropeningen.size(), 1u);
  EXPECT_EQ(heropening(heropeningen[0]), heropening(h));
  ASSERT_OK_AND_ASSIGN(auto conclusies, lees([&](UnitOfWork& uow) {
                         return uow.cyclus().list_evaluatieconclusies(regio);
                       }));
  ASSERT_EQ(conclusies.size(), 2u);
  EXPECT_EQ(conclusie(conclusies[0]), conclusie(c1));  // by datum
  EXPECT_EQ(conclusie(conclusies[1]), conclusie(c2));
  // Nothing leaks to another step.
  ASSERT_OK_AND_ASSIGN(auto leeg, lees([&](UnitOfWork& uow) {
                         return uow.cyclus().list_documenten(stappen[1].id);
                       }));
  EXPECT_TRUE(leeg.empty());
}

}  // namespace
}  // namespace regie::store_contract

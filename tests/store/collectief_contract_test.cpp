// The store contract of the CollectiefRepository (domain/governance/collectief_repository.hpp):
// collectief opdrachtgeverschap and the projectgroep (GOV-6, GOV-8).
#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "contract_fixture.hpp"
#include "domain/governance/collectief_repository.hpp"

namespace regie::store_contract {
namespace {

std::string mandaat_tekst(const governance::Vertegenwoordiging& v) {
  const auto& m = v.mandaat;
  return std::to_string(v.id) + "|" + std::to_string(v.regio_id) + "|" +
         std::to_string(v.opdrachtgever_id) + "|" + std::to_string(v.vertegenwoordigde_id) + "|" +
         (m.verleend_door ? std::to_string(*m.verleend_door) : "-") + "|" +
         (m.verleend_op ? m.verleend_op->iso() : "-") + "|" + m.scope + "|" +
         (m.periode ? m.periode->van.iso() + ".." + (m.periode->tot ? m.periode->tot->iso() : "")
                    : "-") +
         "|" + std::string(code(v.omvang)) + "|v" + std::to_string(v.versie);
}

// GOV-6: a complete and an incomplete mandaat are read back exactly; a stale edit or delete is
// refused and changes nothing.
TEST_P(StoreContractTest, VertegenwoordigingMetVolledigEnOnvolledigMandaatWordtExactTeruggelezen) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  governance::Vertegenwoordiging volledig;
  volledig.regio_id = r.regio;
  volledig.opdrachtgever_id = r.gemeente_a;
  volledig.vertegenwoordigde_id = r.gemeente_b;
  volledig.mandaat.verleend_op = datum(2025, 12, 9);
  volledig.mandaat.scope = "Opdrachtverlening VTH namens Gemeente Beta (€ 0, ‘zonder’ kosten)";
  volledig.mandaat.periode = Periode{datum(2026, 1, 1), datum(2027, 12, 31)};
  governance::Vertegenwoordiging onvolledig;
  onvolledig.regio_id = r.regio;
  onvolledig.opdrachtgever_id = r.gemeente_b;
  onvolledig.vertegenwoordigde_id = r.gemeente_a;
  onvolledig.omvang = governance::Omvang::kCollectief;
  ASSERT_OK(schrijf([&](UnitOfWork& uow) -> Result<void> {
    REGIE_ASSIGN_OR_RETURN(
        auto p, uow.registry().create_persoon(persoon(r.regio, r.gemeente_b, "Wethouder B")));
    volledig.mandaat.verleend_door = p;
    REGIE_ASSIGN_OR_RETURN(volledig.id, uow.collectief().create_vertegenwoordiging(volledig));
    REGIE_ASSIGN_OR_RETURN(onvolledig.id, uow.collectief().create_vertegenwoordiging(onvolledig));
    return Ok();
  }));
  volledig.versie = onvolledig.versie = 1;
  ASSERT_OK_AND_ASSIGN(auto lijst, lees([&](UnitOfWork& uow) {
                         return uow.collectief().list_vertegenwoordigingen(r.regio);
                       }));
  ASSERT_EQ(lijst.size(), 2u);
  EXPECT_EQ(mandaat_tekst(lijst[0]), mandaat_tekst(volledig));
  EXPECT_EQ(mandaat_tekst(lijst[1]), mandaat_tekst(onvolledig));
  EXPECT_TRUE(governance::is_compleet(lijst[0].mandaat));
  EXPECT_FALSE(governance::is_compleet(lijst[1].mandaat));

  auto gezien = volledig;
  volledig.mandaat.periode->tot = std::nullopt;
  volledig.omvang = governance::Omvang::kCollectief;
  ASSERT_OK(schrijf(
      [&](UnitOfWork& uow) { return uow.collectief().update_vertegenwoordiging(volledig); }));
  gezien.mandaat.scope = "verouderd";
  EXPECT_TRUE(FaaltMet(
      schrijf([&](UnitOfWork& uow) { return uow.collectief().update_vertegenwoordiging(gezien); }),
      ErrorCode::kStale, "fout.verouderd"));
  EXPECT_TRUE(FaaltMet(schrijf([&](UnitOfWork& uow) {
                         return uow.collectief().delete_vertegenwoordiging(volledig.id, 1);
                       }),
                       ErrorCode::kStale, "fout.verouderd"));
  ASSERT_OK_AND_ASSIGN(auto terug, lees([&](UnitOfWork& uow) {
                         return uow.collectief().get_vertegenwoordiging(volledig.id);
                       }));
  volledig.versie = 2;
  EXPECT_EQ(mandaat_tekst(terug), mandaat_tekst(volledig));
  ASSERT_OK(schrijf(
      [&](UnitOfWork& uow) { return uow.collectief().delete_vertegenwoordiging(volledig.id, 2); }));
  EXPECT_TRUE(FaaltMet(
      lees([&](UnitOfWork& uow) { return uow.collectief().get_vertegenwoordiging(volledig.id); }),
      ErrorCode::kNotFound, "fout.niet_gevonden"));
}

// GOV-8: the projectgroep is created once, its regisseur changes only from the version seen,
// a lid is unique per persoon and deelnemer, and a lid of another regio cannot be removed.
TEST_P(StoreContractTest, ProjectgroepMetRegisseurEnLedenEnVersiecontrole) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  ASSERT_OK_AND_ASSIGN(
      auto leeg, lees([&](UnitOfWork& uow) { return uow.collectief().get_projectgroep(r.regio); }));
  EXPECT_FALSE(leeg.has_value());
  Id regisseur = 0, lid_persoon = 0;
  ASSERT_OK(schrijf([&](UnitOfWork& uow) -> Result<void> {
    REGIE_ASSIGN_OR_RETURN(regisseur,
                           uow.registry().create_persoon(persoon(r.regio, r.od, "Regisseur")));
    REGIE_ASSIGN_OR_RETURN(lid_persoon,
                           uow.registry().create_persoon(persoon(r.regio, r.gemeente_a, "Lid A")));
    return uow.collectief().save_projectgroep(r.regio, {regisseur}, 0);
  }));
  // GOV-8: who appointed the regisseur, and when, come back as written.
  ASSERT_OK_AND_ASSIGN(auto eerst, lees([&](UnitOfWork& uow) {
                         return uow.collectief().get_projectgroep(r.regio);
                       }));
  EXPECT_EQ(eerst->regisseur_persoon_id, regisseur);
  EXPECT_FALSE(eerst->regisseur_benoemd_door.has_value());
  ASSERT_OK(schrijf([&](UnitOfWork& uow) {
    return uow.collectief().save_projectgroep(r.regio,
                                              {regisseur, lid_persoon, datum(2025, 12, 15)}, 1);
  }));
  ASSERT_OK_AND_ASSIGN(
      eerst, lees([&](UnitOfWork& uow) { return uow.collectief().get_projectgroep(r.regio); }));
  EXPECT_EQ(eerst->regisseur_benoemd_door, lid_persoon);
  EXPECT_EQ(eerst->regisseur_benoemd_op, datum(2025, 12, 15));
  EXPECT_TRUE(FaaltMet(
      schrijf([&](UnitOfWork& uow) { return uow.collectief().save_projectgroep(r.regio, {}, 0); }),
      ErrorCode::kStale, "fout.verouderd"));
  ASSERT_OK_AND_ASSIGN(
      Id lid_a, schrijf([&](UnitOfWork& uow) {
        return uow.collectief().create_projectgroep_lid(r.regio, {lid_persoon, r.gemeente_a});
      }));
  EXPECT_TRUE(FaaltMet(
      schrijf([&](UnitOfWork& uow) {
        return uow.collectief().create_projectgroep_lid(r.regio, {lid_persoon, r.gemeente_a});
      }),
      ErrorCode::kConflict, "fout.bestaat_al"));
  ASSERT_OK(
      schrijf([&](UnitOfWork& uow) { return uow.collectief().save_projectgroep(r.regio, {}, 2); }));
  EXPECT_TRUE(FaaltMet(schrijf([&](UnitOfWork& uow) {
                         return uow.collectief().save_projectgroep(r.regio, {regisseur}, 2);
                       }),
                       ErrorCode::kStale, "fout.verouderd"));
  ASSERT_OK_AND_ASSIGN(auto groep, lees([&](UnitOfWork& uow) {
                         return uow.collectief().get_projectgroep(r.regio);
                       }));
  ASSERT_TRUE(groep.has_value());
  EXPECT_EQ(groep->regio_id, r.regio);
  EXPECT_FALSE(groep->regisseur_persoon_id.has_value());
  EXPECT_FALSE(groep->regisseur_benoemd_door.has_value());
  EXPECT_EQ(groep->versie, 3);
  ASSERT_EQ(groep->leden.size(), 1u);
  EXPECT_EQ(groep->leden[0].id, lid_a);
  EXPECT_EQ(groep->leden[0].persoon_id, lid_persoon);
  EXPECT_EQ(groep->leden[0].organisatie_id, r.gemeente_a);

  ASSERT_OK_AND_ASSIGN(Id andere_regio, nieuwe_regio("Andere regio"));
  EXPECT_TRUE(FaaltMet(schrijf([&](UnitOfWork& uow) {
                         return uow.collectief().delete_projectgroep_lid(andere_regio, lid_a);
                       }),
                       ErrorCode::kNotFound, "fout.niet_gevonden"));
  ASSERT_OK(schrijf(
      [&](UnitOfWork& uow) { return uow.collectief().delete_projectgroep_lid(r.regio, lid_a); }));
  ASSERT_OK_AND_ASSIGN(
      groep, lees([&](UnitOfWork& uow) { return uow.collectief().get_projectgroep(r.regio); }));
  EXPECT_TRUE(groep->leden.empty());
}

}  // namespace
}  // namespace regie::store_contract

// The store contract of the RegisterRepository (domain/governance/register_repository.hpp):
// regios, organisaties, deelnemerschappen, personen and rollen.
#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "contract_fixture.hpp"
#include "domain/governance/rol.hpp"

namespace regie::store_contract {
namespace {

// GOV-1, GOV-6, GOV-11
TEST_P(StoreContractTest, RegioWordtExactTeruggelezen) {
  Regio regio{.naam = "Omgevingsdienst Zuid-Holland Zuid",
              .gemeenschappelijke_regeling = "GR ODZHZ — begroting in €",
              .minimum_uren_ambtelijk_opdrachtgever = 520,
              .uren_per_vertegenwoordigde = 90,
              .minimum_uren_accountmanager_per_deelnemer = 120,
              .minimum_uren_accountmanager = 800,
              .maximum_uren_accountmanager = 1500};
  ASSERT_OK_AND_ASSIGN(
      regio.id, schrijf([&](UnitOfWork& uow) { return uow.registry().create_regio(regio); }));
  ASSERT_OK_AND_ASSIGN(Regio terug,
                       lees([&](UnitOfWork& uow) { return uow.registry().get_regio(regio.id); }));
  EXPECT_EQ(velden(terug), velden(regio));
  ASSERT_OK_AND_ASSIGN(auto alle,
                       lees([](UnitOfWork& uow) { return uow.registry().list_regios(); }));
  ASSERT_EQ(alle.size(), 1u);
  EXPECT_EQ(velden(alle[0]), velden(regio));
}

// GOV-1
TEST_P(StoreContractTest, OrganisatieMetEnZonderInwonertalWordtExactTeruggelezen) {
  ASSERT_OK_AND_ASSIGN(Id regio_id, nieuwe_regio("Regio Rondgang"));
  std::vector<Organisatie> orgs = {
      organisatie(regio_id, "Gemeente Súdwest-Fryslân", OrganisatieSoort::kGemeente, 90'400),
      organisatie(regio_id, "Provincie Voorbeeldland", OrganisatieSoort::kProvincie, 1'163'000),
      organisatie(regio_id, "Omgevingsdienst Rondgang", OrganisatieSoort::kOmgevingsdienst),
      organisatie(regio_id, "Waterschap Nul", OrganisatieSoort::kOverig, 0),
  };
  ASSERT_OK(schrijf([&](UnitOfWork& uow) -> Result<void> {
    for (auto& o : orgs) {
      REGIE_ASSIGN_OR_RETURN(o.id, uow.registry().create_organisatie(o));
    }
    return Ok();
  }));
  for (const auto& o : orgs) {
    ASSERT_OK_AND_ASSIGN(Organisatie terug, lees([&](UnitOfWork& uow) {
                           return uow.registry().get_organisatie(o.id);
                         }));
    EXPECT_EQ(velden(terug), velden(o));
  }

  Organisatie gewijzigd = orgs[0];
  gewijzigd.inwonertal = std::nullopt;
  gewijzigd.soort = OrganisatieSoort::kOverig;
  ASSERT_OK(schrijf([&](UnitOfWork& uow) { return uow.registry().update_organisatie(gewijzigd); }));
  ASSERT_OK_AND_ASSIGN(Organisatie terug, lees([&](UnitOfWork& uow) {
                         return uow.registry().get_organisatie(gewijzigd.id);
                       }));
  gewijzigd.versie = 2;
  EXPECT_EQ(velden(terug), velden(gewijzigd));
  ASSERT_OK_AND_ASSIGN(auto od, lees([&](UnitOfWork& uow) {
                         return uow.registry().list_od_organisaties(regio_id);
                       }));
  EXPECT_EQ(od, std::vector<Id>{orgs[2].id});
}

// GOV-1
TEST_P(StoreContractTest, DeelnemerschapMetOpenEnGeslotenPeriodeWordtExactTeruggelezen) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  Deelnemerschap gesloten{.organisatie_id = r.gemeente_a,
                          .relatie = Relatie::kDeelnemer,
                          .periode = Periode{datum(2013, 1, 1), datum(2022, 12, 31)}};
  Deelnemerschap open{.organisatie_id = r.gemeente_a,
                      .relatie = Relatie::kNietDeelnemer,
                      .periode = Periode{datum(2024, 2, 29), std::nullopt}};
  ASSERT_OK(schrijf([&](UnitOfWork& uow) -> Result<void> {
    REGIE_ASSIGN_OR_RETURN(
        open.id, uow.registry().create_deelnemerschap(open));  // later van, inserted first
    REGIE_ASSIGN_OR_RETURN(gesloten.id, uow.registry().create_deelnemerschap(gesloten));
    return Ok();
  }));
  ASSERT_OK_AND_ASSIGN(auto lijst, lees([&](UnitOfWork& uow) {
                         return uow.registry().list_deelnemerschappen(r.gemeente_a);
                       }));
  ASSERT_EQ(lijst.size(), 2u);
  EXPECT_EQ(velden(lijst[0]), velden(gesloten));
  EXPECT_EQ(velden(lijst[1]), velden(open));

  EXPECT_TRUE(FaaltMet(schrijf([&](UnitOfWork& uow) {
                         return uow.registry().delete_deelnemerschap(gesloten.id, r.gemeente_b);
                       }),
                       ErrorCode::kNotFound));
  ASSERT_OK(schrijf([&](UnitOfWork& uow) {
    return uow.registry().delete_deelnemerschap(gesloten.id, r.gemeente_a);
  }));
  EXPECT_TRUE(FaaltMet(schrijf([&](UnitOfWork& uow) {
                         return uow.registry().delete_deelnemerschap(gesloten.id, r.gemeente_a);
                       }),
                       ErrorCode::kNotFound));
  ASSERT_OK_AND_ASSIGN(lijst, lees([&](UnitOfWork& uow) {
                         return uow.registry().list_deelnemerschappen(r.gemeente_a);
                       }));
  ASSERT_EQ(lijst.size(), 1u);
  EXPECT_EQ(velden(lijst[0]), velden(open));
}

// GOV-3
TEST_P(StoreContractTest, PersoonEnRolWordenExactTeruggelezenMetNederlandseTekens) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  Persoon p = persoon(r.regio, r.od, "Femke Visser-Ĳsselmeer");
  p.email = "f.visser@odcontract.nl";
  p.functie = "Coördinator toezicht (€ 1.250 budget)";
  Rol gesloten =
      rol(0, r.od, RolSoort::kCoordinator, Periode{datum(2024, 2, 29), datum(2026, 12, 31)}, 1400);
  Rol open = rol(0, r.gemeente_a, RolSoort::kAccountmanager,
                 Periode{datum(2023, 1, 1), std::nullopt}, 300);
  // GOV-12: a recorded mandate (with scope) and none at all both come back as written.
  open.mandaat_cents = 2'500'000;
  open.mandaat_scope = true;
  ASSERT_OK(schrijf([&](UnitOfWork& uow) -> Result<void> {
    REGIE_ASSIGN_OR_RETURN(p.id, uow.registry().create_persoon(p));
    gesloten.persoon_id = open.persoon_id = p.id;
    REGIE_ASSIGN_OR_RETURN(gesloten.id, uow.registry().create_rol(gesloten));
    REGIE_ASSIGN_OR_RETURN(open.id, uow.registry().create_rol(open));
    return Ok();
  }));

  ASSERT_OK_AND_ASSIGN(Persoon p_terug,
                       lees([&](UnitOfWork& uow) { return uow.registry().get_persoon(p.id); }));
  EXPECT_EQ(velden(p_terug), velden(p));
  ASSERT_OK_AND_ASSIGN(Rol gesloten_terug,
                       lees([&](UnitOfWork& uow) { return uow.registry().get_rol(gesloten.id); }));
  EXPECT_EQ(velden(gesloten_terug), velden(gesloten));
  ASSERT_OK_AND_ASSIGN(Rol open_terug,
                       lees([&](UnitOfWork& uow) { return uow.registry().get_rol(open.id); }));
  EXPECT_EQ(velden(open_terug), velden(open));

  ASSERT_OK_AND_ASSIGN(auto personen, lees([&](UnitOfWork& uow) {
                         return uow.registry().list_personen(PersoonQuery{.regio_id = r.regio});
                       }));
  ASSERT_EQ(personen.items.size(), 1u);
  EXPECT_EQ(velden(personen.items[0].persoon), velden(p));
  EXPECT_EQ(personen.items[0].organisatie_naam, "Omgevingsdienst Contract");

  ASSERT_OK_AND_ASSIGN(auto rollen, lees([&](UnitOfWork& uow) {
                         return uow.registry().list_rollen(
                             RolQuery{.regio_id = r.regio, .persoon_id = p.id, .sorteer = "van"});
                       }));
  ASSERT_EQ(rollen.items.size(), 2u);
  EXPECT_EQ(velden(rollen.items[0].rol), velden(open));
  EXPECT_EQ(rollen.items[0].organisatie_naam, "Gemeente Alfa");
  EXPECT_EQ(velden(rollen.items[1].rol), velden(gesloten));
  EXPECT_EQ(rollen.items[1].persoon_naam, "Femke Visser-Ĳsselmeer");
  EXPECT_EQ(rollen.items[1].organisatie_naam, "Omgevingsdienst Contract");
  EXPECT_EQ(rollen.items[1].werkgever_id, r.od);
}

// GOV-3: a rol's hours through time come back as they were written, by van, from get_rol and
// from list_rollen; an update replaces them, and what a rol was written without (a rol of before
// the periods) reads as one period from its start.
TEST_P(StoreContractTest, GOV3_UrenperiodenVanEenRolWordenExactTeruggelezen) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  Rol rl = rol(0, r.gemeente_a, RolSoort::kAmbtelijkOpdrachtgever,
               Periode{datum(2023, 1, 1), std::nullopt}, 300);
  governance::wijzig_uren(rl, datum(2025, 7, 1), 380);
  governance::wijzig_uren(rl, datum(2027, 1, 1), 450);
  Rol zonder = rol(0, r.gemeente_b, RolSoort::kAmbtelijkOpdrachtgever,
                   Periode{datum(2024, 2, 29), std::nullopt});
  zonder.uren_per_jaar = 460;
  zonder.urenperioden.clear();
  ASSERT_OK(schrijf([&](UnitOfWork& uow) -> Result<void> {
    REGIE_ASSIGN_OR_RETURN(Id p, uow.registry().create_persoon(persoon(r.regio, r.od, "Uren")));
    rl.persoon_id = zonder.persoon_id = p;
    REGIE_ASSIGN_OR_RETURN(rl.id, uow.registry().create_rol(rl));
    REGIE_ASSIGN_OR_RETURN(zonder.id, uow.registry().create_rol(zonder));
    return Ok();
  }));
  ASSERT_EQ(rl.urenperioden.size(), 3u);

  ASSERT_OK_AND_ASSIGN(Rol terug,
                       lees([&](UnitOfWork& uow) { return uow.registry().get_rol(rl.id); }));
  EXPECT_EQ(velden(terug), velden(rl));
  ASSERT_OK_AND_ASSIGN(Rol zonder_terug,
                       lees([&](UnitOfWork& uow) { return uow.registry().get_rol(zonder.id); }));
  EXPECT_EQ(zonder_terug.urenperioden,
            (std::vector<governance::UrenPeriode>{{datum(2024, 2, 29), 460}}));
  ASSERT_OK_AND_ASSIGN(
      auto rollen, lees([&](UnitOfWork& uow) {
        return uow.registry().list_rollen(RolQuery{.regio_id = r.regio, .sorteer = "van"});
      }));
  ASSERT_EQ(rollen.items.size(), 2u);
  EXPECT_EQ(velden(rollen.items[0].rol), velden(rl));
  EXPECT_EQ(velden(rollen.items[1].rol), velden(zonder_terug));

  governance::wijzig_uren(terug, datum(2026, 1, 1), 500);
  ASSERT_OK(schrijf([&](UnitOfWork& uow) { return uow.registry().update_rol(terug); }));
  ASSERT_OK_AND_ASSIGN(Rol gewijzigd,
                       lees([&](UnitOfWork& uow) { return uow.registry().get_rol(rl.id); }));
  EXPECT_EQ(gewijzigd.urenperioden,
            (std::vector<governance::UrenPeriode>{
                {datum(2023, 1, 1), 300}, {datum(2025, 7, 1), 380}, {datum(2026, 1, 1), 500}}));
  EXPECT_EQ(gewijzigd.uren_per_jaar, 500);

  // The periods go with their rol.
  ASSERT_OK(schrijf([&](UnitOfWork& uow) { return uow.registry().delete_rol(rl.id, 2); }));
  EXPECT_TRUE(FaaltMet(lees([&](UnitOfWork& uow) { return uow.registry().get_rol(rl.id); }),
                       ErrorCode::kNotFound));
}

// GOV-3: every rol has its hours from its start; one whose periods are gone, or unreadable, is
// corrupt (naming table and id), never a rol of 0 hours.
TEST_P(StoreContractTest, RolZonderOfMetOnleesbareUrenperiodeIsCorrupt) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  ASSERT_OK_AND_ASSIGN(
      Id id, schrijf([&](UnitOfWork& uow) -> Result<Id> {
        REGIE_ASSIGN_OR_RETURN(Id p, uow.registry().create_persoon(persoon(r.regio, r.od, "Leeg")));
        return uow.registry().create_rol(rol(p, r.gemeente_a, RolSoort::kAccountmanager,
                                             Periode{datum(2024, 1, 1), std::nullopt}, 300));
      }));
  const std::string rol_id = std::to_string(id);
  if (GetParam() == kSqlite) {  // PostgreSQL's INTEGER column refuses text itself
    ASSERT_OK(voer_sql_uit_buiten_de_store(
        "UPDATE rol_uren SET uren_per_jaar = 'veel' WHERE rol_id = " + rol_id));
    auto onleesbaar = lees([&](UnitOfWork& uow) { return uow.registry().get_rol(id); });
    ASSERT_TRUE(FaaltMet(onleesbaar, ErrorCode::kCorrupt, "fout.opslag_onleesbaar"));
    EXPECT_EQ(onleesbaar.error().detail,
              "rol_uren " + rol_id + " kolom uren_per_jaar: onleesbare waarde 'veel'");
  }
  ASSERT_OK(voer_sql_uit_buiten_de_store("DELETE FROM rol_uren WHERE rol_id = " + rol_id));
  auto gelezen = lees([&](UnitOfWork& uow) { return uow.registry().get_rol(id); });
  ASSERT_TRUE(FaaltMet(gelezen, ErrorCode::kCorrupt, "fout.opslag_onleesbaar"));
  EXPECT_EQ(gelezen.error().detail,
            "rollen " + rol_id + " kolom rol_uren: onleesbare waarde 'geen urenperiode'");
  EXPECT_TRUE(FaaltMet(lees([&](UnitOfWork& uow) {
                         return uow.registry().list_rollen(RolQuery{.regio_id = r.regio});
                       }),
                       ErrorCode::kCorrupt));
}

// GOV-3, GOV-2: every rolsoort of the guide, AB-lid and DB-lid included, is stored as itself.
TEST_P(StoreContractTest, ElkeRolsoortWordtAlsZichzelfOpgeslagen) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  ASSERT_EQ(governance::alle_rol_soorten().size(), 11u);
  for (RolSoort soort : governance::alle_rol_soorten()) {
    SCOPED_TRACE(std::string(code(soort)));
    ASSERT_OK_AND_ASSIGN(Id id, schrijf([&](UnitOfWork& uow) -> Result<Id> {
                           REGIE_ASSIGN_OR_RETURN(
                               Id persoon_id,
                               uow.registry().create_persoon(persoon(
                                   r.regio, r.gemeente_a, "Persoon " + std::string(code(soort)))));
                           return uow.registry().create_rol(rol(persoon_id, r.gemeente_a, soort));
                         }));
    ASSERT_OK_AND_ASSIGN(Rol terug,
                         lees([&](UnitOfWork& uow) { return uow.registry().get_rol(id); }));
    EXPECT_EQ(terug.soort, soort);
    ASSERT_OK_AND_ASSIGN(
        auto gefilterd, lees([&](UnitOfWork& uow) {
          return uow.registry().list_rollen(RolQuery{.regio_id = r.regio, .soort = soort});
        }));
    EXPECT_EQ(ids(gefilterd), std::vector<Id>{id});
  }
}

// GOV-1
TEST_P(StoreContractTest, RegioBijwerkenMetVerouderdeVersieWordtGeweigerdEnWijzigtNiets) {
  ASSERT_OK_AND_ASSIGN(Id id, nieuwe_regio("Regio Origineel"));
  ASSERT_OK_AND_ASSIGN(Regio gezien_door_a,
                       lees([&](UnitOfWork& uow) { return uow.registry().get_regio(id); }));
  Regio gezien_door_b = gezien_door_a;

  gezien_door_a.naam = "Regio van A";
  ASSERT_OK(schrijf([&](UnitOfWork& uow) { return uow.registry().update_regio(gezien_door_a); }));
  gezien_door_b.naam = "Regio van B";
  gezien_door_b.minimum_uren_ambtelijk_opdrachtgever = 1;
  EXPECT_TRUE(
      FaaltMet(schrijf([&](UnitOfWork& uow) { return uow.registry().update_regio(gezien_door_b); }),
               ErrorCode::kStale, "fout.verouderd"));

  ASSERT_OK_AND_ASSIGN(Regio nu,
                       lees([&](UnitOfWork& uow) { return uow.registry().get_regio(id); }));
  gezien_door_a.versie = 2;
  EXPECT_EQ(velden(nu), velden(gezien_door_a));
}

// GOV-1
TEST_P(StoreContractTest, OrganisatieBijwerkenOfVerwijderenMetVerouderdeVersieWordtGeweigerd) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  ASSERT_OK_AND_ASSIGN(Organisatie gezien_door_a, lees([&](UnitOfWork& uow) {
                         return uow.registry().get_organisatie(r.gemeente_a);
                       }));
  Organisatie gezien_door_b = gezien_door_a;

  gezien_door_a.inwonertal = 45'000;
  ASSERT_OK(
      schrijf([&](UnitOfWork& uow) { return uow.registry().update_organisatie(gezien_door_a); }));
  gezien_door_b.naam = "Gemeente Alfa-Oost";
  EXPECT_TRUE(FaaltMet(
      schrijf([&](UnitOfWork& uow) { return uow.registry().update_organisatie(gezien_door_b); }),
      ErrorCode::kStale, "fout.verouderd"));
  EXPECT_TRUE(FaaltMet(schrijf([&](UnitOfWork& uow) {
                         return uow.registry().delete_organisatie(gezien_door_b.id,
                                                                  gezien_door_b.versie);
                       }),
                       ErrorCode::kStale, "fout.verouderd"));

  ASSERT_OK_AND_ASSIGN(Organisatie nu, lees([&](UnitOfWork& uow) {
                         return uow.registry().get_organisatie(r.gemeente_a);
                       }));
  gezien_door_a.versie = 2;
  EXPECT_EQ(velden(nu), velden(gezien_door_a));
}

// GOV-3
TEST_P(StoreContractTest, PersoonBijwerkenOfVerwijderenMetVerouderdeVersieWordtGeweigerd) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  ASSERT_OK_AND_ASSIGN(
      Id id, schrijf([&](UnitOfWork& uow) {
        return uow.registry().create_persoon(persoon(r.regio, r.gemeente_a, "Anna"));
      }));
  ASSERT_OK_AND_ASSIGN(Persoon gezien_door_a,
                       lees([&](UnitOfWork& uow) { return uow.registry().get_persoon(id); }));
  Persoon gezien_door_b = gezien_door_a;

  gezien_door_a.organisatie_id = r.gemeente_b;
  gezien_door_a.functie = "Beleidsadviseur";
  ASSERT_OK(schrijf([&](UnitOfWork& uow) { return uow.registry().update_persoon(gezien_door_a); }));
  gezien_door_b.naam = "Anna B";
  EXPECT_TRUE(FaaltMet(
      schrijf([&](UnitOfWork& uow) { return uow.registry().update_persoon(gezien_door_b); }),
      ErrorCode::kStale, "fout.verouderd"));
  EXPECT_TRUE(FaaltMet(schrijf([&](UnitOfWork& uow) {
                         return uow.registry().delete_persoon(id, gezien_door_b.versie);
                       }),
                       ErrorCode::kStale, "fout.verouderd"));

  ASSERT_OK_AND_ASSIGN(Persoon nu,
                       lees([&](UnitOfWork& uow) { return uow.registry().get_persoon(id); }));
  gezien_door_a.versie = 2;
  EXPECT_EQ(velden(nu), velden(gezien_door_a));
}

// GOV-3
TEST_P(StoreContractTest, RolBijwerkenOfVerwijderenMetVerouderdeVersieWordtGeweigerd) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  ASSERT_OK_AND_ASSIGN(
      Id id, schrijf([&](UnitOfWork& uow) -> Result<Id> {
        REGIE_ASSIGN_OR_RETURN(Id p,
                               uow.registry().create_persoon(persoon(r.regio, r.od, "Thomas")));
        return uow.registry().create_rol(rol(p, r.gemeente_a, RolSoort::kAccountmanager,
                                             Periode{datum(2024, 1, 1), std::nullopt}, 300));
      }));
  ASSERT_OK_AND_ASSIGN(Rol gezien_door_a,
                       lees([&](UnitOfWork& uow) { return uow.registry().get_rol(id); }));
  Rol gezien_door_b = gezien_door_a;

  gezien_door_a.periode.tot = datum(2025, 12, 31);
  governance::wijzig_uren(gezien_door_a, datum(2025, 1, 1), 350);
  ASSERT_OK(schrijf([&](UnitOfWork& uow) { return uow.registry().update_rol(gezien_door_a); }));
  gezien_door_b.organisatie_id = r.gemeente_b;
  EXPECT_TRUE(
      FaaltMet(schrijf([&](UnitOfWork& uow) { return uow.registry().update_rol(gezien_door_b); }),
               ErrorCode::kStale, "fout.verouderd"));
  EXPECT_TRUE(FaaltMet(
      schrijf([&](UnitOfWork& uow) { return uow.registry().delete_rol(id, gezien_door_b.versie); }),
      ErrorCode::kStale, "fout.verouderd"));

  ASSERT_OK_AND_ASSIGN(Rol nu, lees([&](UnitOfWork& uow) { return uow.registry().get_rol(id); }));
  gezien_door_a.versie = 2;
  EXPECT_EQ(velden(nu), velden(gezien_door_a));
}

TEST_P(StoreContractTest, VersieStijgtPerWijzigingMetEen) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  ASSERT_OK_AND_ASSIGN(Id persoon_id, schrijf([&](UnitOfWork& uow) {
                         return uow.registry().create_persoon(persoon(r.regio, r.od, "Daan"));
                       }));
  ASSERT_OK_AND_ASSIGN(
      Id rol_id, schrijf([&](UnitOfWork& uow) {
        return uow.registry().create_rol(rol(persoon_id, r.od, RolSoort::kMedewerker));
      }));
  for (std::int64_t verwacht = 1; verwacht <= 3; ++verwacht) {
    SCOPED_TRACE("versie " + std::to_string(verwacht));
    ASSERT_OK(schrijf([&](UnitOfWork& uow) -> Result<void> {
      REGIE_ASSIGN_OR_RETURN(Regio regio, uow.registry().get_regio(r.regio));
      REGIE_ASSIGN_OR_RETURN(Organisatie org, uow.registry().get_organisatie(r.gemeente_a));
      REGIE_ASSIGN_OR_RETURN(Persoon p, uow.registry().get_persoon(persoon_id));
      REGIE_ASSIGN_OR_RETURN(Rol rl, uow.registry().get_rol(rol_id));
      EXPECT_EQ(regio.versie, verwacht);
      EXPECT_EQ(org.versie, verwacht);
      EXPECT_EQ(p.versie, verwacht);
      EXPECT_EQ(rl.versie, verwacht);
      regio.minimum_uren_ambtelijk_opdrachtgever += 10;
      org.inwonertal = 1000 * verwacht;
      p.email = "daan" + std::to_string(verwacht) + "@od.nl";
      governance::wijzig_uren(rl, rl.periode.van, rl.uren_per_jaar + 100);
      REGIE_TRY(uow.registry().update_regio(regio));
      REGIE_TRY(uow.registry().update_organisatie(org));
      REGIE_TRY(uow.registry().update_persoon(p));
      return uow.registry().update_rol(rl);
    }));
  }
  ASSERT_OK_AND_ASSIGN(Rol rl,
                       lees([&](UnitOfWork& uow) { return uow.registry().get_rol(rol_id); }));
  EXPECT_EQ(rl.versie, 4);
  EXPECT_EQ(rl.uren_per_jaar, 300);
}

TEST_P(StoreContractTest, OntbrekendRecordLezenBijwerkenOfVerwijderenGeeftNietGevonden) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  ASSERT_OK_AND_ASSIGN(auto uow, store_->begin(Toegang::kSchrijven));
  EXPECT_TRUE(FaaltMet(uow->registry().get_regio(kOntbrekendId), ErrorCode::kNotFound));
  EXPECT_TRUE(FaaltMet(uow->registry().update_regio(Regio{.id = kOntbrekendId, .naam = "x"}),
                       ErrorCode::kNotFound));
  Organisatie org = organisatie(r.regio, "Weg");
  org.id = kOntbrekendId;
  EXPECT_TRUE(FaaltMet(uow->registry().get_organisatie(kOntbrekendId), ErrorCode::kNotFound));
  EXPECT_TRUE(FaaltMet(uow->registry().update_organisatie(org), ErrorCode::kNotFound));
  EXPECT_TRUE(FaaltMet(uow->registry().delete_organisatie(kOntbrekendId, 1), ErrorCode::kNotFound));
  Persoon p = persoon(r.regio, r.od, "Weg");
  p.id = kOntbrekendId;
  EXPECT_TRUE(FaaltMet(uow->registry().get_persoon(kOntbrekendId), ErrorCode::kNotFound));
  EXPECT_TRUE(FaaltMet(uow->registry().update_persoon(p), ErrorCode::kNotFound));
  EXPECT_TRUE(FaaltMet(uow->registry().delete_persoon(kOntbrekendId, 1), ErrorCode::kNotFound));
  Rol rl = rol(1, r.od, RolSoort::kMedewerker);
  rl.id = kOntbrekendId;
  EXPECT_TRUE(FaaltMet(uow->registry().get_rol(kOntbrekendId), ErrorCode::kNotFound));
  EXPECT_TRUE(FaaltMet(uow->registry().update_rol(rl), ErrorCode::kNotFound));
  EXPECT_TRUE(FaaltMet(uow->registry().delete_rol(kOntbrekendId, 1), ErrorCode::kNotFound));
  EXPECT_TRUE(FaaltMet(uow->accounts().get(kOntbrekendId), ErrorCode::kNotFound));

  // A record deleted by someone else is gone, not changed: kNotFound, also with its old versie.
  ASSERT_OK_AND_ASSIGN(Id weg, uow->registry().create_persoon(persoon(r.regio, r.od, "Verdwijnt")));
  ASSERT_OK(uow->registry().delete_persoon(weg, 1));
  EXPECT_TRUE(FaaltMet(uow->registry().delete_persoon(weg, 1), ErrorCode::kNotFound));
  ASSERT_OK(uow->commit());
}

// GOV-1
TEST_P(StoreContractTest, TweeOrganisatiesMetDezelfdeNaamInEenRegioWordenGeweigerd) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  ASSERT_OK_AND_ASSIGN(Id andere_regio, nieuwe_regio("Regio Anders"));

  EXPECT_TRUE(FaaltMet(schrijf([&](UnitOfWork& uow) {
                         return uow.registry().create_organisatie(
                             organisatie(r.regio, "Gemeente Alfa"));
                       }),
                       ErrorCode::kConflict, "fout.bestaat_al"));
  ASSERT_OK_AND_ASSIGN(Organisatie beta, lees([&](UnitOfWork& uow) {
                         return uow.registry().get_organisatie(r.gemeente_b);
                       }));
  Organisatie hernoemd = beta;
  hernoemd.naam = "Gemeente Alfa";
  EXPECT_TRUE(FaaltMet(
      schrijf([&](UnitOfWork& uow) { return uow.registry().update_organisatie(hernoemd); }),
      ErrorCode::kConflict, "fout.bestaat_al"));
  // The same name in another regio is another organisatie.
  EXPECT_OK(schrijf([&](UnitOfWork& uow) {
    return uow.registry().create_organisatie(organisatie(andere_regio, "Gemeente Alfa"));
  }));

  ASSERT_OK_AND_ASSIGN(auto alfa, lees([&](UnitOfWork& uow) {
                         return uow.registry().list_organisaties(
                             OrganisatieQuery{.regio_id = r.regio, .zoek = "Gemeente Alfa"});
                       }));
  EXPECT_EQ(alfa.total, 1);
  ASSERT_OK_AND_ASSIGN(Organisatie beta_nu, lees([&](UnitOfWork& uow) {
                         return uow.registry().get_organisatie(r.gemeente_b);
                       }));
  EXPECT_EQ(velden(beta_nu), velden(beta));
}

TEST_P(StoreContractTest, OrganisatieOfPersoonDieNogGebruiktWordtBlijftBestaan) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  ASSERT_OK_AND_ASSIGN(
      Id werkgever, schrijf([&](UnitOfWork& uow) {
        return uow.registry().create_organisatie(organisatie(r.regio, "Gemeente Werkgever"));
      }));
  ASSERT_OK_AND_ASSIGN(Id persoon_id, schrijf([&](UnitOfWork& uow) {
                         return uow.registry().create_persoon(persoon(r.regio, werkgever, "Bas"));
                       }));
  ASSERT_OK(schrijf([&](UnitOfWork& uow) {
    return uow.registry().create_rol(rol(persoon_id, r.gemeente_b, RolSoort::kAbLid));
  }));

  // Referenced as werkgever, and as the organisatie of a rol.
  for (Id in_gebruik : {werkgever, r.gemeente_b}) {
    EXPECT_TRUE(FaaltMet(
        schrijf([&](UnitOfWork& uow) { return uow.registry().delete_organisatie(in_gebruik, 1); }),
        ErrorCode::kConflict, "fout.in_gebruik"));
    EXPECT_OK(lees([&](UnitOfWork& uow) { return uow.registry().get_organisatie(in_gebruik); }));
  }
  EXPECT_TRUE(FaaltMet(
      schrijf([&](UnitOfWork& uow) { return uow.registry().delete_persoon(persoon_id, 1); }),
      ErrorCode::kConflict, "fout.in_gebruik"));
  EXPECT_OK(lees([&](UnitOfWork& uow) { return uow.registry().get_persoon(persoon_id); }));

  // Deelnemerschappen belong to their organisatie and go with it.
  ASSERT_OK(schrijf([&](UnitOfWork& uow) {
    return uow.registry().create_deelnemerschap(
        Deelnemerschap{.organisatie_id = r.gemeente_a, .periode = {datum(2013, 1, 1), {}}});
  }));
  ASSERT_OK(
      schrijf([&](UnitOfWork& uow) { return uow.registry().delete_organisatie(r.gemeente_a, 1); }));
  EXPECT_TRUE(
      FaaltMet(lees([&](UnitOfWork& uow) { return uow.registry().get_organisatie(r.gemeente_a); }),
               ErrorCode::kNotFound));
  ASSERT_OK_AND_ASSIGN(auto deelnemerschappen, lees([&](UnitOfWork& uow) {
                         return uow.registry().list_deelnemerschappen(r.gemeente_a);
                       }));
  EXPECT_TRUE(deelnemerschappen.empty());
}

// A stored value the program cannot read back is an error naming table, id, column and value;
// it is never read as some default (a rol of an unknown soort is not a medewerker).
TEST_P(StoreContractTest, OnleesbareWaardeIsCorruptMetTabelEnId) {
  ASSERT_OK_AND_ASSIGN(
      Id rol_id, schrijf([&](UnitOfWork& uow) -> Result<Id> {
        Regio regio;
        regio.naam = "Regio Corrupt";
        REGIE_ASSIGN_OR_RETURN(auto regio_id, uow.registry().create_regio(regio));
        REGIE_ASSIGN_OR_RETURN(
            auto org_id, uow.registry().create_organisatie(organisatie(regio_id, "Gemeente A")));
        REGIE_ASSIGN_OR_RETURN(auto persoon_id,
                               uow.registry().create_persoon(persoon(regio_id, org_id, "Ans")));
        return uow.registry().create_rol(rol(persoon_id, org_id, RolSoort::kMedewerker));
      }));
  ASSERT_OK(voer_sql_uit_buiten_de_store("UPDATE rollen SET soort = 'koning' WHERE id = " +
                                         std::to_string(rol_id)));

  auto gelezen = lees([&](UnitOfWork& uow) { return uow.registry().get_rol(rol_id); });
  ASSERT_TRUE(FaaltMet(gelezen, ErrorCode::kCorrupt, "fout.opslag_onleesbaar"));
  EXPECT_EQ(gelezen.error().detail,
            "rollen " + std::to_string(rol_id) + " kolom soort: onleesbare waarde 'koning'");
  auto lijst = lees([&](UnitOfWork& uow) -> Result<Page<RolRegel>> {
    REGIE_ASSIGN_OR_RETURN(auto regios, uow.registry().list_regios());
    return uow.registry().list_rollen(RolQuery{.regio_id = regios.at(0).id, .page = kAlles});
  });
  EXPECT_TRUE(FaaltMet(lijst, ErrorCode::kCorrupt));

  if (GetParam() == kSqlite) {  // PostgreSQL's DATE column refuses such a value itself
    ASSERT_OK(voer_sql_uit_buiten_de_store(
        "UPDATE rollen SET soort = 'medewerker', van = '1 januari' WHERE id = " +
        std::to_string(rol_id)));
    auto datum = lees([&](UnitOfWork& uow) { return uow.registry().get_rol(rol_id); });
    ASSERT_TRUE(FaaltMet(datum, ErrorCode::kCorrupt));
    EXPECT_EQ(datum.error().detail,
              "rollen " + std::to_string(rol_id) + " kolom van: onleesbare waarde '1 januari'");
  }
}

// A number the program requires is never read as 0 when it is NULL or not a number: the minimum
// hours of a regio (GOV-6 compares the opdrachtgevers' hours with it) come back as kCorrupt
// naming table, id and column. The schema forbids NULL there, so, as someone with direct access
// to the database could, the NOT NULL is dropped first.
TEST_P(StoreContractTest, NullOfTekstInEenVerplichtGetalIsCorruptNooitNul) {
  ASSERT_OK_AND_ASSIGN(Id regio_id, nieuwe_regio("Regio Zonder Minimum"));
  const std::string id = std::to_string(regio_id);
  auto get_regio = [&] {
    return lees([&](UnitOfWork& uow) { return uow.registry().get_regio(regio_id); });
  };
  if (GetParam() == kSqlite) {
    // SQLite keeps what it is given in an INTEGER column: text too (PostgreSQL refuses it).
    ASSERT_OK(voer_sql_uit_buiten_de_store(
        "UPDATE regios SET minimum_uren_ao = 'veel' WHERE id = " + id));
    auto tekst = get_regio();
    ASSERT_TRUE(FaaltMet(tekst, ErrorCode::kCorrupt, "fout.opslag_onleesbaar"));
    EXPECT_EQ(tekst.error().detail,
              "regios " + id + " kolom minimum_uren_ao: onleesbare waarde 'veel'");
    // SQLite cannot drop a constraint: the table is made again without it, in SQLite's
    // documented way of changing a table's definition.
    ASSERT_OK(voer_sql_uit_buiten_de_store(
        "PRAGMA foreign_keys = OFF; BEGIN; "
        "CREATE TABLE regios_los (id INTEGER PRIMARY KEY AUTOINCREMENT, naam TEXT NOT NULL, "
        "gemeenschappelijke_regeling TEXT NOT NULL DEFAULT '', minimum_uren_ao INTEGER, "
        "versie INTEGER NOT NULL DEFAULT 1, uren_per_vertegenwoordigde INTEGER NOT NULL, "
        "minimum_uren_am_per_deelnemer INTEGER NOT NULL, minimum_uren_am INTEGER NOT NULL, "
        "maximum_uren_am INTEGER NOT NULL, tolerantie_procent INTEGER NOT NULL); "
        "INSERT INTO regios_los SELECT * FROM regios; DROP TABLE regios; "
        "ALTER TABLE regios_los RENAME TO regios; COMMIT;"));
  } else {
    ASSERT_OK(voer_sql_uit_buiten_de_store(
        "ALTER TABLE regios ALTER COLUMN minimum_uren_ao DROP NOT NULL"));
  }
  ASSERT_OK(
      voer_sql_uit_buiten_de_store("UPDATE regios SET minimum_uren_ao = NULL WHERE id = " + id));

  auto gelezen = get_regio();
  ASSERT_TRUE(FaaltMet(gelezen, ErrorCode::kCorrupt, "fout.opslag_onleesbaar"));
  EXPECT_EQ(gelezen.error().detail,
            "regios " + id + " kolom minimum_uren_ao: onleesbare waarde 'NULL'");
  EXPECT_TRUE(FaaltMet(lees([](UnitOfWork& uow) { return uow.registry().list_regios(); }),
                       ErrorCode::kCorrupt));
  // A column that may be empty still reads as empty: an organisatie without inwonertal.
  ASSERT_OK(
      voer_sql_uit_buiten_de_store("UPDATE regios SET minimum_uren_ao = 450 WHERE id = " + id));
  ASSERT_OK_AND_ASSIGN(
      Id org_id, schrijf([&](UnitOfWork& uow) {
        return uow.registry().create_organisatie(organisatie(regio_id, "Gemeente Leeg"));
      }));
  ASSERT_OK_AND_ASSIGN(Organisatie org, lees([&](UnitOfWork& uow) {
                         return uow.registry().get_organisatie(org_id);
                       }));
  EXPECT_EQ(org.inwonertal, std::nullopt);
  ASSERT_OK_AND_ASSIGN(Regio hersteld, get_regio());
  EXPECT_EQ(hersteld.minimum_uren_ambtelijk_opdrachtgever, 450);
}

}  // namespace
}  // namespace regie::store_contract

// The store contract of the RegisterRepository (domain/governance/register_repository.hpp), its
// lists: searching, sorting and paging organisaties, personen by visible employer, and rollen on a
// peildatum. The records themselves are in register_contract_test.cpp.
#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "contract_fixture.hpp"

namespace regie::store_contract {
namespace {

// GOV-1
TEST_P(StoreContractTest, OrganisatiesZoekenIsHoofdletterongevoeligEnJokertekensZijnLetterlijk) {
  ASSERT_OK_AND_ASSIGN(Id regio_id, nieuwe_regio("Regio Zoeken"));
  ASSERT_OK_AND_ASSIGN(Id andere_regio, nieuwe_regio("Regio Elders"));
  ASSERT_OK(schrijf([&](UnitOfWork& uow) -> Result<void> {
    for (auto o :
         {organisatie(regio_id, "Gemeente Beekdal"), organisatie(regio_id, "Gemeente Dijkstede"),
          organisatie(regio_id, "Beekman 100% Groen", OrganisatieSoort::kOverig),
          organisatie(regio_id, "Water_schap Delta", OrganisatieSoort::kOverig),
          organisatie(regio_id, "Waterschap Delta", OrganisatieSoort::kOverig),
          organisatie(regio_id, "Provincie Voorbeeldland", OrganisatieSoort::kProvincie),
          organisatie(andere_regio, "Gemeente Beekdal-Noord")}) {
      REGIE_TRY(uow.registry().create_organisatie(o));
    }
    return Ok();
  }));
  auto zoek = [&](std::string tekst, std::optional<OrganisatieSoort> soort = std::nullopt) {
    return lees([&](UnitOfWork& uow) {
      return uow.registry().list_organisaties(
          OrganisatieQuery{.regio_id = regio_id, .zoek = tekst, .soort = soort});
    });
  };
  using Namen = std::vector<std::string>;

  ASSERT_OK_AND_ASSIGN(auto beek, zoek("bEEK"));
  EXPECT_EQ(namen(beek), (Namen{"Beekman 100% Groen", "Gemeente Beekdal"}));
  EXPECT_EQ(beek.total, 2);
  ASSERT_OK_AND_ASSIGN(auto procent, zoek("%"));
  EXPECT_EQ(namen(procent), Namen{"Beekman 100% Groen"});
  ASSERT_OK_AND_ASSIGN(auto procent_midden, zoek("0% g"));
  EXPECT_EQ(namen(procent_midden), Namen{"Beekman 100% Groen"});
  ASSERT_OK_AND_ASSIGN(auto streepje, zoek("_"));
  EXPECT_EQ(namen(streepje), Namen{"Water_schap Delta"});
  ASSERT_OK_AND_ASSIGN(auto streepje_midden, zoek("r_s"));
  EXPECT_EQ(namen(streepje_midden), Namen{"Water_schap Delta"});
  ASSERT_OK_AND_ASSIGN(auto backslash, zoek("\\"));
  EXPECT_EQ(backslash.total, 0);

  ASSERT_OK_AND_ASSIGN(auto gemeenten, zoek("", OrganisatieSoort::kGemeente));
  EXPECT_EQ(namen(gemeenten), (Namen{"Gemeente Beekdal", "Gemeente Dijkstede"}));
  ASSERT_OK_AND_ASSIGN(auto overig_delta, zoek("DELTA", OrganisatieSoort::kOverig));
  EXPECT_EQ(namen(overig_delta), (Namen{"Water_schap Delta", "Waterschap Delta"}));
  ASSERT_OK_AND_ASSIGN(auto alle, zoek(""));
  EXPECT_EQ(alle.total, 6);
}

// GOV-1
TEST_P(StoreContractTest, OrganisatiesSorterenOpNaamEnInwonertalInBeideRichtingenEnBladeren) {
  ASSERT_OK_AND_ASSIGN(Id regio_id, nieuwe_regio("Regio Sorteren"));
  ASSERT_OK(schrijf([&](UnitOfWork& uow) -> Result<void> {
    for (auto o : {organisatie(regio_id, "Gemeente Cc", OrganisatieSoort::kGemeente, 50'000),
                   organisatie(regio_id, "Gemeente Aa", OrganisatieSoort::kGemeente, 30'000),
                   organisatie(regio_id, "Gemeente Ee", OrganisatieSoort::kGemeente, 40'000),
                   organisatie(regio_id, "Gemeente Bb", OrganisatieSoort::kGemeente, 10'000),
                   organisatie(regio_id, "Gemeente Dd", OrganisatieSoort::kGemeente, 20'000)}) {
      REGIE_TRY(uow.registry().create_organisatie(o));
    }
    return Ok();
  }));
  auto lijst = [&](std::string sorteer, SortRichting richting, PageRequest page) {
    return lees([&](UnitOfWork& uow) {
      return uow.registry().list_organisaties(OrganisatieQuery{
          .regio_id = regio_id, .sorteer = sorteer, .richting = richting, .page = page});
    });
  };
  using Namen = std::vector<std::string>;
  const PageRequest alles{0, 50};

  ASSERT_OK_AND_ASSIGN(auto op, lijst("naam", SortRichting::kOplopend, alles));
  EXPECT_EQ(namen(op),
            (Namen{"Gemeente Aa", "Gemeente Bb", "Gemeente Cc", "Gemeente Dd", "Gemeente Ee"}));
  ASSERT_OK_AND_ASSIGN(auto af, lijst("naam", SortRichting::kAflopend, alles));
  EXPECT_EQ(namen(af),
            (Namen{"Gemeente Ee", "Gemeente Dd", "Gemeente Cc", "Gemeente Bb", "Gemeente Aa"}));
  ASSERT_OK_AND_ASSIGN(auto klein, lijst("inwonertal", SortRichting::kOplopend, alles));
  EXPECT_EQ(namen(klein),
            (Namen{"Gemeente Bb", "Gemeente Dd", "Gemeente Aa", "Gemeente Ee", "Gemeente Cc"}));
  ASSERT_OK_AND_ASSIGN(auto groot, lijst("inwonertal", SortRichting::kAflopend, alles));
  EXPECT_EQ(namen(groot),
            (Namen{"Gemeente Cc", "Gemeente Ee", "Gemeente Aa", "Gemeente Dd", "Gemeente Bb"}));

  ASSERT_OK_AND_ASSIGN(auto pagina, lijst("naam", SortRichting::kOplopend, {1, 2}));
  EXPECT_EQ(namen(pagina), (Namen{"Gemeente Bb", "Gemeente Cc"}));
  EXPECT_EQ(pagina.total, 5);
  ASSERT_OK_AND_ASSIGN(auto laatste, lijst("inwonertal", SortRichting::kAflopend, {4, 2}));
  EXPECT_EQ(namen(laatste), Namen{"Gemeente Bb"});
  EXPECT_EQ(laatste.total, 5);
  ASSERT_OK_AND_ASSIGN(auto voorbij, lijst("naam", SortRichting::kOplopend, {5, 2}));
  EXPECT_TRUE(voorbij.items.empty());
  EXPECT_EQ(voorbij.total, 5);
}

TEST_P(StoreContractTest, PersonenFilterenOpZichtbareWerkgeversEnOrganisatie) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  ASSERT_OK_AND_ASSIGN(Id andere_regio, nieuwe_regio("Regio Elders"));
  ASSERT_OK(schrijf([&](UnitOfWork& uow) -> Result<void> {
    REGIE_ASSIGN_OR_RETURN(
        Id elders, uow.registry().create_organisatie(organisatie(andere_regio, "Gemeente Elders")));
    for (auto p : {persoon(r.regio, r.gemeente_a, "Dirk"), persoon(r.regio, r.gemeente_b, "Bram"),
                   persoon(r.regio, r.od, "Cees"), persoon(r.regio, r.gemeente_a, "Anna"),
                   persoon(andere_regio, elders, "Anna Elders")}) {
      REGIE_TRY(uow.registry().create_persoon(p));
    }
    return Ok();
  }));
  auto lijst = [&](std::optional<std::vector<Id>> werkgevers, std::optional<Id> organisatie_id,
                   std::string sorteer = "naam") {
    return lees([&](UnitOfWork& uow) {
      return uow.registry().list_personen(PersoonQuery{.regio_id = r.regio,
                                                       .werkgevers = werkgevers,
                                                       .organisatie_id = organisatie_id,
                                                       .sorteer = sorteer,
                                                       .page = kAlles});
    });
  };
  using Namen = std::vector<std::string>;

  ASSERT_OK_AND_ASSIGN(auto alle, lijst(std::nullopt, std::nullopt));
  EXPECT_EQ(namen(alle), (Namen{"Anna", "Bram", "Cees", "Dirk"}));
  EXPECT_EQ(alle.total, 4);
  ASSERT_OK_AND_ASSIGN(auto alfa, lijst(std::vector<Id>{r.gemeente_a}, std::nullopt));
  EXPECT_EQ(namen(alfa), (Namen{"Anna", "Dirk"}));
  EXPECT_EQ(alfa.total, 2);
  ASSERT_OK_AND_ASSIGN(auto alfa_en_od, lijst(std::vector<Id>{r.od, r.gemeente_a}, std::nullopt));
  EXPECT_EQ(namen(alfa_en_od), (Namen{"Anna", "Cees", "Dirk"}));
  ASSERT_OK_AND_ASSIGN(auto niets, lijst(std::vector<Id>{}, std::nullopt));
  EXPECT_TRUE(niets.items.empty());
  EXPECT_EQ(niets.total, 0);

  ASSERT_OK_AND_ASSIGN(auto beta, lijst(std::nullopt, r.gemeente_b));
  EXPECT_EQ(namen(beta), Namen{"Bram"});
  ASSERT_EQ(beta.items.size(), 1u);
  EXPECT_EQ(beta.items[0].organisatie_naam, "Gemeente Beta");
  ASSERT_OK_AND_ASSIGN(auto beta_onzichtbaar, lijst(std::vector<Id>{r.gemeente_a}, r.gemeente_b));
  EXPECT_EQ(beta_onzichtbaar.total, 0);

  ASSERT_OK_AND_ASSIGN(auto per_organisatie, lijst(std::nullopt, std::nullopt, "organisatie"));
  EXPECT_EQ(namen(per_organisatie), (Namen{"Anna", "Dirk", "Bram", "Cees"}));
}

// GOV-3
TEST_P(StoreContractTest, RollenOpPeildatumTellenEersteEnLaatsteDagMeeEnDeDagErnaNiet) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  struct Rollen {
    Id jaar, open;
  };
  ASSERT_OK_AND_ASSIGN(
      Rollen rollen, schrijf([&](UnitOfWork& uow) -> Result<Rollen> {
        REGIE_ASSIGN_OR_RETURN(
            Id p, uow.registry().create_persoon(persoon(r.regio, r.gemeente_a, "Ruud")));
        Rollen out{};
        REGIE_ASSIGN_OR_RETURN(out.jaar, uow.registry().create_rol(
                                             rol(p, r.gemeente_a, RolSoort::kRegisseurBeleidscyclus,
                                                 {datum(2026, 1, 1), datum(2026, 12, 31)})));
        REGIE_ASSIGN_OR_RETURN(out.open, uow.registry().create_rol(
                                             rol(p, r.gemeente_a, RolSoort::kAmbtelijkOpdrachtgever,
                                                 {datum(2025, 6, 1), std::nullopt}, 460)));
        return out;
      }));
  auto op = [&](Datum peildatum) {
    return lees([&](UnitOfWork& uow) {
      return uow.registry().list_rollen(
          RolQuery{.regio_id = r.regio, .peildatum = peildatum, .sorteer = "van"});
    });
  };
  using Ids = std::vector<Id>;

  ASSERT_OK_AND_ASSIGN(auto voor_open, op(datum(2025, 5, 31)));
  EXPECT_EQ(ids(voor_open), Ids{});
  ASSERT_OK_AND_ASSIGN(auto start_open, op(datum(2025, 6, 1)));
  EXPECT_EQ(ids(start_open), Ids{rollen.open});
  ASSERT_OK_AND_ASSIGN(auto dag_ervoor, op(datum(2025, 12, 31)));
  EXPECT_EQ(ids(dag_ervoor), Ids{rollen.open});
  ASSERT_OK_AND_ASSIGN(auto eerste_dag, op(datum(2026, 1, 1)));
  EXPECT_EQ(ids(eerste_dag), (Ids{rollen.open, rollen.jaar}));
  EXPECT_EQ(eerste_dag.total, 2);
  ASSERT_OK_AND_ASSIGN(auto laatste_dag, op(datum(2026, 12, 31)));
  EXPECT_EQ(ids(laatste_dag), (Ids{rollen.open, rollen.jaar}));
  ASSERT_OK_AND_ASSIGN(auto dag_erna, op(datum(2027, 1, 1)));
  EXPECT_EQ(ids(dag_erna), Ids{rollen.open});
  EXPECT_EQ(dag_erna.total, 1);
}

// GOV-3
TEST_P(StoreContractTest, RolIsZichtbaarAlsOrganisatieOfWerkgeverInDeLijstStaat) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  struct Rollen {
    Id am_alfa, coordinator_od, ao_alfa, ab_beta;
  };
  ASSERT_OK_AND_ASSIGN(
      Rollen rollen, schrijf([&](UnitOfWork& uow) -> Result<Rollen> {
        REGIE_ASSIGN_OR_RETURN(Id thomas,
                               uow.registry().create_persoon(persoon(r.regio, r.od, "Thomas")));
        REGIE_ASSIGN_OR_RETURN(
            Id anouk, uow.registry().create_persoon(persoon(r.regio, r.gemeente_a, "Anouk")));
        REGIE_ASSIGN_OR_RETURN(
            Id erik, uow.registry().create_persoon(persoon(r.regio, r.gemeente_b, "Erik")));
        Rollen out{};
        REGIE_ASSIGN_OR_RETURN(out.am_alfa, uow.registry().create_rol(rol(
                                                thomas, r.gemeente_a, RolSoort::kAccountmanager)));
        REGIE_ASSIGN_OR_RETURN(out.coordinator_od, uow.registry().create_rol(
                                                       rol(thomas, r.od, RolSoort::kCoordinator)));
        REGIE_ASSIGN_OR_RETURN(
            out.ao_alfa,
            uow.registry().create_rol(rol(anouk, r.gemeente_a, RolSoort::kAmbtelijkOpdrachtgever)));
        REGIE_ASSIGN_OR_RETURN(
            out.ab_beta, uow.registry().create_rol(rol(erik, r.gemeente_b, RolSoort::kAbLid)));
        return out;
      }));
  auto zichtbaar = [&](std::optional<std::vector<Id>> lijst,
                       std::optional<RolSoort> soort = std::nullopt) {
    return lees([&](UnitOfWork& uow) -> Result<std::set<Id>> {
      REGIE_ASSIGN_OR_RETURN(
          auto page, uow.registry().list_rollen(RolQuery{
                         .regio_id = r.regio, .zichtbaar = lijst, .soort = soort, .page = kAlles}));
      std::set<Id> out;
      for (const auto& regel : page.items) out.insert(regel.rol.id);
      if (page.total != static_cast<std::int64_t>(out.size())) {
        return Error::storage("total " + std::to_string(page.total) + " past niet bij de lijst");
      }
      return out;
    });
  };
  using Ids = std::set<Id>;

  ASSERT_OK_AND_ASSIGN(auto alle, zichtbaar(std::nullopt));
  EXPECT_EQ(alle, (Ids{rollen.am_alfa, rollen.coordinator_od, rollen.ao_alfa, rollen.ab_beta}));
  // Alfa: the rol held for Alfa by the OD's accountmanager, and the rol of Alfa's own employee.
  ASSERT_OK_AND_ASSIGN(auto alfa, zichtbaar(std::vector<Id>{r.gemeente_a}));
  EXPECT_EQ(alfa, (Ids{rollen.am_alfa, rollen.ao_alfa}));
  // The OD: every rol of its employees, also those held for a gemeente.
  ASSERT_OK_AND_ASSIGN(auto od, zichtbaar(std::vector<Id>{r.od}));
  EXPECT_EQ(od, (Ids{rollen.am_alfa, rollen.coordinator_od}));
  ASSERT_OK_AND_ASSIGN(auto beta, zichtbaar(std::vector<Id>{r.gemeente_b}));
  EXPECT_EQ(beta, Ids{rollen.ab_beta});
  ASSERT_OK_AND_ASSIGN(auto niets, zichtbaar(std::vector<Id>{}));
  EXPECT_EQ(niets, Ids{});

  ASSERT_OK_AND_ASSIGN(auto accountmanagers, zichtbaar(std::nullopt, RolSoort::kAccountmanager));
  EXPECT_EQ(accountmanagers, Ids{rollen.am_alfa});
  ASSERT_OK_AND_ASSIGN(auto am_beta,
                       zichtbaar(std::vector<Id>{r.gemeente_b}, RolSoort::kAccountmanager));
  EXPECT_EQ(am_beta, Ids{});

  ASSERT_OK_AND_ASSIGN(auto voor_alfa, lees([&](UnitOfWork& uow) {
                         return uow.registry().list_rollen(
                             RolQuery{.regio_id = r.regio, .organisatie_id = r.gemeente_a});
                       }));
  EXPECT_EQ(voor_alfa.total, 2);
}

// GOV-3
TEST_P(StoreContractTest, RollenSorterenOpElkeSleutelInBeideRichtingen) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  struct Rollen {
    Id anna, bram, cees;
  };
  // Every key orders these three differently, so a wrong column shows.
  ASSERT_OK_AND_ASSIGN(
      Rollen rollen, schrijf([&](UnitOfWork& uow) -> Result<Rollen> {
        REGIE_ASSIGN_OR_RETURN(Id anna,
                               uow.registry().create_persoon(persoon(r.regio, r.od, "Anna")));
        REGIE_ASSIGN_OR_RETURN(Id bram,
                               uow.registry().create_persoon(persoon(r.regio, r.od, "Bram")));
        REGIE_ASSIGN_OR_RETURN(Id cees,
                               uow.registry().create_persoon(persoon(r.regio, r.od, "Cees")));
        Rollen out{};
        REGIE_ASSIGN_OR_RETURN(
            out.anna, uow.registry().create_rol(rol(anna, r.gemeente_b, RolSoort::kMedewerker,
                                                    {datum(2024, 3, 1), std::nullopt})));
        REGIE_ASSIGN_OR_RETURN(out.bram,
                               uow.registry().create_rol(rol(bram, r.gemeente_a, RolSoort::kAbLid,
                                                             {datum(2022, 1, 1), std::nullopt})));
        REGIE_ASSIGN_OR_RETURN(out.cees,
                               uow.registry().create_rol(rol(cees, r.od, RolSoort::kCoordinator,
                                                             {datum(2023, 6, 15), std::nullopt})));
        return out;
      }));
  auto gesorteerd = [&](std::string sorteer, SortRichting richting,
                        PageRequest page = PageRequest{}) {
    return lees([&](UnitOfWork& uow) {
      return uow.registry().list_rollen(
          RolQuery{.regio_id = r.regio, .sorteer = sorteer, .richting = richting, .page = page});
    });
  };
  using Ids = std::vector<Id>;
  struct Verwachting {
    std::string sleutel;
    Ids oplopend;
  };
  for (const auto& v : {
           Verwachting{"persoon", {rollen.anna, rollen.bram, rollen.cees}},
           Verwachting{"organisatie", {rollen.bram, rollen.anna, rollen.cees}},  // Alfa, Beta, OD
           Verwachting{"soort", {rollen.bram, rollen.cees, rollen.anna}},  // ab_lid, coord., medew.
           Verwachting{"van", {rollen.bram, rollen.cees, rollen.anna}},
       }) {
    SCOPED_TRACE(v.sleutel);
    ASSERT_OK_AND_ASSIGN(auto op, gesorteerd(v.sleutel, SortRichting::kOplopend));
    EXPECT_EQ(ids(op), v.oplopend);
    ASSERT_OK_AND_ASSIGN(auto af, gesorteerd(v.sleutel, SortRichting::kAflopend));
    EXPECT_EQ(ids(af), Ids(v.oplopend.rbegin(), v.oplopend.rend()));
  }
  ASSERT_OK_AND_ASSIGN(auto midden, gesorteerd("persoon", SortRichting::kOplopend, {1, 1}));
  EXPECT_EQ(ids(midden), Ids{rollen.bram});
  EXPECT_EQ(midden.total, 3);
}

}  // namespace
}  // namespace regie::store_contract

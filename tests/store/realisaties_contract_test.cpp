// The store contract of the RealisatieRepository (domain/monitoring/realisatie_repository.hpp):
// bronsystemen with their mapping, imports with provenance and rows, the kept totals and the
// closed months (MON-1, MON-6, MON-7).
#include <gtest/gtest.h>

#include <string>

#include "contract_fixture.hpp"
#include "domain/monitoring/realisatie_repository.hpp"

namespace regie::store_contract {
namespace {

using monitoring::Bronsysteem;
using monitoring::Cellen;
using monitoring::Realisatie;
using monitoring::RealisatieImport;
using programma::RegelSoort;

Bronsysteem bron(Id regio, Id gemeente) {
  Bronsysteem b;
  b.regio_id = regio;
  b.naam = "Zaaksysteem ‘Squit’";
  b.kolommen.datum = "Datum";
  b.kolommen.deelnemer = "Gemeente";
  b.kolommen.zaaktype = "Zaaktype";
  b.kolommen.uren = "Uren";
  b.kolommen.zaaknummer = "Zaak";
  b.deelnemernamen = {{"Gem. A", gemeente}, {"A-stad", gemeente}};
  b.zaaktypen = {{"Controle", "TH-01"}, {"Melding; bodem", "VV-02"}};
  return b;
}

Realisatie rij(Id import_id, Id deelnemer, const std::string& code, Datum d, std::int64_t uren) {
  Realisatie r;
  r.import_id = import_id;
  r.deelnemer_id = deelnemer;
  r.productcode = code;
  r.datum = d;
  r.uren = uren;
  r.aantal = 1;
  r.bedrag_cents = uren * 98;
  r.medewerker = "Öztürk";
  r.zaaknummer = "Z-" + std::to_string(uren);
  r.regel = uren;
  return r;
}

// An import of `bron_id` as a file's import records it.
RealisatieImport nieuwe_import(Id regio, Id bron_id, const std::string& bestandsnaam) {
  RealisatieImport imp;
  imp.regio_id = regio;
  imp.bron_id = bron_id;
  imp.bestandsnaam = bestandsnaam;
  imp.sha256 = std::string(64, 'a');
  imp.door = "accountmanager (Sanne de Vries)";
  imp.op = "2026-12-01T09:00:00Z";
  return imp;
}

// MON-1: a bronsysteem's mapping comes back as stored, with both tables in their order; a second
// one with the same name is refused; an update from a stale version is refused.
TEST_P(StoreContractTest, MON1_BronsystemenMetHunKoppelingen) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  Bronsysteem b = bron(r.regio, r.gemeente_a);
  ASSERT_OK_AND_ASSIGN(Id id,
                       schrijf([&](UnitOfWork& uow) { return uow.realisaties().create_bron(b); }));
  ASSERT_OK_AND_ASSIGN(auto gelezen,
                       lees([&](UnitOfWork& uow) { return uow.realisaties().get_bron(id); }));
  b.id = id;
  EXPECT_EQ(gelezen, b);
  EXPECT_TRUE(FaaltMet(schrijf([&](UnitOfWork& uow) { return uow.realisaties().create_bron(b); }),
                       ErrorCode::kConflict, "fout.bestaat_al"));
  b.zaaktypen = {{"Toezicht", "TH-02"}};
  b.kolommen.team = "Team";
  ASSERT_OK(schrijf([&](UnitOfWork& uow) { return uow.realisaties().update_bron(b); }));
  EXPECT_TRUE(FaaltMet(schrijf([&](UnitOfWork& uow) { return uow.realisaties().update_bron(b); }),
                       ErrorCode::kStale));
  ASSERT_OK_AND_ASSIGN(
      auto lijst, lees([&](UnitOfWork& uow) { return uow.realisaties().list_bronnen(r.regio); }));
  ASSERT_EQ(lijst.size(), 1U);
  b.versie = 2;
  EXPECT_EQ(lijst[0], b);
}

// MON-7: an import keeps file name, hash, person and time; its rows come back in order, page by
// page; a replaced import keeps its rows and says by which import. MON-1: the kept totals add
// and take away, and equal the recomputation from the rows of the active imports.
TEST_P(StoreContractTest, MON1_MON7_ImportsRijenEnTotalen) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  ASSERT_OK_AND_ASSIGN(Id bron_id, schrijf([&](UnitOfWork& uow) {
                         return uow.realisaties().create_bron(bron(r.regio, r.gemeente_a));
                       }));
  const RealisatieImport imp = nieuwe_import(r.regio, bron_id, "uren maart.csv");

  auto importeer = [&](const std::vector<Realisatie>& rijen_zonder_id) -> Result<Id> {
    return schrijf([&](UnitOfWork& uow) -> Result<Id> {
      // The hash comes once the rows are read (decision 51).
      RealisatieImport zonder_hash = imp;
      zonder_hash.sha256.clear();
      REGIE_ASSIGN_OR_RETURN(Id id, uow.realisaties().create_import(zonder_hash));
      std::vector<Realisatie> rijen = rijen_zonder_id;
      Cellen cellen;
      monitoring::Telling t;
      for (auto& x : rijen) {
        x.import_id = id;
        monitoring::tel(
            cellen, x,
            {x.productcode == "AD-01" ? "advies" : "toezicht",
             x.productcode == "AD-01" ? RegelSoort::kSpecifiek : RegelSoort::kCollectief});
        t.tel(monitoring::telling_van(x));
      }
      REGIE_TRY(uow.realisaties().voeg_toe(rijen));
      REGIE_TRY(uow.realisaties().bewaar_import_cellen(id, cellen));
      REGIE_TRY(uow.realisaties().tel_bij(r.regio, cellen, 1));
      REGIE_TRY(uow.realisaties().set_import_telling(id, 202603, 202604, t, imp.sha256));
      return id;
    });
  };
  // 450 rows: more than one INSERT of rows.
  std::vector<Realisatie> eerste;
  for (int i = 1; i <= 450; ++i) {
    eerste.push_back(
        rij(0, i % 2 == 0 ? r.gemeente_a : r.gemeente_b, i % 3 == 0 ? "AD-01" : "TH-01",
            datum(2026, 3 + static_cast<unsigned>(i % 2), 1 + static_cast<unsigned>(i % 28)), i));
  }
  ASSERT_OK_AND_ASSIGN(Id a, importeer(eerste));
  ASSERT_OK_AND_ASSIGN(auto gelezen,
                       lees([&](UnitOfWork& uow) { return uow.realisaties().get_import(a); }));
  EXPECT_EQ(gelezen.bestandsnaam, "uren maart.csv");
  EXPECT_EQ(gelezen.sha256, imp.sha256);
  EXPECT_EQ(gelezen.bron_naam, "Zaaksysteem ‘Squit’");
  EXPECT_EQ(gelezen.door, "accountmanager (Sanne de Vries)");
  EXPECT_EQ(gelezen.telling.regels, 450);
  EXPECT_EQ(gelezen.van_maand, 202603);
  EXPECT_EQ(gelezen.status, monitoring::ImportStatus::kActief);

  ASSERT_OK_AND_ASSIGN(auto pagina1, lees([&](UnitOfWork& uow) {
                         return uow.realisaties().list_realisaties(a, 0, 200);
                       }));
  ASSERT_EQ(pagina1.size(), 200U);
  EXPECT_EQ(pagina1[0].regel, 1);
  EXPECT_EQ(pagina1[0].medewerker, "Öztürk");
  EXPECT_EQ(pagina1[0].datum, eerste[0].datum);
  ASSERT_OK_AND_ASSIGN(auto pagina3, lees([&](UnitOfWork& uow) {
                         return uow.realisaties().list_realisaties(a, pagina1.back().id + 200, 200);
                       }));
  EXPECT_EQ(pagina3.size(), 50U);

  auto klopt = [&]() {
    auto h = lees([&](UnitOfWork& uow) { return uow.realisaties().herbereken(r.regio); });
    auto c = lees([&](UnitOfWork& uow) {
      return uow.realisaties().cellen(r.regio, 0, 999912, std::nullopt);
    });
    auto t =
        lees([&](UnitOfWork& uow) { return uow.realisaties().taakveldcellen(r.regio, 0, 999912); });
    EXPECT_TRUE(h.ok() && c.ok() && t.ok());
    if (!h.ok() || !c.ok() || !t.ok()) return;
    EXPECT_EQ(*h, *c);
    EXPECT_EQ(monitoring::per_taakveld(*h), *t);
  };
  klopt();

  // A second import of the same cells adds up; taking the first away leaves the second.
  std::vector<Realisatie> tweede = {rij(0, r.gemeente_a, "TH-01", datum(2026, 3, 2), 7)};
  ASSERT_OK_AND_ASSIGN(Id b, importeer(tweede));
  klopt();
  ASSERT_OK(schrijf([&](UnitOfWork& uow) -> Result<void> {
    REGIE_ASSIGN_OR_RETURN(auto cellen, uow.realisaties().import_cellen(a));
    REGIE_TRY(uow.realisaties().tel_bij(r.regio, cellen, -1));
    return uow.realisaties().set_vervangen(a, b);
  }));
  klopt();
  ASSERT_OK_AND_ASSIGN(auto cellen, lees([&](UnitOfWork& uow) {
                         return uow.realisaties().cellen(r.regio, 202601, 202612, r.gemeente_a);
                       }));
  ASSERT_EQ(cellen.size(), 1U);
  EXPECT_EQ(cellen.begin()->second.telling.uren, 7);
  ASSERT_OK_AND_ASSIGN(auto vervangen,
                       lees([&](UnitOfWork& uow) { return uow.realisaties().get_import(a); }));
  EXPECT_EQ(vervangen.status, monitoring::ImportStatus::kVervangen);
  EXPECT_EQ(vervangen.vervangen_door, b);
  ASSERT_OK_AND_ASSIGN(auto nog, lees([&](UnitOfWork& uow) {
                         return uow.realisaties().list_realisaties(a, 0, 1000);
                       }));
  EXPECT_EQ(nog.size(), 450U);  // kept in the history
  ASSERT_OK_AND_ASSIGN(auto imports, lees([&](UnitOfWork& uow) {
                         return uow.realisaties().list_imports(r.regio, 10);
                       }));
  ASSERT_EQ(imports.size(), 2U);
  EXPECT_EQ(imports[0].id, b);  // newest first
}

// MON-7: an import's rows come back as written and only its own, also when another import's rows
// were added between two blocks of it in the same transaction (decision 50: COPY on PostgreSQL;
// decision 51: each import numbers its own rows, found by their range through a BRIN index); text
// with tabs, backslashes, line breaks and "\\N" survives COPY's text format; an import without
// rows has none; no rows go to an import that is closed or does not exist.
TEST_P(StoreContractTest, MON7_RijenVanEenImportZijnDieVanHemZelfEnTekstBlijftHeel) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  ASSERT_OK_AND_ASSIGN(Id bron_id, schrijf([&](UnitOfWork& uow) {
                         return uow.realisaties().create_bron(bron(r.regio, r.gemeente_a));
                       }));
  const RealisatieImport imp = nieuwe_import(r.regio, bron_id, "export.csv");
  const std::vector<std::string> teksten = {"tab\there", "schuine\\streep", "regel\nbreuk\r",
                                            "\\N",       "\"Öztürk\"; Š",   ""};
  struct Ids {
    Id a = 0, b = 0, leeg = 0;
  };
  ASSERT_OK_AND_ASSIGN(
      Ids ids, schrijf([&](UnitOfWork& uow) -> Result<Ids> {
        Ids out;
        REGIE_ASSIGN_OR_RETURN(out.a, uow.realisaties().create_import(imp));
        REGIE_ASSIGN_OR_RETURN(out.b, uow.realisaties().create_import(imp));
        REGIE_ASSIGN_OR_RETURN(out.leeg, uow.realisaties().create_import(imp));
        std::vector<Realisatie> a1, b1, a2;
        for (int i = 1; i <= 150; ++i) {
          a1.push_back(rij(out.a, r.gemeente_a, "TH-01", datum(2026, 3, 1), i));
          a1.back().team = teksten[static_cast<std::size_t>(i) % teksten.size()];
        }
        for (int i = 1; i <= 3; ++i) {
          b1.push_back(rij(out.b, r.gemeente_b, "TH-01", datum(2026, 4, 1), i));
        }
        for (int i = 151; i <= 210; ++i) {
          a2.push_back(rij(out.a, r.gemeente_a, "TH-01", datum(2026, 3, 2), i));
        }
        REGIE_TRY(uow.realisaties().voeg_toe(a1));
        REGIE_TRY(uow.realisaties().voeg_toe(b1));
        REGIE_TRY(uow.realisaties().voeg_toe(a2));
        const monitoring::Telling t;
        REGIE_TRY(uow.realisaties().set_import_telling(out.a, 202603, 202603, t, imp.sha256));
        REGIE_TRY(uow.realisaties().set_import_telling(out.b, 202604, 202604, t, imp.sha256));
        REGIE_TRY(uow.realisaties().set_import_telling(out.leeg, 202603, 202603, t, imp.sha256));
        return out;
      }));
  ASSERT_OK_AND_ASSIGN(auto a, lees([&](UnitOfWork& uow) {
                         return uow.realisaties().list_realisaties(ids.a, 0, 1000);
                       }));
  ASSERT_EQ(a.size(), 210U);
  for (std::size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].id, monitoring::realisatie_id(ids.a, static_cast<std::int64_t>(i + 1)));
    EXPECT_EQ(a[i].import_id, ids.a);
    EXPECT_EQ(a[i].regel, static_cast<std::int64_t>(i + 1));
    if (i < 150) {
      EXPECT_EQ(a[i].team, teksten[(i + 1) % teksten.size()]) << i;
    }
  }
  ASSERT_OK_AND_ASSIGN(auto b, lees([&](UnitOfWork& uow) {
                         return uow.realisaties().list_realisaties(ids.b, 0, 1000);
                       }));
  ASSERT_EQ(b.size(), 3U);
  EXPECT_EQ(b[0].deelnemer_id, r.gemeente_b);
  EXPECT_EQ(b[0].id, monitoring::eerste_realisatie_id(ids.b));
  // Paging on from the last row of the first block, in pages of 25.
  ASSERT_OK_AND_ASSIGN(auto verder, lees([&](UnitOfWork& uow) {
                         return uow.realisaties().list_realisaties(ids.a, a[149].id, 25);
                       }));
  ASSERT_EQ(verder.size(), 25U);
  EXPECT_EQ(verder.front().regel, 151);
  ASSERT_OK_AND_ASSIGN(auto rest, lees([&](UnitOfWork& uow) {
                         return uow.realisaties().list_realisaties(ids.a, verder.back().id, 1000);
                       }));
  ASSERT_EQ(rest.size(), 35U);
  EXPECT_EQ(rest.back().regel, 210);
  ASSERT_OK_AND_ASSIGN(auto leeg, lees([&](UnitOfWork& uow) {
                         return uow.realisaties().list_realisaties(ids.leeg, 0, 1000);
                       }));
  EXPECT_TRUE(leeg.empty());

  // A row of an import that does not exist is refused on both engines (PostgreSQL has no foreign
  // key on these rows: the repository checks each import once per transaction).
  auto wees = schrijf([&](UnitOfWork& uow) -> Result<Id> {
    REGIE_TRY(uow.realisaties().voeg_toe(
        {rij(ids.leeg + 1000, r.gemeente_a, "TH-01", datum(2026, 3, 1), 1)}));
    return Id{0};
  });
  ASSERT_FALSE(wees.ok());
  EXPECT_EQ(wees.error().code, ErrorCode::kConflict);
  // Nor to one that is closed: its range is set.
  auto dicht = schrijf([&](UnitOfWork& uow) -> Result<Id> {
    REGIE_TRY(
        uow.realisaties().voeg_toe({rij(ids.b, r.gemeente_b, "TH-01", datum(2026, 4, 2), 4)}));
    return Id{0};
  });
  ASSERT_FALSE(dicht.ok());
  EXPECT_EQ(dicht.error().code, ErrorCode::kConflict);
  ASSERT_OK_AND_ASSIGN(auto nog_b, lees([&](UnitOfWork& uow) {
                         return uow.realisaties().list_realisaties(ids.b, 0, 1000);
                       }));
  EXPECT_EQ(nog_b.size(), 3U);
}

// MON-6: closed months by month; a month closed twice is refused.
TEST_P(StoreContractTest, MON6_AfgeslotenMaanden) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  monitoring::Periodeafsluiting maart{202603, "directie", "2026-04-02T08:00:00Z"};
  monitoring::Periodeafsluiting jan{202601, "directie", "2026-02-02T08:00:00Z"};
  ASSERT_OK(schrijf([&](UnitOfWork& uow) { return uow.realisaties().sluit(r.regio, maart); }));
  ASSERT_OK(schrijf([&](UnitOfWork& uow) { return uow.realisaties().sluit(r.regio, jan); }));
  EXPECT_TRUE(
      FaaltMet(schrijf([&](UnitOfWork& uow) { return uow.realisaties().sluit(r.regio, maart); }),
               ErrorCode::kConflict, "fout.bestaat_al"));
  ASSERT_OK_AND_ASSIGN(auto lijst, lees([&](UnitOfWork& uow) {
                         return uow.realisaties().list_afsluitingen(r.regio);
                       }));
  EXPECT_EQ(lijst, (std::vector<monitoring::Periodeafsluiting>{jan, maart}));
}

}  // namespace
}  // namespace regie::store_contract

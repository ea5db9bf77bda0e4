// The store contract of the OpdrachtRepository (domain/opdrachten/opdracht_repository.hpp):
// opdrachten (OPD-1..OPD-3), their versions and wijzigingsverzoeken (OPD-5).
#include <gtest/gtest.h>

#include <optional>

#include "contract_fixture.hpp"
#include "domain/opdrachten/opdracht_repository.hpp"
#include "domain/opdrachten/wijziging.hpp"

namespace regie::store_contract {
namespace {

// OPD-1, OPD-3: every part comes back exactly (Dutch text, amounts in cents, dates, empty
// optionals), the filters work, a stale edit is refused, and the steps are kept in order.
TEST_P(StoreContractTest, OpdrachtMetAlleOnderdelenEnOvergangenWordtExactTeruggelezen) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  opdrachten::Opdracht o;
  o.regio_id = r.regio;
  o.opdrachtgever_id = r.gemeente_a;
  o.titel = "Uitvoeringsprogramma ‘VTH’ 2027 — €";
  o.jaar = 2027;
  o.soort = opdrachten::Soort::kMaatwerk;
  o.deelnemer_id = r.gemeente_a;
  o.extra_uren = 120;
  o.extra_financiering_cents = 9'600'00;
  o.aanleiding = "Regel één\n- punt \"twee\"";
  o.doel = "95% binnen de termijn";
  o.planning = {{"Start", datum(2027, 1, 1)}, {"Evaluatie", std::nullopt}};
  o.bemensing = {{"Toezichthouder", 3200, std::nullopt}};
  o.financien = {{2027, 1'234'567'89, "Bijdrage"}, {2028, 1, ""}};
  o.stakeholders = {{"Provincie", r.od, std::nullopt, "Bevoegd gezag"}};
  o.risicos = {{"Krapte", opdrachten::Niveau::kHoog, opdrachten::Niveau::kLaag, "Inhuur", "OD"}};
  ASSERT_OK_AND_ASSIGN(o.id, schrijf([&](UnitOfWork& uow) { return uow.opdrachten().create(o); }));
  o.versie = 1;
  opdrachten::Opdracht ander;
  ander.regio_id = r.regio;
  ander.opdrachtgever_id = r.gemeente_b;
  ander.titel = "Ander";
  ander.jaar = 2026;
  ASSERT_OK(schrijf([&](UnitOfWork& uow) { return uow.opdrachten().create(ander); }));

  ASSERT_OK_AND_ASSIGN(auto terug,
                       lees([&](UnitOfWork& uow) { return uow.opdrachten().get(o.id); }));
  EXPECT_EQ(terug.titel, o.titel);
  EXPECT_EQ(terug.soort, opdrachten::Soort::kMaatwerk);
  EXPECT_EQ(terug.deelnemer_id, r.gemeente_a);
  EXPECT_EQ(terug.extra_financiering_cents, 9'600'00);
  EXPECT_EQ(terug.aanleiding, o.aanleiding);
  ASSERT_EQ(terug.planning.size(), 2u);
  EXPECT_EQ(terug.planning[0].datum, datum(2027, 1, 1));
  EXPECT_FALSE(terug.planning[1].datum.has_value());
  EXPECT_EQ(terug.financien[0].cents, 1'234'567'89);
  EXPECT_EQ(terug.stakeholders[0].organisatie_id, r.od);
  EXPECT_FALSE(terug.stakeholders[0].persoon_id.has_value());
  EXPECT_EQ(terug.risicos[0].kans, opdrachten::Niveau::kHoog);
  EXPECT_EQ(terug.risicos[0].impact, opdrachten::Niveau::kLaag);
  EXPECT_EQ(terug.status, opdrachten::Status::kConcept);
  EXPECT_EQ(terug.versie, 1);

  ASSERT_OK_AND_ASSIGN(auto alle, lees([&](UnitOfWork& uow) {
                         return uow.opdrachten().list(OpdrachtQuery{.regio_id = r.regio});
                       }));
  ASSERT_EQ(alle.size(), 2u);
  EXPECT_EQ(alle[0].jaar, 2027);  // newest year first
  ASSERT_OK_AND_ASSIGN(auto gefilterd, lees([&](UnitOfWork& uow) {
                         return uow.opdrachten().list(
                             OpdrachtQuery{.regio_id = r.regio, .deelnemer_id = r.gemeente_a});
                       }));
  ASSERT_EQ(gefilterd.size(), 1u);
  ASSERT_OK_AND_ASSIGN(
      auto per_jaar, lees([&](UnitOfWork& uow) {
        return uow.opdrachten().list(OpdrachtQuery{
            .regio_id = r.regio, .status = opdrachten::Status::kConcept, .jaar = 2026});
      }));
  ASSERT_EQ(per_jaar.size(), 1u);
  EXPECT_EQ(per_jaar[0].titel, "Ander");

  auto gezien = o;
  o.status = opdrachten::Status::kAangeboden;
  ASSERT_OK(schrijf([&](UnitOfWork& uow) -> Result<void> {
    REGIE_TRY(uow.opdrachten().update(o));
    opdrachten::Overgang overgang{0,
                                  o.id,
                                  opdrachten::Stap::kAanbieden,
                                  opdrachten::Status::kConcept,
                                  opdrachten::Status::kAangeboden,
                                  "opdrachtgever",
                                  "2026-11-28T10:00:00Z",
                                  "",
                                  "Gemeente Alfa en Gemeente Beta"};
    REGIE_TRY(uow.opdrachten().create_overgang(overgang));
    overgang.namens.clear();
    overgang.stap = opdrachten::Stap::kTerugleggen;
    overgang.van = opdrachten::Status::kAangeboden;
    overgang.naar = opdrachten::Status::kTeruggelegd;
    overgang.reden = "Capaciteit ontbreekt";
    REGIE_TRY(uow.opdrachten().create_overgang(overgang));
    return Ok();
  }));
  gezien.titel = "verouderd";
  EXPECT_TRUE(FaaltMet(schrijf([&](UnitOfWork& uow) { return uow.opdrachten().update(gezien); }),
                       ErrorCode::kStale, "fout.verouderd"));
  ASSERT_OK_AND_ASSIGN(auto overgangen, lees([&](UnitOfWork& uow) {
                         return uow.opdrachten().list_overgangen(o.id);
                       }));
  ASSERT_EQ(overgangen.size(), 2u);
  EXPECT_EQ(overgangen[0].stap, opdrachten::Stap::kAanbieden);
  EXPECT_EQ(overgangen[0].namens, "Gemeente Alfa en Gemeente Beta");
  EXPECT_EQ(overgangen[1].namens, "");
  EXPECT_EQ(overgangen[1].naar, opdrachten::Status::kTeruggelegd);
  EXPECT_EQ(overgangen[1].reden, "Capaciteit ontbreekt");
  EXPECT_EQ(overgangen[1].tijdstip, "2026-11-28T10:00:00Z");
}

// OPD-5: versions keep their own titel, extras and parts beside the opdracht; a verzoek keeps
// its voorstel, aspects, alignment and decision; a stale update of a verzoek is refused.
TEST_P(StoreContractTest, VersiesEnWijzigingsverzoekenWordenExactTeruggelezen) {
  ASSERT_OK_AND_ASSIGN(Register r, schrijf([](UnitOfWork& uow) { return vul_register(uow); }));
  opdrachten::Opdracht o;
  o.regio_id = r.regio;
  o.opdrachtgever_id = r.gemeente_a;
  o.titel = "Asbest 2027";
  o.jaar = 2027;
  o.scope = "Sloopmeldingen";
  o.financien = {{2027, 150'000'00, "Bijdrage"}};
  o.status = opdrachten::Status::kAanvaard;
  ASSERT_OK_AND_ASSIGN(o.id, schrijf([&](UnitOfWork& uow) { return uow.opdrachten().create(o); }));
  o.versie = 1;

  opdrachten::Versie v1{0, o.id, 1, o, "accountmanager", "2027-01-05T09:00:00Z", std::nullopt};
  ASSERT_OK(schrijf([&](UnitOfWork& uow) { return uow.opdrachten().create_versie(v1); }));

  opdrachten::Wijzigingsverzoek w;
  w.opdracht_id = o.id;
  w.aspecten = {opdrachten::Aspect::kScope, opdrachten::Aspect::kGeld};
  w.omschrijving = "Ook sanering — € 40.000 ‘extra’";
  w.basisversie = 1;
  w.voorstel = o;
  w.voorstel.titel = "Asbest 2027 (met sanering)";
  w.voorstel.scope = "Sloopmeldingen en sanering";
  w.voorstel.financien.push_back({2027, 40'000'00, "Sanering"});
  w.ingediend_door = "accountmanager";
  w.ingediend_kant = opdrachten::Kant::kOpdrachtnemer;
  w.ingediend_op = "2027-03-01T10:00:00Z";
  ASSERT_OK_AND_ASSIGN(
      w.id, schrijf([&](UnitOfWork& uow) { return uow.opdrachten().create_wijzigingsverzoek(w); }));
  ASSERT_OK_AND_ASSIGN(auto terug, lees([&](UnitOfWork& uow) {
                         return uow.opdrachten().get_wijzigingsverzoek(w.id);
                       }));
  EXPECT_EQ(terug.aspecten, w.aspecten);
  EXPECT_EQ(terug.omschrijving, w.omschrijving);
  EXPECT_EQ(terug.voorstel.titel, "Asbest 2027 (met sanering)");
  EXPECT_EQ(terug.voorstel.scope, "Sloopmeldingen en sanering");
  ASSERT_EQ(terug.voorstel.financien.size(), 2u);
  EXPECT_EQ(terug.voorstel.jaar, 2027);  // from the opdracht
  EXPECT_EQ(terug.ingediend_kant, opdrachten::Kant::kOpdrachtnemer);
  EXPECT_EQ(terug.status, opdrachten::VerzoekStatus::kIngediend);
  EXPECT_FALSE(terug.afstemming.datum.has_value());
  EXPECT_EQ(terug.versie, 1);

  auto gezien = terug;
  terug.afstemming = {"Beleidsafdeling milieu", datum(2027, 3, 2), "Akkoord", "opdrachtgever"};
  terug.status = opdrachten::VerzoekStatus::kAanvaard;
  terug.beoordeling = "Nodig";
  terug.besloten_door = "opdrachtgever";
  terug.besloten_op = "2027-03-03T08:00:00Z";
  // OPD-2 and GOV-12: on whose behalf, and the laying before the next level.
  terug.besloten_namens = "Gemeente Alfa, Gemeente Beta en Gemeente Gamma";
  terug.voorlegging = "Boven mijn mandaat van € 25.000";
  terug.voorgelegd_door = "Pieter de Boer, ambtelijk opdrachtgever Gemeente Alfa";
  terug.voorgelegd_op = "2027-03-02T15:00:00Z";
  ASSERT_OK(schrijf([&](UnitOfWork& uow) -> Result<void> {
    REGIE_TRY(uow.opdrachten().update_wijzigingsverzoek(terug));
    auto nieuw = opdrachten::pas_toe(o, terug.voorstel);
    REGIE_TRY(uow.opdrachten().update(nieuw));
    opdrachten::Versie v2{0, o.id, 2, nieuw, "opdrachtgever", terug.besloten_op, w.id};
    REGIE_TRY(uow.opdrachten().create_versie(v2));
    return Ok();
  }));
  EXPECT_TRUE(FaaltMet(
      schrijf([&](UnitOfWork& uow) { return uow.opdrachten().update_wijzigingsverzoek(gezien); }),
      ErrorCode::kStale, "fout.verouderd"));
  ASSERT_OK_AND_ASSIGN(auto besloten, lees([&](UnitOfWork& uow) {
                         return uow.opdrachten().get_wijzigingsverzoek(w.id);
                       }));
  EXPECT_EQ(besloten.afstemming.met, "Beleidsafdeling milieu");
  EXPECT_EQ(besloten.afstemming.datum, datum(2027, 3, 2));
  EXPECT_EQ(besloten.afstemming.door, "opdrachtgever");
  EXPECT_EQ(besloten.status, opdrachten::VerzoekStatus::kAanvaard);
  EXPECT_EQ(besloten.besloten_op, "2027-03-03T08:00:00Z");
  EXPECT_EQ(besloten.besloten_namens, terug.besloten_namens);
  EXPECT_EQ(besloten.voorlegging, terug.voorlegging);
  EXPECT_EQ(besloten.voorgelegd_door, terug.voorgelegd_door);
  EXPECT_EQ(besloten.voorgelegd_op, terug.voorgelegd_op);

  ASSERT_OK_AND_ASSIGN(auto versies,
                       lees([&](UnitOfWork& uow) { return uow.opdrachten().list_versies(o.id); }));
  ASSERT_EQ(versies.size(), 2u);
  EXPECT_EQ(versies[0].inhoud.titel, "Asbest 2027");
  EXPECT_EQ(versies[0].inhoud.financien.size(), 1u);
  EXPECT_FALSE(versies[0].wijzigingsverzoek_id.has_value());
  EXPECT_EQ(versies[1].inhoud.scope, "Sloopmeldingen en sanering");
  EXPECT_EQ(versies[1].wijzigingsverzoek_id, w.id);
  EXPECT_EQ(versies[1].inhoud.inhoudsversie, 2);
  ASSERT_OK_AND_ASSIGN(auto huidig,
                       lees([&](UnitOfWork& uow) { return uow.opdrachten().get(o.id); }));
  EXPECT_EQ(huidig.inhoudsversie, 2);
  EXPECT_EQ(huidig.financien.size(), 2u);
  EXPECT_TRUE(FaaltMet(lees([&](UnitOfWork& uow) { return uow.opdrachten().get_versie(o.id, 3); }),
                       ErrorCode::kNotFound, "fout.niet_gevonden"));
  // One number per opdracht.
  EXPECT_FALSE(schrijf([&](UnitOfWork& uow) { return uow.opdrachten().create_versie(v1); }).ok());
  ASSERT_OK_AND_ASSIGN(auto lijst, lees([&](UnitOfWork& uow) {
                         return uow.opdrachten().list_wijzigingsverzoeken(o.id);
                       }));
  ASSERT_EQ(lijst.size(), 1u);
}

}  // namespace
}  // namespace regie::store_contract

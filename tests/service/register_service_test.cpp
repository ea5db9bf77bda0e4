#include "service/register_service.hpp"

#include <map>
#include <string>
#include <vector>

#include "domain/governance/rol.hpp"
#include "service/governance_service.hpp"
#include "service_fixture.hpp"

namespace regie::service {
namespace {

using governance::RolSoort;

class RegisterServiceTest : public ServiceTest {
 protected:
  RegisterService service() { return RegisterService(store_, audit_); }

  // The demo's only rol of `soort` for `organisatie`.
  Rol demo_rol(const std::string& organisatie, governance::RolSoort soort) {
    RolQuery q;
    q.regio_id = regio_id();
    q.organisatie_id = organisatie_id(organisatie);
    q.soort = soort;
    auto page = lezen()->registry().list_rollen(q);
    EXPECT_TRUE(page.ok() && page->items.size() == 1u);
    return page.ok() && !page->items.empty() ? page->items.front().rol : Rol{};
  }

  static Fields velden_van(const Rol& rol) {
    return {{"persoonId", std::to_string(rol.persoon_id)},
            {"organisatieId", std::to_string(rol.organisatie_id)},
            {"soort", std::string(code(rol.soort))},
            {"van", rol.periode.van.iso()},
            {"tot", rol.periode.tot ? rol.periode.tot->iso() : ""},
            {"urenPerJaar", std::to_string(rol.uren_per_jaar)}};
  }

  // What the governance check says about capacity (GOV-6) on a day: key and values per finding.
  std::vector<std::pair<std::string, std::map<std::string, std::string>>> capaciteit_op(
      Datum peildatum) {
    GovernanceService governance(store_, audit_);
    auto gezondheid = governance.bevindingen(als_beheerder(), regio_id(), peildatum);
    EXPECT_TRUE(gezondheid.ok());
    std::vector<std::pair<std::string, std::map<std::string, std::string>>> out;
    if (!gezondheid.ok()) return out;
    for (const auto& b : gezondheid->bevindingen) {
      if (b.requirement == "GOV-6") out.emplace_back(b.uitleg_key, b.waarden);
    }
    return out;
  }

  std::int64_t aantal_organisaties() {
    OrganisatieQuery q;
    q.regio_id = regio_id();
    return lezen()->registry().list_organisaties(q)->total;
  }
};

// GOV-1: only the beheerder records organisaties; every other role is refused and nothing is
// written but the refusal's audit line.
TEST_F(RegisterServiceTest, OrganisatieAanmakenWeigertElkeRolBehalveBeheerder) {
  auto voor = aantal_organisaties();
  for (const char* account :
       {"accountmanager", "directie", "medewerker", "opdrachtgever", "bestuurder"}) {
    auto org = service().create_organisatie(als_account(account),
                                            {{"naam", "Gemeente Nieuw"}, {"soort", "gemeente"}});
    ASSERT_FALSE(org.ok());
    EXPECT_EQ(org.error().code, ErrorCode::kForbidden);
    EXPECT_EQ(laatste_audit().resultaat, "geweigerd");
    EXPECT_EQ(laatste_audit().actie, "organisatie.aanmaken");
  }
  EXPECT_EQ(aantal_organisaties(), voor);
}

TEST_F(RegisterServiceTest, OrganisatieAanmakenSchrijftAuditregelInDezelfdeTransactie) {
  auto org = service().create_organisatie(als_beheerder(),
                                          {{"naam", "Gemeente Nieuw"}, {"soort", "gemeente"}});
  ASSERT_TRUE(org.ok()) << org.error().detail;
  auto regel = laatste_audit();
  EXPECT_EQ(regel.actie, "organisatie.aanmaken");
  EXPECT_EQ(regel.resultaat, "gelukt");
  EXPECT_EQ(regel.object, "organisatie/" + std::to_string(org->id));
  EXPECT_EQ(regel.tijdstip.substr(0, 10), "2026-12-01");
  EXPECT_TRUE(audit_->verify()->first_broken_id == std::nullopt);
}

TEST_F(RegisterServiceTest, ZonderAuditregelWordtNietsGeschreven) {
  auto voor = aantal_organisaties();
  auto regels = audit_regels().size();
  store_->set_audit_fails(true);
  auto org = service().create_organisatie(als_beheerder(),
                                          {{"naam", "Gemeente Nieuw"}, {"soort", "gemeente"}});
  store_->set_audit_fails(false);
  ASSERT_FALSE(org.ok());
  EXPECT_EQ(org.error().code, ErrorCode::kStorage);
  EXPECT_EQ(aantal_organisaties(), voor);
  EXPECT_EQ(audit_regels().size(), regels);
}

TEST_F(RegisterServiceTest, VerouderdeVersieGeeftStaleEnLaatDeOrganisatieStaan) {
  auto beheerder = als_beheerder();
  auto id = organisatie_id(kBeekdal);
  auto huidig = *lezen()->registry().get_organisatie(id);
  auto eerst = service().update_organisatie(
      beheerder, id, huidig.versie, {{"naam", "Gemeente Beekdal-Oost"}, {"soort", "gemeente"}});
  ASSERT_TRUE(eerst.ok()) << eerst.error().detail;
  auto tweede = service().update_organisatie(beheerder, id, huidig.versie,
                                             {{"naam", "Gemeente Anders"}, {"soort", "gemeente"}});
  ASSERT_FALSE(tweede.ok());
  EXPECT_EQ(tweede.error().code, ErrorCode::kStale);
  EXPECT_EQ(lezen()->registry().get_organisatie(id)->naam, "Gemeente Beekdal-Oost");
  EXPECT_EQ(laatste_audit().resultaat, "verouderd");
}

TEST_F(RegisterServiceTest, DubbeleNaamIsEenVeldfout) {
  auto org =
      service().create_organisatie(als_beheerder(), {{"naam", kBeekdal}, {"soort", "gemeente"}});
  ASSERT_FALSE(org.ok());
  EXPECT_EQ(org.error().code, ErrorCode::kInvalid);
  ASSERT_EQ(org.error().fields.size(), 1U);
  EXPECT_EQ(org.error().fields[0].key, "fout.naam_bestaat_al");
}

TEST_F(RegisterServiceTest, OrganisatieInGebruikVerwijderenIsEenConflict) {
  auto id = organisatie_id(kBeekdal);
  auto versie = lezen()->registry().get_organisatie(id)->versie;
  auto weg = service().delete_organisatie(als_beheerder(), id, versie);
  ASSERT_FALSE(weg.ok());
  EXPECT_EQ(weg.error().code, ErrorCode::kConflict);
  EXPECT_TRUE(lezen()->registry().get_organisatie(id).ok());
}

// GOV-3: a medewerker reads the register but may not change a persoon.
TEST_F(RegisterServiceTest, MedewerkerMagGeenPersoonWijzigen) {
  PersoonQuery q;
  q.regio_id = regio_id();
  auto personen = lezen()->registry().list_personen(q);
  ASSERT_FALSE(personen->items.empty());
  auto p = personen->items.front().persoon;
  auto gewijzigd = service().update_persoon(
      als(RolSoort::kMedewerker, kOd), p.id, p.versie,
      {{"naam", "Iemand Anders"}, {"organisatieId", std::to_string(p.organisatie_id)}});
  ASSERT_FALSE(gewijzigd.ok());
  EXPECT_EQ(gewijzigd.error().code, ErrorCode::kForbidden);
  EXPECT_EQ(lezen()->registry().get_persoon(p.id)->naam, p.naam);
}

// Another regio's records do not exist for the actor.
TEST_F(RegisterServiceTest, OrganisatieVanAndereRegioIsNietGevonden) {
  auto ctx = als_beheerder();
  ctx.actor.regio_id += 1000;
  auto org = service().organisatie(ctx, organisatie_id(kBeekdal));
  ASSERT_FALSE(org.ok());
  EXPECT_EQ(org.error().code, ErrorCode::kNotFound);
}

// GOV-3, decision 4: an opdrachtgever records personen and rollen of its own organisatie only;
// for another gemeente it hears 403 before anything about its input, however wrong that is.
TEST_F(RegisterServiceTest, OpdrachtgeverHoort403VoorEenAndereGemeenteOokBijFouteInvoer) {
  auto og = als(RolSoort::kAmbtelijkOpdrachtgever, kBeekdal);
  const std::string dijkstede = std::to_string(organisatie_id("Gemeente Dijkstede"));
  PersoonQuery q;
  q.regio_id = regio_id();
  auto voor = lezen()->registry().list_personen(q)->total;
  auto persoon = service().create_persoon(og, {{"naam", ""}, {"organisatieId", dijkstede}});
  ASSERT_FALSE(persoon.ok());
  EXPECT_EQ(persoon.error().code, ErrorCode::kForbidden);
  auto rol = service().create_rol(og, {{"persoonId", "nul"},
                                       {"organisatieId", dijkstede},
                                       {"soort", "beleidsadviseur"},
                                       {"van", "31-02-2026"}});
  ASSERT_FALSE(rol.ok());
  EXPECT_EQ(rol.error().code, ErrorCode::kForbidden);
  // An OD rol for its own gemeente is the OD's to appoint: 403 too.
  auto od_rol = service().create_rol(
      og,
      {{"organisatieId", std::to_string(organisatie_id(kBeekdal))}, {"soort", "accountmanager"}});
  ASSERT_FALSE(od_rol.ok());
  EXPECT_EQ(od_rol.error().code, ErrorCode::kForbidden);
  // For its own gemeente the same wrong input is a validation error.
  auto eigen = service().create_persoon(
      og, {{"naam", ""}, {"organisatieId", std::to_string(organisatie_id(kBeekdal))}});
  ASSERT_FALSE(eigen.ok());
  EXPECT_EQ(eigen.error().code, ErrorCode::kInvalid);
  EXPECT_EQ(lezen()->registry().list_personen(q)->total, voor);
}

Datum dag(int jaar, unsigned maand, unsigned d) { return *Datum::from_ymd(jaar, maand, d); }

// GOV-3: "changing a role's hours from a date on starts a new period; it does not rewrite the
// past". Lindenwaard's ambtelijk opdrachtgever has 300 hours from 2023 in the demo (a GOV-6
// finding); 450 from 2027 leaves 2026 as it was.
TEST_F(RegisterServiceTest, GOV3_UrenWijzigenVanafEenDatumLaatDeEerderePeriodeIntact) {
  const Rol voor = demo_rol("Gemeente Lindenwaard", governance::RolSoort::kAmbtelijkOpdrachtgever);
  ASSERT_EQ(voor.urenperioden, (std::vector<governance::UrenPeriode>{{dag(2023, 1, 1), 300}}));
  const auto capaciteit_2026 = capaciteit_op(dag(2026, 6, 1));
  ASSERT_TRUE(std::any_of(capaciteit_2026.begin(), capaciteit_2026.end(), [](const auto& b) {
    return b.first == "gov6.te_weinig_uren" && b.second.at("uren") == "300";
  }));

  Fields f = velden_van(voor);
  f["urenPerJaar"] = "450";
  f["urenVanaf"] = "2027-01-01";
  auto rol = service().update_rol(als_beheerder(), voor.id, voor.versie, f);
  ASSERT_TRUE(rol.ok()) << rol.error().detail;
  EXPECT_EQ(rol->urenperioden,
            (std::vector<governance::UrenPeriode>{{dag(2023, 1, 1), 300}, {dag(2027, 1, 1), 450}}));
  EXPECT_EQ(rol->uren_per_jaar, 450);
  EXPECT_EQ(governance::uren_op(*rol, dag(2026, 6, 1)), 300);
  EXPECT_EQ(governance::uren_op(*rol, dag(2027, 2, 1)), 450);
  EXPECT_EQ(laatste_audit().actie, "rol.wijzigen");
  EXPECT_EQ(laatste_audit().resultaat, "gelukt");

  EXPECT_EQ(capaciteit_op(dag(2026, 6, 1)), capaciteit_2026);
  for (const auto& [key, waarden] : capaciteit_op(dag(2027, 2, 1))) {
    auto uren = waarden.find("uren");
    EXPECT_TRUE(uren == waarden.end() || uren->second != "300") << key;
  }
}

// GOV-3: without urenVanaf the new hours hold from today (the clock: 1-12-2026).
TEST_F(RegisterServiceTest, UrenWijzigenZonderDatumGaatVandaagIn) {
  const Rol voor = demo_rol("Gemeente Beekdal", governance::RolSoort::kAccountmanager);
  Fields f = velden_van(voor);
  f["urenPerJaar"] = std::to_string(voor.uren_per_jaar + 50);
  auto rol = service().update_rol(als_beheerder(), voor.id, voor.versie, f);
  ASSERT_TRUE(rol.ok()) << rol.error().detail;
  EXPECT_EQ(rol->urenperioden,
            (std::vector<governance::UrenPeriode>{{voor.periode.van, voor.uren_per_jaar},
                                                  {dag(2026, 12, 1), voor.uren_per_jaar + 50}}));
  // Other changes leave the hours and their periods alone, whatever urenVanaf says.
  f = velden_van(*rol);
  f["urenVanaf"] = "2030-01-01";
  f["tot"] = "2031-12-31";
  auto weer = service().update_rol(als_beheerder(), voor.id, rol->versie, f);
  ASSERT_TRUE(weer.ok()) << weer.error().detail;
  EXPECT_EQ(weer->urenperioden, rol->urenperioden);
}

// GOV-3: new hours from a day after the rol has ended would never hold; the field says so and
// nothing changes.
TEST_F(RegisterServiceTest, UrenVanafNaHetEindeVanDeRolIsEenVeldfout) {
  const Rol voor = demo_rol("Gemeente Beekdal", governance::RolSoort::kAccountmanager);
  Fields f = velden_van(voor);
  f["tot"] = "2026-06-30";
  f["urenPerJaar"] = "100";
  auto rol = service().update_rol(als_beheerder(), voor.id, voor.versie, f);
  ASSERT_FALSE(rol.ok());
  EXPECT_EQ(rol.error().code, ErrorCode::kInvalid);
  ASSERT_EQ(rol.error().fields.size(), 1u);
  EXPECT_EQ(rol.error().fields[0].field, "urenVanaf");
  EXPECT_EQ(rol.error().fields[0].key, "fout.uren_na_einde_rol");
  EXPECT_EQ(lezen()->registry().get_rol(voor.id)->versie, voor.versie);

  f["urenVanaf"] = "2026-03-01";
  auto binnen = service().update_rol(als_beheerder(), voor.id, voor.versie, f);
  ASSERT_TRUE(binnen.ok()) << binnen.error().detail;
  EXPECT_EQ(binnen->urenperioden,
            (std::vector<governance::UrenPeriode>{{voor.periode.van, voor.uren_per_jaar},
                                                  {dag(2026, 3, 1), 100}}));
}

// GOV-3: a new rol has its hours from its start.
TEST_F(RegisterServiceTest, NieuweRolHeeftEenUrenperiodeVanafZijnBegin) {
  auto rol = service().create_rol(
      als_beheerder(),
      {{"persoonId",
        std::to_string(demo_rol("Gemeente Beekdal", governance::RolSoort::kAmbtelijkOpdrachtgever)
                           .persoon_id)},
       {"organisatieId", std::to_string(organisatie_id(kBeekdal))},
       {"soort", "beleidsadviseur"},
       {"van", "01-03-2025"},
       {"urenPerJaar", "120"},
       {"urenVanaf", "2026-01-01"}});
  ASSERT_TRUE(rol.ok()) << rol.error().detail;
  EXPECT_EQ(rol->urenperioden, (std::vector<governance::UrenPeriode>{{dag(2025, 3, 1), 120}}));
}

// GOV-10: a gemeente appoints its own ambtelijk opdrachtgever; the OD does not, whichever OD
// hat it wears (directie, the accountmanager registered for Beekdal); the beheerder may.
TEST_F(RegisterServiceTest,
       GOV10_OdAccountWordtGeweigerdBijHetBenoemenVanDeOpdrachtgeverVanBeekdal) {
  PersoonQuery q;
  q.regio_id = regio_id();
  q.zoek = "Hanneke Brouwer";
  auto gevonden = lezen()->registry().list_personen(q);
  ASSERT_TRUE(gevonden.ok());
  ASSERT_EQ(gevonden->items.size(), 1U);
  const Fields benoeming = {{"persoonId", std::to_string(gevonden->items[0].persoon.id)},
                            {"organisatieId", std::to_string(organisatie_id(kBeekdal))},
                            {"soort", "ambtelijk_opdrachtgever"},
                            {"van", "01-01-2027"},
                            {"urenPerJaar", "450"}};
  RolQuery rq;
  rq.regio_id = regio_id();
  auto voor = lezen()->registry().list_rollen(rq)->total;
  for (const char* od : {"directie", "accountmanager"}) {
    auto rol = service().create_rol(als_account(od), benoeming);
    ASSERT_FALSE(rol.ok()) << od;
    EXPECT_EQ(rol.error().code, ErrorCode::kForbidden) << od;
    EXPECT_EQ(laatste_audit().resultaat, "geweigerd");
  }
  EXPECT_EQ(lezen()->registry().list_rollen(rq)->total, voor);
  auto door_gemeente = service().create_rol(als_account("opdrachtgever"), benoeming);
  ASSERT_TRUE(door_gemeente.ok()) << door_gemeente.error().key;
  auto door_beheerder = service().create_rol(als_beheerder(), benoeming);
  ASSERT_TRUE(door_beheerder.ok()) << door_beheerder.error().key;
  // The OD's directie appoints its own accountmanagers.
  auto am = service().create_rol(
      als_account("directie"),
      {{"persoonId", std::to_string(als_account("youssef.elamrani").actor.persoon_id.value_or(0))},
       {"organisatieId", std::to_string(organisatie_id(kBeekdal))},
       {"soort", "accountmanager"},
       {"van", "01-01-2027"},
       {"urenPerJaar", "200"}});
  ASSERT_TRUE(am.ok()) << am.error().key;
}

}  // namespace
}  // namespace regie::service

#include "service/opdracht_service.hpp"

#include "domain/governance/register_repository.hpp"
#include "domain/opdrachten/opdracht_repository.hpp"
#include "domain/opdrachten/wijziging.hpp"
#include "service/signaal_service.hpp"
#include "service_fixture.hpp"

namespace regie::service {
namespace {

using governance::RolSoort;
using opdrachten::Opdracht;

class OpdrachtServiceTest : public ServiceTest {
 protected:
  OpdrachtService service() { return OpdrachtService(store_, audit_); }

  std::vector<Opdracht> alle() {
    return *lezen()->opdrachten().list(OpdrachtQuery{.regio_id = regio_id()});
  }

  // Every part of an opdracht, as the form or the API hands them to the service.
  static Fields volledige_velden(const std::string& scope) {
    return {{"titel", "Toezicht asbest"},
            {"jaar", "2027"},
            {"aanleiding", "Meer meldingen over asbest bij sloop."},
            {"scope", scope},
            {"doel", "In 2027 is 90% van de meldingen binnen vijf dagen beoordeeld."},
            {"activiteiten", "Beoordelen van meldingen en controles op locatie."},
            {"resultaat", "Een kwartaaloverzicht van meldingen en controles."},
            {"sturingsvorm", "Sturing via de accountmanager."},
            {"monitoring", "Per kwartaal een voortgangsrapportage."},
            {"governance", "De opdrachtgevers sturen via het ambtelijk overleg."}};
  }
  static opdrachten::Lijsten volledige_lijsten() {
    return {{"planning", {{{"omschrijving", "Start"}, {"datum", "2027-01-01"}}}},
            {"bemensing", {{{"rol", "Toezichthouder"}, {"uren", "1.600"}}}},
            {"financien", {{{"jaar", "2027"}, {"bedrag", "150.000"}}}},
            {"stakeholders", {{{"naam", "Omgevingsdienst"}, {"rol", "Uitvoering"}}}},
            {"risicos",
             {{{"omschrijving", "Piek in meldingen"},
               {"kans", "middel"},
               {"impact", "middel"},
               {"beheersmaatregel", "Tijdelijke inzet"}}}}};
  }

  // An opdracht of Beekdal with every part filled, offered and accepted.
  Opdracht aanvaard() {
    auto og = als(RolSoort::kAmbtelijkOpdrachtgever, kBeekdal);
    auto am = als_account("accountmanager");
    auto o = service().create(og, volledige_velden("Toezicht op sloopmeldingen met asbest."),
                              volledige_lijsten());
    EXPECT_TRUE(o.ok()) << (o.ok() ? "" : o.error().detail);
    auto aangeboden = service().create_overgang(og, o->id, o->versie, {{"stap", "aanbieden"}});
    EXPECT_TRUE(aangeboden.ok());
    afgestemd(am, o->id);
    auto aanvaard =
        service().create_overgang(am, o->id, aangeboden->versie, {{"stap", "aanvaarden"}});
    EXPECT_TRUE(aanvaard.ok());
    return *aanvaard;
  }

  // A concept of the opdrachtgever Gemeente Beekdal.
  Opdracht nieuw_concept() {
    auto o = service().create(als(RolSoort::kAmbtelijkOpdrachtgever, kBeekdal),
                              {{"titel", "Toezicht bodem"}, {"jaar", "2027"}}, {});
    EXPECT_TRUE(o.ok()) << (o.ok() ? "" : o.error().detail);
    return *o;
  }
};

// OPD-1: the opdrachtgever and the opdrachtnemer draw up an opdracht; nobody else.
TEST_F(OpdrachtServiceTest, OpstellenWeigertRollenZonderKant) {
  auto voor = alle().size();
  for (const char* account : {"beheerder", "medewerker", "bestuurder", "ingrid.mulder"}) {
    auto o =
        service().create(als_account(account), {{"titel", "Toezicht bodem"}, {"jaar", "2027"}}, {});
    ASSERT_FALSE(o.ok());
    EXPECT_EQ(o.error().code, ErrorCode::kForbidden);
    EXPECT_EQ(laatste_audit().resultaat, "geweigerd");
  }
  EXPECT_EQ(alle().size(), voor);
}

TEST_F(OpdrachtServiceTest, OpstellenSchrijftOpdrachtEnAuditregel) {
  auto o = nieuw_concept();
  EXPECT_EQ(o.status, opdrachten::Status::kConcept);
  EXPECT_EQ(o.opdrachtgever_id, organisatie_id(kBeekdal));
  EXPECT_EQ(laatste_audit().actie, "opdracht.aanmaken");
  EXPECT_EQ(laatste_audit().resultaat, "gelukt");
  EXPECT_EQ(laatste_audit().object, "opdracht/" + std::to_string(o.id));
}

TEST_F(OpdrachtServiceTest, ZonderAuditregelGeenOpdracht) {
  auto voor = alle().size();
  store_->set_audit_fails(true);
  auto o = service().create(als(RolSoort::kAmbtelijkOpdrachtgever, kBeekdal),
                            {{"titel", "Toezicht bodem"}, {"jaar", "2027"}}, {});
  store_->set_audit_fails(false);
  ASSERT_FALSE(o.ok());
  EXPECT_EQ(alle().size(), voor);
}

// OPD-3: a step from a version the user no longer sees is refused as stale.
TEST_F(OpdrachtServiceTest, StapOpVerouderdeVersieIsStale) {
  auto o = nieuw_concept();
  auto og = als(RolSoort::kAmbtelijkOpdrachtgever, kBeekdal);
  auto bijgewerkt = service().update(og, o.id, o.versie,
                                     {{"titel", "Toezicht bodem en water"}, {"jaar", "2027"}}, {});
  ASSERT_TRUE(bijgewerkt.ok()) << bijgewerkt.error().detail;
  auto stap = service().create_overgang(og, o.id, o.versie, {{"stap", "aanbieden"}});
  ASSERT_FALSE(stap.ok());
  EXPECT_EQ(stap.error().code, ErrorCode::kStale);
  EXPECT_EQ(lezen()->opdrachten().get(o.id)->status, opdrachten::Status::kConcept);
  EXPECT_EQ(laatste_audit().resultaat, "verouderd");
}

TEST_F(OpdrachtServiceTest, WijzigenOpVerouderdeVersieLaatInhoudStaan) {
  auto o = nieuw_concept();
  auto og = als(RolSoort::kAmbtelijkOpdrachtgever, kBeekdal);
  ASSERT_TRUE(
      service().update(og, o.id, o.versie, {{"titel", "Eerste"}, {"jaar", "2027"}}, {}).ok());
  auto tweede = service().update(og, o.id, o.versie, {{"titel", "Tweede"}, {"jaar", "2027"}}, {});
  ASSERT_FALSE(tweede.ok());
  EXPECT_EQ(tweede.error().code, ErrorCode::kStale);
  EXPECT_EQ(lezen()->opdrachten().get(o.id)->titel, "Eerste");
}

// OPD-3: an edit before acceptance that changes something leaves a trace (who, status, parts);
// saving the same content again leaves none, and a stale edit leaves none either.
TEST_F(OpdrachtServiceTest, WijzigenLaatEenSpoorMetDeGewijzigdeOnderdelen) {
  auto o = nieuw_concept();
  auto og = als_account("opdrachtgever");
  auto eerste = service().update(og, o.id, o.versie, {{"titel", "Eerste"}, {"jaar", "2027"}}, {});
  ASSERT_TRUE(eerste.ok()) << eerste.error().key;
  ASSERT_TRUE(
      service().update(og, o.id, eerste->versie, {{"titel", "Eerste"}, {"jaar", "2027"}}, {}).ok());
  ASSERT_FALSE(service().update(og, o.id, o.versie, {{"titel", "Oud"}, {"jaar", "2028"}}, {}).ok());
  auto lijst = service().bewerkingen(og, o.id);
  ASSERT_TRUE(lijst.ok());
  ASSERT_EQ(lijst->size(), 1U);
  EXPECT_EQ(lijst->front().onderdelen, std::vector<std::string>{"titel"});
  EXPECT_EQ(lijst->front().status, opdrachten::Status::kConcept);
  EXPECT_EQ(lijst->front().na_stappen, 0);
  EXPECT_EQ(lijst->front().door, "Pieter de Boer, ambtelijk opdrachtgever Gemeente Beekdal");
  EXPECT_EQ(lijst->front().tijdstip, "2026-12-01T09:00:00Z");
  EXPECT_EQ(service().opdracht(og, o.id)->bewerkingen.size(), 1U);
}

// Another organisatie's opdrachtgever has no side in the opdracht and may not change it.
TEST_F(OpdrachtServiceTest, AndereOpdrachtgeverMagNietWijzigen) {
  auto o = nieuw_concept();
  auto anderen = lezen()->registry().list_organisaties(OrganisatieQuery{.regio_id = regio_id()});
  std::string andere;
  for (const auto& org : anderen->items) {
    if (org.soort == governance::OrganisatieSoort::kGemeente && org.naam != kBeekdal) {
      andere = org.naam;
      break;
    }
  }
  ASSERT_FALSE(andere.empty());
  auto gewijzigd = service().update(als(RolSoort::kAmbtelijkOpdrachtgever, andere), o.id, o.versie,
                                    {{"titel", "Overgenomen"}, {"jaar", "2027"}}, {});
  ASSERT_FALSE(gewijzigd.ok());
  EXPECT_TRUE(gewijzigd.error().code == ErrorCode::kForbidden ||
              gewijzigd.error().code == ErrorCode::kNotFound);
  EXPECT_EQ(lezen()->opdrachten().get(o.id)->titel, "Toezicht bodem");
}

// OPD-5, OPD-1: a voorstel that empties a part is refused at indienen; no verzoek is stored and
// the refusal is audited.
TEST_F(OpdrachtServiceTest, IndienenWeigertEenVoorstelDatEenOnderdeelLeegt) {
  auto o = aanvaard();
  auto velden = volledige_velden("Toezicht op sloop en op asbestsanering.");
  velden["aspecten"] = "scope";
  velden["omschrijving"] = "Ook de sanering.";
  auto lijsten = volledige_lijsten();
  lijsten.erase("risicos");
  auto v = service().indienen(als_account("accountmanager"), o.id, velden, lijsten);
  ASSERT_FALSE(v.ok());
  EXPECT_EQ(v.error().code, ErrorCode::kInvalid);
  ASSERT_EQ(v.error().fields.size(), 1u);
  EXPECT_EQ(v.error().fields[0].field, "risicos");
  EXPECT_EQ(v.error().fields[0].key, "opd.leeg");
  EXPECT_TRUE(lezen()->opdrachten().list_wijzigingsverzoeken(o.id)->empty());
  EXPECT_EQ(laatste_audit().actie, "wijzigingsverzoek.indienen");
  EXPECT_EQ(laatste_audit().resultaat, "ongeldig");

  // With the part kept, the same verzoek is taken.
  auto goed = service().indienen(als_account("accountmanager"), o.id, velden, volledige_lijsten());
  ASSERT_TRUE(goed.ok()) << goed.error().detail;
}

// OPD-5: accepting checks the voorstel again; a stored voorstel without risico's does not become
// the opdracht, and no version is made.
TEST_F(OpdrachtServiceTest, AanvaardenWeigertEenOnvolledigOpgeslagenVoorstel) {
  auto o = aanvaard();
  opdrachten::Wijzigingsverzoek v;
  v.opdracht_id = o.id;
  v.aspecten = {opdrachten::Aspect::kScope};
  v.omschrijving = "Risico's vervallen.";
  v.basisversie = o.inhoudsversie;
  v.voorstel = o;
  v.voorstel.risicos.clear();
  v.ingediend_door = "tester";
  v.afstemming = {"Beleid", Datum::from_ymd(2026, 12, 1), "Akkoord", "tester"};
  Id verzoek = 0;
  {
    auto uow = store_->begin(Toegang::kSchrijven);
    ASSERT_TRUE(uow.ok());
    verzoek = *(*uow)->opdrachten().create_wijzigingsverzoek(v);
    ASSERT_TRUE((*uow)->commit().ok());
  }
  auto versie = lezen()->opdrachten().get_wijzigingsverzoek(verzoek)->versie;
  auto og = als(RolSoort::kAmbtelijkOpdrachtgever, kBeekdal);
  auto besloten = service().besluiten(og, o.id, verzoek, versie,
                                      {{"besluit", "aanvaarden"}, {"beoordeling", "Akkoord"}});
  ASSERT_FALSE(besloten.ok());
  EXPECT_EQ(besloten.error().code, ErrorCode::kInvalid);
  ASSERT_EQ(besloten.error().fields.size(), 1u);
  EXPECT_EQ(besloten.error().fields[0].field, "risicos");
  auto na = lezen()->opdrachten().get(o.id);
  EXPECT_EQ(na->inhoudsversie, o.inhoudsversie);
  EXPECT_EQ(na->risicos.size(), 1u);
  EXPECT_EQ(lezen()->opdrachten().list_versies(o.id)->size(), 1u);
  EXPECT_EQ(lezen()->opdrachten().get_wijzigingsverzoek(verzoek)->status,
            opdrachten::VerzoekStatus::kIngediend);
}

// OPD-2: an opdrachtgever drafts maatwerk only for its own organisatie. Beekdal cannot create a
// maatwerk opdracht for Zandhorst (it would show in Zandhorst's list), nor turn its own into
// one; the opdrachtnemer side drafts for any deelnemer.
TEST_F(OpdrachtServiceTest, OpdrachtgeverSteltMaatwerkAlleenVoorDeEigenOrganisatieOp) {
  auto voor = alle().size();
  auto og = als(RolSoort::kAmbtelijkOpdrachtgever, kBeekdal);
  const std::string zandhorst = std::to_string(organisatie_id("Gemeente Zandhorst"));
  Fields maatwerk = {{"titel", "Extra toezicht"}, {"jaar", "2027"},
                     {"soort", "maatwerk"},       {"deelnemerId", zandhorst},
                     {"extraUren", "40"},         {"extraFinanciering", "4000"}};
  auto voor_ander = service().create(og, maatwerk, {});
  ASSERT_FALSE(voor_ander.ok());
  EXPECT_EQ(voor_ander.error().code, ErrorCode::kForbidden);
  EXPECT_EQ(laatste_audit().resultaat, "geweigerd");
  // Naming another opdrachtgever is refused too, rather than silently replaced.
  Fields ander_opdrachtgever = {
      {"titel", "Extra toezicht"}, {"jaar", "2027"}, {"opdrachtgeverId", zandhorst}};
  auto als_ander = service().create(og, ander_opdrachtgever, {});
  ASSERT_FALSE(als_ander.ok());
  EXPECT_EQ(als_ander.error().code, ErrorCode::kForbidden);
  EXPECT_EQ(alle().size(), voor);

  auto o = nieuw_concept();
  maatwerk["titel"] = "Toezicht bodem";
  auto verplaatst = service().update(og, o.id, o.versie, maatwerk, {});
  ASSERT_FALSE(verplaatst.ok());
  EXPECT_EQ(verplaatst.error().code, ErrorCode::kForbidden);
  EXPECT_FALSE(lezen()->opdrachten().get(o.id)->deelnemer_id.has_value());

  auto eigen = maatwerk;
  eigen["deelnemerId"] = std::to_string(organisatie_id(kBeekdal));
  EXPECT_TRUE(service().create(og, eigen, {}).ok());
  auto od = maatwerk;
  od["opdrachtgeverId"] = zandhorst;
  // GOV-10: the OD side drafts it through the accountmanager registered for Zandhorst (Youssef
  // El Amrani); Thomas Bakker, who serves other deelnemers, is refused.
  auto niet_de_zijne = service().create(als_account("accountmanager"), od, {});
  ASSERT_FALSE(niet_de_zijne.ok());
  EXPECT_EQ(niet_de_zijne.error().code, ErrorCode::kForbidden);
  auto door_od = service().create(als_account("youssef.elamrani"), od, {});
  ASSERT_TRUE(door_od.ok()) << door_od.error().key;
  EXPECT_EQ(door_od->deelnemer_id, organisatie_id("Gemeente Zandhorst"));
}

// OPD-3: who may take a step is decided before the step is read and before the version: a side
// without a part in the opdracht hears 403, also for an unknown step or an old version.
TEST_F(OpdrachtServiceTest, StapZonderKantIsGeweigerdVoorStapcodeEnVersie) {
  auto o = nieuw_concept();
  auto ander = als(RolSoort::kAmbtelijkOpdrachtgever, "Gemeente Zandhorst");
  auto medewerker = als(RolSoort::kMedewerker, kOd);
  for (const auto& ctx : {ander, medewerker}) {
    for (const Fields& velden : {Fields{{"stap", "onzin"}}, Fields{{"stap", "aanbieden"}}}) {
      auto stap = service().create_overgang(ctx, o.id, o.versie + 3, velden);
      ASSERT_FALSE(stap.ok());
      EXPECT_TRUE(stap.error().code == ErrorCode::kForbidden ||
                  stap.error().code == ErrorCode::kNotFound)
          << stap.error().key;
    }
  }
  // The opdrachtnemer side may not offer: 403 before the old version.
  auto am = service().create_overgang(als_account("accountmanager"), o.id, o.versie + 3,
                                      {{"stap", "aanbieden"}});
  ASSERT_FALSE(am.ok());
  EXPECT_EQ(am.error().code, ErrorCode::kForbidden);
  // The opdrachtgever itself hears about the unknown step, then about the version.
  auto og = als(RolSoort::kAmbtelijkOpdrachtgever, kBeekdal);
  auto onbekend = service().create_overgang(og, o.id, o.versie, {{"stap", "onzin"}});
  ASSERT_FALSE(onbekend.ok());
  EXPECT_EQ(onbekend.error().code, ErrorCode::kInvalid);
  EXPECT_EQ(lezen()->opdrachten().get(o.id)->status, opdrachten::Status::kConcept);
}

// GOV-10: the side on an opdracht follows from the hats worn. The accountmanager registered for
// other deelnemers (Youssef El Amrani) has no side on Beekdal's maatwerk: he cannot accept
// it, nor ask a change, nor report a signaal; Thomas Bakker, registered for Beekdal, can.
TEST_F(OpdrachtServiceTest,
       GOV10_AccountmanagerVanEenAndereDeelnemerWordtGeweigerdOpDeOpdrachtVanBeekdal) {
  auto og = als(RolSoort::kAmbtelijkOpdrachtgever, kBeekdal);
  auto ander = als_account("youssef.elamrani");
  auto velden = volledige_velden("Toezicht op sloopmeldingen met asbest.");
  velden["soort"] = "maatwerk";
  velden["deelnemerId"] = std::to_string(organisatie_id(kBeekdal));
  velden["extraUren"] = "40";
  velden["extraFinanciering"] = "4000";
  auto o = service().create(og, velden, volledige_lijsten());
  ASSERT_TRUE(o.ok());
  auto aangeboden = service().create_overgang(og, o->id, o->versie, {{"stap", "aanbieden"}});
  ASSERT_TRUE(aangeboden.ok());
  EXPECT_EQ(OpdrachtService::kant(ander.actor, *aangeboden), opdrachten::Kant::kGeen);
  auto geweigerd =
      service().create_overgang(ander, o->id, aangeboden->versie, {{"stap", "aanvaarden"}});
  ASSERT_FALSE(geweigerd.ok());
  EXPECT_EQ(geweigerd.error().code, ErrorCode::kForbidden);
  EXPECT_EQ(lezen()->opdrachten().get(o->id)->status, opdrachten::Status::kAangeboden);

  afgestemd(als_account("accountmanager"), o->id);
  auto aanvaard = service().create_overgang(als_account("accountmanager"), o->id,
                                            aangeboden->versie, {{"stap", "aanvaarden"}});
  ASSERT_TRUE(aanvaard.ok()) << aanvaard.error().key;
  auto verzoek = service().indienen(
      ander, o->id, {{"motivering", "Meer uren nodig"}, {"aspecten", "uren"}}, volledige_lijsten());
  ASSERT_FALSE(verzoek.ok());
  EXPECT_EQ(verzoek.error().code, ErrorCode::kForbidden);
  auto signaal = SignaalService(store_, audit_)
                     .melden(ander, o->id,
                             {{"soort", "stagnatie"},
                              {"wat", "Vergunningen lopen achter"},
                              {"impact", "Twee maanden vertraging"},
                              {"maatregel", "Extra inzet"}});
  ASSERT_FALSE(signaal.ok());
  EXPECT_EQ(signaal.error().code, ErrorCode::kForbidden);
}

// GOV-10, GOV-3: a rol that ended yesterday gives no right today. Pieter de Boer offers
// Beekdal's concept while his rol runs; once it has ended he is refused, and his account reads
// as having no rol.
TEST_F(OpdrachtServiceTest, GOV10_RolDieGisterenEindigdeNeemtVandaagHetRechtWeg) {
  auto concept_beekdal = nieuw_concept();
  auto pieter = als_account("opdrachtgever");
  EXPECT_EQ(OpdrachtService::kant(pieter.actor, concept_beekdal), opdrachten::Kant::kOpdrachtgever);

  auto rollen =
      lezen()->registry().list_rollen(RolQuery{.regio_id = regio_id(),
                                               .persoon_id = pieter.actor.persoon_id,
                                               .soort = RolSoort::kAmbtelijkOpdrachtgever});
  ASSERT_TRUE(rollen.ok());
  ASSERT_EQ(rollen->items.size(), 1U);
  auto rol = rollen->items.front().rol;
  rol.periode.tot = *Datum::from_ymd(2026, 11, 30);  // the test clock's yesterday
  {
    auto uow = store_->begin(Toegang::kSchrijven);
    ASSERT_TRUE(uow.ok());
    ASSERT_TRUE((*uow)->registry().update_rol(rol).ok());
    ASSERT_TRUE((*uow)->commit().ok());
  }
  pieter = als_account("opdrachtgever");
  EXPECT_TRUE(pieter.actor.hoedanigheden.empty());
  EXPECT_EQ(auth::hoeden_tekst(pieter.actor), "geen rol op deze dag");
  auto aangeboden = service().create_overgang(pieter, concept_beekdal.id, concept_beekdal.versie,
                                              {{"stap", "aanbieden"}});
  ASSERT_FALSE(aangeboden.ok());
  EXPECT_EQ(aangeboden.error().code, ErrorCode::kForbidden);
  EXPECT_EQ(lezen()->opdrachten().get(concept_beekdal.id)->status, opdrachten::Status::kConcept);
}

}  // namespace
}  // namespace regie::service

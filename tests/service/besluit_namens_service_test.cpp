// Who decides, with which mandate and on whose behalf (GOV-10, GOV-12, OPD-2, GOV-6): the
// representative of the collectief decides for the deelnemers that gave it a mandate, and the
// record says so; an ambtelijk opdrachtgever lays what goes beyond its mandate before the
// bestuurlijk opdrachtgever; an accountmanager accepts only within its own.
#include "core/text.hpp"
#include "domain/governance/register_repository.hpp"
#include "domain/opdrachten/opdracht_repository.hpp"
#include "domain/opdrachten/signaal_repository.hpp"
#include "domain/opdrachten/wijziging.hpp"
#include "service/opdracht_service.hpp"
#include "service/signaal_service.hpp"
#include "service_fixture.hpp"

namespace regie::service {
namespace {

using governance::RolSoort;
using opdrachten::Opdracht;
using opdrachten::VerzoekStatus;

constexpr const char* kProgramma = "Regionaal uitvoeringsprogramma VTH 2027";
constexpr const char* kAsbest = "Toezicht asbest Beekdal 2027";
// Rivierhoven with the deelnemers that gave it a mandate, in the order recorded (the demo).
constexpr const char* kNamensHetCollectief =
    "Gemeente Rivierhoven, Gemeente Molenbroek, Gemeente Beekdal, Gemeente Dijkstede en "
    "Provincie Voorbeeldland";

class BesluitNamensTest : public ServiceTest {
 protected:
  OpdrachtService service() { return OpdrachtService(store_, audit_); }

  Opdracht opdracht(const std::string& titel) {
    auto alle = lezen()->opdrachten().list(OpdrachtQuery{.regio_id = regio_id()});
    EXPECT_TRUE(alle.ok());
    for (const auto& o : *alle) {
      if (o.titel == titel) return o;
    }
    ADD_FAILURE() << "geen opdracht " << titel;
    return {};
  }

  // A verzoek of the OD on `o`, stored as the form would leave it: the voorstel is the opdracht
  // with `extra` more money.
  Id verzoek_op(const Opdracht& o, std::int64_t extra_cents,
                std::vector<opdrachten::Aspect> aspecten) {
    opdrachten::Wijzigingsverzoek v;
    v.opdracht_id = o.id;
    v.aspecten = std::move(aspecten);
    v.omschrijving = "Twee extra BRZO-inspecties.";
    v.basisversie = o.inhoudsversie;
    v.voorstel = o;
    v.voorstel.financien.push_back({o.jaar, extra_cents, "Extra inspecties"});
    v.ingediend_door = "Thomas Bakker, accountmanager";
    v.ingediend_kant = opdrachten::Kant::kOpdrachtnemer;
    auto uow = store_->begin(Toegang::kSchrijven);
    EXPECT_TRUE(uow.ok());
    auto id = (*uow)->opdrachten().create_wijzigingsverzoek(v);
    EXPECT_TRUE(id.ok());
    EXPECT_TRUE((*uow)->commit().ok());
    return *id;
  }

  std::int64_t versie_van(Id verzoek) {
    return lezen()->opdrachten().get_wijzigingsverzoek(verzoek)->versie;
  }

  void afstemmen(const Context& ctx, const Opdracht& o, Id verzoek) {
    auto a = service().afstemming_vastleggen(
        ctx, o.id, verzoek, versie_van(verzoek),
        {{"met", "Beleidsafdeling milieu"}, {"datum", "2026-11-30"}, {"uitkomst", "Akkoord"}});
    ASSERT_TRUE(a.ok()) << a.error().key;
  }

  // Sets the decision mandate of the (only) rol of `soort` of `persoon_id` for `organisatie`.
  void zet_mandaat(Id persoon_id, RolSoort soort, const std::string& organisatie,
                   std::optional<std::int64_t> cents, bool scope) {
    auto rollen =
        lezen()->registry().list_rollen(RolQuery{.regio_id = regio_id(),
                                                 .persoon_id = persoon_id,
                                                 .organisatie_id = organisatie_id(organisatie),
                                                 .soort = soort});
    ASSERT_TRUE(rollen.ok());
    ASSERT_EQ(rollen->items.size(), 1U);
    auto rol = rollen->items.front().rol;
    rol.mandaat_cents = cents;
    rol.mandaat_scope = scope;
    auto uow = store_->begin(Toegang::kSchrijven);
    ASSERT_TRUE(uow.ok());
    ASSERT_TRUE((*uow)->registry().update_rol(rol).ok());
    ASSERT_TRUE((*uow)->commit().ok());
  }
};

// GOV-10, OPD-2, GOV-6: the collectieve opdracht is given through Rivierhoven. Its ambtelijk
// opdrachtgever decides a wijzigingsverzoek and handles a signaal for the collectief, and both
// records say on whose behalf. Beekdal's ambtelijk opdrachtgever, represented, sees both but
// decides neither.
TEST_F(BesluitNamensTest, GOV10_VertegenwoordigerBesluitVoorHetCollectiefEnLegtVastNamensWie) {
  const auto programma = opdracht(kProgramma);
  auto naomi = als_account("naomi.bos");
  auto pieter = als_account("opdrachtgever");
  EXPECT_EQ(OpdrachtService::kant(naomi.actor, programma), opdrachten::Kant::kOpdrachtgever);
  EXPECT_EQ(OpdrachtService::kant(pieter.actor, programma), opdrachten::Kant::kGeen);

  auto detail = service().opdracht(pieter, programma.id);
  ASSERT_TRUE(detail.ok());
  EXPECT_EQ(opsomming(detail->namens), kNamensHetCollectief);

  const Id verzoek = verzoek_op(programma, 12'000'00, {opdrachten::Aspect::kGeld});
  auto gezien = service().wijzigingsverzoek(pieter, programma.id, verzoek);
  ASSERT_TRUE(gezien.ok());
  EXPECT_FALSE(gezien->mag_beoordelen);
  auto door_pieter = service().besluiten(pieter, programma.id, verzoek, versie_van(verzoek),
                                         {{"besluit", "aanvaarden"}, {"beoordeling", "Akkoord"}});
  ASSERT_FALSE(door_pieter.ok());
  EXPECT_EQ(door_pieter.error().code, ErrorCode::kForbidden);

  afstemmen(naomi, programma, verzoek);
  auto besloten =
      service().besluiten(naomi, programma.id, verzoek, versie_van(verzoek),
                          {{"besluit", "aanvaarden"}, {"beoordeling", "Nodig voor BRZO."}});
  ASSERT_TRUE(besloten.ok()) << besloten.error().key;
  EXPECT_EQ(besloten->status, VerzoekStatus::kAanvaard);
  EXPECT_EQ(besloten->besloten_door, "Naomi Bos, ambtelijk opdrachtgever Gemeente Rivierhoven");
  EXPECT_EQ(besloten->besloten_namens, kNamensHetCollectief);
  EXPECT_EQ(lezen()->opdrachten().get(programma.id)->inhoudsversie, programma.inhoudsversie + 1);

  // The demo's open signaal on the programme: Naomi handles it, for the same deelnemers.
  SignaalService signalen(store_, audit_);
  auto open = signalen.open_signalen_voor(pieter);
  ASSERT_TRUE(open.ok());
  ASSERT_EQ(open->size(), 1U);
  EXPECT_FALSE(open->front().mag_afhandelen);  // Beekdal takes note
  const auto& s = open->front().signaal;
  auto niet = signalen.afhandelen(pieter, programma.id, s.id, s.versie, {{"afhandeling", "Goed"}});
  ASSERT_FALSE(niet.ok());
  EXPECT_EQ(niet.error().code, ErrorCode::kForbidden);
  auto af = signalen.afhandelen(naomi, programma.id, s.id, s.versie,
                                {{"afhandeling", "Akkoord met het schuiven van twee inspecties."}});
  ASSERT_TRUE(af.ok()) << af.error().key;
  EXPECT_EQ(af->afgehandeld_namens, kNamensHetCollectief);
  EXPECT_EQ(af->afgehandeld_door, "Naomi Bos, ambtelijk opdrachtgever Gemeente Rivierhoven");
}

// GOV-12: beyond Pieter de Boer's mandate (here € 10.000) he may not accept; he lays the verzoek
// before the bestuurlijk opdrachtgever, which is recorded with why; then only the wethouder
// decides, with that hat. Maatwerk has no "namens".
TEST_F(BesluitNamensTest, GOV12_BovenHetMandaatBesluitDeBestuurlijkOpdrachtgever) {
  const auto asbest = opdracht(kAsbest);
  auto pieter = als_account("opdrachtgever");
  auto wethouder = als_account("bestuurder");
  zet_mandaat(*pieter.actor.persoon_id, RolSoort::kAmbtelijkOpdrachtgever, kBeekdal, 10'000'00,
              true);
  pieter = als_account("opdrachtgever");
  const Id verzoek = verzoek_op(asbest, 12'000'00, {opdrachten::Aspect::kGeld});
  afstemmen(pieter, asbest, verzoek);

  auto detail = service().wijzigingsverzoek(pieter, asbest.id, verzoek);
  ASSERT_TRUE(detail.ok());
  EXPECT_EQ(detail->meerkosten_cents, 12'000'00);
  EXPECT_EQ(detail->mandaat_cents, 10'000'00);
  EXPECT_FALSE(detail->binnen_mandaat);
  EXPECT_TRUE(detail->mag_voorleggen);

  auto te_ver = service().besluiten(pieter, asbest.id, verzoek, versie_van(verzoek),
                                    {{"besluit", "aanvaarden"}, {"beoordeling", "Akkoord"}});
  ASSERT_FALSE(te_ver.ok());
  EXPECT_EQ(te_ver.error().code, ErrorCode::kInvalid);
  EXPECT_EQ(te_ver.error().fields.at(0).key, "opd.buiten_mandaat");
  // Nothing for the wethouder yet.
  auto te_vroeg = service().besluiten(wethouder, asbest.id, verzoek, versie_van(verzoek),
                                      {{"besluit", "aanvaarden"}, {"beoordeling", "Akkoord"}});
  ASSERT_FALSE(te_vroeg.ok());
  EXPECT_EQ(te_vroeg.error().code, ErrorCode::kForbidden);

  auto voorgelegd = service().besluiten(
      pieter, asbest.id, verzoek, versie_van(verzoek),
      {{"besluit", "voorleggen"}, {"beoordeling", "€ 12.000 extra gaat boven mijn mandaat."}});
  ASSERT_TRUE(voorgelegd.ok()) << voorgelegd.error().key;
  EXPECT_EQ(voorgelegd->status, VerzoekStatus::kVoorgelegd);
  EXPECT_EQ(voorgelegd->voorgelegd_door,
            "Pieter de Boer, ambtelijk opdrachtgever Gemeente Beekdal");
  EXPECT_EQ(voorgelegd->voorlegging, "€ 12.000 extra gaat boven mijn mandaat.");
  EXPECT_TRUE(voorgelegd->besloten_door.empty());
  EXPECT_EQ(laatste_audit().actie, "wijzigingsverzoek.voorleggen");

  // The wethouder sees it waiting; Pieter no longer decides.
  auto wacht = service().open_verzoeken(wethouder);
  ASSERT_TRUE(wacht.ok());
  ASSERT_EQ(wacht->size(), 1U);
  EXPECT_TRUE(wacht->front().mag_beslissen);
  auto pieter_weer = service().besluiten(pieter, asbest.id, verzoek, versie_van(verzoek),
                                         {{"besluit", "afwijzen"}, {"beoordeling", "Toch niet"}});
  ASSERT_FALSE(pieter_weer.ok());
  EXPECT_EQ(pieter_weer.error().key, "fout.verzoek_voorgelegd");

  auto besloten = service().besluiten(
      wethouder, asbest.id, verzoek, versie_van(verzoek),
      {{"besluit", "aanvaarden"}, {"beoordeling", "Akkoord; gedekt in de begroting."}});
  ASSERT_TRUE(besloten.ok()) << besloten.error().key;
  EXPECT_EQ(besloten->status, VerzoekStatus::kAanvaard);
  EXPECT_EQ(besloten->besloten_door,
            "Wethouder Hanneke Brouwer, bestuurlijk opdrachtgever Gemeente Beekdal");
  EXPECT_TRUE(besloten->besloten_namens.empty());
  EXPECT_EQ(lezen()->opdrachten().get(asbest.id)->inhoudsversie, asbest.inhoudsversie + 1);
}

// GOV-12: an accountmanager accepts an opdracht only within its mandate; beyond it the directie
// of the OD accepts.
TEST_F(BesluitNamensTest, GOV12_AccountmanagerAanvaardtAlleenBinnenZijnMandaat) {
  auto og = als_account("opdrachtgever");
  auto thomas = als_account("accountmanager");
  zet_mandaat(*thomas.actor.persoon_id, RolSoort::kAccountmanager, kBeekdal, 100'000'00, false);
  thomas = als_account("accountmanager");
  auto ontwerp =
      service().create(og,
                       {{"titel", "Toezicht bodem 2027"},
                        {"jaar", "2027"},
                        {"aanleiding", "Meer bodemmeldingen."},
                        {"scope", "Bodemsaneringen in Beekdal."},
                        {"doel", "In 2027 is 90% van de meldingen binnen vijf dagen beoordeeld."},
                        {"activiteiten", "Beoordelen en controleren."},
                        {"resultaat", "Een kwartaaloverzicht."},
                        {"sturingsvorm", "Via de accountmanager."},
                        {"monitoring", "Per kwartaal een rapportage."},
                        {"governance", "Via het ambtelijk overleg."}},
                       {{"planning", {{{"omschrijving", "Start"}, {"datum", "2027-01-01"}}}},
                        {"bemensing", {{{"rol", "Toezichthouder"}, {"uren", "1.600"}}}},
                        {"financien", {{{"jaar", "2027"}, {"bedrag", "150.000"}}}},
                        {"stakeholders", {{{"naam", "Omgevingsdienst"}, {"rol", "Uitvoering"}}}},
                        {"risicos",
                         {{{"omschrijving", "Piek"},
                           {"kans", "middel"},
                           {"impact", "middel"},
                           {"beheersmaatregel", "Tijdelijke inzet"}}}}});
  ASSERT_TRUE(ontwerp.ok()) << ontwerp.error().key;
  auto aangeboden =
      service().create_overgang(og, ontwerp->id, ontwerp->versie, {{"stap", "aanbieden"}});
  ASSERT_TRUE(aangeboden.ok());
  auto detail = service().opdracht(thomas, ontwerp->id);
  ASSERT_TRUE(detail.ok());
  EXPECT_TRUE(detail->aanvaarden_buiten_mandaat);

  auto geweigerd =
      service().create_overgang(thomas, ontwerp->id, aangeboden->versie, {{"stap", "aanvaarden"}});
  ASSERT_FALSE(geweigerd.ok());
  EXPECT_EQ(geweigerd.error().code, ErrorCode::kInvalid);
  EXPECT_EQ(geweigerd.error().fields.at(0).key, "opd.aanvaarden_buiten_mandaat");
  EXPECT_EQ(lezen()->opdrachten().get(ontwerp->id)->status, opdrachten::Status::kAangeboden);

  afgestemd(thomas, ontwerp->id);  // OPD-8
  auto aanvaard = service().create_overgang(als_account("directie"), ontwerp->id,
                                            aangeboden->versie, {{"stap", "aanvaarden"}});
  ASSERT_TRUE(aanvaard.ok()) << aanvaard.error().key;
  EXPECT_EQ(aanvaard->status, opdrachten::Status::kAanvaard);
}

}  // namespace
}  // namespace regie::service

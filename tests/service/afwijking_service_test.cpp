// Afwijkingen and bijsturing over the in-memory store with the demo regio (MON-3, GOV-12): the
// clock stands in August 2027, whose programme the demo has and whose months no import has
// touched yet. An import that puts a deelnemer outside the band raises a signaal in its own
// transaction; the accountmanager drafts a voorstel; the opdrachtgever decides within its
// mandate; the start page and the opdracht show it.
#include "service/afwijking_service.hpp"

#include "core/text.hpp"
#include "domain/opdrachten/opdracht_repository.hpp"
#include "service/monitoring_service.hpp"
#include "service/realisatie_service.hpp"
#include "service_fixture.hpp"

namespace regie::service {
namespace {

using governance::RolSoort;
using monitoring::SignaalStatus;

class AfwijkingServiceTest : public ServiceTest {
 protected:
  void SetUp() override {
    ServiceTest::SetUp();
    audit_ = std::make_shared<AuditService>(store_, augustus_);
    auto b = realisaties().create_bron(als(RolSoort::kMedewerker, kOd),
                                       {{"naam", "Testsysteem"},
                                        {"kolomDatum", "Datum"},
                                        {"kolomDeelnemer", "Gemeente"},
                                        {"kolomZaaktype", "Zaaktype"},
                                        {"kolomUren", "Uren"},
                                        {"kolomAantal", "Aantal"},
                                        {"kolomBedrag", "Kosten"},
                                        {"zaaktypen", "Controle milieubedrijf = TH-01"}});
    ASSERT_TRUE(b.ok()) << (b.ok() ? "" : b.error().key);
  }

  std::shared_ptr<HandKlok> augustus_ = hand_klok("2027-08-02T09:00:00Z");
  RealisatieService realisaties() { return RealisatieService(store_, audit_, augustus_); }
  AfwijkingService service() { return AfwijkingService(store_, audit_); }

  // Beekdal's planned collectief hours of 2027 (its programme), in hundredths.
  std::int64_t plan_uren_beekdal() {
    auto p = MonitoringService(store_, augustus_)
                 .plan_realisatie(als(RolSoort::kDirectieOd, kOd),
                                  {2027, monitoring::Niveau::kDeelnemer, organisatie_id(kBeekdal)});
    EXPECT_TRUE(p.ok());
    for (const auto& v : p->totaal) {
      if (v.reeks.soort == programma::RegelSoort::kCollectief) return v.reeks.plan.uren;
    }
    ADD_FAILURE() << "geen collectief plan voor Beekdal in 2027";
    return 0;
  }

  // Beekdal's periodic inspections from January to July 2027: `honderdsten` hours a month, one
  // inspection of € 100 each.
  Result<RealisatieVerslag> importeer_beekdal(std::int64_t honderdsten, const std::string& naam) {
    std::string csv = "Datum;Gemeente;Zaaktype;Uren;Aantal;Kosten\n";
    for (int m = 1; m <= 7; ++m) {
      csv += "15-0" + std::to_string(m) + "-2027;Beekdal;TH-01;" + format_honderdsten(honderdsten) +
             ";1;100\n";
    }
    return realisaties().importeren(als(RolSoort::kMedewerker, kOd),
                                    {"testsysteem", naam, {}, false}, opener_van(csv));
  }

  // Someone with a persoon, as a log-in makes it: records name the persoon and the hat.
  Context persoon(RolSoort soort, const std::string& naam) {
    auto ctx = als(soort, kBeekdal, naam);
    ctx.actor.persoon_id = 1;
    return ctx;
  }

  Context ambtelijk(std::optional<std::int64_t> mandaat) {
    auto ctx = als(RolSoort::kAmbtelijkOpdrachtgever, kBeekdal, "Pieter");
    ctx.actor.hoedanigheden.front().mandaat_cents = mandaat;
    return ctx;
  }

  std::vector<AfwijkingRegel> van_beekdal(const Context& ctx) {
    auto l = service().afwijkingen(
        ctx, {.jaar = 2027, .deelnemer = organisatie_id(kBeekdal), .alleen_lopend = false});
    EXPECT_TRUE(l.ok());
    return collectief(l.ok() ? *l : std::vector<AfwijkingRegel>{});
  }

  // Beekdal's specifiek line (without realisatie in 2027) deviates too, and so may its 2026
  // lines; these tests follow the collectief one of 2027.
  static std::vector<AfwijkingRegel> collectief(std::vector<AfwijkingRegel> regels) {
    std::erase_if(regels, [](const AfwijkingRegel& r) {
      return r.signaal.soort != programma::RegelSoort::kCollectief || r.signaal.jaar != 2027;
    });
    return regels;
  }
};

// MON-3, GOV-12: an afwijking raised by an import and handled: voorstel, a refusal beyond the
// mandate, the decision at the next level.
TEST_F(AfwijkingServiceTest, MON3_GOV12_EenAfwijkingGesignaleerdEnAfgehandeld) {
  const auto am = persoon(RolSoort::kAccountmanager, "Thomas");
  EXPECT_TRUE(van_beekdal(am).empty());
  // By July twice the year's planned hours: far above the band (the other deelnemers, with
  // nothing yet in 2027, fall below it).
  const std::int64_t plan = plan_uren_beekdal();
  ASSERT_GT(plan, 0);
  auto v = importeer_beekdal(plan * 2 / 7, "juli.csv");
  ASSERT_TRUE(v.ok()) << v.error().key;
  EXPECT_GE(v->nieuwe_afwijkingen, 1);
  auto lijst = van_beekdal(am);
  ASSERT_EQ(lijst.size(), 1U);
  const auto& s = lijst[0].signaal;
  EXPECT_EQ(s.status, SignaalStatus::kOpen);
  EXPECT_EQ(s.uren, monitoring::Afwijking::kBoven);
  EXPECT_EQ(s.plan.uren, plan);
  EXPECT_EQ(s.realisatie.uren, plan * 2 / 7 * 7);
  EXPECT_EQ(s.peilmaand, 7);
  EXPECT_EQ(s.gesignaleerd_op, "2027-08-02T09:00:00Z");
  EXPECT_TRUE(lijst[0].mag_voorstellen);
  EXPECT_EQ(lijst[0].deelnemer_naam, kBeekdal);

  // The start pages of both sides show it; another gemeente's opdrachtgever does not see it.
  const auto pieter = ambtelijk(25'000'00);
  ASSERT_EQ(collectief(*service().lopend_voor(pieter)).size(), 1U);
  ASSERT_EQ(collectief(*service().lopend_voor(am)).size(), 1U);
  const auto ander = als(RolSoort::kAmbtelijkOpdrachtgever, "Gemeente Dijkstede");
  auto van_ander = service().lopend_voor(ander);
  ASSERT_TRUE(van_ander.ok());
  for (const auto& r : *van_ander) {
    EXPECT_NE(r.signaal.deelnemer_id, organisatie_id(kBeekdal));
  }
  EXPECT_EQ(service().afwijking(ander, s.id).error().code, ErrorCode::kNotFound);

  // Nothing to decide before a voorstel; the opdrachtgever does not draft it.
  auto te_vroeg = service().beslissen(pieter, s.id, s.versie,
                                      {{"besluit", "akkoord"}, {"toelichting", "Prima"}});
  EXPECT_EQ(te_vroeg.error().key, "fout.geen_voorstel");
  EXPECT_EQ(service().voorstellen(pieter, s.id, s.versie, {}).error().code, ErrorCode::kForbidden);
  auto leeg = service().voorstellen(am, s.id, s.versie, {});
  ASSERT_FALSE(leeg.ok());
  EXPECT_EQ(leeg.error().fields.size(), 3U);
  auto met = service().voorstellen(am, s.id, s.versie,
                                   {{"maatregel", "Extra inzet van twee inspecteurs"},
                                    {"gevolgen", "De controles lopen door tot december"},
                                    {"afgestemdMet", "Pieter de Boer"},
                                    {"meerkosten", "40.000,00"}});
  ASSERT_TRUE(met.ok()) << met.error().key;
  EXPECT_EQ(met->status, SignaalStatus::kVoorstel);
  EXPECT_EQ(met->voorstel->door, "Thomas, accountmanager voor Gemeente Beekdal");
  EXPECT_EQ(laatste_audit().actie, "afwijking.voorstellen");
  // A concurrent edit from the old version does not overwrite.
  EXPECT_EQ(service()
                .voorstellen(am, s.id, s.versie,
                             {{"maatregel", "x"}, {"gevolgen", "y"}, {"afgestemdMet", "z"}})
                .error()
                .code,
            ErrorCode::kStale);

  // € 40.000 is beyond Pieter's € 25.000: agreeing is refused, naming the mandate.
  auto buiten = service().beslissen(pieter, s.id, met->versie,
                                    {{"besluit", "akkoord"}, {"toelichting", "Akkoord"}});
  ASSERT_FALSE(buiten.ok());
  EXPECT_EQ(buiten.error().fields.at(0).key, "mon.buiten_mandaat");
  auto fout = service().beslissen(pieter, s.id, met->versie, {{"besluit", "misschien"}});
  ASSERT_FALSE(fout.ok());
  EXPECT_EQ(fout.error().fields.size(), 2U);  // besluit and toelichting

  // The bestuurlijk opdrachtgever decides, adjusted.
  const auto bestuur = persoon(RolSoort::kBestuurlijkOpdrachtgever, "Wethouder");
  auto besluit = service().beslissen(
      bestuur, s.id, met->versie,
      {{"besluit", "aangepast"}, {"toelichting", "Akkoord met één extra inspecteur"}});
  ASSERT_TRUE(besluit.ok()) << besluit.error().key;
  EXPECT_EQ(besluit->status, SignaalStatus::kBesloten);
  EXPECT_EQ(besluit->besluit->besluit, monitoring::Besluit::kAangepast);
  EXPECT_EQ(besluit->besluit->door, "Wethouder, bestuurlijk opdrachtgever Gemeente Beekdal");
  EXPECT_EQ(besluit->besluit->mandaat, "als bestuurlijk opdrachtgever Gemeente Beekdal");
  EXPECT_EQ(besluit->besluit->op, "2027-08-02T09:00:00Z");
  EXPECT_EQ(laatste_audit().actie, "afwijking.beslissen");
  EXPECT_EQ(laatste_audit().object, "afwijking/" + std::to_string(s.id));
  EXPECT_TRUE(collectief(*service().lopend_voor(pieter)).empty());

  // The same deviation in a new import raises nothing new; the other way round does.
  auto meer = importeer_beekdal(plan * 3 / 7, "juli-bis.csv");
  ASSERT_TRUE(meer.ok()) << meer.error().key;
  EXPECT_EQ(meer->nieuwe_afwijkingen, 0);
  auto minder = importeer_beekdal(1'00, "juli-ter.csv");
  ASSERT_TRUE(minder.ok()) << minder.error().key;
  EXPECT_EQ(minder->nieuwe_afwijkingen, 1);
  auto daarna = van_beekdal(am);
  ASSERT_EQ(daarna.size(), 2U);
  EXPECT_EQ(daarna[0].signaal.uren, monitoring::Afwijking::kOnder);  // newest first
  EXPECT_EQ(daarna[1].signaal.status, SignaalStatus::kBesloten);
}

// MON-3: a signaal lapses when the figures come back within the band before a voorstel; the
// opdracht of its year shows it; the regio's band decides.
TEST_F(AfwijkingServiceTest, MON3_VervaltBinnenDeBandEnStaatBijDeOpdracht) {
  ASSERT_TRUE(importeer_beekdal(plan_uren_beekdal() * 2 / 7, "a.csv").ok());
  auto open = van_beekdal(als(RolSoort::kDirectieOd, kOd));
  ASSERT_EQ(open.size(), 1U);

  // The collectieve opdracht of 2027 shows it; a maatwerk opdracht only its deelnemer's
  // specifiek signalen.
  auto uow = lezen();
  auto opdrachten = uow->opdrachten().list(OpdrachtQuery{.regio_id = regio_id()});
  uow.reset();
  bool getoond = false;
  for (const auto& o : *opdrachten) {
    if (o.jaar != 2027) continue;
    auto bij = service().voor_opdracht(als(RolSoort::kDirectieOd, kOd), o);
    ASSERT_TRUE(bij.ok());
    for (const auto& r : *bij) {
      if (o.soort == opdrachten::Soort::kCollectief) {
        EXPECT_EQ(r.signaal.soort, programma::RegelSoort::kCollectief) << o.titel;
        getoond = getoond || r.signaal.id == open[0].signaal.id;
      } else {
        EXPECT_EQ(r.signaal.soort, programma::RegelSoort::kSpecifiek) << o.titel;
        EXPECT_EQ(r.signaal.deelnemer_id, *o.deelnemer_id) << o.titel;
      }
    }
  }
  EXPECT_TRUE(getoond) << "geen collectieve opdracht voor 2027 in de demo";

  // A regio with a band of ±100 %: on the next import Beekdal is within it, and the signaal,
  // which has no voorstel, lapses.
  {
    auto schrijf = store_->begin(Toegang::kSchrijven);
    ASSERT_TRUE(schrijf.ok());
    auto regio = (*schrijf)->registry().get_regio(regio_id());
    regio->tolerantie_procent = 100;
    ASSERT_TRUE((*schrijf)->registry().update_regio(*regio).ok());
    ASSERT_TRUE((*schrijf)->commit().ok());
  }
  // (A twentieth of the plan by July: the seasonal prognose stays well below twice the plan.)
  ASSERT_TRUE(importeer_beekdal(plan_uren_beekdal() / 140, "b.csv").ok());
  auto na = van_beekdal(als(RolSoort::kDirectieOd, kOd));
  ASSERT_EQ(na.size(), 1U);
  EXPECT_EQ(na[0].signaal.status, SignaalStatus::kVervallen) << monitoring::kenmerk(na[0].signaal);
  EXPECT_EQ(na[0].signaal.tolerantie, 100);
}

}  // namespace
}  // namespace regie::service

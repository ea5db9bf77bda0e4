// MON-3, GOV-12: afwijkingssignalen raised from plan versus realisatie, the bijsturingsvoorstel
// and the decision within the mandate.
#include "domain/monitoring/bijsturing.hpp"

#include <gtest/gtest.h>

namespace regie::monitoring {
namespace {

using governance::RolSoort;
using programma::RegelSoort;

constexpr Id kRegio = 1;
constexpr Id kBeekdal = 3;

// A deelnemer line with the plan and this year's realisatie of months 1 … 6 evenly spread.
Vergelijking regel(std::int64_t plan_uren, std::int64_t uren_per_maand,
                   RegelSoort soort = RegelSoort::kCollectief) {
  Reeks r;
  r.niveau = Niveau::kDeelnemer;
  r.deelnemer_id = kBeekdal;
  r.soort = soort;
  r.plan.uren = plan_uren;
  for (int m = 0; m < 6; ++m)
    r.dit_jaar.at(static_cast<std::size_t>(m)) = {uren_per_maand, 0, 0, 1};
  return vergelijk(r, 6, kStandaardTolerantie);
}

auth::Actor met_hoed(RolSoort soort, std::optional<std::int64_t> mandaat = std::nullopt) {
  auth::Actor a;
  a.naam = "iemand";
  a.persoon_id = 7;
  a.persoon_naam = "Iemand";
  a.regio_id = kRegio;
  auth::Hoedanigheid h;
  h.soort = soort;
  h.organisatie_id = kBeekdal;
  h.organisatie_naam = "Gemeente Beekdal";
  h.mandaat_cents = mandaat;
  a.hoedanigheden.push_back(h);
  return a;
}

Afwijkingssignaal opgeslagen(Afwijkingssignaal s, Id id) {
  s.id = id;
  s.versie = 1;
  return s;
}

// MON-3: a line outside the band raises a signaal; within the band nothing; the figures follow.
TEST(BijsturingTest, MON3_EenRegelBuitenDeBandGeeftEenSignaal) {
  // Plan 1.000 hours; 100 an hour-month for six months: prognose 1.200, 20 % above.
  auto boven = regel(1'000'00, 100'00);
  ASSERT_TRUE(boven.afwijkend());
  auto s = signaleer(kRegio, 2026, 6, 10, {boven}, {});
  ASSERT_EQ(s.nieuw.size(), 1U);
  EXPECT_EQ(s.nieuw[0].deelnemer_id, kBeekdal);
  EXPECT_EQ(s.nieuw[0].status, SignaalStatus::kOpen);
  EXPECT_EQ(s.nieuw[0].prognose.uren, 1'200'00);
  EXPECT_EQ(s.nieuw[0].peilmaand, 6);
  EXPECT_EQ(kenmerk(s.nieuw[0]), "uren boven");

  auto binnen = regel(1'000'00, 85'00);  // prognose 1.020: within ±10 %
  EXPECT_TRUE(signaleer(kRegio, 2026, 6, 10, {binnen}, {}).nieuw.empty());
  // A wider band of the regio: 20 % above is within ±25 %.
  Reeks r = boven.reeks;
  EXPECT_TRUE(signaleer(kRegio, 2026, 6, 25, {vergelijk(r, 6, 25)}, {}).nieuw.empty());

  // The next import: the open signaal is brought up to date, not raised again.
  auto eerste = opgeslagen(s.nieuw[0], 11);
  auto meer = regel(1'000'00, 120'00);
  auto daarna = signaleer(kRegio, 2026, 6, 10, {meer}, {eerste});
  EXPECT_TRUE(daarna.nieuw.empty());
  ASSERT_EQ(daarna.bijgewerkt.size(), 1U);
  EXPECT_EQ(daarna.bijgewerkt[0].id, 11);
  EXPECT_EQ(daarna.bijgewerkt[0].prognose.uren, 1'440'00);
  // The same figures again: nothing to write.
  EXPECT_TRUE(signaleer(kRegio, 2026, 6, 10, {boven}, {eerste}).bijgewerkt.empty());
}

// MON-3: back within the band before a voorstel, the signaal lapses; with a voorstel it stays.
TEST(BijsturingTest, MON3_TerugBinnenDeBandVervaltAlleenZonderVoorstel) {
  auto eerste =
      opgeslagen(signaleer(kRegio, 2026, 6, 10, {regel(1'000'00, 100'00)}, {}).nieuw[0], 4);
  auto binnen = regel(1'000'00, 84'00);
  auto s = signaleer(kRegio, 2026, 6, 10, {binnen}, {eerste});
  ASSERT_EQ(s.bijgewerkt.size(), 1U);
  EXPECT_EQ(s.bijgewerkt[0].status, SignaalStatus::kVervallen);

  auto met_voorstel = eerste;
  met_voorstel.status = SignaalStatus::kVoorstel;
  auto t = signaleer(kRegio, 2026, 6, 10, {binnen}, {met_voorstel});
  ASSERT_EQ(t.bijgewerkt.size(), 1U);
  EXPECT_EQ(t.bijgewerkt[0].status, SignaalStatus::kVoorstel);
}

// MON-3: after a decision the same deviation raises nothing; another one raises a new signaal.
TEST(BijsturingTest, MON3_NaHetBesluitAlleenEenNieuweAfwijking) {
  auto besloten =
      opgeslagen(signaleer(kRegio, 2026, 6, 10, {regel(1'000'00, 100'00)}, {}).nieuw[0], 5);
  besloten.status = SignaalStatus::kBesloten;
  EXPECT_TRUE(signaleer(kRegio, 2026, 6, 10, {regel(1'000'00, 110'00)}, {besloten}).nieuw.empty());
  auto onder = signaleer(kRegio, 2026, 6, 10, {regel(1'000'00, 50'00)}, {besloten});
  ASSERT_EQ(onder.nieuw.size(), 1U);
  EXPECT_EQ(kenmerk(onder.nieuw[0]), "uren onder");
  // Collectief and specifiek are separate lines: a specifiek deviation is its own signaal.
  auto specifiek =
      signaleer(kRegio, 2026, 6, 10, {regel(1'000'00, 100'00, RegelSoort::kSpecifiek)}, {besloten});
  ASSERT_EQ(specifiek.nieuw.size(), 1U);
  EXPECT_EQ(specifiek.nieuw[0].soort, RegelSoort::kSpecifiek);
}

// MON-3: the accountmanager of the deelnemer drafts the voorstel, naming the opdrachtgever.
TEST(BijsturingTest, MON3_HetVoorstelVanDeAccountmanager) {
  auto s = opgeslagen(signaleer(kRegio, 2026, 6, 10, {regel(1'000'00, 100'00)}, {}).nieuw[0], 6);
  auto leeg = parse_voorstel(Fields::Values{{"meerkosten", "min tien"}});
  ASSERT_FALSE(leeg.ok());
  std::vector<std::string> velden;
  for (const auto& f : leeg.error().fields) velden.push_back(f.field);
  EXPECT_EQ(velden,
            (std::vector<std::string>{"maatregel", "gevolgen", "afgestemdMet", "meerkosten"}));

  auto v = parse_voorstel(Fields::Values{{"maatregel", "Twintig controles naar 2027"},
                                         {"gevolgen", "Geen extra kosten"},
                                         {"afgestemdMet", "Pieter de Boer"},
                                         {"meerkosten", "12.500,00"}});
  ASSERT_TRUE(v.ok());
  EXPECT_EQ(v->meerkosten_cents, 12'500'00);
  const auto am = met_hoed(RolSoort::kAccountmanager);
  EXPECT_TRUE(mag_voorstellen(am, s));
  EXPECT_FALSE(mag_voorstellen(met_hoed(RolSoort::kAmbtelijkOpdrachtgever), s));
  EXPECT_EQ(stel_voor(s, false, *v).error().code, ErrorCode::kForbidden);
  auto met = stel_voor(s, true, *v);
  ASSERT_TRUE(met.ok());
  EXPECT_EQ(met->status, SignaalStatus::kVoorstel);
  auto besloten = *met;
  besloten.status = SignaalStatus::kBesloten;
  EXPECT_EQ(stel_voor(besloten, true, *v).error().key, "fout.signaal_besloten");
}

// MON-3, GOV-12: the opdrachtgever decides; the ambtelijk one within its mandate.
TEST(BijsturingTest, MON3_GOV12_HetBesluitBinnenHetMandaat) {
  auto s = opgeslagen(signaleer(kRegio, 2026, 6, 10, {regel(1'000'00, 100'00)}, {}).nieuw[0], 7);
  const auto ao = beslisser(met_hoed(RolSoort::kAmbtelijkOpdrachtgever, 10'000'00), kBeekdal);
  ASSERT_TRUE(ao.has_value());
  EXPECT_EQ(beslis(s, ao, Besluit::kAkkoord, "Goed").error().key, "fout.geen_voorstel");
  EXPECT_FALSE(beslisser(met_hoed(RolSoort::kAccountmanager), kBeekdal).has_value());
  EXPECT_EQ(beslis(s, std::nullopt, Besluit::kAkkoord, "Goed").error().code, ErrorCode::kForbidden);

  Bijsturingsvoorstel v{"Extra inzet", "Meer uren", "Pieter de Boer", 12'500'00, "", ""};
  auto met = *stel_voor(s, true, v);
  auto buiten = beslis(met, ao, Besluit::kAkkoord, "Akkoord");
  ASSERT_FALSE(buiten.ok());
  EXPECT_EQ(buiten.error().fields.at(0).key, "mon.buiten_mandaat");
  auto zonder = beslis(met, ao, Besluit::kAfgewezen, "  ");
  ASSERT_FALSE(zonder.ok());
  EXPECT_EQ(zonder.error().fields.at(0).field, "toelichting");
  // Rejecting lies within every mandate; agreeing to € 12.500 is for the bestuurlijk level.
  auto af = beslis(met, ao, Besluit::kAfgewezen, "Eerst prioriteren");
  ASSERT_TRUE(af.ok());
  EXPECT_EQ(af->status, SignaalStatus::kBesloten);
  EXPECT_EQ(af->besluit->mandaat,
            "binnen het mandaat van ambtelijk opdrachtgever Gemeente Beekdal (tot € 10.000,00)");
  const auto bo = beslisser(met_hoed(RolSoort::kBestuurlijkOpdrachtgever), kBeekdal);
  auto aangepast = beslis(met, bo, Besluit::kAangepast, "Akkoord met de helft van de uren");
  ASSERT_TRUE(aangepast.ok());
  EXPECT_EQ(aangepast->besluit->besluit, Besluit::kAangepast);
  EXPECT_EQ(aangepast->besluit->mandaat, "als bestuurlijk opdrachtgever Gemeente Beekdal");
  EXPECT_EQ(beslis(*aangepast, bo, Besluit::kAkkoord, "Nogmaals").error().key,
            "fout.signaal_besloten");
}

// MON-3: a collectieve opdracht shows the collectief signalen of its year; maatwerk its own.
TEST(BijsturingTest, MON3_WelkeOpdrachtEenSignaalToont) {
  Afwijkingssignaal s;
  s.regio_id = kRegio;
  s.jaar = 2026;
  s.deelnemer_id = kBeekdal;
  opdrachten::Opdracht collectief;
  collectief.regio_id = kRegio;
  collectief.jaar = 2026;
  collectief.soort = opdrachten::Soort::kCollectief;
  EXPECT_TRUE(hoort_bij_opdracht(s, collectief));
  collectief.jaar = 2027;
  EXPECT_FALSE(hoort_bij_opdracht(s, collectief));
  opdrachten::Opdracht maatwerk = collectief;
  maatwerk.jaar = 2026;
  maatwerk.soort = opdrachten::Soort::kMaatwerk;
  maatwerk.deelnemer_id = kBeekdal;
  EXPECT_FALSE(hoort_bij_opdracht(s, maatwerk));
  s.soort = RegelSoort::kSpecifiek;
  EXPECT_TRUE(hoort_bij_opdracht(s, maatwerk));
  maatwerk.deelnemer_id = 4;
  EXPECT_FALSE(hoort_bij_opdracht(s, maatwerk));
}

}  // namespace
}  // namespace regie::monitoring

// MON-4 and MON-5: indicator measurements with the answer per doel, and process measures.
#include "domain/monitoring/meting.hpp"

#include <gtest/gtest.h>

namespace regie::monitoring {
namespace {

programma::Uitvoeringsprogramma programma_met_doel() {
  programma::Uitvoeringsprogramma p;
  p.regio_id = 1;
  p.jaar = 2026;
  programma::Doel d;
  d.nummer = 1;
  d.titel = "Minder overtredingen";
  d.indicatoren = {{"Naleefgedrag", "%", 70'00, 85'00, "steekproef"},
                   {"Klachten geur", "aantal", 120'00, 80'00, "meldingen"}};
  p.doelen = {d};
  return p;
}

// MON-4: a measurement names an indicator of a doel of the programme; every error at once.
TEST(MetingTest, MON4_EenMetingHoortBijEenIndicatorVanEenDoel) {
  const auto p = programma_met_doel();
  auto goed = parse_indicatormeting({{"doel", "1"},
                                     {"indicator", "Naleefgedrag"},
                                     {"peildatum", "30-06-2026"},
                                     {"waarde", "76,5"}},
                                    p);
  ASSERT_TRUE(goed.ok()) << goed.error().fields.at(0).key;
  EXPECT_EQ(goed->waarde, 76'50);
  EXPECT_EQ(goed->jaar, 2026);
  EXPECT_EQ(goed->peildatum, *Datum::from_ymd(2026, 6, 30));
  auto fout = parse_indicatormeting({{"doel", "1"}, {"indicator", "Onbekend"}}, p);
  ASSERT_FALSE(fout.ok());
  std::vector<std::string> velden;
  for (const auto& f : fout.error().fields) velden.push_back(f.field);
  EXPECT_EQ(velden, (std::vector<std::string>{"peildatum", "waarde"}));
  auto onbekend = parse_indicatormeting(
      {{"doel", "1"}, {"indicator", "Onbekend"}, {"peildatum", "2026-06-30"}, {"waarde", "1"}}, p);
  ASSERT_FALSE(onbekend.ok());
  EXPECT_EQ(onbekend.error().fields.at(0).key, "fout.onbekende_indicator");
  auto geen_doel = parse_indicatormeting(
      {{"doel", "7"}, {"indicator", "Naleefgedrag"}, {"peildatum", "2026-06-30"}, {"waarde", "1"}},
      p);
  EXPECT_EQ(geen_doel.error().fields.at(0).key, "fout.onbekend_doel");
}

// MON-4: the latest measurement against nulwaarde and streefwaarde, in either direction, and the
// doel's answer.
TEST(MetingTest, MON4_DeStandEnHetAntwoordPerDoel) {
  const auto p = programma_met_doel();
  const auto& naleef = p.doelen[0].indicatoren[0];  // 70 → 85: higher is better
  const auto& geur = p.doelen[0].indicatoren[1];    // 120 → 80: lower is better
  auto meting = [](Id id, int maand, std::int64_t waarde) {
    Indicatormeting m;
    m.id = id;
    m.peildatum = *Datum::from_ymd(2026, static_cast<unsigned>(maand), 1);
    m.waarde = waarde;
    return m;
  };
  EXPECT_EQ(stand(naleef, {}).koers, Koers::kGeenMeting);
  EXPECT_EQ(antwoord({stand(naleef, {}), stand(geur, {})}), "Nog niet gemeten");
  // The newest by peildatum counts, not the last recorded.
  auto s = stand(naleef, {meting(2, 6, 79'00), meting(1, 3, 72'00)});
  EXPECT_EQ(s.laatste->id, 2);
  EXPECT_EQ(s.koers, Koers::kOpWeg);
  EXPECT_EQ(*s.aandeel, 60);
  auto g = stand(geur, {meting(3, 6, 130'00)});
  EXPECT_EQ(g.koers, Koers::kNietOpWeg);
  EXPECT_EQ(*g.aandeel, -25);
  EXPECT_EQ(antwoord({s, g}), "Deels");
  EXPECT_EQ(stand(geur, {meting(4, 9, 78'00)}).koers, Koers::kBereikt);
  EXPECT_EQ(antwoord({s, stand(geur, {meting(4, 9, 78'00)})}), "Ja");
  EXPECT_EQ(antwoord({g, stand(naleef, {})}), "Nee");
}

// MON-5: a process measure per month, for the regio or one deelnemer.
TEST(MetingTest, MON5_EenProcesmetingPerMaand) {
  const std::vector<Deelnemer> deelnemers = {{3, "Gemeente Beekdal"}};
  auto r = parse_procesmeting(
      {{"maat", "tijdig_besloten"}, {"maand", "2026-10"}, {"waarde", "93,4"}}, deelnemers);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->deelnemer_id, 0);
  EXPECT_EQ(r->maand, 202610);
  EXPECT_EQ(r->waarde, 93'40);
  auto b = parse_procesmeting(
      {{"maat", "achterstand"}, {"maand", "10-2026"}, {"deelnemerId", "3"}, {"waarde", "41"}},
      deelnemers);
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b->deelnemer_id, 3);
  auto fout = parse_procesmeting(
      {{"maat", "tijdig_besloten"}, {"maand", "13-2026"}, {"deelnemerId", "99"}, {"waarde", "101"}},
      deelnemers);
  ASSERT_FALSE(fout.ok());
  std::vector<std::string> velden;
  for (const auto& f : fout.error().fields) velden.push_back(f.field);
  EXPECT_EQ(velden, (std::vector<std::string>{"maand", "deelnemerId", "waarde"}));
  EXPECT_EQ(label(Procesmaat::kAchterstand), "Achterstand (openstaande zaken over de termijn)");
}

}  // namespace
}  // namespace regie::monitoring

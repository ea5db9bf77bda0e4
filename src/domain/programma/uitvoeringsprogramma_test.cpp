#include "domain/programma/uitvoeringsprogramma.hpp"

#include <gtest/gtest.h>

namespace regie::programma {
namespace {

using beleidscyclus::Orgaan;

Uitvoeringsprogramma ontwerp() {
  Uitvoeringsprogramma p;
  p.id = 7;
  p.jaar = 2027;
  p.tot_jaar = 2027;
  p.titel = "Uitvoeringsprogramma 2027";
  p.regels.push_back({"VV-01", 3, 10, 0, std::nullopt, "", 0});
  p.regels.push_back({"RG-01", 0, 0, 50000, std::nullopt, "", 0});
  return p;
}

// UP-4: a vastgesteld programme is read-only; vaststellen records the body and the date and
// needs regels.
TEST(UitvoeringsprogrammaTest, UP4_VastgesteldProgrammaIsNietMeerTeBewerken) {
  auto p = ontwerp();
  EXPECT_TRUE(bewerkbaar(p).ok());
  Uitvoeringsprogramma leeg = p;
  leeg.regels.clear();
  auto zonder = vaststellen(leeg, Orgaan::kAlgemeenBestuur, *Datum::from_ymd(2026, 11, 20));
  ASSERT_FALSE(zonder.ok());
  EXPECT_EQ(zonder.error().fields[0].key, "fout.programma_zonder_regels");
  auto vast = vaststellen(p, Orgaan::kAlgemeenBestuur, *Datum::from_ymd(2026, 11, 20));
  ASSERT_TRUE(vast.ok());
  EXPECT_EQ(vast->status, ProgrammaStatus::kVastgesteld);
  EXPECT_EQ(vast->vastgesteld_door, Orgaan::kAlgemeenBestuur);
  auto refused = bewerkbaar(*vast);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code, ErrorCode::kConflict);
  EXPECT_EQ(refused.error().key, "fout.programma_vastgesteld");
  auto nogmaals = vaststellen(*vast, Orgaan::kDagelijksBestuur, *Datum::from_ymd(2026, 11, 21));
  EXPECT_FALSE(nogmaals.ok());
}

// UP-4: a bijstelling is a new concept version with its reason and the same content; the
// versions are compared line by line.
TEST(UitvoeringsprogrammaTest, UP4_BijstellingIsEenNieuweVersieDieRegelVoorRegelVergelekenWordt) {
  auto vast = vaststellen(ontwerp(), Orgaan::kAlgemeenBestuur, *Datum::from_ymd(2026, 11, 20));
  ASSERT_TRUE(vast.ok());
  EXPECT_FALSE(bijstelling(ontwerp(), "reden").ok());  // only of a vastgesteld one
  auto zonder_reden = bijstelling(*vast, "  ");
  ASSERT_FALSE(zonder_reden.ok());
  EXPECT_EQ(zonder_reden.error().fields[0].field, "reden");
  auto nieuw = bijstelling(*vast, "Extra toezicht na de zomer");
  ASSERT_TRUE(nieuw.ok());
  EXPECT_EQ(nieuw->versienummer, 2);
  EXPECT_EQ(nieuw->status, ProgrammaStatus::kConcept);
  EXPECT_FALSE(nieuw->vastgesteld_op.has_value());
  EXPECT_EQ(nieuw->reden_bijstelling, "Extra toezicht na de zomer");
  EXPECT_EQ(nieuw->regels, vast->regels);
  EXPECT_TRUE(vergelijk(*vast, *nieuw).empty());

  nieuw->regels[0].aantal = 14;                                      // changed
  nieuw->regels.erase(nieuw->regels.begin() + 1);                    // gone
  nieuw->regels.push_back({"TH-01", 3, 5, 0, std::nullopt, "", 0});  // added
  auto v = vergelijk(*vast, *nieuw);
  ASSERT_EQ(v.size(), 3U);
  EXPECT_EQ(v[0].soort, Verschil::kGewijzigd);
  EXPECT_EQ(v[0].oud->aantal, 10);
  EXPECT_EQ(v[0].nieuw->aantal, 14);
  EXPECT_EQ(v[1].soort, Verschil::kToegevoegd);
  EXPECT_EQ(v[1].productcode, "TH-01");
  EXPECT_EQ(v[2].soort, Verschil::kVervallen);
  EXPECT_EQ(v[2].productcode, "RG-01");
}

// UP-1: a doel reads its indicatoren with baseline and target in Dutch notation; a half-filled
// indicator names what is missing.
TEST(UitvoeringsprogrammaTest, UP1_DoelMetIndicatorenEnMeetmethode) {
  Fields f = {{"titel", "Minder asbestincidenten"},
              {"beoogdEffect", "Veilige sloop in de hele regio"},
              {"indicator1Naam", "Aandeel sloopmeldingen gecontroleerd"},
              {"indicator1Eenheid", "%"},
              {"indicator1Nulwaarde", "62,5"},
              {"indicator1Streefwaarde", "80"},
              {"indicator1Meetmethode", "Uit het zaaksysteem, per kwartaal"},
              {"indicator2Naam", "Incidenten"}};
  auto d = parse_doel(f);
  ASSERT_FALSE(d.ok());
  std::vector<std::string> velden;
  for (const auto& e : d.error().fields) velden.push_back(e.field);
  EXPECT_EQ(velden, (std::vector<std::string>{"indicator2Eenheid", "indicator2Nulwaarde",
                                              "indicator2Streefwaarde", "indicator2Meetmethode"}));
  f.erase("indicator2Naam");
  d = parse_doel(f);
  ASSERT_TRUE(d.ok());
  ASSERT_EQ(d->indicatoren.size(), 1U);
  EXPECT_EQ(d->indicatoren[0].nulwaarde, 6250);
  EXPECT_EQ(d->indicatoren[0].streefwaarde, 8000);
}

}  // namespace
}  // namespace regie::programma

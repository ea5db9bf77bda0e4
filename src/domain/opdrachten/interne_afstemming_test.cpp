// OPD-8: the omgevingsdienst records its interne afstemming before it accepts an opdracht.
#include "domain/opdrachten/interne_afstemming.hpp"
#include "support/testhulp.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace regie::opdrachten {
namespace {

using testhulp::heeft_fout;

Fields volledige_afstemming(const std::string& uitkomst = "uitvoerbaar") {
  Fields f = Fields::Values{{"teams", "Team toezicht, team vergunningverlening"},
                            {"capaciteit", "Twee toezichthouders vrij vanaf maart"},
                            {"effecten", "Reguliere controles schuiven twee weken"},
                            {"uitkomst", uitkomst}};
  return f;
}

Overgang overgang(Stap stap, const std::string& tijdstip) {
  Overgang o;
  o.stap = stap;
  o.tijdstip = tijdstip;
  return o;
}

InterneAfstemming afstemming(Id id, const std::string& op, Uitkomst uitkomst) {
  InterneAfstemming a;
  a.id = id;
  a.op = op;
  a.uitkomst = uitkomst;
  return a;
}

// OPD-8
TEST(InterneAfstemmingTest, LeestTeamsCapaciteitEffectenEnUitkomst) {
  auto a = parse_interne_afstemming(volledige_afstemming());
  ASSERT_TRUE(a.ok()) << a.error().key;
  EXPECT_EQ(a->teams, "Team toezicht, team vergunningverlening");
  EXPECT_EQ(a->capaciteit, "Twee toezichthouders vrij vanaf maart");
  EXPECT_EQ(a->effecten, "Reguliere controles schuiven twee weken");
  EXPECT_EQ(a->uitkomst, Uitkomst::kUitvoerbaar);
}

// OPD-8
TEST(InterneAfstemmingTest, NoemtElkOntbrekendVeldEnEistToelichtingBijVoorwaarden) {
  auto leeg = parse_interne_afstemming(Fields{});
  ASSERT_FALSE(leeg.ok());
  for (const char* veld : {"teams", "capaciteit", "effecten", "uitkomst"}) {
    EXPECT_TRUE(std::any_of(leeg.error().fields.begin(), leeg.error().fields.end(),
                            [&](const FieldError& f) { return f.field == veld; }))
        << veld;
  }
  for (const char* uitkomst : {"onder_voorwaarden", "niet_uitvoerbaar"}) {
    auto zonder = parse_interne_afstemming(volledige_afstemming(uitkomst));
    ASSERT_FALSE(zonder.ok()) << uitkomst;
    EXPECT_TRUE(heeft_fout(zonder.error(), "toelichting", "opd.afstemming_toelichting_verplicht"));
    auto met = volledige_afstemming(uitkomst);
    met["toelichting"] = "Alleen als de inhuur doorgaat";
    EXPECT_TRUE(parse_interne_afstemming(met).ok()) << uitkomst;
  }
  auto onbekend = parse_interne_afstemming(volledige_afstemming("misschien"));
  ASSERT_FALSE(onbekend.ok());
  EXPECT_TRUE(heeft_fout(onbekend.error(), "uitkomst", "fout.ongeldige_keuze"));
}

// OPD-8: only the opdrachtnemer, and only while the opdracht is aangeboden.
TEST(InterneAfstemmingTest, AlleenDeOpdrachtnemerTerwijlDeOpdrachtIsAangeboden) {
  Opdracht o;
  o.status = Status::kAangeboden;
  EXPECT_TRUE(mag_interne_afstemming_vastleggen(o, Kant::kOpdrachtnemer).ok());
  for (auto kant : {Kant::kOpdrachtgever, Kant::kGeen}) {
    auto r = mag_interne_afstemming_vastleggen(o, kant);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::kForbidden);
  }
  for (auto status : {Status::kConcept, Status::kTeruggelegd, Status::kAanvaard}) {
    o.status = status;
    auto r = mag_interne_afstemming_vastleggen(o, Kant::kOpdrachtnemer);
    ASSERT_FALSE(r.ok()) << code(status);
    EXPECT_EQ(r.error().code, ErrorCode::kConflict);
    EXPECT_EQ(r.error().key, "fout.interne_afstemming_niet_mogelijk");
  }
}

// OPD-8: acceptance waits for an afstemming made since the last aanbieden, not niet uitvoerbaar.
TEST(InterneAfstemmingTest, AanvaardenWachtOpAfstemmingSindsDeLaatsteAanbieding) {
  std::vector<Overgang> tijdlijn = {overgang(Stap::kAanbieden, "2026-11-02T09:00:00Z")};
  EXPECT_EQ(aanvaarden_wacht_op_afstemming({}, tijdlijn), "opd.interne_afstemming_ontbreekt");

  std::vector<InterneAfstemming> lijst = {
      afstemming(1, "2026-11-03T09:00:00Z", Uitkomst::kNietUitvoerbaar)};
  EXPECT_EQ(aanvaarden_wacht_op_afstemming(lijst, tijdlijn),
            "opd.interne_afstemming_niet_uitvoerbaar");

  lijst.push_back(afstemming(2, "2026-11-04T09:00:00Z", Uitkomst::kOnderVoorwaarden));
  EXPECT_EQ(aanvaarden_wacht_op_afstemming(lijst, tijdlijn), std::nullopt);
  ASSERT_NE(geldende_afstemming(lijst, tijdlijn), nullptr);
  EXPECT_EQ(geldende_afstemming(lijst, tijdlijn)->id, 2);

  // Sent back and offered again: the earlier afstemming no longer counts.
  tijdlijn.push_back(overgang(Stap::kTerugleggen, "2026-11-05T09:00:00Z"));
  tijdlijn.push_back(overgang(Stap::kHerzien, "2026-11-06T09:00:00Z"));
  tijdlijn.push_back(overgang(Stap::kAanbieden, "2026-11-07T09:00:00Z"));
  EXPECT_EQ(geldende_afstemming(lijst, tijdlijn), nullptr);
  EXPECT_EQ(aanvaarden_wacht_op_afstemming(lijst, tijdlijn), "opd.interne_afstemming_ontbreekt");
  lijst.push_back(afstemming(3, "2026-11-08T09:00:00Z", Uitkomst::kUitvoerbaar));
  EXPECT_EQ(aanvaarden_wacht_op_afstemming(lijst, tijdlijn), std::nullopt);
}

}  // namespace
}  // namespace regie::opdrachten

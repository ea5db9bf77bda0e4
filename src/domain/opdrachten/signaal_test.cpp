// OPD-6: signalen of stagnation or unforeseen circumstances, reported by the opdrachtnemer and
// handled by the opdrachtgever.
#include "domain/opdrachten/signaal.hpp"
#include "support/testhulp.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace regie::opdrachten {
namespace {

using testhulp::heeft_fout;

Opdracht opdracht_met(Status status) {
  Opdracht o;
  o.id = 7;
  o.status = status;
  return o;
}

Melding volledige_melding() {
  return {"stagnatie", "Twee toezichthouders zijn langdurig ziek.",
          "De BRZO-inspecties van het tweede kwartaal lopen zes weken uit.",
          "Inhuur van één toezichthouder via het raamcontract."};
}

// OPD-6
TEST(SignaalTest, OpdrachtnemerMeldtBijAanvaardeOfLopendeOpdracht) {
  for (auto status : {Status::kAanvaard, Status::kInUitvoering}) {
    auto s = meld_signaal(opdracht_met(status), Kant::kOpdrachtnemer, volledige_melding());
    ASSERT_TRUE(s.ok()) << code(status);
    EXPECT_EQ(s->opdracht_id, 7);
    EXPECT_EQ(s->soort, SignaalSoort::kStagnatie);
    EXPECT_EQ(s->status, SignaalStatus::kOpen);
    EXPECT_EQ(s->wat, "Twee toezichthouders zijn langdurig ziek.");
    EXPECT_EQ(s->maatregel, "Inhuur van één toezichthouder via het raamcontract.");
  }
  auto onvoorzien = volledige_melding();
  onvoorzien.soort = "onvoorzien";
  auto s = meld_signaal(opdracht_met(Status::kAanvaard), Kant::kOpdrachtnemer, onvoorzien);
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->soort, SignaalSoort::kOnvoorzien);
}

// OPD-6
TEST(SignaalTest, AlleenDeOpdrachtnemerMeldt) {
  for (auto kant : {Kant::kOpdrachtgever, Kant::kGeen}) {
    auto s = meld_signaal(opdracht_met(Status::kAanvaard), kant, volledige_melding());
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::kForbidden);
  }
}

// OPD-6
TEST(SignaalTest, NietBijEenOpdrachtDieNietWordtUitgevoerd) {
  for (auto status : {Status::kConcept, Status::kAangeboden, Status::kTeruggelegd,
                      Status::kAfgerond, Status::kGeevalueerd}) {
    auto s = meld_signaal(opdracht_met(status), Kant::kOpdrachtnemer, volledige_melding());
    ASSERT_FALSE(s.ok()) << code(status);
    EXPECT_EQ(s.error().code, ErrorCode::kConflict);
    EXPECT_EQ(s.error().key, "fout.signaal_niet_mogelijk");
  }
  EXPECT_FALSE(signaal_mogelijk(Status::kAfgerond));
  EXPECT_TRUE(signaal_mogelijk(Status::kInUitvoering));
}

// OPD-6: every missing field at once.
TEST(SignaalTest, OntbrekendeVeldenWordenAllemaalGenoemd) {
  auto s = meld_signaal(opdracht_met(Status::kAanvaard), Kant::kOpdrachtnemer,
                        Melding{"", " ", "", "\n"});
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, ErrorCode::kInvalid);
  EXPECT_EQ(s.error().fields.size(), 4u);
  EXPECT_TRUE(heeft_fout(s.error(), "soort", "fout.verplicht"));
  EXPECT_TRUE(heeft_fout(s.error(), "wat", "fout.verplicht"));
  EXPECT_TRUE(heeft_fout(s.error(), "impact", "fout.verplicht"));
  EXPECT_TRUE(heeft_fout(s.error(), "maatregel", "fout.verplicht"));

  auto onbekend = volledige_melding();
  onbekend.soort = "vertraging";
  auto fout = meld_signaal(opdracht_met(Status::kAanvaard), Kant::kOpdrachtnemer, onbekend);
  ASSERT_FALSE(fout.ok());
  EXPECT_TRUE(heeft_fout(fout.error(), "soort", "fout.ongeldige_keuze"));
  EXPECT_EQ(fout.error().fields.size(), 1u);
}

// OPD-6
TEST(SignaalTest, OpdrachtgeverHandeltEenOpenSignaalAfMetEenAfhandeling) {
  auto open =
      meld_signaal(opdracht_met(Status::kAanvaard), Kant::kOpdrachtnemer, volledige_melding());
  ASSERT_TRUE(open.ok());

  auto door_opdrachtnemer = handel_signaal_af(*open, Kant::kOpdrachtnemer, "Akkoord.");
  ASSERT_FALSE(door_opdrachtnemer.ok());
  EXPECT_EQ(door_opdrachtnemer.error().code, ErrorCode::kForbidden);

  auto zonder = handel_signaal_af(*open, Kant::kOpdrachtgever, "  ");
  ASSERT_FALSE(zonder.ok());
  EXPECT_EQ(zonder.error().code, ErrorCode::kInvalid);
  EXPECT_TRUE(heeft_fout(zonder.error(), "afhandeling", "fout.verplicht"));

  auto af = handel_signaal_af(*open, Kant::kOpdrachtgever, "Inhuur akkoord, binnen het budget.");
  ASSERT_TRUE(af.ok());
  EXPECT_EQ(af->status, SignaalStatus::kAfgehandeld);
  EXPECT_EQ(af->afhandeling, "Inhuur akkoord, binnen het budget.");
  EXPECT_EQ(af->wat, open->wat);

  auto nogmaals = handel_signaal_af(*af, Kant::kOpdrachtgever, "Nogmaals.");
  ASSERT_FALSE(nogmaals.ok());
  EXPECT_EQ(nogmaals.error().code, ErrorCode::kConflict);
  EXPECT_EQ(nogmaals.error().key, "fout.signaal_afgehandeld");
}

// OPD-6
TEST(SignaalTest, CodesEnLabels) {
  for (auto s : {SignaalSoort::kStagnatie, SignaalSoort::kOnvoorzien}) {
    EXPECT_EQ(signaal_soort_from_code(code(s)), s);
    EXPECT_FALSE(label(s).empty());
  }
  for (auto s : {SignaalStatus::kOpen, SignaalStatus::kAfgehandeld}) {
    EXPECT_EQ(signaal_status_from_code(code(s)), s);
  }
  EXPECT_FALSE(signaal_soort_from_code("Stagnatie"));
  EXPECT_FALSE(signaal_status_from_code(""));
}

}  // namespace
}  // namespace regie::opdrachten

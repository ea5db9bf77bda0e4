#include "domain/opdrachten/opdracht.hpp"
#include "support/testhulp.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <tuple>

namespace regie::opdrachten {
namespace {

using testhulp::heeft_fout;

// An opdracht in which every part is in order.
Opdracht volledig() {
  Opdracht o;
  o.titel = "Regionaal uitvoeringsprogramma VTH 2027";
  o.jaar = 2027;
  o.aanleiding = "De regionale uitvoerings- en handhavingsstrategie 2027-2030 is vastgesteld.";
  o.scope = "Alle milieutaken van het basistakenpakket; bouwtaken vallen erbuiten.";
  o.doel = "In 2027 zijn 95% van de vergunningen binnen de wettelijke termijn verleend.";
  o.activiteiten = "Vergunningverlening, toezicht en handhaving op 1.200 inrichtingen.";
  o.resultaat = "Een jaarverslag met de bereikte doelen en de geleverde producten.";
  o.planning = {{"Start", *Datum::from_ymd(2027, 1, 1)},
                {"Halfjaarrapportage", *Datum::from_ymd(2027, 7, 15)}};
  o.bemensing = {{"Toezichthouder", 3200, std::nullopt}, {"Jurist", 800, std::nullopt}};
  o.sturingsvorm = "Sturing via de accountmanager; maandelijks overleg met de opdrachtgevers.";
  o.financien = {{2027, 123'456'78, "Regionale bijdrage"}};
  o.monitoring = "Per kwartaal een voortgangsrapportage; afsluiting met een evaluatie.";
  o.stakeholders = {{"Provincie Voorbeeldland", std::nullopt, std::nullopt, "Bevoegd gezag BRZO"}};
  o.risicos = {{"Onvoldoende toezichthouders", Niveau::kHoog, Niveau::kMiddel,
                "Inhuur via raamcontract", "Directie OD"}};
  return o;
}

Oordeel oordeel(const Opdracht& o, Deel deel) {
  for (const auto& d : controleer(o)) {
    if (d.deel == deel) return d.oordeel;
  }
  return Oordeel::kLeeg;
}

// OPD-1: the eleven parts, each with a label and the guide's explanation.
TEST(OpdrachtTest, ElfOnderdelenMetToelichtingUitDeHandreiking) {
  ASSERT_EQ(alle_delen().size(), 11u);
  for (Deel d : alle_delen()) {
    EXPECT_FALSE(code(d).empty());
    EXPECT_FALSE(label(d).empty());
    EXPECT_GT(toelichting(d).size(), 20u) << code(d);
  }
  auto leeg = controleer(Opdracht{});
  ASSERT_EQ(leeg.size(), 11u);
  for (const auto& d : leeg) EXPECT_EQ(d.oordeel, Oordeel::kLeeg) << code(d.deel);
  for (const auto& d : controleer(volledig())) {
    EXPECT_EQ(d.oordeel, Oordeel::kInOrde) << code(d.deel) << " " << d.reden_key;
  }
}

// OPD-1: filled but too vague for the opdrachtnemer to take on.
TEST(OpdrachtTest, VageOnderdelenWordenHerkend) {
  struct Geval {
    const char* naam;
    void (*maak_vaag)(Opdracht&);
    Deel deel;
    const char* reden;
  };
  const Geval gevallen[] = {
      {"doel zonder meetbaar resultaat",
       [](Opdracht& o) { o.doel = "We willen de leefomgeving veiliger en gezonder maken."; },
       Deel::kDoel, "opd.doel_niet_meetbaar"},
      {"planning zonder datum",
       [](Opdracht& o) {
         o.planning.push_back({"Evaluatie", std::nullopt});
       },
       Deel::kPlanning, "opd.planning_zonder_datum"},
      {"financiën zonder bedrag",
       [](Opdracht& o) {
         o.financien = {{2027, 0, "PM"}};
       },
       Deel::kFinancien, "opd.financien_zonder_bedrag"},
      {"bemensing zonder uren",
       [](Opdracht& o) {
         o.bemensing = {{"Toezichthouder", 0, {}}};
       },
       Deel::kBemensing, "opd.bemensing_zonder_uren"},
      {"geen sturingsvorm", [](Opdracht& o) { o.sturingsvorm.clear(); }, Deel::kBemensing,
       "opd.sturingsvorm_ontbreekt"},
      {"monitoring zonder frequentie",
       [](Opdracht& o) { o.monitoring = "We houden elkaar goed op de hoogte van de voortgang."; },
       Deel::kMonitoring, "opd.monitoring_zonder_frequentie"},
      {"risico zonder maatregel", [](Opdracht& o) { o.risicos[0].beheersmaatregel = " "; },
       Deel::kRisicos, "opd.risico_zonder_maatregel"},
      {"stakeholder zonder rol", [](Opdracht& o) { o.stakeholders[0].rol.clear(); },
       Deel::kStakeholders, "opd.stakeholder_zonder_rol"},
      {"aanleiding te kort", [](Opdracht& o) { o.aanleiding = "Beleid."; }, Deel::kAanleiding,
       "opd.te_kort"},
  };
  for (const auto& g : gevallen) {
    SCOPED_TRACE(g.naam);
    auto o = volledig();
    g.maak_vaag(o);
    auto oordelen = controleer(o);
    auto it = std::find_if(oordelen.begin(), oordelen.end(),
                           [&](const DeelOordeel& d) { return d.deel == g.deel; });
    ASSERT_NE(it, oordelen.end());
    EXPECT_EQ(it->oordeel, Oordeel::kVaag);
    EXPECT_EQ(it->reden_key, g.reden);
    // Only that part changed verdict.
    for (const auto& d : oordelen) {
      if (d.deel != g.deel) {
        EXPECT_EQ(d.oordeel, Oordeel::kInOrde) << code(d.deel);
      }
    }
  }
  auto o = volledig();
  o.doel = "Alle BRZO-bedrijven zijn uiterlijk in het vierde kwartaal bezocht.";
  EXPECT_EQ(oordeel(o, Deel::kDoel), Oordeel::kInOrde);
}

// OPD-3: every status × step × side: only the listed combinations are allowed.
TEST(OpdrachtTest, StatusmachineStaatAlleenDeToegestaneStappenToe) {
  using T = std::tuple<Status, Stap, Kant, Status>;
  const T toegestaan[] = {
      {Status::kConcept, Stap::kAanbieden, Kant::kOpdrachtgever, Status::kAangeboden},
      {Status::kAangeboden, Stap::kAanvaarden, Kant::kOpdrachtnemer, Status::kAanvaard},
      {Status::kAangeboden, Stap::kTerugleggen, Kant::kOpdrachtnemer, Status::kTeruggelegd},
      {Status::kTeruggelegd, Stap::kHerzien, Kant::kOpdrachtgever, Status::kConcept},
      {Status::kTeruggelegd, Stap::kAanbieden, Kant::kOpdrachtgever, Status::kAangeboden},
      {Status::kAanvaard, Stap::kStarten, Kant::kOpdrachtnemer, Status::kInUitvoering},
      {Status::kInUitvoering, Stap::kAfronden, Kant::kOpdrachtnemer, Status::kAfgerond},
      {Status::kAfgerond, Stap::kEvalueren, Kant::kOpdrachtgever, Status::kGeevalueerd},
  };
  const Status statussen[] = {Status::kConcept,     Status::kAangeboden,   Status::kAanvaard,
                              Status::kTeruggelegd, Status::kInUitvoering, Status::kAfgerond,
                              Status::kGeevalueerd};
  const Stap stappen[] = {Stap::kAanbieden, Stap::kAanvaarden, Stap::kTerugleggen, Stap::kHerzien,
                          Stap::kStarten,   Stap::kAfronden,   Stap::kEvalueren};
  int toegestane = 0;
  for (Status s : statussen) {
    for (Stap st : stappen) {
      for (Kant k : {Kant::kOpdrachtgever, Kant::kOpdrachtnemer, Kant::kGeen}) {
        auto o = volledig();
        o.status = s;
        auto r = status_na(o, st, k, "De randvoorwaarde capaciteit ontbreekt.");
        auto it = std::find_if(std::begin(toegestaan), std::end(toegestaan), [&](const T& t) {
          return std::get<0>(t) == s && std::get<1>(t) == st && std::get<2>(t) == k;
        });
        SCOPED_TRACE(std::string(code(s)) + " " + std::string(code(st)) + " kant " +
                     std::to_string(static_cast<int>(k)));
        if (it != std::end(toegestaan)) {
          ++toegestane;
          ASSERT_TRUE(r.ok()) << r.error().key;
          EXPECT_EQ(*r, std::get<3>(*it));
          auto mogelijk = mogelijke_stappen(s, k);
          EXPECT_NE(std::find(mogelijk.begin(), mogelijk.end(), st), mogelijk.end());
        } else {
          ASSERT_FALSE(r.ok());
          // Who takes the step comes first: a side that never takes it is refused, whatever
          // the status; its own side hears that the status does not allow it.
          bool eigen_stap =
              std::any_of(std::begin(toegestaan), std::end(toegestaan),
                          [&](const T& t) { return std::get<1>(t) == st && std::get<2>(t) == k; });
          EXPECT_EQ(r.error().code, eigen_stap ? ErrorCode::kConflict : ErrorCode::kForbidden);
        }
      }
    }
  }
  EXPECT_EQ(toegestane, 8);
}

// OPD-3: what waits for whom is the step table read per status: each next step once, with the
// side that takes it, and exactly the steps that side may take from there.
TEST(OpdrachtTest, VolgendeStappenNoemenPerStatusWieAanZetIs) {
  auto aangeboden = volgende_stappen(Status::kAangeboden);
  ASSERT_EQ(aangeboden.size(), 2u);
  EXPECT_EQ(aangeboden[0].stap, Stap::kAanvaarden);
  EXPECT_EQ(aangeboden[1].stap, Stap::kTerugleggen);
  EXPECT_EQ(aangeboden[0].kant, Kant::kOpdrachtnemer);
  EXPECT_EQ(aangeboden[1].kant, Kant::kOpdrachtnemer);
  auto teruggelegd = volgende_stappen(Status::kTeruggelegd);
  ASSERT_EQ(teruggelegd.size(), 2u);
  EXPECT_EQ(teruggelegd[0].kant, Kant::kOpdrachtgever);
  EXPECT_TRUE(volgende_stappen(Status::kGeevalueerd).empty());
  for (Status s : {Status::kConcept, Status::kAangeboden, Status::kTeruggelegd, Status::kAanvaard,
                   Status::kInUitvoering, Status::kAfgerond, Status::kGeevalueerd}) {
    for (Kant k : {Kant::kOpdrachtgever, Kant::kOpdrachtnemer}) {
      std::vector<Stap> van_kant;
      for (const auto& v : volgende_stappen(s)) {
        if (v.kant == k) van_kant.push_back(v.stap);
      }
      EXPECT_EQ(van_kant, mogelijke_stappen(s, k)) << code(s);
    }
  }
}

// OPD-3: offering needs every part; sending back needs a motivation.
TEST(OpdrachtTest, AanbiedenVereistElkOnderdeelEnTerugleggenEenMotivering) {
  Opdracht leeg;
  leeg.titel = "Leeg";
  auto r = status_na(leeg, Stap::kAanbieden, Kant::kOpdrachtgever, "");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kInvalid);
  EXPECT_EQ(r.error().fields.size(), 11u);
  auto bijna = volledig();
  bijna.risicos.clear();
  r = status_na(bijna, Stap::kAanbieden, Kant::kOpdrachtgever, "");
  ASSERT_FALSE(r.ok());
  ASSERT_EQ(r.error().fields.size(), 1u);
  EXPECT_TRUE(heeft_fout(r.error(), "risicos", "opd.leeg"));
  // A vague part does not block offering; the checklist shows it.
  auto vaag = volledig();
  vaag.doel = "We willen de leefomgeving veiliger en gezonder maken.";
  EXPECT_TRUE(status_na(vaag, Stap::kAanbieden, Kant::kOpdrachtgever, "").ok());

  auto aangeboden = volledig();
  aangeboden.status = Status::kAangeboden;
  r = status_na(aangeboden, Stap::kTerugleggen, Kant::kOpdrachtnemer, "  ");
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(heeft_fout(r.error(), "reden", "fout.reden_verplicht"));
}

// OPD-2: maatwerk cannot be offered without its extra hours and funding.
TEST(OpdrachtTest, MaatwerkZonderExtraUrenEnFinancieringKanNietWordenAangeboden) {
  auto o = volledig();
  o.soort = Soort::kMaatwerk;
  auto r = status_na(o, Stap::kAanbieden, Kant::kOpdrachtgever, "");
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(heeft_fout(r.error(), "deelnemerId", "fout.verplicht"));
  EXPECT_TRUE(heeft_fout(r.error(), "extraUren", "opd.maatwerk_zonder_uren"));
  EXPECT_TRUE(heeft_fout(r.error(), "extraFinanciering", "opd.maatwerk_zonder_financiering"));
  o.deelnemer_id = 4;
  o.extra_uren = 120;
  r = status_na(o, Stap::kAanbieden, Kant::kOpdrachtgever, "");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().fields.size(), 1u);
  o.extra_financiering_cents = 9'600'00;
  EXPECT_TRUE(status_na(o, Stap::kAanbieden, Kant::kOpdrachtgever, "").ok());
  // Collective is the default and needs no extras.
  EXPECT_EQ(Opdracht{}.soort, Soort::kCollectief);
  EXPECT_TRUE(status_na(volledig(), Stap::kAanbieden, Kant::kOpdrachtgever, "").ok());
}

// OPD-4: the planned means add up.
TEST(OpdrachtTest, MiddelenTellenOp) {
  auto o = volledig();
  o.financien.push_back({2028, 100, "Indexatie"});
  EXPECT_EQ(totaal_cents(o), 123'456'78 + 100);
  EXPECT_EQ(totaal_uren(o), 4000);
}

TEST(OpdrachtTest, CodesGaanHeenEnTerug) {
  for (auto s : {Status::kConcept, Status::kAangeboden, Status::kAanvaard, Status::kTeruggelegd,
                 Status::kInUitvoering, Status::kAfgerond, Status::kGeevalueerd}) {
    EXPECT_EQ(status_from_code(code(s)), s);
  }
  for (auto st : {Stap::kAanbieden, Stap::kAanvaarden, Stap::kTerugleggen, Stap::kHerzien,
                  Stap::kStarten, Stap::kAfronden, Stap::kEvalueren}) {
    EXPECT_EQ(stap_from_code(code(st)), st);
  }
  EXPECT_EQ(soort_from_code("maatwerk"), Soort::kMaatwerk);
  EXPECT_FALSE(soort_from_code("anders").has_value());
  EXPECT_EQ(niveau_from_code("hoog"), Niveau::kHoog);
}

}  // namespace
}  // namespace regie::opdrachten

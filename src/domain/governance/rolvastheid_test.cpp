#include "domain/governance/rolvastheid.hpp"
#include "support/testhulp.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

namespace regie::governance {
namespace {

constexpr Id kBeekdal = 1;     // deelnemer
constexpr Id kHeuvelrand = 2;  // deelnemer
constexpr Id kWaterland = 3;   // niet-deelnemer
constexpr Id kOd = 10;         // the omgevingsdienst itself

constexpr Id kAoBeekdal = 101;
constexpr Id kAoHeuvelrand = 102;
constexpr Id kAoWaterland = 103;
constexpr Id kTweedeAo = 104;
constexpr Id kAccountmanager = 201;
constexpr Id kAccountmanagerWaterland = 202;
constexpr Id kRegisseur = 301;
constexpr Id kBestuurder = 401;
constexpr Id kBestuurderHeuvelrand = 402;
constexpr Id kBestuurlijkOpdrachtgever = 403;

using testhulp::d;

Periode vanaf(Datum van) { return Periode{van, std::nullopt}; }
Periode van_tot(Datum van, Datum tot) { return Periode{van, tot}; }

const Datum kPeildatum = d(2026, 6, 1);

Rol rol(Id id, Id persoon, Id organisatie, RolSoort soort, Periode periode, std::int32_t uren) {
  Rol r;
  r.id = id;
  r.persoon_id = persoon;
  r.organisatie_id = organisatie;
  r.soort = soort;
  r.periode = periode;
  r.uren_per_jaar = uren;
  // GOV-12: recorded, so that only the tests about it find a missing one.
  if (heeft_beslismandaat(soort)) r.mandaat_cents = 25'000'00;
  return r;
}

Rol* vind_rol(Register& reg, Id persoon, RolSoort soort) {
  for (auto& r : reg.rollen) {
    if (r.persoon_id == persoon && r.soort == soort) return &r;
  }
  return nullptr;
}

void verwijder_rol(Register& reg, Id persoon, RolSoort soort) {
  reg.rollen.erase(
      std::remove_if(reg.rollen.begin(), reg.rollen.end(),
                     [&](const Rol& r) { return r.persoon_id == persoon && r.soort == soort; }),
      reg.rollen.end());
}

// A register that is in order on kPeildatum: every opdrachtgever has one ambtelijk
// opdrachtgever (450 hours) and one accountmanager, a regisseur for a fixed period and a
// projectgroep with a lid from each deelnemer.
Register register_in_orde() {
  Register reg;
  reg.regio.id = 1;
  reg.regio.naam = "Regio Rivierenland";
  reg.regio.minimum_uren_ambtelijk_opdrachtgever = 450;
  // GOV-6: Heuvelrand's 500 hours are enough to represent one deelnemer in the tests below.
  reg.regio.uren_per_vertegenwoordigde = 50;
  for (auto [id, naam] : {std::pair<Id, const char*>{kBeekdal, "Beekdal"},
                          {kHeuvelrand, "Heuvelrand"},
                          {kWaterland, "Waterland"},
                          {kOd, "Omgevingsdienst"}}) {
    Organisatie org;
    org.id = id;
    org.regio_id = 1;
    org.naam = naam;
    reg.organisaties.push_back(org);
  }
  reg.organisaties.back().soort = OrganisatieSoort::kOmgevingsdienst;
  reg.deelnemerschappen = {
      {1, kBeekdal, Relatie::kDeelnemer, vanaf(d(2020, 1, 1))},
      {2, kHeuvelrand, Relatie::kDeelnemer, vanaf(d(2020, 1, 1))},
      {3, kWaterland, Relatie::kNietDeelnemer, vanaf(d(2020, 1, 1))},
  };
  for (auto [id, werkgever] : {std::pair<Id, Id>{kAoBeekdal, kBeekdal},
                               {kAoHeuvelrand, kHeuvelrand},
                               {kAoWaterland, kWaterland},
                               {kTweedeAo, kBeekdal},
                               {kAccountmanager, kOd},
                               {kAccountmanagerWaterland, kOd},
                               {kRegisseur, kOd},
                               {kBestuurder, kBeekdal},
                               {kBestuurderHeuvelrand, kHeuvelrand},
                               {kBestuurlijkOpdrachtgever, kBeekdal}}) {
    Persoon p;
    p.id = id;
    p.regio_id = 1;
    p.organisatie_id = werkgever;
    reg.personen.push_back(p);
  }
  const Periode altijd = vanaf(d(2020, 1, 1));
  reg.rollen = {
      rol(1, kAoBeekdal, kBeekdal, RolSoort::kAmbtelijkOpdrachtgever, altijd, 450),
      rol(2, kAoHeuvelrand, kHeuvelrand, RolSoort::kAmbtelijkOpdrachtgever, altijd, 500),
      rol(3, kAoWaterland, kWaterland, RolSoort::kAmbtelijkOpdrachtgever, altijd, 450),
      rol(4, kAccountmanager, kBeekdal, RolSoort::kAccountmanager, altijd, 600),
      rol(5, kAccountmanager, kHeuvelrand, RolSoort::kAccountmanager, altijd, 600),
      rol(6, kAccountmanagerWaterland, kWaterland, RolSoort::kAccountmanager, altijd, 700),
      rol(7, kRegisseur, kOd, RolSoort::kRegisseurBeleidscyclus,
          van_tot(d(2025, 1, 1), d(2027, 12, 31)), 800),
      rol(8, kBestuurder, kBeekdal, RolSoort::kAbLid, altijd, 0),
      rol(9, kBestuurderHeuvelrand, kHeuvelrand, RolSoort::kAbLid, altijd, 0),
      rol(10, kBestuurlijkOpdrachtgever, kBeekdal, RolSoort::kBestuurlijkOpdrachtgever, altijd, 0),
  };
  reg.projectgroep =
      Projectgroep{kRegisseur, {{kAoBeekdal, kBeekdal}, {kAoHeuvelrand, kHeuvelrand}}};
  reg.projectgroep->regisseur_benoemd_door = kBestuurlijkOpdrachtgever;
  reg.projectgroep->regisseur_benoemd_op = d(2024, 12, 15);
  return reg;
}

std::vector<std::string> keys(const std::vector<Bevinding>& bevindingen) {
  std::vector<std::string> out;
  out.reserve(bevindingen.size());
  for (const auto& b : bevindingen) out.push_back(b.uitleg_key);
  return out;
}

Vertegenwoordiging heuvelrand_vertegenwoordigt_beekdal(std::optional<Periode> periode) {
  return Vertegenwoordiging{1, kHeuvelrand, kBeekdal,
                            Mandaat{kBestuurder, d(2025, 12, 1), "VTH-opdracht", periode}};
}

// GOV-4 GOV-5 GOV-6 GOV-8
TEST(RolvastheidTest, RegisterInOrdeGeeftGeenBevindingen) {
  EXPECT_TRUE(controleer(register_in_orde(), kPeildatum).empty());
}

// GOV-4
TEST(RolvastheidTest, PeriodeTeltEersteEnLaatsteDagMeeEnDeDagErnaNiet) {
  struct Geval {
    Datum peildatum;
    bool bevinding;
  };
  const Geval gevallen[] = {
      {d(2025, 12, 31), true},  // the day before the period
      {d(2026, 1, 1), false},   // first day
      {d(2026, 6, 30), false},  // last day
      {d(2026, 7, 1), true},    // the day after
  };
  Register reg = register_in_orde();
  vind_rol(reg, kAoBeekdal, RolSoort::kAmbtelijkOpdrachtgever)->periode =
      van_tot(d(2026, 1, 1), d(2026, 6, 30));
  for (const auto& geval : gevallen) {
    auto bevindingen = controleer_aanspreekpunten(reg, geval.peildatum);
    if (geval.bevinding) {
      ASSERT_EQ(bevindingen.size(), 1u) << geval.peildatum.iso();
      EXPECT_EQ(bevindingen[0].uitleg_key, "gov4.geen_ambtelijk_opdrachtgever");
      EXPECT_EQ(bevindingen[0].remedie_key, "gov4.geen_ambtelijk_opdrachtgever.remedie");
      EXPECT_EQ(bevindingen[0].organisaties, std::vector<Id>{kBeekdal});
      EXPECT_EQ(bevindingen[0].ernst, Ernst::kFout);
      EXPECT_EQ(bevindingen[0].pet, Pet::kOpdrachtgever);
    } else {
      EXPECT_TRUE(bevindingen.empty()) << geval.peildatum.iso();
    }
  }
}

// GOV-4
TEST(RolvastheidTest, OverlappendeBenoemingenTellenAlsTwee) {
  Register reg = register_in_orde();
  reg.rollen.push_back(
      rol(20, kTweedeAo, kBeekdal, RolSoort::kAmbtelijkOpdrachtgever, vanaf(d(2026, 5, 1)), 450));
  EXPECT_TRUE(controleer_aanspreekpunten(reg, d(2026, 4, 30)).empty());
  auto bevindingen = controleer_aanspreekpunten(reg, d(2026, 5, 1));
  ASSERT_EQ(bevindingen.size(), 1u);
  EXPECT_EQ(bevindingen[0].uitleg_key, "gov4.meerdere_ambtelijk_opdrachtgevers");
  EXPECT_EQ(bevindingen[0].personen, (std::vector<Id>{kAoBeekdal, kTweedeAo}));
  EXPECT_EQ(bevindingen[0].waarden.at("aantal"), "2");

  // Two overlapping rollen of the same persoon are two appointments as well.
  Register dubbel = register_in_orde();
  dubbel.rollen.push_back(
      rol(21, kAccountmanager, kBeekdal, RolSoort::kAccountmanager, vanaf(d(2026, 1, 1)), 10));
  auto am = controleer_aanspreekpunten(dubbel, kPeildatum);
  ASSERT_EQ(am.size(), 1u);
  EXPECT_EQ(am[0].uitleg_key, "gov4.meerdere_accountmanagers");
  EXPECT_EQ(am[0].personen, std::vector<Id>{kAccountmanager});
  EXPECT_EQ(am[0].pet, Pet::kOpdrachtnemer);
}

// GOV-4
TEST(RolvastheidTest, NietDeelnemerHeeftOokVanElkEenNodig) {
  struct Geval {
    Id persoon;
    RolSoort soort;
    const char* key;
  };
  const Geval gevallen[] = {
      {kAoWaterland, RolSoort::kAmbtelijkOpdrachtgever, "gov4.geen_ambtelijk_opdrachtgever"},
      {kAccountmanagerWaterland, RolSoort::kAccountmanager, "gov4.geen_accountmanager"},
  };
  for (const auto& geval : gevallen) {
    Register reg = register_in_orde();
    verwijder_rol(reg, geval.persoon, geval.soort);
    auto bevindingen = controleer_aanspreekpunten(reg, kPeildatum);
    ASSERT_EQ(bevindingen.size(), 1u) << geval.key;
    EXPECT_EQ(bevindingen[0].uitleg_key, geval.key);
    EXPECT_EQ(bevindingen[0].organisaties, std::vector<Id>{kWaterland});
  }
}

// GOV-4 GOV-6 GOV-8
TEST(RolvastheidTest, BeeindigdDeelnemerschapWordtNietMeerGecontroleerd) {
  Register reg = register_in_orde();
  reg.deelnemerschappen[0].periode = van_tot(d(2020, 1, 1), d(2026, 5, 31));
  verwijder_rol(reg, kAoBeekdal, RolSoort::kAmbtelijkOpdrachtgever);
  verwijder_rol(reg, kAccountmanager, RolSoort::kAccountmanager);
  reg.rollen.push_back(
      rol(30, kAccountmanager, kHeuvelrand, RolSoort::kAccountmanager, vanaf(d(2020, 1, 1)), 700));
  reg.projectgroep->leden = {{kAoHeuvelrand, kHeuvelrand}};
  EXPECT_TRUE(controleer(reg, kPeildatum).empty());
  EXPECT_EQ(opdrachtgevers_op(reg, kPeildatum), (std::vector<Id>{kHeuvelrand, kWaterland}));
  // On its last day it is still an opdrachtgever.
  EXPECT_EQ(
      keys(controleer_aanspreekpunten(reg, d(2026, 5, 31))),
      (std::vector<std::string>{"gov4.geen_ambtelijk_opdrachtgever", "gov4.geen_accountmanager"}));
}

// GOV-4 GOV-6
TEST(RolvastheidTest, CollectieveVertegenwoordigingTeltAlsAmbtelijkOpdrachtgever) {
  struct Geval {
    const char* naam;
    std::optional<Periode> mandaat_periode;
    std::vector<std::string> gov4;
    std::vector<std::string> gov6;
  };
  const std::vector<Geval> gevallen = {
      {"mandaat geldig", vanaf(d(2026, 1, 1)), {}, {}},
      {"mandaat verlopen",
       van_tot(d(2025, 1, 1), d(2026, 5, 31)),
       {"gov4.geen_ambtelijk_opdrachtgever"},
       {}},
      {"mandaat zonder periode",
       std::nullopt,
       {"gov4.geen_ambtelijk_opdrachtgever"},
       {"gov6.mandaat_onvolledig"}},
  };
  for (const auto& geval : gevallen) {
    Register reg = register_in_orde();
    verwijder_rol(reg, kAoBeekdal, RolSoort::kAmbtelijkOpdrachtgever);
    reg.vertegenwoordigingen.push_back(heuvelrand_vertegenwoordigt_beekdal(geval.mandaat_periode));
    EXPECT_EQ(keys(controleer_aanspreekpunten(reg, kPeildatum)), geval.gov4) << geval.naam;
    EXPECT_EQ(keys(controleer_capaciteit(reg, kPeildatum)), geval.gov6) << geval.naam;
  }
}

// GOV-6
TEST(RolvastheidTest, MinimumUrenPrecies450IsGenoegEn449Niet) {
  struct Geval {
    std::int32_t uren;
    std::int32_t minimum;
    bool bevinding;
  };
  const Geval gevallen[] = {
      {450, 450, false}, {449, 450, true},
      {0, 450, true},    {449, 300, false},  // the threshold is the regio's
      {300, 300, false},
  };
  for (const auto& geval : gevallen) {
    Register reg = register_in_orde();
    reg.regio.minimum_uren_ambtelijk_opdrachtgever = geval.minimum;
    vind_rol(reg, kAoBeekdal, RolSoort::kAmbtelijkOpdrachtgever)->uren_per_jaar = geval.uren;
    auto bevindingen = controleer_capaciteit(reg, kPeildatum);
    if (!geval.bevinding) {
      EXPECT_TRUE(bevindingen.empty()) << geval.uren << "/" << geval.minimum;
      continue;
    }
    ASSERT_EQ(bevindingen.size(), 1u) << geval.uren;
    const auto& b = bevindingen[0];
    EXPECT_EQ(b.requirement, "GOV-6");
    EXPECT_EQ(b.uitleg_key, "gov6.te_weinig_uren");
    EXPECT_EQ(b.ernst, Ernst::kWaarschuwing);
    EXPECT_EQ(b.organisaties, std::vector<Id>{kBeekdal});
    EXPECT_EQ(b.personen, std::vector<Id>{kAoBeekdal});
    EXPECT_EQ(b.waarden.at("uren"), std::to_string(geval.uren));
    EXPECT_EQ(b.waarden.at("minimum"), std::to_string(geval.minimum));
  }
}

// GOV-6
TEST(RolvastheidTest, UrenVanEenPersoonWordenOpgeteld) {
  Register reg = register_in_orde();
  vind_rol(reg, kAoBeekdal, RolSoort::kAmbtelijkOpdrachtgever)->uren_per_jaar = 300;
  reg.rollen.push_back(
      rol(40, kAoBeekdal, kBeekdal, RolSoort::kAmbtelijkOpdrachtgever, vanaf(d(2026, 1, 1)), 150));
  EXPECT_TRUE(controleer_capaciteit(reg, kPeildatum).empty());
}

// GOV-6
TEST(RolvastheidTest, TeWeinigUrenMetEnZonderMandaat) {
  struct Geval {
    const char* naam;
    Mandaat mandaat;
    std::vector<std::string> keys;
  };
  const Mandaat geldig{kBestuurder, d(2025, 12, 1), "VTH-opdracht", vanaf(d(2026, 1, 1))};
  Mandaat zonder_scope = geldig;
  zonder_scope.scope.clear();
  Mandaat zonder_verlener = geldig;
  zonder_verlener.verleend_door.reset();
  zonder_verlener.verleend_op.reset();
  Mandaat verlopen = geldig;
  verlopen.periode = van_tot(d(2025, 1, 1), d(2026, 5, 31));
  Mandaat toekomstig = geldig;
  toekomstig.periode = vanaf(d(2026, 6, 2));
  const std::vector<Geval> gevallen = {
      {"geldig", geldig, {}},
      {"zonder scope", zonder_scope, {"gov6.mandaat_onvolledig", "gov6.te_weinig_uren"}},
      {"zonder verlener", zonder_verlener, {"gov6.mandaat_onvolledig", "gov6.te_weinig_uren"}},
      {"verlopen", verlopen, {"gov6.mandaat_verlopen"}},
      {"nog niet ingegaan", toekomstig, {"gov6.te_weinig_uren"}},
  };
  for (const auto& geval : gevallen) {
    Register reg = register_in_orde();
    vind_rol(reg, kAoBeekdal, RolSoort::kAmbtelijkOpdrachtgever)->uren_per_jaar = 200;
    reg.vertegenwoordigingen.push_back(Vertegenwoordiging{1, kHeuvelrand, kBeekdal, geval.mandaat});
    auto bevindingen = controleer_capaciteit(reg, kPeildatum);
    EXPECT_EQ(keys(bevindingen), geval.keys) << geval.naam;
    // An own ambtelijk opdrachtgever next to a representation is not a second contact.
    EXPECT_TRUE(controleer_aanspreekpunten(reg, kPeildatum).empty()) << geval.naam;
  }

  Register reg = register_in_orde();
  vind_rol(reg, kAoBeekdal, RolSoort::kAmbtelijkOpdrachtgever)->uren_per_jaar = 200;
  reg.vertegenwoordigingen.push_back(Vertegenwoordiging{1, kHeuvelrand, kBeekdal, zonder_verlener});
  auto bevindingen = controleer_capaciteit(reg, kPeildatum);
  ASSERT_EQ(bevindingen.size(), 2u);
  EXPECT_EQ(bevindingen[0].waarden.at("ontbreekt"), "verleend_door, verleend_op");
  EXPECT_EQ(bevindingen[0].organisaties, (std::vector<Id>{kBeekdal, kHeuvelrand}));

  reg.vertegenwoordigingen[0].mandaat = verlopen;
  bevindingen = controleer_capaciteit(reg, kPeildatum);
  ASSERT_EQ(bevindingen.size(), 1u);
  EXPECT_EQ(bevindingen[0].waarden.at("tot"), "2026-05-31");
  EXPECT_EQ(bevindingen[0].waarden.at("uren"), "200");
}

// GOV-5 GOV-7
TEST(RolvastheidTest, RolzuiverheidEnPettenscheiding) {
  struct Geval {
    const char* naam;
    std::vector<Rol> extra;
    std::vector<std::string> keys;
  };
  const Periode altijd = vanaf(d(2020, 1, 1));
  const std::vector<Geval> gevallen = {
      {"alleen AB-lid", {}, {}},
      {"accountmanager en beleidsadviseur",
       {rol(50, kAccountmanager, kHeuvelrand, RolSoort::kBeleidsadviseur, altijd, 100)},
       {"gov5.accountmanager_en_beleidsadviseur"}},
      {"beleidsadviseur tot gisteren",
       {rol(50, kAccountmanager, kHeuvelrand, RolSoort::kBeleidsadviseur,
            van_tot(d(2020, 1, 1), d(2026, 5, 31)), 100)},
       {}},
      {"AB-lid en bestuurlijk opdrachtgever",
       {rol(51, kBestuurder, kBeekdal, RolSoort::kBestuurlijkOpdrachtgever, altijd, 0)},
       {"gov5.pettenscheiding"}},
      {"DB-lid en portefeuillehouder milieu",
       {rol(52, kBestuurder, kBeekdal, RolSoort::kDbLid, altijd, 0),
        rol(53, kBestuurder, kBeekdal, RolSoort::kPortefeuillehouderMilieu, altijd, 0)},
       {"gov5.pettenscheiding"}},
  };
  for (const auto& geval : gevallen) {
    Register reg = register_in_orde();
    reg.rollen.insert(reg.rollen.end(), geval.extra.begin(), geval.extra.end());
    EXPECT_EQ(keys(controleer_rolzuiverheid(reg, kPeildatum)), geval.keys) << geval.naam;
  }

  Register reg = register_in_orde();
  reg.rollen.push_back(
      rol(50, kAccountmanager, kHeuvelrand, RolSoort::kBeleidsadviseur, altijd, 1));
  reg.rollen.push_back(
      rol(51, kBestuurder, kBeekdal, RolSoort::kBestuurlijkOpdrachtgever, altijd, 0));
  auto bevindingen = controleer_rolzuiverheid(reg, kPeildatum);
  ASSERT_EQ(bevindingen.size(), 2u);
  // The guide: "ligt niet voor de hand" — a warning, not an error that fails `regie check`.
  EXPECT_EQ(bevindingen[0].ernst, Ernst::kWaarschuwing);
  EXPECT_EQ(bevindingen[0].pet, Pet::kOpdrachtnemer);
  EXPECT_EQ(bevindingen[0].personen, std::vector<Id>{kAccountmanager});
  EXPECT_EQ(bevindingen[0].organisaties, (std::vector<Id>{kBeekdal, kHeuvelrand}));
  EXPECT_EQ(bevindingen[1].ernst, Ernst::kMelding);
  EXPECT_EQ(bevindingen[1].pet, Pet::kEigenaar);
  EXPECT_EQ(bevindingen[1].personen, std::vector<Id>{kBestuurder});
  EXPECT_EQ(bevindingen[1].waarden.at("rollen"), "ab_lid, bestuurlijk_opdrachtgever");
}

// GOV-8
TEST(RolvastheidTest, RegisseurOntbreektVerlooptOfIsNietVoorBepaaldeTijd) {
  struct Geval {
    const char* naam;
    std::optional<Periode> periode;  // nullopt: no regisseur rol at all
    Datum peildatum;
    std::vector<std::string> keys;
  };
  const std::vector<Geval> gevallen = {
      {"laatste dag", van_tot(d(2025, 1, 1), d(2026, 6, 1)), kPeildatum, {}},
      {"dag erna", van_tot(d(2025, 1, 1), d(2026, 5, 31)), kPeildatum, {"gov8.regisseur_verlopen"}},
      {"nog niet benoemd", vanaf(d(2026, 6, 2)), kPeildatum, {"gov8.geen_regisseur"}},
      {"geen", std::nullopt, kPeildatum, {"gov8.geen_regisseur"}},
      {"onbepaalde tijd", vanaf(d(2025, 1, 1)), kPeildatum, {"gov8.regisseur_zonder_einddatum"}},
  };
  for (const auto& geval : gevallen) {
    Register reg = register_in_orde();
    if (geval.periode) {
      vind_rol(reg, kRegisseur, RolSoort::kRegisseurBeleidscyclus)->periode = *geval.periode;
    } else {
      verwijder_rol(reg, kRegisseur, RolSoort::kRegisseurBeleidscyclus);
    }
    EXPECT_EQ(keys(controleer_regisseur(reg, geval.peildatum)), geval.keys) << geval.naam;
  }

  Register reg = register_in_orde();
  vind_rol(reg, kRegisseur, RolSoort::kRegisseurBeleidscyclus)->periode =
      van_tot(d(2024, 1, 1), d(2025, 12, 31));
  auto bevindingen = controleer_regisseur(reg, kPeildatum);
  ASSERT_EQ(bevindingen.size(), 1u);
  EXPECT_EQ(bevindingen[0].waarden.at("tot"), "2025-12-31");
  EXPECT_EQ(bevindingen[0].personen, std::vector<Id>{kRegisseur});
}

// GOV-8
TEST(RolvastheidTest, ProjectgroepOntbreektOfMistDeelnemers) {
  Register zonder = register_in_orde();
  zonder.projectgroep.reset();
  EXPECT_EQ(keys(controleer_regisseur(zonder, kPeildatum)),
            std::vector<std::string>{"gov8.geen_projectgroep"});

  // Waterland is a niet-deelnemer and needs no lid.
  Register leeg = register_in_orde();
  leeg.projectgroep->leden.clear();
  auto bevindingen = controleer_regisseur(leeg, kPeildatum);
  ASSERT_EQ(bevindingen.size(), 1u);
  EXPECT_EQ(bevindingen[0].uitleg_key, "gov8.projectgroep_onvolledig");
  EXPECT_EQ(bevindingen[0].organisaties, (std::vector<Id>{kBeekdal, kHeuvelrand}));
  EXPECT_EQ(bevindingen[0].waarden.at("aantal"), "2");

  Register ander = register_in_orde();
  ander.projectgroep->regisseur_persoon_id = kAoBeekdal;
  EXPECT_EQ(keys(controleer_regisseur(ander, kPeildatum)),
            std::vector<std::string>{"gov8.projectgroep_zonder_regisseur"});
}

// GOV-4 GOV-5 GOV-6 GOV-7 GOV-8
TEST(RolvastheidTest, ControleerGeeftAlleBevindingenTegelijk) {
  Register reg = register_in_orde();
  verwijder_rol(reg, kAccountmanagerWaterland, RolSoort::kAccountmanager);  // GOV-4
  reg.rollen.push_back(rol(60, kTweedeAo, kHeuvelrand, RolSoort::kAmbtelijkOpdrachtgever,
                           vanaf(d(2026, 1, 1)), 500));  // GOV-4
  reg.rollen.push_back(rol(61, kAccountmanager, kBeekdal, RolSoort::kBeleidsadviseur,
                           vanaf(d(2026, 1, 1)), 10));  // GOV-5
  reg.rollen.push_back(rol(62, kBestuurder, kBeekdal, RolSoort::kBestuurlijkOpdrachtgever,
                           vanaf(d(2026, 1, 1)), 0));                                   // GOV-5
  vind_rol(reg, kAoBeekdal, RolSoort::kAmbtelijkOpdrachtgever)->uren_per_jaar = 449;    // GOV-6
  vind_rol(reg, kAoWaterland, RolSoort::kAmbtelijkOpdrachtgever)->uren_per_jaar = 100;  // GOV-6
  reg.projectgroep.reset();                                                             // GOV-8

  auto bevindingen = controleer(reg, kPeildatum);
  EXPECT_EQ(keys(bevindingen), (std::vector<std::string>{
                                   "gov4.meerdere_ambtelijk_opdrachtgevers",
                                   "gov4.geen_accountmanager",
                                   "gov5.accountmanager_en_beleidsadviseur",
                                   "gov5.pettenscheiding",
                                   "gov6.te_weinig_uren",
                                   "gov6.te_weinig_uren",
                                   "gov8.geen_projectgroep",
                               }));
  std::set<std::string> requirements;
  for (const auto& b : bevindingen) {
    requirements.insert(b.requirement);
    EXPECT_EQ(b.waarden.at("peildatum"), "2026-06-01");
    EXPECT_EQ(b.remedie_key, b.uitleg_key + ".remedie");
  }
  EXPECT_EQ(requirements, (std::set<std::string>{"GOV-4", "GOV-5", "GOV-6", "GOV-8"}));
}

// GOV-7
TEST(RolvastheidTest, ErnstEnPetHebbenCodeEnLabel) {
  EXPECT_EQ(code(Ernst::kFout), "fout");
  EXPECT_EQ(code(Ernst::kWaarschuwing), "waarschuwing");
  EXPECT_EQ(label(Ernst::kMelding), "Melding");
  EXPECT_EQ(code(Pet::kEigenaar), "eigenaar");
  EXPECT_EQ(code(Pet::kOpdrachtgever), "opdrachtgever");
  EXPECT_EQ(label(Pet::kOpdrachtnemer), "Opdrachtnemer");
}

// GOV-6: only the vertegenwoordigde's own bestuurlijk opdrachtgever, holding that rol on the day
// the mandaat was granted, can have granted it; an ambtelijk opdrachtgever, a bestuurder of the
// representing side or a bestuurlijk opdrachtgever whose term had ended cannot.
TEST(RolvastheidTest, MandaatKomtVanDeBestuurlijkOpdrachtgeverVanDeVertegenwoordigde) {
  Register reg = register_in_orde();
  reg.rollen.push_back(rol(20, kBestuurder, kBeekdal, RolSoort::kBestuurlijkOpdrachtgever,
                           van_tot(d(2022, 1, 1), d(2025, 12, 31)), 0));
  EXPECT_TRUE(is_mandaatgever(reg, kBestuurder, kBeekdal, d(2025, 12, 1)));
  EXPECT_TRUE(is_mandaatgever(reg, kBestuurder, kBeekdal, d(2025, 12, 31)));
  EXPECT_FALSE(is_mandaatgever(reg, kBestuurder, kBeekdal, d(2026, 1, 1)));  // term ended
  EXPECT_FALSE(is_mandaatgever(reg, kBestuurder, kBeekdal, d(2021, 12, 31)));
  EXPECT_TRUE(is_mandaatgever(reg, kBestuurder, kBeekdal, std::nullopt));  // day not recorded
  EXPECT_FALSE(is_mandaatgever(reg, kBestuurder, kHeuvelrand, d(2025, 12, 1)));
  EXPECT_FALSE(is_mandaatgever(reg, kAoBeekdal, kBeekdal, d(2025, 12, 1)));  // ambtelijk
  EXPECT_FALSE(is_mandaatgever(reg, kAoBeekdal, kBeekdal, std::nullopt));
  EXPECT_FALSE(is_mandaatgever(reg, kAoHeuvelrand, kBeekdal, d(2025, 12, 1)));
}

// GOV-11: an accountmanager with more hours than the regio's maximum is overloaded; one below
// the total minimum has no "volwaardige functie"; a deelnemer served with too few hours is a
// finding of its own. Each names the persoon and the organisaties served.
TEST(RolvastheidTest, GOV11_OverbelasteAccountmanagerIsEenBevinding) {
  Register reg = register_in_orde();
  reg.regio.minimum_uren_accountmanager_per_deelnemer = 150;
  reg.regio.minimum_uren_accountmanager = 700;
  reg.regio.maximum_uren_accountmanager = 1400;
  EXPECT_TRUE(controleer_accountmanagers(reg, kPeildatum).empty());

  // 600 + 801 = 1401 hours: one over the maximum.
  vind_rol(reg, kAccountmanager, RolSoort::kAccountmanager)->uren_per_jaar = 801;
  auto overbelast = controleer_accountmanagers(reg, kPeildatum);
  ASSERT_EQ(keys(overbelast), std::vector<std::string>{"gov11.overbelast"});
  EXPECT_EQ(overbelast[0].requirement, "GOV-11");
  EXPECT_EQ(overbelast[0].pet, Pet::kOpdrachtnemer);
  EXPECT_EQ(overbelast[0].personen, std::vector<Id>{kAccountmanager});
  EXPECT_EQ(overbelast[0].organisaties, (std::vector<Id>{kBeekdal, kHeuvelrand}));
  EXPECT_EQ(overbelast[0].waarden.at("uren"), "1401");
  EXPECT_EQ(overbelast[0].waarden.at("maximum"), "1400");
  EXPECT_EQ(overbelast[0].waarden.at("aantal"), "2");
  // Exactly the maximum is in order; the rol's hours on the peildatum count (GOV-3).
  vind_rol(reg, kAccountmanager, RolSoort::kAccountmanager)->uren_per_jaar = 800;
  EXPECT_TRUE(controleer_accountmanagers(reg, kPeildatum).empty());

  // Too few for Waterland and in total.
  vind_rol(reg, kAccountmanagerWaterland, RolSoort::kAccountmanager)->uren_per_jaar = 100;
  auto te_weinig = controleer_accountmanagers(reg, kPeildatum);
  EXPECT_EQ(keys(te_weinig), (std::vector<std::string>{"gov11.te_weinig_uren_per_deelnemer",
                                                       "gov11.geen_volwaardige_functie"}));
  EXPECT_EQ(te_weinig[0].organisaties, std::vector<Id>{kWaterland});
  EXPECT_EQ(te_weinig[1].waarden.at("minimum"), "700");
  // And controleer reports them with the rest.
  auto alle = keys(controleer(reg, kPeildatum));
  EXPECT_NE(std::find(alle.begin(), alle.end(), "gov11.geen_volwaardige_functie"), alle.end());
}

// GOV-6, OPD-2: an ambtelijk opdrachtgever that represents other deelnemers needs the minimum
// plus a number of hours per deelnemer represented, whatever the omvang; a representation on the
// collectieve opdracht alone does not stand in for the deelnemer's own ambtelijk opdrachtgever.
TEST(RolvastheidTest, VertegenwoordigerHeeftUrenNaarHetAantalVertegenwoordigden) {
  Register reg = register_in_orde();
  reg.regio.uren_per_vertegenwoordigde = 100;
  auto v = heuvelrand_vertegenwoordigt_beekdal(vanaf(d(2026, 1, 1)));
  v.omvang = Omvang::kCollectief;
  reg.vertegenwoordigingen.push_back(v);
  EXPECT_EQ(vertegenwoordigd_door(reg.vertegenwoordigingen, kHeuvelrand, kPeildatum),
            std::vector<Id>{kBeekdal});
  // Heuvelrand's 500 hours against 450 + 1 × 100.
  auto bevindingen = controleer_capaciteit(reg, kPeildatum);
  ASSERT_EQ(keys(bevindingen), std::vector<std::string>{"gov6.vertegenwoordiger_te_weinig_uren"});
  EXPECT_EQ(bevindingen[0].personen, std::vector<Id>{kAoHeuvelrand});
  EXPECT_EQ(bevindingen[0].organisaties, (std::vector<Id>{kHeuvelrand, kBeekdal}));
  EXPECT_EQ(bevindingen[0].waarden.at("vereist"), "550");
  EXPECT_EQ(bevindingen[0].waarden.at("aantal"), "1");
  vind_rol(reg, kAoHeuvelrand, RolSoort::kAmbtelijkOpdrachtgever)->uren_per_jaar = 550;
  EXPECT_TRUE(controleer_capaciteit(reg, kPeildatum).empty());

  // Beekdal without an ambtelijk opdrachtgever of its own: a collective representation does not
  // fill the gap (GOV-4), a full one does.
  verwijder_rol(reg, kAoBeekdal, RolSoort::kAmbtelijkOpdrachtgever);
  EXPECT_EQ(keys(controleer_aanspreekpunten(reg, kPeildatum)),
            std::vector<std::string>{"gov4.geen_ambtelijk_opdrachtgever"});
  reg.vertegenwoordigingen.back().omvang = Omvang::kVolledig;
  EXPECT_TRUE(controleer_aanspreekpunten(reg, kPeildatum).empty());
}

// GOV-12: an ambtelijk opdrachtgever or accountmanager without a recorded mandate is a notice;
// other rollen carry none.
TEST(RolvastheidTest, GOV12_BeslismandaatDatNietIsVastgelegdIsEenMelding) {
  Register reg = register_in_orde();
  EXPECT_TRUE(controleer_beslismandaten(reg, kPeildatum).empty());
  vind_rol(reg, kAoBeekdal, RolSoort::kAmbtelijkOpdrachtgever)->mandaat_cents.reset();
  vind_rol(reg, kAccountmanagerWaterland, RolSoort::kAccountmanager)->mandaat_cents.reset();
  auto bevindingen = controleer_beslismandaten(reg, kPeildatum);
  ASSERT_EQ(bevindingen.size(), 2u);
  EXPECT_EQ(bevindingen[0].requirement, "GOV-12");
  EXPECT_EQ(bevindingen[0].ernst, Ernst::kMelding);
  EXPECT_EQ(bevindingen[0].pet, Pet::kOpdrachtgever);
  EXPECT_EQ(bevindingen[0].personen, std::vector<Id>{kAoBeekdal});
  EXPECT_EQ(bevindingen[1].pet, Pet::kOpdrachtnemer);
  EXPECT_EQ(bevindingen[1].organisaties, std::vector<Id>{kWaterland});
}

// GOV-2: every deelnemer has a seat in the AB on the date (a niet-deelnemer needs none), and the
// DB comes from the AB: a DB-lid that is not AB-lid for the same deelnemer is an error.
TEST(RolvastheidTest, GOV2_ElkeDeelnemerInHetAbEnHetDbUitHetAb) {
  Register reg = register_in_orde();
  EXPECT_TRUE(controleer_bestuur(reg, kPeildatum).empty());
  reg.rollen.push_back(rol(70, kBestuurder, kBeekdal, RolSoort::kDbLid, vanaf(d(2026, 1, 1)), 0));
  EXPECT_TRUE(controleer_bestuur(reg, kPeildatum).empty());

  // The AB seat of Heuvelrand ended the day before; a DB-lid of Beekdal outside the AB.
  vind_rol(reg, kBestuurderHeuvelrand, RolSoort::kAbLid)->periode.tot = d(2026, 5, 31);
  reg.rollen.push_back(rol(71, kAoBeekdal, kBeekdal, RolSoort::kDbLid, vanaf(d(2026, 1, 1)), 0));
  auto bevindingen = controleer_bestuur(reg, kPeildatum);
  ASSERT_EQ(keys(bevindingen),
            (std::vector<std::string>{"gov2.deelnemer_zonder_ab_lid", "gov2.db_lid_niet_in_ab"}));
  EXPECT_EQ(bevindingen[0].requirement, "GOV-2");
  EXPECT_EQ(bevindingen[0].pet, Pet::kEigenaar);
  EXPECT_EQ(bevindingen[0].organisaties, std::vector<Id>{kHeuvelrand});
  EXPECT_EQ(bevindingen[1].personen, std::vector<Id>{kAoBeekdal});
  EXPECT_EQ(bevindingen[1].organisaties, std::vector<Id>{kBeekdal});
  // A day earlier Heuvelrand was still seated.
  EXPECT_EQ(keys(controleer_bestuur(reg, d(2026, 5, 31))),
            std::vector<std::string>{"gov2.db_lid_niet_in_ab"});
}

// GOV-8: who appointed the regisseur is recorded, and was a bestuurlijk opdrachtgever on that
// day; an overige partij in the projectgroep is welcome and not missed.
TEST(RolvastheidTest, GOV8_RegisseurBenoemdDoorDeBestuurlijkOpdrachtgever) {
  Register reg = register_in_orde();
  reg.projectgroep->leden.push_back({kAoWaterland, kWaterland, 9});
  EXPECT_TRUE(controleer_regisseur(reg, kPeildatum).empty());

  reg.projectgroep->regisseur_benoemd_door.reset();
  auto onbekend = controleer_regisseur(reg, kPeildatum);
  ASSERT_EQ(keys(onbekend), std::vector<std::string>{"gov8.benoeming_onbekend"});
  EXPECT_EQ(onbekend[0].personen, std::vector<Id>{kRegisseur});

  // Appointed by an AB-lid, or by the bestuurlijk opdrachtgever before its rol began.
  reg.projectgroep->regisseur_benoemd_door = kBestuurder;
  EXPECT_EQ(keys(controleer_regisseur(reg, kPeildatum)),
            std::vector<std::string>{"gov8.benoemd_door_geen_bestuurder"});
  reg.projectgroep->regisseur_benoemd_door = kBestuurlijkOpdrachtgever;
  reg.projectgroep->regisseur_benoemd_op = d(2019, 12, 31);
  EXPECT_EQ(keys(controleer_regisseur(reg, kPeildatum)),
            std::vector<std::string>{"gov8.benoemd_door_geen_bestuurder"});
}

}  // namespace
}  // namespace regie::governance

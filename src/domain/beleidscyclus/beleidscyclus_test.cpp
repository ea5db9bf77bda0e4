#include "domain/beleidscyclus/beleidscyclus.hpp"
#include "support/testhulp.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace regie::beleidscyclus {
namespace {

using testhulp::d;

using testhulp::heeft_fout;

Stap stap(Id id, StapCode c, int volgorde, Status status, std::optional<Datum> gepland_eind = {}) {
  Stap s;
  s.id = id;
  s.code = c;
  s.volgorde = volgorde;
  s.naam = std::string(standaard_naam(c));
  s.periode = ritme(c) == Ritme::kVierjaarlijks ? "2027-2030" : "2027";
  s.status = status;
  s.gepland_eind = gepland_eind;
  return s;
}

// B8-1
TEST(BeleidscyclusTest, StandaardStappenZijnDeAchtVanDeHandreikingInVolgorde) {
  auto stappen = standaard_stappen(7, 2027);
  ASSERT_EQ(stappen.size(), static_cast<std::size_t>(kAantalStappen));
  struct Verwacht {
    StapCode code;
    Kant kant;
    Ritme ritme;
    const char* periode;
  };
  const Verwacht kVerwacht[] = {
      {StapCode::kStrategischBeleidskader, Kant::kBeleid, Ritme::kVierjaarlijks, "2027-2030"},
      {StapCode::kDoelenEnPrioriteiten, Kant::kBeleid, Ritme::kVierjaarlijks, "2027-2030"},
      {StapCode::kOperationeelBeleidskader, Kant::kBeleid, Ritme::kVierjaarlijks, "2027-2030"},
      {StapCode::kPlanningEnControl, Kant::kScharnier, Ritme::kJaarlijks, "2027"},
      {StapCode::kVoorbereiden, Kant::kUitvoering, Ritme::kJaarlijks, "2027"},
      {StapCode::kUitvoering, Kant::kUitvoering, Ritme::kJaarlijks, "2027"},
      {StapCode::kMonitoring, Kant::kUitvoering, Ritme::kJaarlijks, "2027"},
      {StapCode::kRapportageEnEvaluatie, Kant::kUitvoering, Ritme::kJaarlijks, "2027"},
  };
  for (std::size_t i = 0; i < stappen.size(); ++i) {
    SCOPED_TRACE(i);
    EXPECT_EQ(stappen[i].code, kVerwacht[i].code);
    EXPECT_EQ(stappen[i].volgorde, static_cast<int>(i) + 1);
    EXPECT_EQ(stappen[i].regio_id, 7);
    EXPECT_EQ(kant(stappen[i].code), kVerwacht[i].kant);
    EXPECT_EQ(ritme(stappen[i].code), kVerwacht[i].ritme);
    EXPECT_EQ(stappen[i].periode, kVerwacht[i].periode);
    EXPECT_EQ(stappen[i].status, Status::kNietGestart);
    EXPECT_FALSE(stappen[i].naam.empty());
    EXPECT_EQ(stap_code_from_code(code(stappen[i].code)), stappen[i].code);
  }
}

// B8-1
TEST(BeleidscyclusTest, PeriodePastBijHetRitme) {
  struct Geval {
    Ritme ritme;
    const char* periode;
    bool geldig;
  };
  const Geval kGevallen[] = {
      {Ritme::kVierjaarlijks, "2027-2030", true},  {Ritme::kVierjaarlijks, "2027-2029", false},
      {Ritme::kVierjaarlijks, "2027-2031", false}, {Ritme::kVierjaarlijks, "2027", false},
      {Ritme::kVierjaarlijks, "2027–2030", false}, {Ritme::kVierjaarlijks, "27-30", false},
      {Ritme::kJaarlijks, "2027", true},           {Ritme::kJaarlijks, "2027-2030", false},
      {Ritme::kJaarlijks, "20x7", false},          {Ritme::kJaarlijks, "", false},
      {Ritme::kJaarlijks, "1200", false},          {Ritme::kJaarlijks, "+027", false},
  };
  for (const auto& g : kGevallen) {
    EXPECT_EQ(is_geldige_periode(g.ritme, g.periode), g.geldig)
        << code(g.ritme) << " " << g.periode;
  }
  EXPECT_EQ(begin_jaar("2027-2030"), 2027);
  EXPECT_EQ(begin_jaar("2028"), 2028);
  EXPECT_EQ(begin_jaar("2028-2029"), std::nullopt);
}

// B8-1, B8-3
TEST(BeleidscyclusTest, StatusovergangenBijEenGewoneWijziging) {
  using S = Status;
  struct Geval {
    S van;
    S naar;
    bool nieuwe_periode;
    std::optional<std::string> fout;
  };
  const Geval kGevallen[] = {
      {S::kNietGestart, S::kNietGestart, false, std::nullopt},
      {S::kNietGestart, S::kBezig, false, std::nullopt},
      {S::kNietGestart, S::kAfgerond, false, std::nullopt},
      {S::kBezig, S::kNietGestart, false, std::nullopt},
      {S::kBezig, S::kAfgerond, false, std::nullopt},
      {S::kAfgerond, S::kAfgerond, false, std::nullopt},
      {S::kAfgerond, S::kBezig, false, "fout.afgerond_blijft_afgerond"},
      {S::kAfgerond, S::kNietGestart, false, "fout.afgerond_blijft_afgerond"},
      {S::kAfgerond, S::kNietGestart, true, std::nullopt},
      {S::kAfgerond, S::kBezig, true, std::nullopt},
      {S::kHeropend, S::kBezig, false, std::nullopt},
      {S::kHeropend, S::kAfgerond, false, std::nullopt},
      {S::kHeropend, S::kNietGestart, false, "fout.heropend_niet_terug"},
      {S::kHeropend, S::kNietGestart, true, std::nullopt},
      {S::kHeropend, S::kHeropend, false, std::nullopt},
      // B8-3: heropend only through a reopening with a reason.
      {S::kAfgerond, S::kHeropend, false, "fout.heropenen_met_reden"},
      {S::kBezig, S::kHeropend, false, "fout.heropenen_met_reden"},
      {S::kNietGestart, S::kHeropend, true, "fout.heropenen_met_reden"},
  };
  for (const auto& g : kGevallen) {
    EXPECT_EQ(statusovergang_fout(g.van, g.naar, g.nieuwe_periode), g.fout)
        << code(g.van) << " -> " << code(g.naar) << (g.nieuwe_periode ? " (nieuwe periode)" : "");
  }
}

// B8-1
TEST(BeleidscyclusTest, WijzigingVanEenStapMeldtElkeFoutTegelijk) {
  Stap huidig = stap(1, StapCode::kStrategischBeleidskader, 1, Status::kBezig);
  struct Geval {
    const char* naam;
    Fields fields;
    std::vector<std::pair<std::string, std::string>> fouten;  // empty: valid
  };
  const Fields kGoed = {{"naam", "Omgevingsanalyse"},     {"volgorde", "1"},
                        {"periode", "2027-2030"},         {"status", "afgerond"},
                        {"werkelijkBegin", "2026-01-05"}, {"werkelijkEind", "2026-06-30"}};
  auto met = [&](std::initializer_list<std::pair<const std::string, std::string>> wijziging) {
    Fields f = kGoed;
    for (const auto& [k, v] : wijziging) f[k] = v;
    return f;
  };
  const Geval kGevallen[] = {
      {"goed", kGoed, {}},
      {"leeg",
       {},
       {{"naam", "fout.verplicht"},
        {"volgorde", "fout.verplicht"},
        {"periode", "fout.verplicht"},
        {"status", "fout.verplicht"}}},
      {"jaarlijkse periode bij beleidsstap",
       met({{"periode", "2027"}}),
       {{"periode", "fout.periode_vier_jaar"}}},
      {"volgorde buiten 1..8", met({{"volgorde", "9"}}), {{"volgorde", "fout.te_groot"}}},
      {"onbekende status", met({{"status", "klaar"}}), {{"status", "fout.ongeldige_keuze"}}},
      {"afgerond zonder werkelijk eind",
       met({{"werkelijkEind", ""}}),
       {{"werkelijkEind", "fout.werkelijk_eind_bij_afgerond"}}},
      {"gepland eind voor begin",
       met({{"geplandBegin", "2026-05-01"}, {"geplandEind", "2026-04-01"}}),
       {{"geplandEind", "fout.periode_omgekeerd"}}},
      {"niet gestart met werkelijke datum",
       met({{"status", "niet_gestart"}, {"werkelijkEind", ""}}),
       {{"werkelijkBegin", "fout.niet_gestart_zonder_werkelijk"}}},
      {"heropenen via wijziging",
       met({{"status", "heropend"}}),
       {{"status", "fout.heropenen_met_reden"}}},
      {"eigenaar geen id",
       met({{"eigenaarPersoonId", "abc"}}),
       {{"eigenaarPersoonId", "fout.ongeldige_keuze"}}},
  };
  for (const auto& g : kGevallen) {
    SCOPED_TRACE(g.naam);
    auto result = parse_stap_wijziging(g.fields, huidig);
    if (g.fouten.empty()) {
      ASSERT_TRUE(result.ok());
      EXPECT_EQ(result->naam, "Omgevingsanalyse");
      EXPECT_EQ(result->status, Status::kAfgerond);
      EXPECT_EQ(result->werkelijk_eind, d(2026, 6, 30));
      EXPECT_EQ(result->code, huidig.code);
      EXPECT_EQ(result->id, huidig.id);
      continue;
    }
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().fields.size(), g.fouten.size());
    for (const auto& [veld, key] : g.fouten) {
      EXPECT_TRUE(heeft_fout(result.error(), veld, key)) << veld << " " << key;
    }
  }
}

// B8-3
TEST(BeleidscyclusTest, HeropenenAlleenVanEenAfgerondeBeleidsstapMetReden) {
  struct Geval {
    StapCode code;
    Status status;
    const char* reden;
    std::vector<std::pair<std::string, std::string>> fouten;
  };
  const Geval kGevallen[] = {
      {StapCode::kStrategischBeleidskader, Status::kAfgerond, "Nieuwe risico's asbest", {}},
      {StapCode::kDoelenEnPrioriteiten, Status::kAfgerond, "Bestuur stelt prioriteit bij", {}},
      {StapCode::kOperationeelBeleidskader, Status::kAfgerond, "Strategie bijstellen", {}},
      {StapCode::kOperationeelBeleidskader,
       Status::kAfgerond,
       "   ",
       {{"reden", "fout.verplicht"}}},
      {StapCode::kStrategischBeleidskader,
       Status::kBezig,
       "Reden",
       {{"status", "fout.heropenen_alleen_afgerond"}}},
      {StapCode::kStrategischBeleidskader,
       Status::kHeropend,
       "Reden",
       {{"status", "fout.heropenen_alleen_afgerond"}}},
      {StapCode::kPlanningEnControl,
       Status::kAfgerond,
       "Reden",
       {{"stap", "fout.heropenen_alleen_beleid"}}},
      {StapCode::kRapportageEnEvaluatie,
       Status::kBezig,
       "",
       {{"reden", "fout.verplicht"},
        {"stap", "fout.heropenen_alleen_beleid"},
        {"status", "fout.heropenen_alleen_afgerond"}}},
  };
  for (const auto& g : kGevallen) {
    SCOPED_TRACE(std::string(code(g.code)) + " " + std::string(code(g.status)));
    Stap s = stap(3, g.code, 1, g.status);
    s.werkelijk_eind = d(2026, 6, 30);
    auto result = heropenen(s, {{"reden", g.reden}, {"geplandEind", "2026-12-18"}}, d(2026, 12, 1));
    if (g.fouten.empty()) {
      ASSERT_TRUE(result.ok());
      EXPECT_EQ(result->stap.status, Status::kHeropend);
      EXPECT_EQ(result->stap.werkelijk_eind, std::nullopt);
      EXPECT_EQ(result->stap.gepland_eind, d(2026, 12, 18));  // B8-4
      EXPECT_EQ(result->heropening.nieuw_eind, d(2026, 12, 18));
      EXPECT_EQ(result->heropening.stap_id, 3);
      EXPECT_EQ(result->heropening.reden, g.reden);
      EXPECT_EQ(result->heropening.vorige_status, Status::kAfgerond);
      EXPECT_EQ(result->heropening.periode, s.periode);
      continue;
    }
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().fields.size(), g.fouten.size());
    for (const auto& [veld, key] : g.fouten) {
      EXPECT_TRUE(heeft_fout(result.error(), veld, key)) << veld << " " << key;
    }
  }
}

// B8-1: the current position is the first step, in order, not afgerond.
TEST(BeleidscyclusTest, HuidigePositieIsDeEersteStapDieNietAfgerondIs) {
  using S = Status;
  struct Geval {
    const char* naam;
    std::vector<S> statussen;  // by volgorde 1..n
    std::optional<Id> positie;
  };
  const Geval kGevallen[] = {
      {"alles nog te doen", {S::kNietGestart, S::kNietGestart, S::kNietGestart}, 10},
      {"eerste twee af", {S::kAfgerond, S::kAfgerond, S::kBezig, S::kNietGestart}, 12},
      {"heropend telt als open", {S::kAfgerond, S::kHeropend, S::kAfgerond}, 11},
      {"gat in de volgorde", {S::kAfgerond, S::kNietGestart, S::kAfgerond, S::kBezig}, 11},
      {"alles af", {S::kAfgerond, S::kAfgerond}, std::nullopt},
      {"geen stappen", {}, std::nullopt},
  };
  for (const auto& g : kGevallen) {
    SCOPED_TRACE(g.naam);
    std::vector<Stap> stappen;
    for (std::size_t i = 0; i < g.statussen.size(); ++i) {
      stappen.push_back(stap(10 + static_cast<Id>(i), StapCode::kUitvoering,
                             static_cast<int>(i) + 1, g.statussen[i]));
    }
    // Order of the input does not matter; volgorde does.
    std::reverse(stappen.begin(), stappen.end());
    EXPECT_EQ(huidige_positie(stappen), g.positie);
  }
}

// B8-1: late is gepland eind before today and not afgerond.
TEST(BeleidscyclusTest, TeLaatIsGeplandEindVoorVandaagEnNietAfgerond) {
  const Datum kVandaag = d(2026, 11, 28);
  struct Geval {
    Status status;
    std::optional<Datum> gepland_eind;
    bool te_laat;
  };
  const Geval kGevallen[] = {
      {Status::kBezig, d(2026, 11, 27), true},
      {Status::kNietGestart, d(2026, 1, 1), true},
      {Status::kHeropend, d(2026, 10, 31), true},
      {Status::kBezig, d(2026, 11, 28), false},  // due today is not late yet
      {Status::kBezig, d(2026, 12, 31), false},
      {Status::kAfgerond, d(2026, 1, 1), false},
      {Status::kBezig, std::nullopt, false},
  };
  std::vector<Stap> stappen;
  std::vector<Id> verwacht;
  Id id = 1;
  for (const auto& g : kGevallen) {
    Stap s = stap(id, StapCode::kMonitoring, static_cast<int>(id), g.status, g.gepland_eind);
    EXPECT_EQ(is_te_laat(s, kVandaag), g.te_laat) << code(g.status);
    if (g.te_laat) verwacht.push_back(id);
    stappen.push_back(s);
    ++id;
  }
  std::reverse(stappen.begin(), stappen.end());
  EXPECT_EQ(te_late_stappen(stappen, kVandaag), verwacht);
}

// B8-2
TEST(BeleidscyclusTest, EvaluatieconclusieRaaktEenPeriodeVanHetRitmeNietInHetVerleden) {
  Stap analyse = stap(1, StapCode::kStrategischBeleidskader, 1, Status::kAfgerond);  // 2027-2030
  Stap programma = stap(4, StapCode::kPlanningEnControl, 4, Status::kBezig);         // 2027
  struct Geval {
    const Stap* raakt;
    const char* periode;
    std::optional<std::string> fout;
  };
  const Geval kGevallen[] = {
      {&analyse, "2031-2034", std::nullopt},
      {&analyse, "2027-2030", std::nullopt},
      {&analyse, "2023-2026", "fout.periode_voorbij"},
      {&analyse, "2031", "fout.periode_vier_jaar"},
      {&programma, "2028", std::nullopt},
      {&programma, "2026", "fout.periode_voorbij"},
      {&programma, "2028-2031", "fout.periode_jaar"},
  };
  for (const auto& g : kGevallen) {
    auto result = check_raakt(*g.raakt, g.periode);
    if (!g.fout) {
      EXPECT_TRUE(result.ok()) << g.periode;
    } else {
      ASSERT_FALSE(result.ok()) << g.periode;
      EXPECT_TRUE(heeft_fout(result.error(), "raaktPeriode", *g.fout)) << g.periode;
    }
  }
  auto leeg = parse_evaluatieconclusie({});
  ASSERT_FALSE(leeg.ok());
  EXPECT_EQ(leeg.error().fields.size(), 4u);
  auto goed = parse_evaluatieconclusie({{"tekst", "Asbest als risico opnemen"},
                                        {"datum", "2026-03-15"},
                                        {"raaktStapId", "1"},
                                        {"raaktPeriode", "2031-2034"}});
  ASSERT_TRUE(goed.ok());
  EXPECT_EQ(goed->raakt_stap_id, 1);
  EXPECT_EQ(goed->datum, d(2026, 3, 15));
}

// B8-1
TEST(BeleidscyclusTest, DocumentHeeftTitelEnEenWebadres) {
  struct Geval {
    const char* link;
    bool geldig;
  };
  const Geval kGevallen[] = {
      {"https://www.voorbeeld.nl/risicoanalyse.pdf", true},
      {"http://intranet/strategie", true},
      {"ftp://voorbeeld.nl/x", false},
      {"javascript:alert(1)", false},
      {"https://", false},
      {"https://voorbeeld.nl/met spatie", false},
  };
  for (const auto& g : kGevallen) {
    auto result = parse_document({{"titel", "Regionale risicoanalyse"}, {"link", g.link}});
    EXPECT_EQ(result.ok(), g.geldig) << g.link;
  }
  auto besluit = parse_besluit({{"tekst", ""}, {"datum", "31-02-2026"}});
  ASSERT_FALSE(besluit.ok());
  EXPECT_TRUE(heeft_fout(besluit.error(), "tekst", "fout.verplicht"));
  EXPECT_TRUE(heeft_fout(besluit.error(), "datum", "fout.ongeldige_datum"));
}

// B8-1, GOV-10: deny by default; the beheerder, the regisseur beleidscyclus, the OD management
// and accountmanagers edit, by the hats they wear.
TEST(BeleidscyclusTest, WieDeCyclusMagWijzigen) {
  using governance::RolSoort;
  const std::pair<RolSoort, bool> kGevallen[] = {
      {RolSoort::kRegisseurBeleidscyclus, true},
      {RolSoort::kDirectieOd, true},
      {RolSoort::kAccountmanager, true},
      {RolSoort::kMedewerker, false},
      {RolSoort::kCoordinator, false},
      {RolSoort::kAmbtelijkOpdrachtgever, false},
      {RolSoort::kBestuurlijkOpdrachtgever, false},
      {RolSoort::kAbLid, false},
  };
  for (const auto& [soort, mag] : kGevallen) {
    auth::Actor actor;
    actor.hoedanigheden.push_back({soort, 5, "Org", 1});
    EXPECT_EQ(mag_cyclus_wijzigen(actor), mag) << governance::code(soort);
  }
  auth::Actor beheerder;
  beheerder.beheerder = true;
  EXPECT_TRUE(mag_cyclus_wijzigen(beheerder));
  EXPECT_FALSE(mag_cyclus_wijzigen(auth::Actor{}));
}

}  // namespace
}  // namespace regie::beleidscyclus

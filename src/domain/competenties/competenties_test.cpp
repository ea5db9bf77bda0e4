// COMP-1: the competence catalogue, the validation of a self-assessment and the aggregate.
#include "domain/competenties/competenties.hpp"
#include "support/testhulp.hpp"

#include <gtest/gtest.h>

#include <set>

namespace regie::competenties {
namespace {

constexpr std::int32_t kHuidigJaar = 2026;

// Every competence of the profile scored `score`.
Fields volledig(Profiel profiel, const std::string& score = "3") {
  Fields f{{"jaar", "2026"}, {"profiel", std::string(code(profiel))}};
  for (const auto& c : catalogus(profiel)) f[score_veld(c.code)] = score;
  return f;
}

using testhulp::heeft_fout;

// COMP-1: both profiles hold the groups and competences of the guide's Bijlagen.
TEST(CompetentiesCatalogus, BeideProfielenHebbenDeCompetentiesVanDeGids) {
  // Bijlage 2: 3 Omgeving, 4 Relatie, 4 Houding, 1 Inhoud.
  EXPECT_EQ(catalogus(Profiel::kAccountmanager).size(), 12U);
  // Bijlage 1 plus the Basiscompetenties Situationeel leiderschap and Resultaatgericht.
  EXPECT_EQ(catalogus(Profiel::kOpdrachtgever).size(), 14U);
  for (auto profiel : alle_profielen()) {
    std::set<std::string_view> codes;
    std::set<std::string_view> gezien_groepen;
    for (const auto& c : catalogus(profiel)) {
      EXPECT_TRUE(codes.insert(c.code).second) << "dubbele code " << c.code;
      EXPECT_FALSE(c.naam.empty());
      EXPECT_GT(c.beschrijving.size(), 40U) << c.code;
      EXPECT_FALSE(c.bron.empty());
      gezien_groepen.insert(c.groep);
      EXPECT_EQ(vind_competentie(profiel, c.code), &c);
    }
    EXPECT_EQ(gezien_groepen.size(), groepen().size());
  }
  EXPECT_NE(vind_competentie(Profiel::kOpdrachtgever, "situationeel_leiderschap"), nullptr);
  EXPECT_EQ(vind_competentie(Profiel::kAccountmanager, "situationeel_leiderschap"), nullptr);
  EXPECT_EQ(profiel_from_code("accountmanager"), Profiel::kAccountmanager);
  EXPECT_EQ(profiel_from_code("regisseur"), std::nullopt);
}

// COMP-1: one is offered the profile of one's own hats only.
TEST(CompetentiesCatalogus, EigenProfielenVolgenUitDeHoeden) {
  using governance::RolSoort;
  EXPECT_EQ(eigen_profielen({RolSoort::kAmbtelijkOpdrachtgever}),
            std::vector<Profiel>{Profiel::kOpdrachtgever});
  EXPECT_EQ(eigen_profielen({RolSoort::kAbLid, RolSoort::kBestuurlijkOpdrachtgever}),
            std::vector<Profiel>{Profiel::kOpdrachtgever});
  EXPECT_EQ(eigen_profielen({RolSoort::kAccountmanager, RolSoort::kAccountmanager}),
            std::vector<Profiel>{Profiel::kAccountmanager});
  EXPECT_TRUE(eigen_profielen({RolSoort::kDirectieOd, RolSoort::kMedewerker}).empty());
}

// COMP-1: a complete assessment is read with every score in catalogue order.
TEST(CompetentiesParse, VolledigeZelfbeoordelingWordtGelezen) {
  auto f = volledig(Profiel::kAccountmanager, "4");
  f[toelichting_veld("alert")] = "  Meer signaleren  ";
  auto z = parse_zelfbeoordeling(f, kHuidigJaar);
  ASSERT_TRUE(z.ok());
  EXPECT_EQ(z->jaar, 2026);
  EXPECT_EQ(z->profiel, Profiel::kAccountmanager);
  ASSERT_EQ(z->scores.size(), catalogus(Profiel::kAccountmanager).size());
  EXPECT_EQ(z->scores.front().competentie, "omgevingsbewust");
  for (const auto& s : z->scores) {
    EXPECT_EQ(s.score, 4);
    EXPECT_EQ(s.toelichting, s.competentie == "alert" ? "Meer signaleren" : "");
  }
}

struct OngeldigGeval {
  const char* naam;
  std::vector<std::pair<std::string, std::string>> wijzigingen;  // fields set to a value
  std::vector<std::string> weg;
  std::string veld;
  std::string key;
};

// COMP-1: every invalid input names its field with a Dutch message key.
TEST(CompetentiesParse, OngeldigeInvoerNoemtHetVeld) {
  const std::vector<OngeldigGeval> kGevallen = {
      {"score te hoog", {{"scores.alert", "6"}}, {}, "scores.alert", "fout.score_buiten_schaal"},
      {"score nul", {{"scores.alert", "0"}}, {}, "scores.alert", "fout.score_buiten_schaal"},
      {"score negatief",
       {{"scores.zakelijk", "-1"}},
       {},
       "scores.zakelijk",
       "fout.score_buiten_schaal"},
      {"score geen getal",
       {{"scores.alert", "goed"}},
       {},
       "scores.alert",
       "fout.geen_geheel_getal"},
      {"score ontbreekt", {}, {"scores.transparant"}, "scores.transparant", "fout.score_ontbreekt"},
      {"score leeg",
       {{"scores.transparant", " "}},
       {},
       "scores.transparant",
       "fout.score_ontbreekt"},
      {"onbekende competentie",
       {{"scores.zwemmen", "3"}},
       {},
       "scores.zwemmen",
       "fout.onbekende_competentie"},
      {"competentie van ander profiel",
       {{"scores.situationeel_leiderschap", "3"}},
       {},
       "scores.situationeel_leiderschap",
       "fout.onbekende_competentie"},
      {"toelichting bij onbekende competentie",
       {{"toelichtingen.zwemmen", "x"}},
       {},
       "toelichtingen.zwemmen",
       "fout.onbekende_competentie"},
      {"toelichting te lang",
       {{"toelichtingen.alert", std::string(kMaxToelichting + 1, 'a')}},
       {},
       "toelichtingen.alert",
       "fout.te_lang"},
      {"jaar te vroeg", {{"jaar", "1999"}}, {}, "jaar", "fout.jaar_buiten_bereik"},
      {"jaar te ver vooruit", {{"jaar", "2028"}}, {}, "jaar", "fout.jaar_buiten_bereik"},
      {"jaar ontbreekt", {}, {"jaar"}, "jaar", "fout.verplicht"},
      {"jaar geen getal", {{"jaar", "dit jaar"}}, {}, "jaar", "fout.geen_geheel_getal"},
      {"profiel onbekend", {{"profiel", "regisseur"}}, {}, "profiel", "fout.ongeldige_keuze"},
      {"profiel ontbreekt", {}, {"profiel"}, "profiel", "fout.verplicht"},
  };
  for (const auto& g : kGevallen) {
    SCOPED_TRACE(g.naam);
    auto f = volledig(Profiel::kAccountmanager);
    for (const auto& [k, v] : g.wijzigingen) f[k] = v;
    for (const auto& k : g.weg) f.erase(k);
    auto z = parse_zelfbeoordeling(f, kHuidigJaar);
    ASSERT_FALSE(z.ok());
    EXPECT_EQ(z.error().code, ErrorCode::kInvalid);
    EXPECT_TRUE(heeft_fout(z.error(), g.veld, g.key)) << z.error().fields.size();
  }
}

// COMP-1: next year may be assessed ahead; every error is reported at once.
TEST(CompetentiesParse, VolgendJaarMagEnAlleFoutenTegelijk) {
  auto f = volledig(Profiel::kOpdrachtgever);
  f["jaar"] = "2027";
  EXPECT_TRUE(parse_zelfbeoordeling(f, kHuidigJaar).ok());
  auto leeg = parse_zelfbeoordeling({{"jaar", "2026"}, {"profiel", "opdrachtgever"}}, kHuidigJaar);
  ASSERT_FALSE(leeg.ok());
  EXPECT_EQ(leeg.error().fields.size(), catalogus(Profiel::kOpdrachtgever).size());
}

// COMP-1: on an update, jaar and profiel cannot change; scores are checked as on create.
TEST(CompetentiesParse, BijWijzigenBlijvenJaarEnProfielVast) {
  auto f = volledig(Profiel::kOpdrachtgever, "2");
  auto ok = parse_scores(f, Profiel::kOpdrachtgever, 2026);
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok->size(), catalogus(Profiel::kOpdrachtgever).size());
  auto ander_jaar = parse_scores(f, Profiel::kOpdrachtgever, 2025);
  ASSERT_FALSE(ander_jaar.ok());
  EXPECT_TRUE(heeft_fout(ander_jaar.error(), "jaar", "fout.niet_wijzigbaar"));
  auto ander_profiel = parse_scores(f, Profiel::kAccountmanager, 2026);
  ASSERT_FALSE(ander_profiel.ok());
  EXPECT_TRUE(heeft_fout(ander_profiel.error(), "profiel", "fout.niet_wijzigbaar"));
  EXPECT_TRUE(heeft_fout(ander_profiel.error(), "scores.situationeel_leiderschap",
                         "fout.onbekende_competentie"));
}

Zelfbeoordeling beoordeling(Profiel profiel, std::int32_t standaard,
                            const std::map<std::string, std::int32_t>& afwijkend = {}) {
  Zelfbeoordeling z;
  z.profiel = profiel;
  z.jaar = 2026;
  for (const auto& c : catalogus(profiel)) {
    auto it = afwijkend.find(std::string(c.code));
    z.scores.push_back({std::string(c.code), it == afwijkend.end() ? standaard : it->second, ""});
  }
  return z;
}

const CompetentieCijfers& cijfers_van(const std::vector<CompetentieCijfers>& lijst,
                                      std::string_view c) {
  for (const auto& x : lijst) {
    if (x.competentie->code == c) return x;
  }
  static const CompetentieCijfers kGeen;
  return kGeen;
}

struct AggregaatGeval {
  const char* naam;
  std::vector<Zelfbeoordeling> beoordelingen;
  bool getoond;
  std::int64_t aantal;
  double gemiddelde;
  std::int64_t ontwikkelbehoefte;
  bool opleiding_nodig;
};

// COMP-1: per competence the count, mean and development needs; small groups hidden.
TEST(CompetentiesAggregaat, CijfersPerCompetentieEnMinimaleGroep) {
  const auto og = Profiel::kOpdrachtgever;
  const std::vector<AggregaatGeval> kGevallen = {
      {"geen beoordelingen", {}, false, 0, 0.0, 0, false},
      {"twee: verborgen", {beoordeling(og, 1), beoordeling(og, 5)}, false, 0, 0.0, 0, false},
      {"drie: getoond",
       {beoordeling(og, 1), beoordeling(og, 4), beoordeling(og, 4)},
       true,
       3,
       3.0,
       1,
       true},
      {"vier, één laag: minder dan een derde",
       {beoordeling(og, 2), beoordeling(og, 4), beoordeling(og, 5), beoordeling(og, 5)},
       true,
       4,
       4.0,
       1,
       false},
      {"ander profiel telt niet mee",
       {beoordeling(og, 3), beoordeling(og, 3), beoordeling(Profiel::kAccountmanager, 1)},
       false,
       0,
       0.0,
       0,
       false},
  };
  for (const auto& g : kGevallen) {
    SCOPED_TRACE(g.naam);
    auto lijst = aggregeer(g.beoordelingen, og);
    ASSERT_EQ(lijst.size(), catalogus(og).size());
    const auto& c = cijfers_van(lijst, "alert");
    EXPECT_EQ(c.getoond, g.getoond);
    EXPECT_EQ(c.aantal, g.aantal);
    EXPECT_DOUBLE_EQ(c.gemiddelde, g.gemiddelde);
    EXPECT_EQ(c.ontwikkelbehoefte, g.ontwikkelbehoefte);
    EXPECT_EQ(c.opleiding_nodig, g.opleiding_nodig);
  }
}

// COMP-1: where training is needed comes first; hidden figures come last.
TEST(CompetentiesAggregaat, WaarOpleidingNodigIsStaatBovenaan) {
  const auto am = Profiel::kAccountmanager;
  std::vector<Zelfbeoordeling> lijst = {
      beoordeling(am, 4, {{"transparant", 1}, {"alert", 2}}),
      beoordeling(am, 4, {{"transparant", 2}, {"alert", 3}}),
      beoordeling(am, 5, {{"transparant", 2}, {"alert", 3}, {"zakelijk", 3}}),
  };
  auto cijfers = aggregeer(lijst, am);
  ASSERT_EQ(cijfers.size(), 12U);
  EXPECT_EQ(cijfers[0].competentie->code, "transparant");  // 3 of 3 low
  EXPECT_EQ(cijfers[1].competentie->code, "alert");        // 1 of 3 low
  EXPECT_EQ(cijfers[2].competentie->code, "zakelijk");     // none low, lowest mean (11/3)
  EXPECT_TRUE(cijfers[0].opleiding_nodig);
  EXPECT_FALSE(cijfers[2].opleiding_nodig);

  // With a higher minimum everything is hidden, in catalogue order.
  auto verborgen = aggregeer(lijst, am, 4);
  for (std::size_t i = 0; i < verborgen.size(); ++i) {
    EXPECT_FALSE(verborgen[i].getoond);
    EXPECT_EQ(verborgen[i].competentie, &catalogus(am)[i]);
  }
}

}  // namespace
}  // namespace regie::competenties

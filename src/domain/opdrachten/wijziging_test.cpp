#include "domain/opdrachten/wijziging.hpp"
#include "support/testhulp.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace regie::opdrachten {
namespace {

using testhulp::heeft_fout;

// An accepted opdracht: complete, as aanbieden demanded (OPD-1).
Opdracht aanvaard() {
  Opdracht o;
  o.id = 7;
  o.regio_id = 1;
  o.opdrachtgever_id = 2;
  o.titel = "Regionaal uitvoeringsprogramma VTH 2027";
  o.jaar = 2027;
  o.aanleiding = "De regionale strategie 2027-2030 is vastgesteld.";
  o.scope = "Alle milieutaken van het basistakenpakket.";
  o.doel = "95% van de vergunningen binnen de termijn.";
  o.activiteiten = "Vergunningverlening, toezicht en handhaving.";
  o.resultaat = "Een jaarverslag met de bereikte doelen.";
  o.planning = {{"Halfjaarrapportage", *Datum::from_ymd(2027, 7, 15)}};
  o.bemensing = {{"Toezichthouder", 3200, std::nullopt}};
  o.sturingsvorm = "Sturing via de accountmanager.";
  o.financien = {{2027, 123'456'78, "Regionale bijdrage"}};
  o.monitoring = "Per kwartaal een voortgangsrapportage.";
  o.stakeholders = {{"Provincie Voorbeeldland", std::nullopt, std::nullopt, "Bevoegd gezag"}};
  o.risicos = {{"Krapte", Niveau::kHoog, Niveau::kMiddel, "Inhuur", "Directie"}};
  o.status = Status::kAanvaard;
  o.inhoudsversie = 1;
  o.versie = 5;
  return o;
}

Wijzigingsverzoek verzoek_op(const Opdracht& o) {
  Wijzigingsverzoek v;
  v.opdracht_id = o.id;
  v.aspecten = {Aspect::kGeld, Aspect::kScope};
  v.omschrijving = "Asbesttoezicht komt erbij; daarvoor is extra budget nodig.";
  v.basisversie = o.inhoudsversie;
  v.voorstel = o;
  v.voorstel.scope += "\nOok het asbesttoezicht.";
  v.voorstel.financien.push_back({2027, 50'000'00, "Asbest"});
  v.ingediend_kant = Kant::kOpdrachtnemer;
  return v;
}

Wijzigingsverzoek afgestemd(Wijzigingsverzoek v) {
  v.afstemming = {"Beleidsafdeling milieu", Datum::from_ymd(2027, 3, 2), "Akkoord",
                  "opdrachtgever"};
  return v;
}

// OPD-5: either side proposes a change of an accepted opdracht; nobody else.
TEST(WijzigingTest, BeideKantenDienenInNaAanvaarding) {
  auto o = aanvaard();
  auto v = verzoek_op(o);
  EXPECT_TRUE(controleer_indienen(o, v, Kant::kOpdrachtnemer).ok());
  EXPECT_TRUE(controleer_indienen(o, v, Kant::kOpdrachtgever).ok());
  EXPECT_EQ(controleer_indienen(o, v, Kant::kGeen).error().code, ErrorCode::kForbidden);
  o.status = Status::kInUitvoering;
  EXPECT_TRUE(controleer_indienen(o, v, Kant::kOpdrachtnemer).ok());
  for (auto s : {Status::kConcept, Status::kAangeboden, Status::kTeruggelegd, Status::kAfgerond,
                 Status::kGeevalueerd}) {
    o.status = s;
    auto r = controleer_indienen(o, v, Kant::kOpdrachtnemer);
    ASSERT_FALSE(r.ok()) << code(s);
    EXPECT_EQ(r.error().code, ErrorCode::kConflict);
    EXPECT_EQ(r.error().key, "fout.wijziging_niet_mogelijk");
  }
}

// OPD-5: a verzoek says what it touches and why, and changes something; all errors at once.
TEST(WijzigingTest, VerzoekZonderAspectOmschrijvingOfWijziging) {
  auto o = aanvaard();
  Wijzigingsverzoek v;
  v.voorstel = o;
  v.voorstel.scope = o.scope + "\n\n   ";  // only white space: no change
  auto r = controleer_indienen(o, v, Kant::kOpdrachtgever);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kInvalid);
  EXPECT_TRUE(heeft_fout(r.error(), "aspecten", "opd.aspect_verplicht"));
  EXPECT_TRUE(heeft_fout(r.error(), "omschrijving", "fout.verplicht"));
  EXPECT_TRUE(heeft_fout(r.error(), "voorstel", "opd.geen_wijziging"));
  EXPECT_EQ(r.error().fields.size(), 3u);
}

// OPD-5: only the opdrachtgever records the alignment with the beleidsafdeling: who, when and
// the outcome, all three.
TEST(WijzigingTest, AfstemmingMetBeleidsafdeling) {
  auto v = verzoek_op(aanvaard());
  Afstemming a{"Beleidsafdeling milieu", Datum::from_ymd(2027, 3, 2), "Akkoord", ""};
  EXPECT_TRUE(controleer_afstemming(v, a, Kant::kOpdrachtgever).ok());
  EXPECT_EQ(controleer_afstemming(v, a, Kant::kOpdrachtnemer).error().code, ErrorCode::kForbidden);
  auto leeg = controleer_afstemming(v, Afstemming{}, Kant::kOpdrachtgever);
  ASSERT_FALSE(leeg.ok());
  EXPECT_TRUE(heeft_fout(leeg.error(), "met", "fout.verplicht"));
  EXPECT_TRUE(heeft_fout(leeg.error(), "datum", "fout.verplicht"));
  EXPECT_TRUE(heeft_fout(leeg.error(), "uitkomst", "fout.verplicht"));
  v.status = VerzoekStatus::kAfgewezen;
  EXPECT_EQ(controleer_afstemming(v, a, Kant::kOpdrachtgever).error().key,
            "fout.verzoek_afgehandeld");
}

// OPD-5, OPD-1: a voorstel may not empty one of the eleven parts; every emptied part is named.
TEST(WijzigingTest, VoorstelDatEenOnderdeelLeegtWordtBijIndienenGeweigerd) {
  auto o = aanvaard();
  auto v = verzoek_op(o);
  v.voorstel.risicos.clear();
  v.voorstel.aanleiding = "  ";
  auto r = controleer_indienen(o, v, Kant::kOpdrachtnemer);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kInvalid);
  EXPECT_TRUE(heeft_fout(r.error(), "risicos", "opd.leeg"));
  EXPECT_TRUE(heeft_fout(r.error(), "aanleiding", "opd.leeg"));
  EXPECT_EQ(r.error().fields.size(), 2u);

  // The same through the reader of a new verzoek, with the other errors at once.
  Fields velden = {{"titel", o.titel},
                   {"aanleiding", o.aanleiding},
                   {"scope", "Alleen bodem."},
                   {"doel", o.doel},
                   {"activiteiten", ""},
                   {"resultaat", o.resultaat},
                   {"sturingsvorm", o.sturingsvorm},
                   {"monitoring", o.monitoring},
                   {"governance", ""},
                   {"aspecten", "scope"}};
  Lijsten lijsten = {
      {"planning", {{{"omschrijving", "Halfjaarrapportage"}, {"datum", "2027-07-15"}}}},
      {"bemensing", {{{"rol", "Toezichthouder"}, {"uren", "3.200"}}}},
      {"financien", {{{"jaar", "2027"}, {"bedrag", "123.456,78"}}}},
      {"stakeholders", {{{"naam", "Provincie Voorbeeldland"}, {"rol", "Bevoegd gezag"}}}}};
  auto gelezen = parse_wijzigingsverzoek(o, velden, lijsten);
  ASSERT_FALSE(gelezen.ok());
  EXPECT_TRUE(heeft_fout(gelezen.error(), "activiteiten", "opd.leeg"));
  EXPECT_TRUE(heeft_fout(gelezen.error(), "risicos", "opd.leeg"));
  EXPECT_TRUE(heeft_fout(gelezen.error(), "omschrijving", "fout.verplicht"));
}

// OPD-5, OPD-2: a voorstel for maatwerk keeps its extra hours and its extra funding.
TEST(WijzigingTest, MaatwerkVoorstelHoudtExtraUrenEnFinanciering) {
  auto o = aanvaard();
  o.soort = Soort::kMaatwerk;
  o.deelnemer_id = 3;
  o.extra_uren = 120;
  o.extra_financiering_cents = 9'600'00;
  auto v = verzoek_op(o);
  v.voorstel.extra_uren = 0;
  v.voorstel.extra_financiering_cents = 0;
  auto r = controleer_indienen(o, v, Kant::kOpdrachtgever);
  ASSERT_FALSE(r.ok());
  EXPECT_TRUE(heeft_fout(r.error(), "extraUren", "opd.maatwerk_zonder_uren"));
  EXPECT_TRUE(heeft_fout(r.error(), "extraFinanciering", "opd.maatwerk_zonder_financiering"));
  v.voorstel.extra_uren = 200;
  v.voorstel.extra_financiering_cents = 12'000'00;
  EXPECT_TRUE(controleer_indienen(o, v, Kant::kOpdrachtgever).ok());
}

// OPD-5: accepting checks the voorstel again, so one stored before this rule (or changed since)
// never lands as an incomplete opdracht; rejecting it stays possible.
TEST(WijzigingTest, AanvaardenControleertHetVoorstelOpnieuw) {
  auto o = aanvaard();
  o.soort = Soort::kMaatwerk;
  o.deelnemer_id = 3;
  o.extra_uren = 120;
  o.extra_financiering_cents = 9'600'00;
  auto v = afgestemd(verzoek_op(o));
  v.voorstel.stakeholders.clear();
  v.voorstel.governance.clear();
  v.voorstel.extra_uren = 0;
  auto r = besluiten(o, v, Besluit::kAanvaarden, {Kant::kOpdrachtgever}, "Akkoord");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code, ErrorCode::kInvalid);
  EXPECT_TRUE(heeft_fout(r.error(), "stakeholders", "opd.leeg"));
  EXPECT_TRUE(heeft_fout(r.error(), "extraUren", "opd.maatwerk_zonder_uren"));
  EXPECT_EQ(*besluiten(o, v, Besluit::kAfwijzen, {Kant::kOpdrachtgever}, "Onvolledig"),
            VerzoekStatus::kAfgewezen);
}

// OPD-5: the opdrachtgever assesses with a motivation; accepting needs the alignment first.
TEST(WijzigingTest, BesluitDoorOpdrachtgeverNaAfstemming) {
  auto o = aanvaard();
  auto v = verzoek_op(o);
  auto zonder = besluiten(o, v, Besluit::kAanvaarden, {Kant::kOpdrachtgever}, "");
  ASSERT_FALSE(zonder.ok());
  EXPECT_TRUE(heeft_fout(zonder.error(), "beoordeling", "fout.verplicht"));
  EXPECT_TRUE(heeft_fout(zonder.error(), "afstemming", "opd.afstemming_ontbreekt"));
  // Rejecting needs a motivation but no alignment.
  EXPECT_EQ(
      *besluiten(o, v, Besluit::kAfwijzen, {Kant::kOpdrachtgever}, "Past niet in de begroting"),
      VerzoekStatus::kAfgewezen);
  v = afgestemd(v);
  EXPECT_EQ(besluiten(o, v, Besluit::kAanvaarden, {Kant::kOpdrachtnemer}, "Akkoord").error().code,
            ErrorCode::kForbidden);
  EXPECT_EQ(*besluiten(o, v, Besluit::kAanvaarden, {Kant::kOpdrachtgever}, "Nodig en gedekt"),
            VerzoekStatus::kAanvaard);
  // Once decided, nothing more.
  v.status = VerzoekStatus::kAanvaard;
  for (auto b : {Besluit::kAanvaarden, Besluit::kAfwijzen, Besluit::kIntrekken}) {
    auto r = besluiten(
        o, v, b, {b == Besluit::kIntrekken ? Kant::kOpdrachtnemer : Kant::kOpdrachtgever}, "x");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().key, "fout.verzoek_afgehandeld") << code(b);
  }
  // Who may not decide hears that first, whatever the status.
  EXPECT_EQ(besluiten(o, v, Besluit::kAfwijzen, {Kant::kGeen}, "x").error().code,
            ErrorCode::kForbidden);
}

// OPD-5: only the side that proposed withdraws, and only while open.
TEST(WijzigingTest, IntrekkenDoorIndiener) {
  auto o = aanvaard();
  auto v = verzoek_op(o);
  EXPECT_EQ(besluiten(o, v, Besluit::kIntrekken, {Kant::kOpdrachtgever}, "").error().code,
            ErrorCode::kForbidden);
  EXPECT_EQ(besluiten(o, v, Besluit::kIntrekken, {Kant::kGeen}, "").error().code,
            ErrorCode::kForbidden);
  EXPECT_EQ(*besluiten(o, v, Besluit::kIntrekken, {Kant::kOpdrachtnemer}, ""),
            VerzoekStatus::kIngetrokken);
}

// OPD-5: a verzoek on an older version is not accepted over a newer one.
TEST(WijzigingTest, VerouderdVerzoekNietAanvaarden) {
  auto o = aanvaard();
  auto v = afgestemd(verzoek_op(o));
  o.inhoudsversie = 2;
  auto r = besluiten(o, v, Besluit::kAanvaarden, {Kant::kOpdrachtgever}, "Akkoord");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().key, "fout.verzoek_verouderd");
  o.inhoudsversie = 1;
  o.status = Status::kAfgerond;
  EXPECT_EQ(besluiten(o, v, Besluit::kAanvaarden, {Kant::kOpdrachtgever}, "Akkoord").error().key,
            "fout.wijziging_niet_mogelijk");
}

// GOV-12: the ambtelijk opdrachtgever accepts up to its mandate; beyond it (more money, or a
// change of scope without that mandate) it lays the verzoek before the bestuurlijk opdrachtgever,
// who then decides, and nobody else decides what waits there.
TEST(WijzigingTest, GOV12_BuitenHetMandaatBesluitDeVolgendeLaag) {
  auto o = aanvaard();
  auto v = afgestemd(verzoek_op(o));
  const std::int64_t meer = meerkosten_cents(o, v.voorstel);
  v.voorstel.financien.push_back({o.jaar, 1'500'000, "Extra toezicht"});
  ASSERT_EQ(meerkosten_cents(o, v.voorstel), meer + 1'500'000);
  const std::int64_t nodig = meerkosten_cents(o, v.voorstel);

  Beslisser krap{Kant::kOpdrachtgever, Laag::kAmbtelijk, nodig - 1, true};
  Beslisser ruim{Kant::kOpdrachtgever, Laag::kAmbtelijk, nodig, true};
  Beslisser bestuur{Kant::kOpdrachtgever, Laag::kBestuurlijk, std::nullopt, true};
  EXPECT_FALSE(binnen_mandaat(o, v, krap));
  EXPECT_TRUE(binnen_mandaat(o, v, ruim));

  auto te_veel = besluiten(o, v, Besluit::kAanvaarden, krap, "Akkoord");
  ASSERT_FALSE(te_veel.ok());
  EXPECT_EQ(te_veel.error().code, ErrorCode::kInvalid);
  EXPECT_EQ(te_veel.error().fields.at(0).key, "opd.buiten_mandaat");
  EXPECT_EQ(*besluiten(o, v, Besluit::kAanvaarden, ruim, "Akkoord"), VerzoekStatus::kAanvaard);
  // Rejecting costs nothing: within every mandate.
  EXPECT_EQ(*besluiten(o, v, Besluit::kAfwijzen, krap, "Te duur"), VerzoekStatus::kAfgewezen);

  // The bestuurlijk level has nothing to decide until it is laid before it.
  EXPECT_EQ(besluiten(o, v, Besluit::kAanvaarden, bestuur, "Akkoord").error().code,
            ErrorCode::kForbidden);
  ASSERT_EQ(*besluiten(o, v, Besluit::kVoorleggen, krap, "Boven mijn mandaat"),
            VerzoekStatus::kVoorgelegd);
  v.status = VerzoekStatus::kVoorgelegd;
  EXPECT_TRUE(is_open(v.status));
  EXPECT_EQ(besluiten(o, v, Besluit::kAanvaarden, ruim, "Akkoord").error().key,
            "fout.verzoek_voorgelegd");
  EXPECT_EQ(besluiten(o, v, Besluit::kVoorleggen, bestuur, "x").error().key,
            "fout.verzoek_voorgelegd");
  EXPECT_EQ(*besluiten(o, v, Besluit::kAanvaarden, bestuur, "Akkoord, gedekt in de begroting"),
            VerzoekStatus::kAanvaard);
  // The proposer may still withdraw what waits.
  EXPECT_EQ(*besluiten(o, v, Besluit::kIntrekken, {Kant::kOpdrachtnemer}, ""),
            VerzoekStatus::kIngetrokken);

  // A change of scope needs that mandate too; no amount recorded is no limit.
  v.status = VerzoekStatus::kIngediend;
  v.aspecten = {Aspect::kScope};
  Beslisser zonder_scope{Kant::kOpdrachtgever, Laag::kAmbtelijk, std::nullopt, false};
  EXPECT_FALSE(binnen_mandaat(o, v, zonder_scope));
  EXPECT_TRUE(binnen_mandaat(o, v, {Kant::kOpdrachtgever, Laag::kAmbtelijk, std::nullopt, true}));
}

// OPD-5: accepting applies what may change and raises the version; the rest stays the opdracht's.
TEST(WijzigingTest, PasToeMaaktVolgendeVersie) {
  auto o = aanvaard();
  auto v = verzoek_op(o);
  v.voorstel.jaar = 2031;  // may not change through a verzoek
  v.voorstel.opdrachtgever_id = 99;
  v.voorstel.status = Status::kConcept;
  auto nieuw = pas_toe(o, als_voorstel(o, v.voorstel));
  EXPECT_EQ(nieuw.inhoudsversie, 2);
  EXPECT_EQ(nieuw.jaar, 2027);
  EXPECT_EQ(nieuw.opdrachtgever_id, 2);
  EXPECT_EQ(nieuw.status, Status::kAanvaard);
  EXPECT_EQ(nieuw.versie, o.versie);
  EXPECT_EQ(nieuw.financien.size(), 2u);
  EXPECT_NE(nieuw.scope.find("asbest"), std::string::npos);
}

// OPD-5: two versions compare part by part, in the guide's order, with readable lines.
TEST(WijzigingTest, VergelijkPerOnderdeel) {
  auto o = aanvaard();
  auto v = verzoek_op(o);
  auto verschillen = vergelijk(o, v.voorstel);
  ASSERT_EQ(verschillen.size(), 3u + kAantalDelen);
  EXPECT_EQ(verschillen[0].onderdeel, "titel");
  EXPECT_EQ(verschillen[3].onderdeel, "aanleiding");
  EXPECT_EQ(verschillen.back().onderdeel, "risicos");
  std::vector<std::string> gewijzigd;
  for (const auto& d : verschillen) {
    if (d.gewijzigd) gewijzigd.push_back(d.onderdeel);
  }
  EXPECT_EQ(gewijzigd, (std::vector<std::string>{"scope", "financien"}));
  auto financien = std::find_if(verschillen.begin(), verschillen.end(),
                                [](const Verschil& d) { return d.onderdeel == "financien"; });
  ASSERT_EQ(financien->naar.size(), 2u);
  EXPECT_EQ(financien->van, (std::vector<std::string>{"2027: € 123.456,78 (Regionale bijdrage)"}));
  EXPECT_EQ(financien->naar[1], "2027: € 50.000,00 (Asbest)");
  auto planning = als_regels(o, Deel::kPlanning);
  EXPECT_EQ(planning, (std::vector<std::string>{"15-07-2027: Halfjaarrapportage"}));
}

TEST(WijzigingTest, CodesHeenEnTerug) {
  for (auto a : alle_aspecten()) EXPECT_EQ(aspect_from_code(code(a)), a);
  EXPECT_FALSE(aspect_from_code("budget"));
  for (auto s : {VerzoekStatus::kIngediend, VerzoekStatus::kAanvaard, VerzoekStatus::kAfgewezen,
                 VerzoekStatus::kIngetrokken}) {
    EXPECT_EQ(verzoekstatus_from_code(code(s)), s);
  }
  for (auto b : {Besluit::kAanvaarden, Besluit::kAfwijzen, Besluit::kIntrekken}) {
    EXPECT_EQ(besluit_from_code(code(b)), b);
  }
  for (auto k : {Kant::kOpdrachtgever, Kant::kOpdrachtnemer, Kant::kGeen}) {
    EXPECT_EQ(kant_from_code(code(k)), k);
  }
}

}  // namespace
}  // namespace regie::opdrachten

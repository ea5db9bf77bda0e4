// Metingen over the in-memory store with the demo regio (MON-4, MON-5): the demo's indicators of
// this year answer per doel; a new measurement changes the answer; process measures are recorded
// once per month and maat, and a deelnemer's are only for those who see its figures; a wrong
// measurement is removed and the right one recorded.
#include "service/meting_service.hpp"

#include "service_fixture.hpp"

namespace regie::service {
namespace {

using governance::RolSoort;

class MetingServiceTest : public ServiceTest {
 protected:
  MetingService service() { return MetingService(store_, audit_); }

  const DoelOverzicht* doel(const Indicatoren& i, std::int64_t nummer) {
    for (const auto& d : i.doelen) {
      if (d.doel.nummer == nummer) return &d;
    }
    return nullptr;
  }
};

// MON-4: the answer per doel follows the latest measurement; only those who keep the figures
// record one; a wrong indicator is named.
TEST_F(MetingServiceTest, MON4_HetAntwoordPerDoelVolgtDeMetingen) {
  auto og = als_account("opdrachtgever");
  auto voor = service().indicatoren(og, 2026);
  ASSERT_TRUE(voor.ok()) << voor.error().key;
  ASSERT_NE(doel(*voor, 2), nullptr);
  EXPECT_EQ(doel(*voor, 2)->antwoord, "Nee");  // 87,5 % against a nulwaarde of 88 %
  EXPECT_FALSE(voor->mag_vastleggen);
  const Fields meting = {{"jaar", "2026"},
                         {"doel", "2"},
                         {"indicator", "Besluiten binnen de wettelijke termijn"},
                         {"peildatum", "2026-11-30"},
                         {"waarde", "93"}};
  EXPECT_EQ(service().indicator_vastleggen(og, meting).error().code, ErrorCode::kForbidden);
  auto ingrid = als_account("ingrid.mulder");
  auto m = service().indicator_vastleggen(ingrid, meting);
  ASSERT_TRUE(m.ok()) << m.error().key;
  EXPECT_EQ(m->waarde, 93'00);
  EXPECT_EQ(laatste_audit().actie, "meting.indicator");
  auto na = service().indicatoren(og, 2026);
  EXPECT_EQ(doel(*na, 2)->antwoord, "Ja");
  EXPECT_EQ(doel(*na, 2)->indicatoren.at(0).stand.koers, monitoring::Koers::kOpWeg);
  EXPECT_EQ(service().indicator_vastleggen(ingrid, meting).error().code, ErrorCode::kConflict);
  Fields fout = meting;
  fout["indicator"] = "Tevredenheid";
  fout["peildatum"] = "2026-12-01";
  auto onbekend = service().indicator_vastleggen(ingrid, fout);
  ASSERT_FALSE(onbekend.ok());
  EXPECT_EQ(onbekend.error().fields.at(0).key, "fout.onbekende_indicator");
  Fields zonder = meting;
  zonder["jaar"] = "2031";
  EXPECT_EQ(service().indicator_vastleggen(ingrid, zonder).error().fields.at(0).key,
            "fout.geen_programma");
}

// MON-5: a process measure per month; a deelnemer's is seen by that deelnemer, not another.
TEST_F(MetingServiceTest, MON5_ProcesmetingenNaastDeAantallen) {
  auto directie = als(RolSoort::kDirectieOd, kOd);
  const std::string beekdal = std::to_string(organisatie_id(kBeekdal));
  auto m = service().proces_vastleggen(directie, {{"maat", "doorlooptijd"},
                                                  {"maand", "11-2026"},
                                                  {"deelnemerId", beekdal},
                                                  {"waarde", "46,5"}});
  ASSERT_TRUE(m.ok()) << m.error().key;
  EXPECT_EQ(m->maand, 202611);
  auto heeft = [&](const Context& ctx) {
    auto o = service().procesmetingen(ctx, 2026);
    EXPECT_TRUE(o.ok());
    for (const auto& p : o->metingen) {
      if (p.id == m->id) return true;
    }
    return false;
  };
  EXPECT_TRUE(heeft(als(RolSoort::kAmbtelijkOpdrachtgever, kBeekdal)));
  EXPECT_FALSE(heeft(als(RolSoort::kAmbtelijkOpdrachtgever, "Gemeente Dijkstede")));
  EXPECT_TRUE(heeft(als(RolSoort::kAccountmanager, "Gemeente Dijkstede")));
  auto dubbel = service().proces_vastleggen(
      directie,
      {{"maat", "doorlooptijd"}, {"maand", "2026-11"}, {"deelnemerId", beekdal}, {"waarde", "40"}});
  EXPECT_EQ(dubbel.error().code, ErrorCode::kConflict);
  EXPECT_EQ(service()
                .proces_vastleggen(als(RolSoort::kAmbtelijkOpdrachtgever, kBeekdal),
                                   {{"maat", "achterstand"}, {"maand", "2026-11"}, {"waarde", "1"}})
                .error()
                .code,
            ErrorCode::kForbidden);
}

// MON-4, MON-5: a wrong measurement is removed by whoever records, audited, and the answer of
// its doel follows the measurements left; then the right one is recorded in its place. Others
// may not; another regio's meting, and a deelnemer's for whoever does not see its figures, is
// not found.
TEST_F(MetingServiceTest, MON4_MON5_MetingVerwijderen) {
  auto ingrid = als_account("ingrid.mulder");
  auto og = als_account("opdrachtgever");
  Fields meting = {{"jaar", "2026"},
                   {"doel", "2"},
                   {"indicator", "Besluiten binnen de wettelijke termijn"},
                   {"peildatum", "2026-11-30"},
                   {"waarde", "39"}};  // meant: 93
  auto fout = service().indicator_vastleggen(ingrid, meting);
  ASSERT_TRUE(fout.ok()) << fout.error().key;
  EXPECT_EQ(doel(*service().indicatoren(og, 2026), 2)->indicatoren.at(0).stand.koers,
            monitoring::Koers::kNietOpWeg);
  EXPECT_EQ(service().indicatormeting(og, fout->id)->waarde, 39'00);
  EXPECT_EQ(service().indicator_verwijderen(og, fout->id).error().code, ErrorCode::kForbidden);
  auto vreemd = ingrid;
  vreemd.actor.regio_id = fout->regio_id + 1000;
  EXPECT_EQ(service().indicator_verwijderen(vreemd, fout->id).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(service().indicatormeting(vreemd, fout->id).error().code, ErrorCode::kNotFound);
  auto weg = service().indicator_verwijderen(ingrid, fout->id);
  ASSERT_TRUE(weg.ok()) << weg.error().key;
  EXPECT_EQ(weg->jaar, 2026);
  EXPECT_EQ(laatste_audit().actie, "meting.indicator_verwijderen");
  EXPECT_EQ(laatste_audit().object, "regio/" + std::to_string(fout->regio_id) +
                                        "/indicatormeting/" + std::to_string(fout->id));
  EXPECT_EQ(service().indicatormeting(og, fout->id).error().code, ErrorCode::kNotFound);
  EXPECT_EQ(doel(*service().indicatoren(og, 2026), 2)->antwoord, "Nee");  // the demo's 87,5 %
  meting["waarde"] = "93";
  ASSERT_TRUE(service().indicator_vastleggen(ingrid, meting).ok());
  EXPECT_EQ(doel(*service().indicatoren(og, 2026), 2)->antwoord, "Ja");

  auto directie = als(RolSoort::kDirectieOd, kOd);
  const std::string beekdal = std::to_string(organisatie_id(kBeekdal));
  auto p = service().proces_vastleggen(
      directie,
      {{"maat", "achterstand"}, {"maand", "11-2026"}, {"deelnemerId", beekdal}, {"waarde", "90"}});
  ASSERT_TRUE(p.ok()) << p.error().key;
  EXPECT_EQ(service()
                .procesmeting(als(RolSoort::kAmbtelijkOpdrachtgever, "Gemeente Dijkstede"), p->id)
                .error()
                .code,
            ErrorCode::kNotFound);
  EXPECT_EQ(service().procesmeting(als(RolSoort::kAmbtelijkOpdrachtgever, kBeekdal), p->id)->waarde,
            90'00);
  EXPECT_EQ(service()
                .proces_verwijderen(als(RolSoort::kAmbtelijkOpdrachtgever, kBeekdal), p->id)
                .error()
                .code,
            ErrorCode::kForbidden);
  auto pweg = service().proces_verwijderen(directie, p->id);
  ASSERT_TRUE(pweg.ok()) << pweg.error().key;
  EXPECT_EQ(pweg->maand, 202611);
  EXPECT_EQ(laatste_audit().actie, "meting.proces_verwijderen");
  EXPECT_EQ(service().proces_verwijderen(directie, p->id).error().code, ErrorCode::kNotFound);
  EXPECT_TRUE(service()
                  .proces_vastleggen(directie, {{"maat", "achterstand"},
                                                {"maand", "11-2026"},
                                                {"deelnemerId", beekdal},
                                                {"waarde", "9"}})
                  .ok());
}

}  // namespace
}  // namespace regie::service

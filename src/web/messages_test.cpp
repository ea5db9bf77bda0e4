#include "web/messages.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace regie::web {
namespace {

TEST(MessagesTest, GeenSleutelVeldOfOpmaakIsTweemaalGeregistreerd) {
  EXPECT_EQ(messages().duplicates(), std::vector<std::string>{});
}

TEST(MessagesTest, ElkeCapabilityLevertHaarTekstenEnVeldnamen) {
  EXPECT_EQ(tekst("fout.verouderd").rfind("Iemand anders heeft dit intussen gewijzigd.", 0), 0u);
  EXPECT_EQ(tekst("gov8.geen_projectgroep"), "Er is geen projectgroep beleidscyclus.");
  EXPECT_EQ(tekst("opd.leeg"), "dit onderdeel is nog leeg");
  EXPECT_EQ(tekst("fout.verzoek_afgehandeld"), "Over dit wijzigingsverzoek is al besloten.");
  EXPECT_EQ(tekst("fout.signaal_afgehandeld"), "Dit signaal is al afgehandeld.");
  EXPECT_EQ(tekst("fout.score_buiten_schaal"), "de score moet 1, 2, 3, 4 of 5 zijn");
  EXPECT_EQ(tekst("fout.periode_jaar"), "vul één jaar in, bijvoorbeeld 2027");
  EXPECT_EQ(tekst("audit.hash_klopt_niet"),
            "de hash van deze regel klopt niet (de regel is gewijzigd)");
  EXPECT_EQ(veldnaam("inwonertal"), "Inwonertal");
  EXPECT_EQ(veldnaam("mandaatScope"), "Reikwijdte van het mandaat");
  EXPECT_EQ(veldnaam("raaktStapId"), "Raakt stap");
  EXPECT_EQ(veldnaam("afstemming"), "Afstemming met de beleidsafdeling");
  EXPECT_EQ(veldnaam("maatregel"), "Voorgestelde maatregel");
  EXPECT_EQ(veldnaam("profiel"), "Profiel");
}

TEST(MessagesTest, OnbekendeSleutelOfVeldBlijftZichtbaarAlsZichzelf) {
  EXPECT_EQ(tekst("fout.bestaat_niet_als_sleutel"), "fout.bestaat_niet_als_sleutel");
  EXPECT_EQ(veldnaam("geenVeld"), "geenVeld");
}

TEST(MessagesTest, PlaatshoudersMetEigenOpmaakEnDatums) {
  // An unknown code stays as it is.
  EXPECT_EQ(tekst_met("gov5.pettenscheiding", {{"rollen", "ab_lid, db_lid, koning"}}),
            "Deze bestuurder combineert Lid Algemeen Bestuur en Lid Dagelijks Bestuur en koning: "
            "let bij de voorbereiding op pettenscheiding.");
  EXPECT_EQ(tekst_met("gov6.mandaat_onvolledig", {{"ontbreekt", "verleend_op, scope"}}),
            "Het mandaat voor collectief opdrachtgeverschap is niet volledig vastgelegd: wanneer, "
            "waarvoor.");
  EXPECT_EQ(tekst_met("gov8.regisseur_verlopen", {{"tot", "2026-12-31"}}),
            "De benoeming van de regisseur beleidscyclus liep af op 31-12-2026.");
}

}  // namespace
}  // namespace regie::web

#include "domain/opdrachten/beleidsdoel.hpp"

#include <gtest/gtest.h>

namespace regie::opdrachten {
namespace {

// OPD-7: an opdracht serves the risicoanalyse, the strategy or the programme; not a bijdrage.
TEST(BeleidsdoelTest, OPD7_AlleenBeleidsproductenKunnenWordenGediend) {
  using beleidscyclus::ProductSoort;
  EXPECT_TRUE(is_beleidsproduct(ProductSoort::kRisicoanalyse));
  EXPECT_TRUE(is_beleidsproduct(ProductSoort::kStrategie));
  EXPECT_TRUE(is_beleidsproduct(ProductSoort::kUitvoeringsprogramma));
  EXPECT_FALSE(is_beleidsproduct(ProductSoort::kJaarverslag));
  EXPECT_FALSE(is_beleidsproduct(ProductSoort::kBijdrage));
  EXPECT_FALSE(is_beleidsproduct(ProductSoort::kOverig));
}

// OPD-7: both fields are required, every error at once.
TEST(BeleidsdoelTest, OPD7_ProductEnBeleidskeuzesZijnVerplicht) {
  auto goed = parse_beleidsdoel({{"documentId", "12"}, {"beleidskeuzes", "Prioriteit asbest"}});
  ASSERT_TRUE(goed.ok());
  EXPECT_EQ(goed->document_id, 12);
  EXPECT_EQ(goed->beleidskeuzes, "Prioriteit asbest");
  auto leeg = parse_beleidsdoel({{"documentId", ""}, {"beleidskeuzes", "  "}});
  ASSERT_FALSE(leeg.ok());
  EXPECT_EQ(leeg.error().fields.size(), 2U);
}

// OPD-7: either side, until the opdracht is afgerond; nobody else.
TEST(BeleidsdoelTest, OPD7_EenKantNoemtDoelenTotDeOpdrachtIsAfgerond) {
  Opdracht o;
  for (auto status : {Status::kConcept, Status::kAangeboden, Status::kAanvaard,
                      Status::kTeruggelegd, Status::kInUitvoering}) {
    o.status = status;
    EXPECT_TRUE(mag_beleidsdoel_wijzigen(o, Kant::kOpdrachtgever).ok()) << code(status);
    EXPECT_TRUE(mag_beleidsdoel_wijzigen(o, Kant::kOpdrachtnemer).ok()) << code(status);
    EXPECT_EQ(mag_beleidsdoel_wijzigen(o, Kant::kGeen).error().code, ErrorCode::kForbidden);
  }
  for (auto status : {Status::kAfgerond, Status::kGeevalueerd}) {
    o.status = status;
    auto r = mag_beleidsdoel_wijzigen(o, Kant::kOpdrachtgever);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::kInvalid);
  }
}

}  // namespace
}  // namespace regie::opdrachten

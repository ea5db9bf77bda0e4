// MON-1: the stand of an upload's import as the upload page asks for it: per token and account,
// in whole per cent of the file read, kept for a quarter of an hour and for at most a thousand
// uploads at a time.
#include "web/importvoortgang.hpp"

#include <gtest/gtest.h>

namespace regie::web {
namespace {

const std::string kToken = "a1b2c3d4e5f60718293a4b5c6d7e8f90";

TEST(ImportvoortgangTest, MON1_DeStandPerTokenEnAccount) {
  Importvoortgang v;
  const auto nu = Importvoortgang::Tijd{};
  EXPECT_FALSE(v.lees(kToken, 7).has_value());
  v.begin(kToken, 7, 2000, nu);
  ASSERT_TRUE(v.lees(kToken, 7).has_value());
  EXPECT_EQ(v.lees(kToken, 7)->procent(), 0);
  v.zet(kToken, 7, 500, 5000);
  EXPECT_EQ(v.lees(kToken, 7)->regels, 5000);
  EXPECT_EQ(v.lees(kToken, 7)->procent(), 25);
  // Another account neither reads nor moves it.
  EXPECT_FALSE(v.lees(kToken, 8).has_value());
  v.zet(kToken, 8, 2000, 1);
  EXPECT_EQ(v.lees(kToken, 7)->regels, 5000);
  // All read is 99 % until the import is done: the rows are still being written.
  v.zet(kToken, 7, 2000, 20000);
  EXPECT_EQ(v.lees(kToken, 7)->procent(), 99);
  v.klaar(kToken, 7);
  EXPECT_TRUE(v.lees(kToken, 7)->klaar);
  EXPECT_EQ(v.lees(kToken, 7)->procent(), 100);
  // Gone a quarter of an hour after its start, when the next upload starts.
  v.begin("ander-token-0123456789", 7, 10,
          nu + Importvoortgang::kBewaren + std::chrono::seconds(1));
  EXPECT_FALSE(v.lees(kToken, 7).has_value());
  EXPECT_TRUE(v.lees("ander-token-0123456789", 7).has_value());
}

TEST(ImportvoortgangTest, MON1_HoogstensDuizendTegelijkDeOudsteGaat) {
  Importvoortgang v;
  const auto nu = Importvoortgang::Tijd{};
  for (std::size_t i = 0; i < Importvoortgang::kMaxImports + 1; ++i) {
    v.begin("token-" + std::to_string(1'000'000 + i) + "-xyz", 1, 1,
            nu + std::chrono::milliseconds(i));
  }
  EXPECT_FALSE(v.lees("token-1000000-xyz", 1).has_value());
  EXPECT_TRUE(v.lees("token-1000001-xyz", 1).has_value());
  EXPECT_TRUE(v.lees("token-1001000-xyz", 1).has_value());
}

TEST(ImportvoortgangTest, MON1_AlleenTokensZoalsDePaginaZeMaakt) {
  EXPECT_TRUE(Importvoortgang::geldig_token(kToken));
  EXPECT_TRUE(Importvoortgang::geldig_token("Ab-_0123456789xyz"));
  EXPECT_FALSE(Importvoortgang::geldig_token("kort"));
  EXPECT_FALSE(Importvoortgang::geldig_token(std::string(65, 'a')));
  EXPECT_FALSE(Importvoortgang::geldig_token("a1b2c3d4e5f6/../../etc"));
  EXPECT_FALSE(Importvoortgang::geldig_token("{token}0123456789abc"));
}

}  // namespace
}  // namespace regie::web

// Which answers the answer cache keeps (issue 16, MON-1): a 200 without Set-Cookie; not one that
// says Cache-Control: no-store, such as an import's progress, which moves without a commit.
#include "web/antwoordcache.hpp"

#include <gtest/gtest.h>

namespace regie::web {
namespace {

Response antwoord(int status, std::vector<std::pair<std::string, std::string>> koppen) {
  Response r;
  r.status = status;
  r.headers = std::move(koppen);
  r.body = "{}";
  return r;
}

TEST(AntwoordcacheTest, MON1_AlleenWatBewaardMagWorden) {
  Antwoordcache cache;
  cache.bewaar("stand-1", "gewoon", antwoord(200, {{"Content-Type", "text/html"}}));
  cache.bewaar(
      "stand-1", "voortgang",
      antwoord(200, {{"Content-Type", "application/json"}, {"Cache-Control", "no-store"}}));
  cache.bewaar("stand-1", "koekje", antwoord(200, {{"Set-Cookie", "a=b"}}));
  cache.bewaar("stand-1", "niet-gevonden", antwoord(404, {}));
  EXPECT_TRUE(cache.zoek("stand-1", "gewoon").has_value());
  EXPECT_FALSE(cache.zoek("stand-1", "voortgang").has_value());
  EXPECT_FALSE(cache.zoek("stand-1", "koekje").has_value());
  EXPECT_FALSE(cache.zoek("stand-1", "niet-gevonden").has_value());
  EXPECT_FALSE(cache.zoek("stand-2", "gewoon").has_value());
}

}  // namespace
}  // namespace regie::web

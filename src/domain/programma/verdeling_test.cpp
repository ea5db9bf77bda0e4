#include "domain/programma/verdeling.hpp"

#include <gtest/gtest.h>

#include <numeric>

namespace regie::programma {
namespace {

std::int64_t som(const std::vector<std::int64_t>& v) {
  return std::accumulate(v.begin(), v.end(), std::int64_t{0});
}

// UP-3: a regionaal product split by inwonertal over nine deelnemers adds up to the cent, and
// each share is within one cent of its exact part.
TEST(VerdelingTest, NegenDeelnemersNaarInwonertalTelOpTotHetTotaal) {
  const std::vector<std::int64_t> inwoners = {44'120, 27'850, 61'300, 18'945, 35'010,
                                              22'480, 51'775, 12'630, 30'090};
  for (std::int64_t bedrag : {12'345'67LL, 100LL, 1LL, 0LL, 987'654'321LL, 3'870'000'00LL}) {
    auto v = verdeel(bedrag, inwoners);
    ASSERT_TRUE(v.ok());
    EXPECT_EQ(som(v->aandelen_cents), bedrag) << bedrag;
    const double totaal = static_cast<double>(som(inwoners));
    std::int64_t rest = 0;
    for (std::size_t i = 0; i < inwoners.size(); ++i) {
      const double exact = static_cast<double>(bedrag) * static_cast<double>(inwoners[i]) / totaal;
      EXPECT_LE(std::abs(static_cast<double>(v->aandelen_cents[i]) - exact), 1.0);
      if (v->kreeg_restcent[i]) ++rest;
    }
    EXPECT_EQ(rest, v->restcenten);
    EXPECT_LT(v->restcenten, static_cast<std::int64_t>(inwoners.size()));
  }
}

// UP-3: equal remainders go to the larger weight, then to the earlier deelnemer in the list;
// the same input always gives the same split.
TEST(VerdelingTest, GelijkeRestenDrieweg) {
  // 100 cents over three equal weights: 33 each, one cent left; the first gets it.
  auto drie = verdeel(100, {1, 1, 1});
  ASSERT_TRUE(drie.ok());
  EXPECT_EQ(drie->aandelen_cents, (std::vector<std::int64_t>{34, 33, 33}));
  EXPECT_EQ(drie->restcenten, 1);
  // 200 cents: two cents left over three equal remainders: the first two.
  EXPECT_EQ(verdeel(200, {5, 5, 5})->aandelen_cents, (std::vector<std::int64_t>{67, 67, 66}));
  // Three equal weights tie among five; the larger weight 4 has the larger remainder first.
  // 10 × {4, 2, 2, 2, 1} / 11: exact 3.63, 1.81, 1.81, 1.81, 0.90 → 3, 1, 1, 1, 0 + 4 cents:
  // remainders 0.90 (1), 0.81 ×3 (2, 3, 4 in order), 0.63 (0).
  auto vijf = verdeel(10, {4, 2, 2, 2, 1});
  ASSERT_TRUE(vijf.ok());
  EXPECT_EQ(vijf->aandelen_cents, (std::vector<std::int64_t>{3, 2, 2, 2, 1}));
  EXPECT_EQ(vijf->restcenten, 4);
  // The same input always gives the same split.
  EXPECT_EQ(verdeel(100, {1, 1, 1})->aandelen_cents, drie->aandelen_cents);
}

TEST(VerdelingTest, NegatiefBedragEnFouten) {
  auto v = verdeel(-100, {1, 1, 1});
  ASSERT_TRUE(v.ok());
  EXPECT_EQ(v->aandelen_cents, (std::vector<std::int64_t>{-34, -33, -33}));
  EXPECT_EQ(verdeel(100, {}).error().fields.at(0).key, "fout.verdeelsleutel_leeg");
  EXPECT_EQ(verdeel(100, {0, 0}).error().fields.at(0).key, "fout.verdeelsleutel_leeg");
  EXPECT_EQ(verdeel(100, {3, -1}).error().fields.at(0).key, "fout.verdeelsleutel_negatief");
  // A weight of 0 gets nothing, not even a remainder cent.
  EXPECT_EQ(verdeel(5, {0, 1, 1})->aandelen_cents, (std::vector<std::int64_t>{0, 3, 2}));
  // Large amounts and keys do not overflow.
  auto groot = verdeel(9'000'000'000'000'000LL, {17'000'000, 3, 1});
  ASSERT_TRUE(groot.ok());
  EXPECT_EQ(som(groot->aandelen_cents), 9'000'000'000'000'000LL);
}

}  // namespace
}  // namespace regie::programma

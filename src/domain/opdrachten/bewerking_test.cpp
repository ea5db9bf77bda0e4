// OPD-3: an edit before acceptance names the parts it changed.
#include "domain/opdrachten/bewerking.hpp"

#include <gtest/gtest.h>

namespace regie::opdrachten {
namespace {

// OPD-3
TEST(BewerkingTest, NoemtDeGewijzigdeOnderdelenInDeVolgordeVanHetFormulier) {
  Opdracht van;
  van.titel = "Toezicht";
  van.jaar = 2027;
  van.bemensing = {{"Toezichthouder", 800, std::nullopt}};
  EXPECT_TRUE(gewijzigde_onderdelen(van, van).empty());

  Opdracht naar = van;
  naar.risicos = {{"Krapte", Niveau::kHoog, Niveau::kHoog, "Inhuur", "OD"}};
  naar.bemensing.push_back({"Jurist", 200, std::nullopt});
  naar.titel = "Toezicht 2027";
  naar.extra_uren = 40;
  EXPECT_EQ(gewijzigde_onderdelen(van, naar),
            (std::vector<std::string>{"titel", "extraUren", "bemensing", "risicos"}));
  for (const auto& c : gewijzigde_onderdelen(van, naar)) EXPECT_TRUE(is_onderdeel(c)) << c;
  EXPECT_EQ(onderdeel_label("bemensing"), "Bemensing, rolverdeling en sturingsvorm");
  EXPECT_EQ(onderdeel_label("titel"), "Titel");
  EXPECT_FALSE(is_onderdeel(""));
  EXPECT_FALSE(is_onderdeel("status"));
}

}  // namespace
}  // namespace regie::opdrachten

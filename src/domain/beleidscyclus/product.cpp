#include "domain/beleidscyclus/product.hpp"

#include <array>

namespace regie::beleidscyclus {
namespace {

struct SoortInfo {
  ProductSoort soort;
  std::string_view code;
  std::string_view label;
};
constexpr std::array<SoortInfo, 7> kSoorten{{
    {ProductSoort::kRisicoanalyse, "risicoanalyse", "Risicoanalyse"},
    {ProductSoort::kStrategie, "strategie", "Uitvoerings- en handhavingsstrategie"},
    {ProductSoort::kUitvoeringsprogramma, "uitvoeringsprogramma", "Uitvoeringsprogramma"},
    {ProductSoort::kJaarverslag, "jaarverslag", "Jaarverslag"},
    {ProductSoort::kEvaluatie, "evaluatie", "Evaluatie"},
    {ProductSoort::kBijdrage, "bijdrage", "Bijdrage van een opdrachtgever"},
    {ProductSoort::kOverig, "overig", "Ander document"},
}};

struct OrgaanInfo {
  Orgaan orgaan;
  std::string_view code;
  std::string_view label;
};
constexpr std::array<OrgaanInfo, 3> kOrganen{{
    {Orgaan::kAlgemeenBestuur, "algemeen_bestuur", "het algemeen bestuur"},
    {Orgaan::kDagelijksBestuur, "dagelijks_bestuur", "het dagelijks bestuur"},
    {Orgaan::kColleges, "colleges", "de colleges van de deelnemers"},
}};

}  // namespace

std::string_view code(ProductSoort soort) {
  for (const auto& i : kSoorten) {
    if (i.soort == soort) return i.code;
  }
  return "overig";
}
std::string_view label(ProductSoort soort) {
  for (const auto& i : kSoorten) {
    if (i.soort == soort) return i.label;
  }
  return "Ander document";
}
std::optional<ProductSoort> product_soort_from_code(std::string_view c) {
  for (const auto& i : kSoorten) {
    if (i.code == c) return i.soort;
  }
  return std::nullopt;
}
const std::vector<ProductSoort>& alle_productsoorten() {
  static const std::vector<ProductSoort> kAlle = [] {
    std::vector<ProductSoort> out;
    out.reserve(kSoorten.size());
    for (const auto& i : kSoorten) out.push_back(i.soort);
    return out;
  }();
  return kAlle;
}

std::string_view code(Orgaan orgaan) {
  for (const auto& i : kOrganen) {
    if (i.orgaan == orgaan) return i.code;
  }
  return "algemeen_bestuur";
}
std::string_view label(Orgaan orgaan) {
  for (const auto& i : kOrganen) {
    if (i.orgaan == orgaan) return i.label;
  }
  return "het algemeen bestuur";
}
std::optional<Orgaan> orgaan_from_code(std::string_view c) {
  for (const auto& i : kOrganen) {
    if (i.code == c) return i.orgaan;
  }
  return std::nullopt;
}
const std::vector<Orgaan>& alle_organen() {
  static const std::vector<Orgaan> kAlle = {Orgaan::kAlgemeenBestuur, Orgaan::kDagelijksBestuur,
                                            Orgaan::kColleges};
  return kAlle;
}

}  // namespace regie::beleidscyclus

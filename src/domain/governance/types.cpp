#include "domain/governance/types.hpp"

#include <array>
#include <utility>

namespace regie::governance {
namespace {

struct OrgSoortInfo {
  OrganisatieSoort soort;
  std::string_view code;
  std::string_view label;
};
constexpr std::array<OrgSoortInfo, 4> kOrgSoorten{{
    {OrganisatieSoort::kGemeente, "gemeente", "Gemeente"},
    {OrganisatieSoort::kProvincie, "provincie", "Provincie"},
    {OrganisatieSoort::kOmgevingsdienst, "omgevingsdienst", "Omgevingsdienst"},
    {OrganisatieSoort::kOverig, "overig", "Overige partner"},
}};

struct RolSoortInfo {
  RolSoort soort;
  std::string_view code;
  std::string_view label;
};
constexpr std::array<RolSoortInfo, 11> kRolSoorten{{
    {RolSoort::kBestuurlijkOpdrachtgever, "bestuurlijk_opdrachtgever", "Bestuurlijk opdrachtgever"},
    {RolSoort::kAmbtelijkOpdrachtgever, "ambtelijk_opdrachtgever", "Ambtelijk opdrachtgever"},
    {RolSoort::kAccountmanager, "accountmanager", "Accountmanager (OD)"},
    {RolSoort::kBeleidsadviseur, "beleidsadviseur", "Beleidsmedewerker/-adviseur"},
    {RolSoort::kPortefeuillehouderMilieu, "portefeuillehouder_milieu", "Portefeuillehouder milieu"},
    {RolSoort::kRegisseurBeleidscyclus, "regisseur_beleidscyclus", "Regisseur beleidscyclus"},
    {RolSoort::kAbLid, "ab_lid", "Lid Algemeen Bestuur"},
    {RolSoort::kDbLid, "db_lid", "Lid Dagelijks Bestuur"},
    {RolSoort::kDirectieOd, "directie_od", "Directie OD"},
    {RolSoort::kCoordinator, "coordinator", "Coördinator"},
    {RolSoort::kMedewerker, "medewerker", "Medewerker"},
}};

}  // namespace

std::string_view code(OrganisatieSoort soort) {
  for (const auto& info : kOrgSoorten) {
    if (info.soort == soort) return info.code;
  }
  return "overig";
}
std::string_view label(OrganisatieSoort soort) {
  for (const auto& info : kOrgSoorten) {
    if (info.soort == soort) return info.label;
  }
  return "Overige partner";
}
std::optional<OrganisatieSoort> organisatie_soort_from_code(std::string_view c) {
  for (const auto& info : kOrgSoorten) {
    if (info.code == c) return info.soort;
  }
  return std::nullopt;
}
const std::vector<OrganisatieSoort>& alle_organisatie_soorten() {
  static const std::vector<OrganisatieSoort> kAll = [] {
    std::vector<OrganisatieSoort> v;
    v.reserve(kOrgSoorten.size());
    for (const auto& info : kOrgSoorten) v.push_back(info.soort);
    return v;
  }();
  return kAll;
}

std::string_view code(Relatie relatie) {
  return relatie == Relatie::kDeelnemer ? "deelnemer" : "niet_deelnemer";
}
std::string_view label(Relatie relatie) {
  return relatie == Relatie::kDeelnemer ? "Deelnemer" : "Niet-deelnemer";
}
std::optional<Relatie> relatie_from_code(std::string_view c) {
  if (c == "deelnemer") return Relatie::kDeelnemer;
  if (c == "niet_deelnemer") return Relatie::kNietDeelnemer;
  return std::nullopt;
}

std::string_view code(RolSoort soort) {
  for (const auto& info : kRolSoorten) {
    if (info.soort == soort) return info.code;
  }
  return "medewerker";
}
std::string_view label(RolSoort soort) {
  for (const auto& info : kRolSoorten) {
    if (info.soort == soort) return info.label;
  }
  return "Medewerker";
}
std::optional<RolSoort> rol_soort_from_code(std::string_view c) {
  for (const auto& info : kRolSoorten) {
    if (info.code == c) return info.soort;
  }
  return std::nullopt;
}
const std::vector<RolSoort>& alle_rol_soorten() {
  static const std::vector<RolSoort> kAll = [] {
    std::vector<RolSoort> v;
    v.reserve(kRolSoorten.size());
    for (const auto& info : kRolSoorten) v.push_back(info.soort);
    return v;
  }();
  return kAll;
}

bool is_bestuurslidmaatschap(RolSoort soort) {
  return soort == RolSoort::kAbLid || soort == RolSoort::kDbLid;
}

std::string_view code(Omvang omvang) {
  return omvang == Omvang::kCollectief ? "collectief" : "volledig";
}

std::string_view label(Omvang omvang) {
  return omvang == Omvang::kCollectief ? "Alleen de collectieve opdracht"
                                       : "Volledig (ook eigen aanspreekpunt en uren)";
}

std::optional<Omvang> omvang_from_code(std::string_view c) {
  for (auto r : {Omvang::kVolledig, Omvang::kCollectief}) {
    if (code(r) == c) return r;
  }
  return std::nullopt;
}

bool heeft_beslismandaat(RolSoort soort) {
  return soort == RolSoort::kAmbtelijkOpdrachtgever || soort == RolSoort::kAccountmanager;
}

}  // namespace regie::governance

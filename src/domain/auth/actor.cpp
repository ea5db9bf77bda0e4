#include "domain/auth/actor.hpp"

#include <algorithm>
#include <array>

namespace regie::auth {
namespace {

struct Info {
  Gebruikersrol rol;
  std::string_view code;
  std::string_view label;
};
constexpr std::array<Info, 6> kRollen{{
    {Gebruikersrol::kBeheerder, "beheerder", "Beheerder"},
    {Gebruikersrol::kAccountmanager, "accountmanager", "Accountmanager"},
    {Gebruikersrol::kDirectie, "directie", "Directie OD"},
    {Gebruikersrol::kMedewerker, "medewerker", "Medewerker OD"},
    {Gebruikersrol::kOpdrachtgever, "opdrachtgever", "Opdrachtgever"},
    {Gebruikersrol::kBestuurder, "bestuurder", "Bestuurder"},
}};

}  // namespace

std::string_view code(Gebruikersrol rol) {
  for (const auto& info : kRollen) {
    if (info.rol == rol) return info.code;
  }
  return "bestuurder";
}
std::string_view label(Gebruikersrol rol) {
  for (const auto& info : kRollen) {
    if (info.rol == rol) return info.label;
  }
  return "Bestuurder";
}
std::optional<Gebruikersrol> gebruikersrol_from_code(std::string_view c) {
  for (const auto& info : kRollen) {
    if (info.code == c) return info.rol;
  }
  return std::nullopt;
}
const std::vector<Gebruikersrol>& alle_gebruikersrollen() {
  static const std::vector<Gebruikersrol> kAll = [] {
    std::vector<Gebruikersrol> v;
    v.reserve(kRollen.size());
    for (const auto& info : kRollen) v.push_back(info.rol);
    return v;
  }();
  return kAll;
}

bool is_od_rol(Gebruikersrol rol) {
  return rol == Gebruikersrol::kAccountmanager || rol == Gebruikersrol::kDirectie ||
         rol == Gebruikersrol::kMedewerker;
}

std::optional<std::vector<Id>> zichtbare_organisaties(const Actor& actor,
                                                      const std::vector<Id>& od_organisaties) {
  if (actor.rol == Gebruikersrol::kBeheerder || is_od_rol(actor.rol)) return std::nullopt;
  std::vector<Id> ids = od_organisaties;
  if (std::find(ids.begin(), ids.end(), actor.organisatie_id) == ids.end()) {
    ids.push_back(actor.organisatie_id);
  }
  return ids;
}

bool mag_regio_wijzigen(const Actor& actor) { return actor.rol == Gebruikersrol::kBeheerder; }

bool mag_organisatie_wijzigen(const Actor& actor) { return actor.rol == Gebruikersrol::kBeheerder; }

bool mag_persoon_wijzigen(const Actor& actor, Id werkgever_id) {
  switch (actor.rol) {
    case Gebruikersrol::kBeheerder:
    case Gebruikersrol::kAccountmanager:
    case Gebruikersrol::kDirectie:
      return true;
    case Gebruikersrol::kOpdrachtgever:
      return werkgever_id == actor.organisatie_id;
    case Gebruikersrol::kMedewerker:
    case Gebruikersrol::kBestuurder:
      return false;
  }
  return false;
}

bool mag_rollen_vastleggen(const Actor& actor) {
  return actor.rol != Gebruikersrol::kMedewerker && actor.rol != Gebruikersrol::kBestuurder;
}

bool mag_rol_wijzigen(const Actor& actor, Id organisatie_id, Id werkgever_id,
                      governance::RolSoort soort) {
  using governance::RolSoort;
  switch (actor.rol) {
    case Gebruikersrol::kBeheerder:
    case Gebruikersrol::kAccountmanager:
    case Gebruikersrol::kDirectie:
      return true;
    case Gebruikersrol::kOpdrachtgever:
      // An opdrachtgever records its own side; the OD appoints its accountmanagers.
      return organisatie_id == actor.organisatie_id && werkgever_id == actor.organisatie_id &&
             soort != RolSoort::kAccountmanager && soort != RolSoort::kDirectieOd;
    case Gebruikersrol::kMedewerker:
    case Gebruikersrol::kBestuurder:
      return false;
  }
  return false;
}

bool mag_vertegenwoordigingen_vastleggen(const Actor& actor) {
  return actor.rol == Gebruikersrol::kBeheerder || actor.rol == Gebruikersrol::kOpdrachtgever;
}

bool mag_vertegenwoordiging_wijzigen(const Actor& actor, Id vertegenwoordigde_id) {
  if (actor.rol == Gebruikersrol::kBeheerder) return true;
  return actor.rol == Gebruikersrol::kOpdrachtgever && actor.organisatie_id == vertegenwoordigde_id;
}

bool mag_projectgroep_wijzigen(const Actor& actor) {
  return actor.rol == Gebruikersrol::kBeheerder;
}

bool mag_projectgroeplid_wijzigen(const Actor& actor, Id organisatie_id) {
  if (actor.rol == Gebruikersrol::kBeheerder) return true;
  return actor.rol == Gebruikersrol::kOpdrachtgever && actor.organisatie_id == organisatie_id;
}

}  // namespace regie::auth

#include "domain/auth/actor.hpp"

#include <algorithm>

#include "core/text.hpp"

namespace regie::auth {
namespace {

using governance::RolSoort;

bool is_od_soort(RolSoort soort) {
  return soort == RolSoort::kAccountmanager || soort == RolSoort::kDirectieOd ||
         soort == RolSoort::kCoordinator || soort == RolSoort::kMedewerker;
}

// The rollen a gemeente (or provincie) appoints itself; the OD's are is_od_soort; the DB-lid
// (chosen by the AB) and the regisseur beleidscyclus are recorded by the beheerder.
bool is_eigen_benoeming(RolSoort soort) {
  return soort == RolSoort::kBestuurlijkOpdrachtgever ||
         soort == RolSoort::kAmbtelijkOpdrachtgever || soort == RolSoort::kBeleidsadviseur ||
         soort == RolSoort::kPortefeuillehouderMilieu || soort == RolSoort::kAbLid;
}

}  // namespace

Actor systeem_actor(Id regio_id) {
  Actor actor;
  actor.naam = "systeem";
  actor.beheerder = true;
  actor.regio_id = regio_id;
  return actor;
}

bool draagt(const Actor& actor, RolSoort soort) {
  return std::any_of(actor.hoedanigheden.begin(), actor.hoedanigheden.end(),
                     [&](const Hoedanigheid& h) { return h.soort == soort; });
}

bool draagt(const Actor& actor, RolSoort soort, Id organisatie_id) {
  return hoed(actor, soort, organisatie_id) != nullptr;
}

const Hoedanigheid* hoed(const Actor& actor, RolSoort soort, Id organisatie_id) {
  for (const auto& h : actor.hoedanigheden) {
    if (h.soort == soort && h.organisatie_id == organisatie_id) return &h;
  }
  return nullptr;
}

const Hoedanigheid* eerste_hoed(const Actor& actor, std::initializer_list<RolSoort> soorten) {
  for (RolSoort soort : soorten) {
    for (const auto& h : actor.hoedanigheden) {
      if (h.soort == soort) return &h;
    }
  }
  return nullptr;
}

std::vector<Id> organisaties_als(const Actor& actor, RolSoort soort) {
  std::vector<Id> out;
  for (const auto& h : actor.hoedanigheden) {
    if (h.soort == soort && std::find(out.begin(), out.end(), h.organisatie_id) == out.end()) {
      out.push_back(h.organisatie_id);
    }
  }
  return out;
}

bool hoort_bij(const Actor& actor, Id organisatie_id) {
  return actor.organisatie_id == organisatie_id ||
         std::any_of(actor.hoedanigheden.begin(), actor.hoedanigheden.end(),
                     [&](const Hoedanigheid& h) { return h.organisatie_id == organisatie_id; });
}

std::string weergavenaam(const Actor& actor) {
  return actor.persoon_naam.empty() ? actor.naam : actor.persoon_naam;
}

bool leest_hele_regio(const Actor& actor) {
  return actor.beheerder ||
         std::any_of(actor.hoedanigheden.begin(), actor.hoedanigheden.end(),
                     [](const Hoedanigheid& h) { return is_regiobrede_hoed(h.soort); });
}

bool draagt_od_hoed(const Actor& actor) {
  return std::any_of(actor.hoedanigheden.begin(), actor.hoedanigheden.end(),
                     [](const Hoedanigheid& h) { return is_od_soort(h.soort); });
}

bool is_opdrachtgeverkant(const Actor& actor) {
  return draagt(actor, RolSoort::kAmbtelijkOpdrachtgever);
}

std::string hoeden_tekst(const Actor& actor) {
  if (actor.beheerder) return "beheerder";
  if (actor.hoedanigheden.empty()) return "geen rol op deze dag";
  // One phrase per soort, its organisaties together: "accountmanager voor Gemeente Beekdal en
  // Gemeente Dijkstede".
  std::vector<Hoedanigheid> per_soort;
  std::vector<std::vector<std::string>> namen;
  for (const auto& h : actor.hoedanigheden) {
    auto it = std::find_if(per_soort.begin(), per_soort.end(),
                           [&](const Hoedanigheid& p) { return p.soort == h.soort; });
    if (it == per_soort.end()) {
      per_soort.push_back(h);
      namen.push_back({h.organisatie_naam});
    } else {
      namen[static_cast<std::size_t>(it - per_soort.begin())].push_back(h.organisatie_naam);
    }
  }
  // In the order of the soorten, the organisaties by name: the same line on every request.
  std::vector<std::size_t> volgorde(per_soort.size());
  for (std::size_t i = 0; i < volgorde.size(); ++i) volgorde[i] = i;
  std::sort(volgorde.begin(), volgorde.end(), [&](std::size_t a, std::size_t b) {
    return static_cast<int>(per_soort[a].soort) < static_cast<int>(per_soort[b].soort);
  });
  std::string out;
  for (std::size_t i : volgorde) {
    std::sort(namen[i].begin(), namen[i].end());
    Hoedanigheid samen = per_soort[i];
    samen.organisatie_naam = opsomming(namen[i]);
    if (!out.empty()) out += "; ";
    out += tekst(samen);
  }
  return out;
}

std::string wie(const Actor& actor, const Hoedanigheid* hoed) {
  if (actor.beheerder || !actor.persoon_id) return actor.naam;
  if (hoed != nullptr) return actor.persoon_naam + ", " + tekst(*hoed);
  if (actor.hoedanigheden.empty()) return actor.persoon_naam;
  return actor.persoon_naam + ", " + hoeden_tekst(actor);
}

std::string audit_naam(const Actor& actor) {
  if (actor.beheerder || !actor.persoon_id) return actor.naam;
  return actor.naam + " (" + wie(actor) + ")";
}

std::optional<std::vector<Id>> zichtbare_organisaties(const Actor& actor,
                                                      const std::vector<Id>& od_organisaties) {
  if (leest_hele_regio(actor)) return std::nullopt;
  std::vector<Id> ids = od_organisaties;
  auto voeg_toe = [&](Id id) {
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  };
  voeg_toe(actor.organisatie_id);
  for (const auto& h : actor.hoedanigheden) voeg_toe(h.organisatie_id);
  return ids;
}

bool mag_regio_wijzigen(const Actor& actor) { return actor.beheerder; }

bool mag_organisatie_wijzigen(const Actor& actor) { return actor.beheerder; }

bool mag_persoon_wijzigen(const Actor& actor, Id werkgever_id) {
  // A gemeente records its own people, the OD its own (GOV-10); the beheerder everyone.
  return actor.beheerder || draagt(actor, RolSoort::kAmbtelijkOpdrachtgever, werkgever_id) ||
         draagt(actor, RolSoort::kDirectieOd, werkgever_id);
}

bool mag_rollen_vastleggen(const Actor& actor) {
  return actor.beheerder || draagt(actor, RolSoort::kAmbtelijkOpdrachtgever) ||
         draagt(actor, RolSoort::kDirectieOd);
}

bool mag_rol_wijzigen(const Actor& actor, Id organisatie_id, Id werkgever_id, RolSoort soort) {
  if (actor.beheerder) return true;
  if (is_eigen_benoeming(soort)) {
    // The gemeente appoints its own opdrachtgevers and advisers, from its own people; never
    // the OD.
    return organisatie_id == werkgever_id &&
           draagt(actor, RolSoort::kAmbtelijkOpdrachtgever, organisatie_id);
  }
  if (is_od_soort(soort)) {
    // The OD's directie appoints its own people: accountmanagers (for the deelnemer served),
    // directie, coördinatoren and medewerkers.
    return draagt(actor, RolSoort::kDirectieOd, werkgever_id);
  }
  return false;
}

bool mag_vertegenwoordigingen_vastleggen(const Actor& actor) {
  return actor.beheerder || draagt(actor, RolSoort::kAmbtelijkOpdrachtgever);
}

bool mag_vertegenwoordiging_wijzigen(const Actor& actor, Id vertegenwoordigde_id) {
  return actor.beheerder || draagt(actor, RolSoort::kAmbtelijkOpdrachtgever, vertegenwoordigde_id);
}

bool mag_projectgroep_wijzigen(const Actor& actor) { return actor.beheerder; }

bool mag_projectgroeplid_wijzigen(const Actor& actor, Id organisatie_id) {
  return actor.beheerder || draagt(actor, RolSoort::kRegisseurBeleidscyclus) ||
         draagt(actor, RolSoort::kAmbtelijkOpdrachtgever, organisatie_id);
}

}  // namespace regie::auth

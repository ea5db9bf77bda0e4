#include "domain/governance/rolvastheid.hpp"

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <string>
#include <utility>

#include "domain/governance/rol.hpp"

namespace regie::governance {
namespace {

void voeg_toe_uniek(std::vector<Id>& ids, Id id) {
  if (std::find(ids.begin(), ids.end(), id) == ids.end()) {
    ids.push_back(id);
  }
}

Bevinding maak(std::string_view requirement, Ernst ernst, Pet pet, std::string_view key,
               Datum peildatum) {
  Bevinding b;
  b.requirement = std::string(requirement);
  b.ernst = ernst;
  b.pet = pet;
  b.uitleg_key = std::string(key);
  b.remedie_key = std::string(key) + ".remedie";
  b.waarden["peildatum"] = peildatum.iso();
  return b;
}

std::vector<const Rol*> rollen_op(const Register& reg, Id organisatie_id, RolSoort soort,
                                  Datum peildatum) {
  std::vector<const Rol*> out;
  for (const auto& rol : reg.rollen) {
    if (rol.organisatie_id == organisatie_id && rol.soort == soort &&
        rol.periode.bevat(peildatum)) {
      out.push_back(&rol);
    }
  }
  return out;
}

bool heeft_relatie_op(const Register& reg, Id organisatie_id, Relatie relatie, Datum peildatum) {
  return std::any_of(reg.deelnemerschappen.begin(), reg.deelnemerschappen.end(),
                     [&](const Deelnemerschap& d) {
                       return d.organisatie_id == organisatie_id && d.relatie == relatie &&
                              d.periode.bevat(peildatum);
                     });
}

}  // namespace

std::vector<Id> deelnemers_op(const Register& reg, Datum peildatum) {
  std::vector<Id> out;
  for (const auto& o : reg.organisaties) {
    if (heeft_relatie_op(reg, o.id, Relatie::kDeelnemer, peildatum)) out.push_back(o.id);
  }
  return out;
}

namespace {

bool is_opdrachtgever_op(const Register& reg, Id organisatie_id, Datum peildatum) {
  return heeft_relatie_op(reg, organisatie_id, Relatie::kDeelnemer, peildatum) ||
         heeft_relatie_op(reg, organisatie_id, Relatie::kNietDeelnemer, peildatum);
}

// GOV-4: one check for one side (ambtelijk opdrachtgever or accountmanager).
void controleer_een_aanspreekpunt(Id organisatie_id, const std::vector<const Rol*>& rollen,
                                  std::int64_t vervangers, RolSoort soort, Pet pet, Datum peildatum,
                                  std::vector<Bevinding>& out) {
  const bool is_ao = soort == RolSoort::kAmbtelijkOpdrachtgever;
  // A representation stands in only where the deelnemer has no ambtelijk opdrachtgever of
  // its own; an own one next to it is the usual combination for GOV-6, not a second contact.
  const std::int64_t aantal =
      rollen.empty() ? vervangers : static_cast<std::int64_t>(rollen.size());
  if (aantal == 1) {
    return;
  }
  std::string_view key;
  if (aantal == 0) {
    key = is_ao ? "gov4.geen_ambtelijk_opdrachtgever" : "gov4.geen_accountmanager";
  } else {
    key = is_ao ? "gov4.meerdere_ambtelijk_opdrachtgevers" : "gov4.meerdere_accountmanagers";
  }
  Bevinding b = maak("GOV-4", Ernst::kFout, pet, key, peildatum);
  b.organisaties.push_back(organisatie_id);
  for (const Rol* rol : rollen) {
    voeg_toe_uniek(b.personen, rol->persoon_id);
  }
  b.waarden["aantal"] = std::to_string(aantal);
  out.push_back(std::move(b));
}

std::string ontbrekende_delen(const Mandaat& mandaat) {
  std::string out;
  auto voeg = [&out](std::string_view deel) {
    if (!out.empty()) {
      out += ", ";
    }
    out += deel;
  };
  if (!mandaat.verleend_door) voeg("verleend_door");
  if (!mandaat.verleend_op) voeg("verleend_op");
  if (mandaat.scope.empty()) voeg("scope");
  if (!mandaat.periode) voeg("periode");
  return out;
}

}  // namespace

std::string_view code(Ernst ernst) {
  switch (ernst) {
    case Ernst::kFout:
      return "fout";
    case Ernst::kWaarschuwing:
      return "waarschuwing";
    case Ernst::kMelding:
      return "melding";
  }
  return "fout";
}

std::string_view label(Ernst ernst) {
  switch (ernst) {
    case Ernst::kFout:
      return "Fout";
    case Ernst::kWaarschuwing:
      return "Waarschuwing";
    case Ernst::kMelding:
      return "Melding";
  }
  return "Fout";
}

std::string_view code(Pet pet) {
  switch (pet) {
    case Pet::kEigenaar:
      return "eigenaar";
    case Pet::kOpdrachtgever:
      return "opdrachtgever";
    case Pet::kOpdrachtnemer:
      return "opdrachtnemer";
  }
  return "opdrachtgever";
}

std::string_view label(Pet pet) {
  switch (pet) {
    case Pet::kEigenaar:
      return "Eigenaar";
    case Pet::kOpdrachtgever:
      return "Opdrachtgever";
    case Pet::kOpdrachtnemer:
      return "Opdrachtnemer";
  }
  return "Opdrachtgever";
}

bool is_compleet(const Mandaat& mandaat) { return ontbrekende_delen(mandaat).empty(); }

bool is_mandaatgever(const Register& reg, Id persoon_id, Id vertegenwoordigde_id,
                     std::optional<Datum> verleend_op) {
  return std::any_of(reg.rollen.begin(), reg.rollen.end(), [&](const Rol& rol) {
    return rol.persoon_id == persoon_id && rol.organisatie_id == vertegenwoordigde_id &&
           rol.soort == RolSoort::kBestuurlijkOpdrachtgever &&
           (!verleend_op || rol.periode.bevat(*verleend_op));
  });
}

bool is_geldig_op(const Mandaat& mandaat, Datum peildatum) {
  return is_compleet(mandaat) && mandaat.periode->bevat(peildatum);
}

std::vector<Id> opdrachtgevers_op(const Register& reg, Datum peildatum) {
  std::vector<Id> out;
  for (const auto& org : reg.organisaties) {
    if (is_opdrachtgever_op(reg, org.id, peildatum)) {
      out.push_back(org.id);
    }
  }
  return out;
}

std::vector<Bevinding> controleer_bestuur(const Register& reg, Datum peildatum) {
  std::vector<Bevinding> out;
  for (const auto& org : reg.organisaties) {
    if (!heeft_relatie_op(reg, org.id, Relatie::kDeelnemer, peildatum)) continue;
    if (!rollen_op(reg, org.id, RolSoort::kAbLid, peildatum).empty()) continue;
    Bevinding b =
        maak("GOV-2", Ernst::kFout, Pet::kEigenaar, "gov2.deelnemer_zonder_ab_lid", peildatum);
    b.organisaties.push_back(org.id);
    out.push_back(std::move(b));
  }
  for (const auto& rol : reg.rollen) {
    if (rol.soort != RolSoort::kDbLid || !rol.periode.bevat(peildatum)) continue;
    const auto ab = rollen_op(reg, rol.organisatie_id, RolSoort::kAbLid, peildatum);
    const bool in_ab = std::any_of(ab.begin(), ab.end(),
                                   [&](const Rol* r) { return r->persoon_id == rol.persoon_id; });
    if (in_ab) continue;
    Bevinding b = maak("GOV-2", Ernst::kFout, Pet::kEigenaar, "gov2.db_lid_niet_in_ab", peildatum);
    b.organisaties.push_back(rol.organisatie_id);
    b.personen.push_back(rol.persoon_id);
    out.push_back(std::move(b));
  }
  return out;
}

std::vector<Bevinding> controleer_aanspreekpunten(const Register& reg, Datum peildatum) {
  std::vector<Bevinding> out;
  for (Id org : opdrachtgevers_op(reg, peildatum)) {
    const auto vervangers =
        std::count_if(reg.vertegenwoordigingen.begin(), reg.vertegenwoordigingen.end(),
                      [&](const Vertegenwoordiging& v) {
                        return v.vertegenwoordigde_id == org && v.omvang == Omvang::kVolledig &&
                               v.mandaat.periode && v.mandaat.periode->bevat(peildatum);
                      });
    controleer_een_aanspreekpunt(
        org, rollen_op(reg, org, RolSoort::kAmbtelijkOpdrachtgever, peildatum), vervangers,
        RolSoort::kAmbtelijkOpdrachtgever, Pet::kOpdrachtgever, peildatum, out);
    // The accountmanager is the OD's contact: the opdrachtnemer's hat.
    controleer_een_aanspreekpunt(org, rollen_op(reg, org, RolSoort::kAccountmanager, peildatum), 0,
                                 RolSoort::kAccountmanager, Pet::kOpdrachtnemer, peildatum, out);
  }
  return out;
}

std::vector<Bevinding> controleer_rolzuiverheid(const Register& reg, Datum peildatum) {
  std::vector<Bevinding> out;
  for (const auto& persoon : reg.personen) {
    std::vector<const Rol*> huidig;
    for (const auto& rol : reg.rollen) {
      if (rol.persoon_id == persoon.id && rol.periode.bevat(peildatum)) {
        huidig.push_back(&rol);
      }
    }
    auto met = [&huidig](std::initializer_list<RolSoort> soorten) {
      std::vector<const Rol*> gevonden;
      for (const Rol* rol : huidig) {
        if (std::find(soorten.begin(), soorten.end(), rol->soort) != soorten.end()) {
          gevonden.push_back(rol);
        }
      }
      return gevonden;
    };
    auto bevinding = [&](std::string_view key, Ernst ernst, Pet pet,
                         const std::vector<const Rol*>& a, const std::vector<const Rol*>& b) {
      Bevinding f = maak("GOV-5", ernst, pet, key, peildatum);
      f.personen.push_back(persoon.id);
      std::vector<std::string_view> codes;
      for (const auto* groep : {&a, &b}) {
        for (const Rol* rol : *groep) {
          voeg_toe_uniek(f.organisaties, rol->organisatie_id);
          if (std::find(codes.begin(), codes.end(), code(rol->soort)) == codes.end()) {
            codes.push_back(code(rol->soort));
          }
        }
      }
      std::string rollen;
      for (auto c : codes) {
        rollen += rollen.empty() ? "" : ", ";
        rollen += c;
      }
      f.waarden["rollen"] = rollen;
      out.push_back(std::move(f));
    };

    const auto accountmanager = met({RolSoort::kAccountmanager});
    const auto adviseur = met({RolSoort::kBeleidsadviseur});
    // GOV-5: the guide says it "ligt niet voor de hand": a warning, not an error.
    if (!accountmanager.empty() && !adviseur.empty()) {
      bevinding("gov5.accountmanager_en_beleidsadviseur", Ernst::kWaarschuwing, Pet::kOpdrachtnemer,
                accountmanager, adviseur);
    }
    // GOV-5: usual in practice, so a notice, not an error; the eigenaar's hat is the one
    // that has to be kept apart.
    const auto bestuur = met({RolSoort::kAbLid, RolSoort::kDbLid});
    const auto opdrachtgever =
        met({RolSoort::kBestuurlijkOpdrachtgever, RolSoort::kPortefeuillehouderMilieu});
    if (!bestuur.empty() && !opdrachtgever.empty()) {
      bevinding("gov5.pettenscheiding", Ernst::kMelding, Pet::kEigenaar, bestuur, opdrachtgever);
    }
  }
  return out;
}

namespace {

// GOV-6: the hours of the ambtelijk opdrachtgever(s) of `org` against the deelnemers it
// represents on the date.
void vertegenwoordiger_uren(const Register& reg, Id org, Datum peildatum,
                            std::vector<Bevinding>& out) {
  const std::vector<Id> vertegenwoordigd =
      vertegenwoordigd_door(reg.vertegenwoordigingen, org, peildatum);
  if (vertegenwoordigd.empty()) return;
  const std::int64_t vereist =
      std::int64_t{reg.regio.minimum_uren_ambtelijk_opdrachtgever} +
      static_cast<std::int64_t>(vertegenwoordigd.size()) * reg.regio.uren_per_vertegenwoordigde;
  std::vector<Id> personen;
  for (const Rol* rol : rollen_op(reg, org, RolSoort::kAmbtelijkOpdrachtgever, peildatum)) {
    voeg_toe_uniek(personen, rol->persoon_id);
  }
  for (Id persoon_id : personen) {
    std::int64_t totaal = 0;
    for (const auto& rol : reg.rollen) {
      const bool voor_deze =
          rol.organisatie_id == org || std::find(vertegenwoordigd.begin(), vertegenwoordigd.end(),
                                                 rol.organisatie_id) != vertegenwoordigd.end();
      if (rol.persoon_id == persoon_id && rol.soort == RolSoort::kAmbtelijkOpdrachtgever &&
          voor_deze && rol.periode.bevat(peildatum)) {
        totaal += uren_op(rol, peildatum);
      }
    }
    if (totaal >= vereist) continue;
    Bevinding b = maak("GOV-6", Ernst::kWaarschuwing, Pet::kOpdrachtgever,
                       "gov6.vertegenwoordiger_te_weinig_uren", peildatum);
    b.organisaties.push_back(org);
    for (Id id : vertegenwoordigd) voeg_toe_uniek(b.organisaties, id);
    b.personen.push_back(persoon_id);
    b.waarden["uren"] = std::to_string(totaal);
    b.waarden["vereist"] = std::to_string(vereist);
    b.waarden["aantal"] = std::to_string(vertegenwoordigd.size());
    out.push_back(std::move(b));
  }
}

}  // namespace

std::vector<Id> vertegenwoordigd_door(const std::vector<Vertegenwoordiging>& vertegenwoordigingen,
                                      Id opdrachtgever_id, Datum dag) {
  std::vector<Id> out;
  for (const auto& v : vertegenwoordigingen) {
    if (v.opdrachtgever_id == opdrachtgever_id && is_geldig_op(v.mandaat, dag)) {
      voeg_toe_uniek(out, v.vertegenwoordigde_id);
    }
  }
  return out;
}

std::vector<Bevinding> controleer_capaciteit(const Register& reg, Datum peildatum) {
  std::vector<Bevinding> out;
  const std::int64_t minimum = reg.regio.minimum_uren_ambtelijk_opdrachtgever;
  for (Id org : opdrachtgevers_op(reg, peildatum)) {
    std::vector<const Vertegenwoordiging*> vertegenwoordigingen;
    for (const auto& v : reg.vertegenwoordigingen) {
      // A representation on the collectieve opdracht alone leaves the deelnemer's own
      // ambtelijk opdrachtgever and its hours as they are.
      if (v.vertegenwoordigde_id == org && v.omvang == Omvang::kVolledig) {
        vertegenwoordigingen.push_back(&v);
      }
    }
    bool geldig_mandaat = false;
    std::optional<Datum> verlopen_op;
    for (const auto* v : vertegenwoordigingen) {
      const Mandaat& m = v->mandaat;
      geldig_mandaat = geldig_mandaat || is_geldig_op(m, peildatum);
      if (m.periode && m.periode->tot && *m.periode->tot < peildatum &&
          (!verlopen_op || *verlopen_op < *m.periode->tot)) {
        verlopen_op = m.periode->tot;
      }
      // A representation in force (or undated) must have its mandate on record; an expired
      // one only matters when the deelnemer still relies on it (below).
      const bool actueel = !m.periode || m.periode->bevat(peildatum);
      if (actueel && !is_compleet(m)) {
        Bevinding b = maak("GOV-6", Ernst::kWaarschuwing, Pet::kOpdrachtgever,
                           "gov6.mandaat_onvolledig", peildatum);
        b.organisaties = {v->vertegenwoordigde_id};
        voeg_toe_uniek(b.organisaties, v->opdrachtgever_id);
        b.waarden["ontbreekt"] = ontbrekende_delen(m);
        out.push_back(std::move(b));
      }
    }
    vertegenwoordiger_uren(reg, org, peildatum, out);
    if (geldig_mandaat) {
      continue;
    }

    // Hours per persoon on the peildatum (GOV-3: a later change does not count yet), in the
    // order the rollen appear.
    std::vector<std::pair<Id, std::int64_t>> uren;
    for (const Rol* rol : rollen_op(reg, org, RolSoort::kAmbtelijkOpdrachtgever, peildatum)) {
      auto it = std::find_if(uren.begin(), uren.end(),
                             [rol](const auto& p) { return p.first == rol->persoon_id; });
      if (it == uren.end()) {
        uren.emplace_back(rol->persoon_id, uren_op(*rol, peildatum));
      } else {
        it->second += uren_op(*rol, peildatum);
      }
    }
    for (const auto& [persoon_id, totaal] : uren) {
      if (totaal >= minimum) {
        continue;
      }
      Bevinding b = maak("GOV-6", Ernst::kWaarschuwing, Pet::kOpdrachtgever,
                         verlopen_op ? "gov6.mandaat_verlopen" : "gov6.te_weinig_uren", peildatum);
      b.organisaties.push_back(org);
      b.personen.push_back(persoon_id);
      b.waarden["uren"] = std::to_string(totaal);
      b.waarden["minimum"] = std::to_string(minimum);
      if (verlopen_op) {
        b.waarden["tot"] = verlopen_op->iso();
      }
      out.push_back(std::move(b));
    }
  }
  return out;
}

std::vector<Bevinding> controleer_accountmanagers(const Register& reg, Datum peildatum) {
  std::vector<Bevinding> out;
  // Per persoon, in register order: the hours per organisatie served, on the date.
  std::vector<std::pair<Id, std::vector<std::pair<Id, std::int64_t>>>> per_persoon;
  for (const auto& rol : reg.rollen) {
    if (rol.soort != RolSoort::kAccountmanager || !rol.periode.bevat(peildatum)) continue;
    auto p = std::find_if(per_persoon.begin(), per_persoon.end(),
                          [&](const auto& e) { return e.first == rol.persoon_id; });
    if (p == per_persoon.end()) {
      per_persoon.push_back({rol.persoon_id, {}});
      p = std::prev(per_persoon.end());
    }
    auto o = std::find_if(p->second.begin(), p->second.end(),
                          [&](const auto& e) { return e.first == rol.organisatie_id; });
    if (o == p->second.end()) {
      p->second.emplace_back(rol.organisatie_id, uren_op(rol, peildatum));
    } else {
      o->second += uren_op(rol, peildatum);
    }
  }
  const auto& regio = reg.regio;
  for (const auto& [persoon_id, organisaties] : per_persoon) {
    std::int64_t totaal = 0;
    for (const auto& [org, uren] : organisaties) {
      totaal += uren;
      if (uren >= regio.minimum_uren_accountmanager_per_deelnemer) continue;
      Bevinding b = maak("GOV-11", Ernst::kWaarschuwing, Pet::kOpdrachtnemer,
                         "gov11.te_weinig_uren_per_deelnemer", peildatum);
      b.organisaties.push_back(org);
      b.personen.push_back(persoon_id);
      b.waarden["uren"] = std::to_string(uren);
      b.waarden["minimum"] = std::to_string(regio.minimum_uren_accountmanager_per_deelnemer);
      out.push_back(std::move(b));
    }
    const bool te_weinig = totaal < regio.minimum_uren_accountmanager;
    const bool te_veel = totaal > regio.maximum_uren_accountmanager;
    if (!te_weinig && !te_veel) continue;
    Bevinding b = maak("GOV-11", Ernst::kWaarschuwing, Pet::kOpdrachtnemer,
                       te_veel ? "gov11.overbelast" : "gov11.geen_volwaardige_functie", peildatum);
    for (const auto& e : organisaties) voeg_toe_uniek(b.organisaties, e.first);
    b.personen.push_back(persoon_id);
    b.waarden["uren"] = std::to_string(totaal);
    b.waarden["aantal"] = std::to_string(organisaties.size());
    b.waarden[te_veel ? "maximum" : "minimum"] = std::to_string(
        te_veel ? regio.maximum_uren_accountmanager : regio.minimum_uren_accountmanager);
    out.push_back(std::move(b));
  }
  return out;
}

std::vector<Bevinding> controleer_beslismandaten(const Register& reg, Datum peildatum) {
  std::vector<Bevinding> out;
  for (const auto& rol : reg.rollen) {
    if (!heeft_beslismandaat(rol.soort) || !rol.periode.bevat(peildatum) || rol.mandaat_cents) {
      continue;
    }
    const bool od = rol.soort == RolSoort::kAccountmanager;
    Bevinding b = maak("GOV-12", Ernst::kMelding, od ? Pet::kOpdrachtnemer : Pet::kOpdrachtgever,
                       "gov12.mandaat_niet_vastgelegd", peildatum);
    b.organisaties.push_back(rol.organisatie_id);
    b.personen.push_back(rol.persoon_id);
    b.waarden["rollen"] = std::string(code(rol.soort));
    out.push_back(std::move(b));
  }
  return out;
}

std::vector<Bevinding> controleer_regisseur(const Register& reg, Datum peildatum) {
  std::vector<Bevinding> out;
  std::vector<const Rol*> huidig;
  const Rol* laatst_verlopen = nullptr;
  for (const auto& rol : reg.rollen) {
    if (rol.soort != RolSoort::kRegisseurBeleidscyclus) {
      continue;
    }
    if (rol.periode.bevat(peildatum)) {
      huidig.push_back(&rol);
    } else if (rol.periode.tot && *rol.periode.tot < peildatum &&
               (laatst_verlopen == nullptr || *laatst_verlopen->periode.tot < *rol.periode.tot)) {
      laatst_verlopen = &rol;
    }
  }

  if (huidig.empty() && laatst_verlopen != nullptr) {
    Bevinding b =
        maak("GOV-8", Ernst::kFout, Pet::kOpdrachtgever, "gov8.regisseur_verlopen", peildatum);
    b.personen.push_back(laatst_verlopen->persoon_id);
    b.organisaties.push_back(laatst_verlopen->organisatie_id);
    b.waarden["tot"] = laatst_verlopen->periode.tot->iso();
    out.push_back(std::move(b));
  } else if (huidig.empty()) {
    out.push_back(
        maak("GOV-8", Ernst::kFout, Pet::kOpdrachtgever, "gov8.geen_regisseur", peildatum));
  }
  // GOV-8: the guide appoints the regisseur "voor een bepaalde tijd".
  for (const Rol* rol : huidig) {
    if (!rol->periode.tot) {
      Bevinding b = maak("GOV-8", Ernst::kWaarschuwing, Pet::kOpdrachtgever,
                         "gov8.regisseur_zonder_einddatum", peildatum);
      b.personen.push_back(rol->persoon_id);
      b.organisaties.push_back(rol->organisatie_id);
      out.push_back(std::move(b));
    }
  }

  if (!reg.projectgroep) {
    out.push_back(
        maak("GOV-8", Ernst::kFout, Pet::kOpdrachtgever, "gov8.geen_projectgroep", peildatum));
    return out;
  }
  const Projectgroep& groep = *reg.projectgroep;
  const bool geleid_door_regisseur =
      groep.regisseur_persoon_id && std::any_of(huidig.begin(), huidig.end(), [&](const Rol* rol) {
        return rol->persoon_id == *groep.regisseur_persoon_id;
      });
  // GOV-8: "benoemd door de bestuurlijk opdrachtgever": recorded, and that persoon held the rol
  // on the day (on any day while the day is not recorded).
  if (geleid_door_regisseur) {
    const auto& door = groep.regisseur_benoemd_door;
    const bool bestuurder =
        door && std::any_of(reg.rollen.begin(), reg.rollen.end(), [&](const Rol& r) {
          return r.persoon_id == *door && r.soort == RolSoort::kBestuurlijkOpdrachtgever &&
                 (!groep.regisseur_benoemd_op || r.periode.bevat(*groep.regisseur_benoemd_op));
        });
    if (!bestuurder) {
      Bevinding b =
          maak("GOV-8", Ernst::kWaarschuwing, Pet::kOpdrachtgever,
               door ? "gov8.benoemd_door_geen_bestuurder" : "gov8.benoeming_onbekend", peildatum);
      b.personen.push_back(*groep.regisseur_persoon_id);
      if (door) b.personen.push_back(*door);
      out.push_back(std::move(b));
    }
  }
  // Without a current regisseur the finding above already says so.
  if (!huidig.empty() && !geleid_door_regisseur) {
    Bevinding b = maak("GOV-8", Ernst::kWaarschuwing, Pet::kOpdrachtgever,
                       "gov8.projectgroep_zonder_regisseur", peildatum);
    for (const Rol* rol : huidig) {
      voeg_toe_uniek(b.personen, rol->persoon_id);
    }
    out.push_back(std::move(b));
  }

  Bevinding onvolledig =
      maak("GOV-8", Ernst::kFout, Pet::kOpdrachtgever, "gov8.projectgroep_onvolledig", peildatum);
  for (const auto& org : reg.organisaties) {
    if (!heeft_relatie_op(reg, org.id, Relatie::kDeelnemer, peildatum)) {
      continue;
    }
    const bool vertegenwoordigd =
        std::any_of(groep.leden.begin(), groep.leden.end(),
                    [&](const Projectgroep::Lid& lid) { return lid.organisatie_id == org.id; });
    if (!vertegenwoordigd) {
      onvolledig.organisaties.push_back(org.id);
    }
  }
  if (!onvolledig.organisaties.empty()) {
    onvolledig.waarden["aantal"] = std::to_string(onvolledig.organisaties.size());
    out.push_back(std::move(onvolledig));
  }
  return out;
}

std::vector<Bevinding> controleer(const Register& reg, Datum peildatum) {
  std::vector<Bevinding> out;
  for (auto* check : {&controleer_bestuur, &controleer_aanspreekpunten, &controleer_rolzuiverheid,
                      &controleer_capaciteit, &controleer_accountmanagers,
                      &controleer_beslismandaten, &controleer_regisseur}) {
    auto bevindingen = check(reg, peildatum);
    out.insert(out.end(), std::make_move_iterator(bevindingen.begin()),
               std::make_move_iterator(bevindingen.end()));
  }
  return out;
}

}  // namespace regie::governance

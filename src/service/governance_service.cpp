#include "service/governance_service.hpp"

#include <algorithm>

#include <limits>

#include "domain/governance/collectief_repository.hpp"
#include "domain/governance/parse.hpp"
#include "domain/governance/register_repository.hpp"
#include "domain/validation.hpp"
#include "service/authorization.hpp"

namespace regie::service {
namespace {

using governance::Projectgroep;
using governance::Register;
using governance::Vertegenwoordiging;

bool bevat(const std::vector<Id>& ids, Id id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// Everything the rolvastheid checks read, as stored.
Result<Register> laad_register(UnitOfWork& uow, Id regio_id) {
  Register reg;
  REGIE_ASSIGN_OR_RETURN(reg.regio, uow.registry().get_regio(regio_id));
  OrganisatieQuery oq;
  oq.regio_id = regio_id;
  oq.page.limit = kAlleRijen;
  REGIE_ASSIGN_OR_RETURN(auto orgs, uow.registry().list_organisaties(oq));
  reg.organisaties = std::move(orgs.items);
  REGIE_ASSIGN_OR_RETURN(reg.deelnemerschappen,
                         uow.registry().list_deelnemerschappen_regio(regio_id));
  PersoonQuery pq;
  pq.regio_id = regio_id;
  pq.page.limit = kAlleRijen;
  REGIE_ASSIGN_OR_RETURN(auto personen, uow.registry().list_personen(pq));
  for (auto& regel : personen.items) reg.personen.push_back(regel.persoon);
  RolQuery rq;
  rq.regio_id = regio_id;
  rq.page.limit = kAlleRijen;
  REGIE_ASSIGN_OR_RETURN(auto rollen, uow.registry().list_rollen(rq));
  for (auto& regel : rollen.items) reg.rollen.push_back(regel.rol);
  REGIE_ASSIGN_OR_RETURN(reg.vertegenwoordigingen,
                         uow.collectief().list_vertegenwoordigingen(regio_id));
  REGIE_ASSIGN_OR_RETURN(reg.projectgroep, uow.collectief().get_projectgroep(regio_id));
  return reg;
}

std::string naam_van(const std::vector<governance::Organisatie>& orgs, Id id) {
  for (const auto& o : orgs) {
    if (o.id == id) return o.naam;
  }
  return {};
}

std::string naam_van(const std::vector<governance::Persoon>& personen, Id id) {
  for (const auto& p : personen) {
    if (p.id == id) return p.naam;
  }
  return {};
}

bool heeft_deelnemerschap(UnitOfWork& uow, Id organisatie_id, bool alleen_deelnemer) {
  auto lijst = uow.registry().list_deelnemerschappen(organisatie_id);
  if (!lijst.ok()) return false;
  return std::any_of(lijst->begin(), lijst->end(), [&](const governance::Deelnemerschap& d) {
    return !alleen_deelnemer || d.relatie == governance::Relatie::kDeelnemer;
  });
}

// A persoon or organisatie field must refer to a record of the actor's regio.
bool persoon_in_regio(UnitOfWork& uow, Id regio_id, Id persoon_id) {
  auto p = uow.registry().get_persoon(persoon_id);
  return p.ok() && p->regio_id == regio_id;
}

bool organisatie_in_regio(UnitOfWork& uow, Id regio_id, Id organisatie_id) {
  auto o = uow.registry().get_organisatie(organisatie_id);
  return o.ok() && o->regio_id == regio_id;
}

// The references of a vertegenwoordiging, checked against the regio, and who granted the
// mandaat (GOV-6, against the register); every problem at once. Then, on the parsed record, who
// may write it.
Result<void> check_vertegenwoordiging(UnitOfWork& uow, const auth::Actor& actor,
                                      const Vertegenwoordiging& v) {
  std::vector<FieldError> fouten;
  if (!organisatie_in_regio(uow, actor.regio_id, v.opdrachtgever_id)) {
    fouten.push_back({"opdrachtgeverId", "fout.onbekende_keuze"});
  } else if (!heeft_deelnemerschap(uow, v.opdrachtgever_id, false)) {
    fouten.push_back({"opdrachtgeverId", "fout.geen_deelnemer"});
  }
  if (!organisatie_in_regio(uow, actor.regio_id, v.vertegenwoordigde_id)) {
    fouten.push_back({"vertegenwoordigdeId", "fout.onbekende_keuze"});
  } else if (!heeft_deelnemerschap(uow, v.vertegenwoordigde_id, true)) {
    fouten.push_back({"vertegenwoordigdeId", "fout.geen_deelnemer"});
  }
  if (v.mandaat.verleend_door) {
    if (!persoon_in_regio(uow, actor.regio_id, *v.mandaat.verleend_door)) {
      fouten.push_back({"mandaatVerleendDoor", "fout.onbekende_keuze"});
    } else {
      REGIE_ASSIGN_OR_RETURN(auto reg, laad_register(uow, actor.regio_id));
      if (!governance::is_mandaatgever(reg, *v.mandaat.verleend_door, v.vertegenwoordigde_id,
                                       v.mandaat.verleend_op)) {
        fouten.push_back({"mandaatVerleendDoor", "fout.geen_mandaatgever"});
      }
    }
  }
  if (!fouten.empty()) return Error::invalid(std::move(fouten));
  if (!auth::mag_vertegenwoordiging_wijzigen(actor, v.vertegenwoordigde_id)) {
    return Error::forbidden("vertegenwoordiging wijzigen");
  }
  return Ok();
}

Result<Vertegenwoordiging> vertegenwoordiging_in_regio(UnitOfWork& uow, const auth::Actor& actor,
                                                       Id id) {
  REGIE_ASSIGN_OR_RETURN(auto v, uow.collectief().get_vertegenwoordiging(id));
  if (v.regio_id != actor.regio_id) return Error::not_found("vertegenwoordiging buiten regio");
  return v;
}

VertegenwoordigingRegel regel(const Register& reg, const auth::Actor& actor,
                              const Vertegenwoordiging& v, Datum peildatum) {
  VertegenwoordigingRegel r;
  r.vertegenwoordiging = v;
  r.opdrachtgever_naam = naam_van(reg.organisaties, v.opdrachtgever_id);
  r.vertegenwoordigde_naam = naam_van(reg.organisaties, v.vertegenwoordigde_id);
  if (v.mandaat.verleend_door) {
    r.verleend_door_naam = naam_van(reg.personen, *v.mandaat.verleend_door);
  }
  r.compleet = governance::is_compleet(v.mandaat);
  r.geldig = governance::is_geldig_op(v.mandaat, peildatum);
  r.mag_wijzigen = auth::mag_vertegenwoordiging_wijzigen(actor, v.vertegenwoordigde_id);
  return r;
}

}  // namespace

Result<Gezondheid> GovernanceService::bevindingen(const Context& ctx, Id regio_id, Datum peildatum,
                                                  std::optional<Id> organisatie_id) {
  if (regio_id != ctx.actor.regio_id) return Error::not_found("andere regio");
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  REGIE_ASSIGN_OR_RETURN(auto reg, laad_register(*uow, regio_id));
  // Decision 24: the OD's hats and the beheerder see every finding; others those about the
  // organisaties they work for or wear a hat for.
  const bool alles = auth::leest_hele_regio(ctx.actor);
  if (organisatie_id) {
    if (naam_van(reg.organisaties, *organisatie_id).empty()) {
      return Error::not_found("organisatie buiten regio");
    }
    if (!alles && !auth::hoort_bij(ctx.actor, *organisatie_id)) {
      return Error::forbidden("bevindingen van een andere organisatie");
    }
  }

  Gezondheid out;
  out.bevindingen = governance::controleer(reg, peildatum);
  // Errors first, then warnings, then notices; within each, the order of the checks.
  std::stable_sort(out.bevindingen.begin(), out.bevindingen.end(),
                   [](const governance::Bevinding& a, const governance::Bevinding& b) {
                     return static_cast<int>(a.ernst) < static_cast<int>(b.ernst);
                   });
  std::optional<Id> filter = organisatie_id;
  if (!alles) {
    out.eigen_weergave = true;
    if (!filter) filter = ctx.actor.organisatie_id;
  }
  if (filter) {
    out.organisatie_id = filter;
    std::erase_if(out.bevindingen,
                  [&](const governance::Bevinding& b) { return !bevat(b.organisaties, *filter); });
  }
  for (const auto& o : reg.organisaties) out.organisatie_namen[o.id] = o.naam;
  for (const auto& b : out.bevindingen) {
    for (Id p : b.personen) out.persoon_namen[p] = naam_van(reg.personen, p);
  }
  return out;
}

bool GovernanceService::mag_vertegenwoordigingen_vastleggen(const Context& ctx) {
  return auth::mag_vertegenwoordigingen_vastleggen(ctx.actor);
}

Result<std::vector<VertegenwoordigingRegel>> GovernanceService::vertegenwoordigingen(
    const Context& ctx, Datum peildatum) {
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  REGIE_ASSIGN_OR_RETURN(auto reg, laad_register(*uow, ctx.actor.regio_id));
  std::vector<VertegenwoordigingRegel> out;
  for (const auto& v : reg.vertegenwoordigingen) out.push_back(regel(reg, ctx.actor, v, peildatum));
  return out;
}

Result<VertegenwoordigingRegel> GovernanceService::vertegenwoordiging(const Context& ctx, Id id,
                                                                      Datum peildatum) {
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  REGIE_ASSIGN_OR_RETURN(auto v, vertegenwoordiging_in_regio(*uow, ctx.actor, id));
  REGIE_ASSIGN_OR_RETURN(auto reg, laad_register(*uow, ctx.actor.regio_id));
  return regel(reg, ctx.actor, v, peildatum);
}

Result<Vertegenwoordiging> GovernanceService::create_vertegenwoordiging(const Context& ctx,
                                                                        const Fields& f) {
  return audit_->write<Vertegenwoordiging>(
      ctx, "vertegenwoordiging.aanmaken", "vertegenwoordiging",
      [&](UnitOfWork& uow, std::string& object) -> Result<Vertegenwoordiging> {
        // GOV-6: the vertegenwoordigde named in the body decides, before the input is judged.
        if (!auth::mag_vertegenwoordiging_wijzigen(
                ctx.actor, target_organisatie(uow, ctx.actor, f, "vertegenwoordigdeId"))) {
          return Error::forbidden("vertegenwoordiging vastleggen");
        }
        REGIE_ASSIGN_OR_RETURN(auto v, governance::parse_vertegenwoordiging(f));
        v.regio_id = ctx.actor.regio_id;
        REGIE_TRY(check_vertegenwoordiging(uow, ctx.actor, v));
        REGIE_ASSIGN_OR_RETURN(auto id, uow.collectief().create_vertegenwoordiging(v));
        object = object_id("vertegenwoordiging", id);
        return uow.collectief().get_vertegenwoordiging(id);
      });
}

Result<Vertegenwoordiging> GovernanceService::update_vertegenwoordiging(const Context& ctx, Id id,
                                                                        std::int64_t versie,
                                                                        const Fields& f) {
  return audit_->write<Vertegenwoordiging>(
      ctx, "vertegenwoordiging.wijzigen", object_id("vertegenwoordiging", id),
      [&](UnitOfWork& uow, std::string&) -> Result<Vertegenwoordiging> {
        REGIE_ASSIGN_OR_RETURN(auto current, vertegenwoordiging_in_regio(uow, ctx.actor, id));
        if (!auth::mag_vertegenwoordiging_wijzigen(ctx.actor, current.vertegenwoordigde_id) ||
            !auth::mag_vertegenwoordiging_wijzigen(
                ctx.actor, target_organisatie(uow, ctx.actor, f, "vertegenwoordigdeId"))) {
          return Error::forbidden("vertegenwoordiging wijzigen");
        }
        REGIE_ASSIGN_OR_RETURN(auto v, governance::parse_vertegenwoordiging(f));
        v.id = id;
        v.regio_id = ctx.actor.regio_id;
        v.versie = versie;
        REGIE_TRY(check_vertegenwoordiging(uow, ctx.actor, v));
        REGIE_TRY(uow.collectief().update_vertegenwoordiging(v));
        return uow.collectief().get_vertegenwoordiging(id);
      });
}

Result<void> GovernanceService::delete_vertegenwoordiging(const Context& ctx, Id id,
                                                          std::int64_t versie) {
  auto result = audit_->write<bool>(
      ctx, "vertegenwoordiging.verwijderen", object_id("vertegenwoordiging", id),
      [&](UnitOfWork& uow, std::string&) -> Result<bool> {
        REGIE_ASSIGN_OR_RETURN(auto current, vertegenwoordiging_in_regio(uow, ctx.actor, id));
        if (!auth::mag_vertegenwoordiging_wijzigen(ctx.actor, current.vertegenwoordigde_id)) {
          return Error::forbidden("vertegenwoordiging verwijderen");
        }
        REGIE_TRY(uow.collectief().delete_vertegenwoordiging(id, versie));
        return true;
      });
  if (!result.ok()) return result.error();
  return Ok();
}

Result<ProjectgroepWeergave> GovernanceService::projectgroep(const Context& ctx, Datum peildatum) {
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  REGIE_ASSIGN_OR_RETURN(auto reg, laad_register(*uow, ctx.actor.regio_id));
  ProjectgroepWeergave out;
  out.groep = reg.projectgroep;
  out.deelnemers = governance::deelnemers_op(reg, peildatum);
  for (Id d : out.deelnemers) {
    bool vertegenwoordigd =
        out.groep &&
        std::any_of(out.groep->leden.begin(), out.groep->leden.end(),
                    [&](const Projectgroep::Lid& lid) { return lid.organisatie_id == d; });
    if (!vertegenwoordigd) out.ontbrekende_deelnemers.push_back(d);
  }
  for (const auto& o : reg.organisaties) {
    out.organisatie_namen[o.id] = o.naam;
    if (o.soort == governance::OrganisatieSoort::kOverig) out.overige_partijen.push_back(o.id);
  }
  for (const auto& p : reg.personen) out.persoon_namen[p.id] = p.naam;
  return out;
}

Result<Projectgroep> GovernanceService::update_projectgroep(const Context& ctx, std::int64_t versie,
                                                            const Fields& f) {
  return audit_->write<Projectgroep>(
      ctx, "projectgroep.regisseur", object_id("projectgroep", ctx.actor.regio_id),
      [&](UnitOfWork& uow, std::string&) -> Result<Projectgroep> {
        if (!auth::mag_projectgroep_wijzigen(ctx.actor)) {
          return Error::forbidden("projectgroep wijzigen");
        }
        validation::Reader r(f);
        constexpr auto kMax = std::numeric_limits<std::int64_t>::max();
        governance::RegisseurBenoeming benoeming{r.optional_int("regisseurPersoonId", 1, kMax),
                                                 r.optional_int("regisseurBenoemdDoor", 1, kMax),
                                                 r.optional_date("regisseurBenoemdOp")};
        if (!r.ok()) return r.error();
        std::vector<FieldError> fouten;
        if (benoeming.persoon_id &&
            !persoon_in_regio(uow, ctx.actor.regio_id, *benoeming.persoon_id)) {
          fouten.push_back({"regisseurPersoonId", "fout.onbekende_keuze"});
        }
        // GOV-8: whether that persoon was a bestuurlijk opdrachtgever then is a finding, so
        // that a benoeming can be recorded as it happened.
        if (benoeming.benoemd_door &&
            !persoon_in_regio(uow, ctx.actor.regio_id, *benoeming.benoemd_door)) {
          fouten.push_back({"regisseurBenoemdDoor", "fout.onbekende_keuze"});
        }
        if (!fouten.empty()) return Error::invalid(std::move(fouten));
        REGIE_TRY(uow.collectief().save_projectgroep(ctx.actor.regio_id, benoeming, versie));
        REGIE_ASSIGN_OR_RETURN(auto groep, uow.collectief().get_projectgroep(ctx.actor.regio_id));
        if (!groep) return Error::not_found("projectgroep");
        return *groep;
      });
}

Result<Projectgroep::Lid> GovernanceService::create_projectgroeplid(const Context& ctx,
                                                                    const Fields& f) {
  return audit_->write<Projectgroep::Lid>(
      ctx, "projectgroep.lid_toevoegen", "projectgroeplid",
      [&](UnitOfWork& uow, std::string& object) -> Result<Projectgroep::Lid> {
        // GOV-8: the deelnemer named in the body decides, before the input is judged.
        if (!auth::mag_projectgroeplid_wijzigen(
                ctx.actor, target_organisatie(uow, ctx.actor, f, "organisatieId"))) {
          return Error::forbidden("projectgroeplid toevoegen");
        }
        REGIE_ASSIGN_OR_RETURN(auto lid, governance::parse_projectgroep_lid(f));
        std::vector<FieldError> fouten;
        // Only a persoon the actor can see: an opdrachtgever cannot name (and so probe) the
        // people of another gemeente.
        REGIE_ASSIGN_OR_RETURN(auto ods, uow.registry().list_od_organisaties(ctx.actor.regio_id));
        auto zichtbaar = auth::zichtbare_organisaties(ctx.actor, ods);
        auto persoon = uow.registry().get_persoon(lid.persoon_id);
        if (!persoon.ok() || persoon->regio_id != ctx.actor.regio_id ||
            (zichtbaar && !bevat(*zichtbaar, persoon->organisatie_id))) {
          fouten.push_back({"persoonId", "fout.onbekende_keuze"});
        }
        if (!organisatie_in_regio(uow, ctx.actor.regio_id, lid.organisatie_id)) {
          fouten.push_back({"organisatieId", "fout.onbekende_keuze"});
        } else if (!heeft_deelnemerschap(uow, lid.organisatie_id, true) &&
                   uow.registry().get_organisatie(lid.organisatie_id)->soort !=
                       governance::OrganisatieSoort::kOverig) {
          // GOV-8: "alle deelnemers en overige partijen".
          fouten.push_back({"organisatieId", "fout.geen_deelnemer_of_partij"});
        }
        if (!fouten.empty()) return Error::invalid(std::move(fouten));
        if (!auth::mag_projectgroeplid_wijzigen(ctx.actor, lid.organisatie_id)) {
          return Error::forbidden("projectgroeplid toevoegen");
        }
        REGIE_ASSIGN_OR_RETURN(auto groep, uow.collectief().get_projectgroep(ctx.actor.regio_id));
        if (!groep) {
          REGIE_TRY(uow.collectief().save_projectgroep(ctx.actor.regio_id, {}, 0));
        } else {
          for (const auto& bestaand : groep->leden) {
            if (bestaand.persoon_id == lid.persoon_id &&
                bestaand.organisatie_id == lid.organisatie_id) {
              return Error::invalid({{"persoonId", "fout.al_lid"}});
            }
          }
        }
        REGIE_ASSIGN_OR_RETURN(lid.id,
                               uow.collectief().create_projectgroep_lid(ctx.actor.regio_id, lid));
        object = object_id("projectgroeplid", lid.id);
        return lid;
      });
}

Result<void> GovernanceService::delete_projectgroeplid(const Context& ctx, Id lid_id) {
  auto result = audit_->write<bool>(
      ctx, "projectgroep.lid_verwijderen", object_id("projectgroeplid", lid_id),
      [&](UnitOfWork& uow, std::string&) -> Result<bool> {
        REGIE_ASSIGN_OR_RETURN(auto groep, uow.collectief().get_projectgroep(ctx.actor.regio_id));
        if (!groep) return Error::not_found("projectgroep");
        auto it = std::find_if(groep->leden.begin(), groep->leden.end(),
                               [&](const Projectgroep::Lid& l) { return l.id == lid_id; });
        if (it == groep->leden.end()) return Error::not_found("projectgroeplid");
        if (!auth::mag_projectgroeplid_wijzigen(ctx.actor, it->organisatie_id)) {
          return Error::forbidden("projectgroeplid verwijderen");
        }
        REGIE_TRY(uow.collectief().delete_projectgroep_lid(ctx.actor.regio_id, lid_id));
        return true;
      });
  if (!result.ok()) return result.error();
  return Ok();
}

}  // namespace regie::service

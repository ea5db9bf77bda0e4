#include "service/programma_service.hpp"

#include <algorithm>
#include <functional>
#include <utility>

#include "domain/beleidscyclus/cyclus_repository.hpp"
#include "domain/programma/catalogus_repository.hpp"
#include "domain/programma/programma_repository.hpp"
#include "domain/validation.hpp"
#include "service/beleidscyclus_service.hpp"
#include "service/regio_organisaties.hpp"

namespace regie::service {
namespace {

using programma::Programmaregel;
using programma::ProgrammaStatus;
using programma::Uitvoeringsprogramma;

std::string programma_object(const Uitvoeringsprogramma& p) {
  return "regio/" + std::to_string(p.regio_id) + "/programma/" + std::to_string(p.id);
}

Result<Uitvoeringsprogramma> eigen_programma(UnitOfWork& uow, const Context& ctx, Id id) {
  auto p = uow.programmas().get_programma(id);
  if (!p.ok()) return p;
  if (p->regio_id != ctx.actor.regio_id) {
    return Error::not_found("uitvoeringsprogramma " + std::to_string(id));
  }
  return p;
}

Result<void> programma_mag_wijzigen(const Context& ctx) {
  if (!programma::mag_programma_wijzigen(ctx.actor)) {
    return Error::forbidden("uitvoeringsprogramma wijzigen");
  }
  return Ok();
}

// A regel checked against the catalogue of the programme's year and its deelnemers; a
// second line for the same product and deelnemer is refused (the begroting knows a line by
// them). `skip` is the 0-based position of the line being changed (or npos).
Result<void> controleer_regel(UnitOfWork& uow, const Uitvoeringsprogramma& p,
                              const Programmaregel& regel, std::size_t skip) {
  REGIE_ASSIGN_OR_RETURN(auto producten, uow.catalogus().list_producten(p.regio_id, p.jaar));
  auto product = std::find_if(producten.begin(), producten.end(),
                              [&](const auto& x) { return x.code == regel.productcode; });
  if (product == producten.end()) {
    return Error::invalid({{"productcode", "fout.product_niet_in_catalogus"}});
  }
  std::vector<FieldError> fouten;
  auto berekend = programma::bereken_regel(regel, *product);
  if (!berekend.ok()) fouten = berekend.error().fields;
  if (regel.deelnemer_id != 0) {
    REGIE_ASSIGN_OR_RETURN(auto orgs, regio_organisaties(uow, p.regio_id, p.jaar));
    bool deelnemer = std::any_of(orgs.deelnemers.begin(), orgs.deelnemers.end(),
                                 [&](const auto& o) { return o.id == regel.deelnemer_id; });
    if (!deelnemer) fouten.push_back({"deelnemer", "fout.geen_deelnemer_in_jaar"});
  }
  if (regel.doel != 0) {
    bool bekend = std::any_of(p.doelen.begin(), p.doelen.end(),
                              [&](const auto& d) { return d.nummer == regel.doel; });
    if (!bekend) fouten.push_back({"doel", "fout.onbekend_doel"});
  }
  for (std::size_t i = 0; i < p.regels.size(); ++i) {
    if (i != skip && p.regels[i].productcode == regel.productcode &&
        p.regels[i].deelnemer_id == regel.deelnemer_id) {
      fouten.push_back({"productcode", "fout.regel_bestaat_al"});
    }
  }
  if (!fouten.empty()) return Error::invalid(std::move(fouten));
  return Ok();
}

Result<std::size_t> positie(const Uitvoeringsprogramma& p, std::int64_t regelnummer) {
  if (regelnummer < 1 || static_cast<std::size_t>(regelnummer) > p.regels.size()) {
    return Error::not_found("regel " + std::to_string(regelnummer));
  }
  return static_cast<std::size_t>(regelnummer - 1);
}

Result<std::vector<programma::Doel>::iterator> zoek_doel(Uitvoeringsprogramma& p,
                                                         std::int64_t nummer) {
  auto it = std::find_if(p.doelen.begin(), p.doelen.end(),
                         [&](const auto& d) { return d.nummer == nummer; });
  if (it == p.doelen.end()) return Error::not_found("doel " + std::to_string(nummer));
  return it;
}

// B8-4, UP-4: the vastgesteld programme is the product of Big 8 step 4 (planning en control) of
// its year's round: recorded on that step as an uitvoeringsprogramma adopted by the same body on
// the same date, linking to the programme, in the transaction of the vaststelling. A regio
// without that step in its cycle records nothing there.
Result<void> leg_vast_in_cyclus(UnitOfWork& uow, const Context& ctx, const Uitvoeringsprogramma& p,
                                const std::string& nu) {
  REGIE_ASSIGN_OR_RETURN(auto stappen, uow.cyclus().list_stappen(p.regio_id));
  auto stap = std::find_if(stappen.begin(), stappen.end(), [](const beleidscyclus::Stap& s) {
    return s.code == beleidscyclus::StapCode::kPlanningEnControl;
  });
  if (stap == stappen.end()) return Ok();
  beleidscyclus::Document d;
  d.stap_id = stap->id;
  d.titel = p.titel;
  if (p.versienummer > 1) d.titel += " (versie " + std::to_string(p.versienummer) + ")";
  d.link = "/programmas/" + std::to_string(p.id);
  d.door = cyclus_door(ctx.actor);
  d.toegevoegd = nu;
  d.periode = std::to_string(p.jaar);
  d.soort = beleidscyclus::ProductSoort::kUitvoeringsprogramma;
  d.vastgesteld_door = p.vastgesteld_door;
  d.vastgesteld_op = p.vastgesteld_op;
  REGIE_TRY(uow.cyclus().create_document(d));
  return Ok();
}

}  // namespace

Result<programma::Begroting> begroting_van(UnitOfWork& uow, const Uitvoeringsprogramma& p) {
  REGIE_ASSIGN_OR_RETURN(auto producten, uow.catalogus().list_producten(p.regio_id, p.jaar));
  REGIE_ASSIGN_OR_RETURN(auto sleutels, uow.catalogus().list_sleutels(p.regio_id, p.jaar));
  REGIE_ASSIGN_OR_RETURN(auto orgs, regio_organisaties(uow, p.regio_id, p.jaar));
  return programma::maak_begroting(p, producten, sleutels, orgs.deelnemers);
}

Result<std::vector<Uitvoeringsprogramma>> ProgrammaService::programmas(const Context& ctx) {
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  return uow->programmas().list_programmas(ctx.actor.regio_id);
}

Result<ProgrammaDetail> ProgrammaService::programma(const Context& ctx, Id id) {
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  ProgrammaDetail out;
  REGIE_ASSIGN_OR_RETURN(out.programma, eigen_programma(*uow, ctx, id));
  const auto& p = out.programma;
  REGIE_ASSIGN_OR_RETURN(out.producten, uow->catalogus().list_producten(p.regio_id, p.jaar));
  REGIE_ASSIGN_OR_RETURN(auto orgs, regio_organisaties(*uow, p.regio_id, p.jaar));
  for (const auto& o : orgs.deelnemers) out.deelnemers.push_back({o.id, o.naam});
  auto begroting = begroting_van(*uow, p);
  if (begroting.ok()) {
    out.begroting = std::move(begroting).value();
  } else if (begroting.error().code == ErrorCode::kInvalid) {
    out.begroting_fouten = begroting.error().fields;
  } else {
    return begroting.error();
  }
  if (p.versienummer > 1) {
    REGIE_ASSIGN_OR_RETURN(auto alle, uow->programmas().list_programmas(p.regio_id));
    for (auto& v : alle) {
      if (v.jaar == p.jaar && v.versienummer == p.versienummer - 1) {
        out.verschillen = programma::vergelijk(v, p);
        out.vorige_versie = std::move(v);
        break;
      }
    }
  }
  const bool houder = programma::mag_programma_wijzigen(ctx.actor);
  out.mag_wijzigen = houder && p.status == ProgrammaStatus::kConcept;
  out.mag_bijstellen = houder && p.status == ProgrammaStatus::kVastgesteld;
  return out;
}

Result<Uitvoeringsprogramma> ProgrammaService::programma_van_jaar(const Context& ctx,
                                                                  std::int32_t jaar) {
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  REGIE_ASSIGN_OR_RETURN(auto alle, uow->programmas().list_programmas(ctx.actor.regio_id));
  for (auto& p : alle) {
    if (p.jaar == jaar) return std::move(p);  // newest version first
  }
  return Error::not_found("uitvoeringsprogramma " + std::to_string(jaar));
}

Result<Uitvoeringsprogramma> ProgrammaService::create(const Context& ctx, const Fields& velden) {
  return audit_->write<Uitvoeringsprogramma>(
      ctx, "programma.aanmaken", "regio/" + std::to_string(ctx.actor.regio_id),
      [&](UnitOfWork& uow, std::string& object) -> Result<Uitvoeringsprogramma> {
        REGIE_TRY(programma_mag_wijzigen(ctx));
        REGIE_ASSIGN_OR_RETURN(auto p, programma::parse_programma(velden));
        p.regio_id = ctx.actor.regio_id;
        REGIE_ASSIGN_OR_RETURN(auto alle, uow.programmas().list_programmas(p.regio_id));
        bool bestaat =
            std::any_of(alle.begin(), alle.end(), [&](const auto& x) { return x.jaar == p.jaar; });
        if (bestaat) return Error::invalid({{"jaar", "fout.programma_bestaat"}});
        REGIE_ASSIGN_OR_RETURN(p.id, uow.programmas().create_programma(p));
        object = programma_object(p);
        return uow.programmas().get_programma(p.id);
      });
}

namespace {

// One change to a concept programme: load, check, apply, save, answer it as saved.
template <typename Apply>
Result<Uitvoeringsprogramma> wijzig(AuditService& audit, const Context& ctx, const char* actie,
                                    Id id, std::int64_t versie, Apply apply) {
  return audit.write<Uitvoeringsprogramma>(
      ctx, actie, "programma/" + std::to_string(id),
      [&](UnitOfWork& uow, std::string& object) -> Result<Uitvoeringsprogramma> {
        REGIE_ASSIGN_OR_RETURN(auto p, eigen_programma(uow, ctx, id));
        REGIE_TRY(programma_mag_wijzigen(ctx));
        if (p.versie != versie) return Error::stale("uitvoeringsprogramma " + std::to_string(id));
        REGIE_TRY(programma::bewerkbaar(p));
        REGIE_TRY(apply(uow, p));
        REGIE_TRY(uow.programmas().update_programma(p));
        object = programma_object(p);
        return uow.programmas().get_programma(id);
      });
}

}  // namespace

Result<Uitvoeringsprogramma> ProgrammaService::doel_toevoegen(const Context& ctx, Id id,
                                                              std::int64_t versie,
                                                              const Fields& velden) {
  return wijzig(*audit_, ctx, "programma.doel_toevoegen", id, versie,
                [&](UnitOfWork&, Uitvoeringsprogramma& p) -> Result<void> {
                  REGIE_ASSIGN_OR_RETURN(auto d, programma::parse_doel(velden));
                  std::int64_t hoogste = 0;
                  for (const auto& x : p.doelen) hoogste = std::max(hoogste, x.nummer);
                  d.nummer = hoogste + 1;
                  p.doelen.push_back(std::move(d));
                  return Ok();
                });
}

Result<Uitvoeringsprogramma> ProgrammaService::doel_wijzigen(const Context& ctx, Id id,
                                                             std::int64_t versie,
                                                             std::int64_t nummer,
                                                             const Fields& velden) {
  return wijzig(*audit_, ctx, "programma.doel_wijzigen", id, versie,
                [&](UnitOfWork&, Uitvoeringsprogramma& p) -> Result<void> {
                  REGIE_ASSIGN_OR_RETURN(auto it, zoek_doel(p, nummer));
                  REGIE_ASSIGN_OR_RETURN(auto d, programma::parse_doel(velden));
                  d.nummer = nummer;
                  *it = std::move(d);
                  return Ok();
                });
}

Result<Uitvoeringsprogramma> ProgrammaService::doel_verwijderen(const Context& ctx, Id id,
                                                                std::int64_t versie,
                                                                std::int64_t nummer) {
  return wijzig(*audit_, ctx, "programma.doel_verwijderen", id, versie,
                [&](UnitOfWork&, Uitvoeringsprogramma& p) -> Result<void> {
                  REGIE_ASSIGN_OR_RETURN(auto it, zoek_doel(p, nummer));
                  bool gebruikt = std::any_of(p.regels.begin(), p.regels.end(),
                                              [&](const auto& g) { return g.doel == nummer; });
                  if (gebruikt) {
                    return Error{ErrorCode::kConflict, "fout.doel_in_gebruik", {}, {}};
                  }
                  p.doelen.erase(it);
                  return Ok();
                });
}

Result<Uitvoeringsprogramma> ProgrammaService::regel_toevoegen(const Context& ctx, Id id,
                                                               std::int64_t versie,
                                                               const Fields& velden) {
  return wijzig(*audit_, ctx, "programma.regel_toevoegen", id, versie,
                [&](UnitOfWork& uow, Uitvoeringsprogramma& p) -> Result<void> {
                  REGIE_ASSIGN_OR_RETURN(auto regel, programma::parse_regel(velden));
                  REGIE_TRY(controleer_regel(uow, p, regel, std::string::npos));
                  p.regels.push_back(std::move(regel));
                  return Ok();
                });
}

Result<Uitvoeringsprogramma> ProgrammaService::regel_wijzigen(const Context& ctx, Id id,
                                                              std::int64_t versie,
                                                              std::int64_t regelnummer,
                                                              const Fields& velden) {
  return wijzig(*audit_, ctx, "programma.regel_wijzigen", id, versie,
                [&](UnitOfWork& uow, Uitvoeringsprogramma& p) -> Result<void> {
                  REGIE_ASSIGN_OR_RETURN(auto i, positie(p, regelnummer));
                  REGIE_ASSIGN_OR_RETURN(auto regel, programma::parse_regel(velden));
                  REGIE_TRY(controleer_regel(uow, p, regel, i));
                  p.regels[i] = std::move(regel);
                  return Ok();
                });
}

Result<Uitvoeringsprogramma> ProgrammaService::regel_verwijderen(const Context& ctx, Id id,
                                                                 std::int64_t versie,
                                                                 std::int64_t regelnummer) {
  return wijzig(*audit_, ctx, "programma.regel_verwijderen", id, versie,
                [&](UnitOfWork&, Uitvoeringsprogramma& p) -> Result<void> {
                  REGIE_ASSIGN_OR_RETURN(auto i, positie(p, regelnummer));
                  p.regels.erase(p.regels.begin() + static_cast<std::ptrdiff_t>(i));
                  return Ok();
                });
}

Result<Uitvoeringsprogramma> ProgrammaService::vaststellen(const Context& ctx, Id id,
                                                           std::int64_t versie,
                                                           const Fields& velden) {
  const Datum vandaag = audit_->clock().vandaag();
  return audit_->write<Uitvoeringsprogramma>(
      ctx, "programma.vaststellen", "programma/" + std::to_string(id),
      [&](UnitOfWork& uow, std::string& object) -> Result<Uitvoeringsprogramma> {
        REGIE_ASSIGN_OR_RETURN(auto p, eigen_programma(uow, ctx, id));
        REGIE_TRY(programma_mag_wijzigen(ctx));
        if (p.versie != versie) return Error::stale("uitvoeringsprogramma " + std::to_string(id));
        validation::Reader r(velden);
        auto orgaan = r.required_choice("vastgesteldDoor", beleidscyclus::orgaan_from_code);
        auto datum = r.required_date("vastgesteldOp");
        if (datum && *datum > vandaag) r.add("vastgesteldOp", "fout.vastgesteld_in_toekomst");
        if (!r.ok()) return r.error();
        // The begroting must add up before the programme is fixed.
        auto begroting = begroting_van(uow, p);
        if (!begroting.ok()) return begroting.error();
        REGIE_ASSIGN_OR_RETURN(auto vast, programma::vaststellen(p, *orgaan, *datum));
        REGIE_TRY(uow.programmas().update_programma(vast));
        REGIE_ASSIGN_OR_RETURN(auto alle, uow.programmas().list_programmas(p.regio_id));
        for (auto& ander : alle) {
          if (ander.jaar == p.jaar && ander.id != p.id &&
              ander.status == ProgrammaStatus::kVastgesteld) {
            ander.status = ProgrammaStatus::kVervangen;
            REGIE_TRY(uow.programmas().update_programma(ander));
          }
        }
        REGIE_TRY(leg_vast_in_cyclus(uow, ctx, vast, audit_->clock().now_iso()));
        object = programma_object(p);
        return uow.programmas().get_programma(id);
      });
}

Result<Uitvoeringsprogramma> ProgrammaService::bijstellen(const Context& ctx, Id id,
                                                          std::int64_t versie,
                                                          const Fields& velden) {
  return audit_->write<Uitvoeringsprogramma>(
      ctx, "programma.bijstellen", "programma/" + std::to_string(id),
      [&](UnitOfWork& uow, std::string& object) -> Result<Uitvoeringsprogramma> {
        REGIE_ASSIGN_OR_RETURN(auto p, eigen_programma(uow, ctx, id));
        REGIE_TRY(programma_mag_wijzigen(ctx));
        if (p.versie != versie) return Error::stale("uitvoeringsprogramma " + std::to_string(id));
        REGIE_ASSIGN_OR_RETURN(auto alle, uow.programmas().list_programmas(p.regio_id));
        bool open_concept = std::any_of(alle.begin(), alle.end(), [&](const auto& x) {
          return x.jaar == p.jaar && x.status == ProgrammaStatus::kConcept;
        });
        if (open_concept) return Error{ErrorCode::kConflict, "fout.bijstelling_bestaat", {}, {}};
        REGIE_ASSIGN_OR_RETURN(auto nieuw,
                               programma::bijstelling(p, field(velden, "reden").value_or("")));
        REGIE_ASSIGN_OR_RETURN(nieuw.id, uow.programmas().create_programma(nieuw));
        object = programma_object(nieuw);
        return uow.programmas().get_programma(nieuw.id);
      });
}

Result<BegrotingOverzicht> ProgrammaService::begroting(const Context& ctx, Id id) {
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  BegrotingOverzicht out;
  REGIE_ASSIGN_OR_RETURN(out.programma, eigen_programma(*uow, ctx, id));
  REGIE_ASSIGN_OR_RETURN(out.begroting, begroting_van(*uow, out.programma));
  REGIE_ASSIGN_OR_RETURN(auto alle, uow->programmas().list_programmas(out.programma.regio_id));
  for (auto& v : alle) {
    if (v.jaar == out.programma.jaar - 1 && v.status == ProgrammaStatus::kVastgesteld) {
      auto vorig = begroting_van(*uow, v);
      if (vorig.ok()) {
        out.vergelijking = programma::vergelijk_met_vorig_jaar(vorig.value(), out.begroting);
        out.vorig_jaar = std::move(v);
      }
      break;
    }
  }
  return out;
}

}  // namespace regie::service

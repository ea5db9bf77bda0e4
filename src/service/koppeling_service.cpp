#include "service/koppeling_service.hpp"

#include <algorithm>

#include "domain/programma/catalogus_repository.hpp"
#include "domain/programma/koppeling_repository.hpp"
#include "domain/programma/programma_repository.hpp"
#include "service/opdracht_service.hpp"
#include "service/regio_organisaties.hpp"

namespace regie::service {
namespace {

std::string regels_object(Id opdracht_id) {
  return "opdracht/" + std::to_string(opdracht_id) + "/programmaregels";
}

// Everything the page and the API show, read in `uow`; every line of the programme (not only
// those that fit the opdracht) in `alle_uit` when given, for checking a new choice.
Result<OpdrachtProgrammaregels> lees(UnitOfWork& uow, const Context& ctx, Id opdracht_id,
                                     std::vector<programma::Regelkeuze>* alle_uit = nullptr) {
  OpdrachtProgrammaregels out;
  REGIE_ASSIGN_OR_RETURN(out.opdracht, zichtbare_opdracht(uow, ctx.actor, opdracht_id));
  const auto& o = out.opdracht;
  REGIE_ASSIGN_OR_RETURN(auto koppelingen, uow.koppelingen().list(opdracht_id));
  out.versie = koppelversie(koppelingen);
  for (const auto& k : koppelingen) {
    out.gekozen.push_back(k.regel);
    if (k.id == out.versie) {
      out.door = k.door;
      out.op = k.op;
    }
  }
  std::sort(out.gekozen.begin(), out.gekozen.end());
  REGIE_ASSIGN_OR_RETURN(auto in_regio, uow.koppelingen().list_regio(o.regio_id, o.jaar));
  for (const auto& [regel, ids] : programma::ook_gekozen(in_regio, opdracht_id)) {
    auto& andere = out.ook_gekozen[regel];
    for (Id id : ids) {
      AndereOpdracht a{id, "", false};
      auto gezien = zichtbare_opdracht(uow, ctx.actor, id);
      if (gezien.ok()) {
        a.titel = gezien->titel;
        a.zichtbaar = true;
      } else if (gezien.error().code != ErrorCode::kNotFound) {
        return gezien.error();
      }
      andere.push_back(std::move(a));
    }
  }
  REGIE_ASSIGN_OR_RETURN(auto programmas, uow.programmas().list_programmas(o.regio_id));
  if (const auto* p = programma::geldend_programma(programmas, o.jaar)) out.programma = *p;
  REGIE_ASSIGN_OR_RETURN(auto orgs, regio_organisaties(uow, o.regio_id, o.jaar));
  for (const auto& org : orgs.alle) out.namen.emplace(org.id, org.naam);
  if (out.programma) {
    REGIE_ASSIGN_OR_RETURN(auto producten,
                           uow.catalogus().list_producten(o.regio_id, out.programma->jaar));
    REGIE_ASSIGN_OR_RETURN(auto alle, programma::regelkeuzes(*out.programma, producten));
    out.dekking = programma::dekking(o, *out.programma, alle, out.gekozen);
    for (const auto& k : alle) {
      if (programma::past_bij(o, k)) out.keuzes.push_back(k);
    }
    if (alle_uit) *alle_uit = std::move(alle);
  } else {
    out.dekking = programma::dekking(o, programma::Uitvoeringsprogramma{}, {}, out.gekozen);
  }
  out.mag_wijzigen = programma::mag_koppeling_wijzigen(o, OpdrachtService::kant(ctx.actor, o)).ok();
  return out;
}

}  // namespace

Result<OpdrachtProgrammaregels> KoppelingService::programmaregels(const Context& ctx,
                                                                  Id opdracht_id) {
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  return lees(*uow, ctx, opdracht_id);
}

Result<OpdrachtProgrammaregels> KoppelingService::vervang(
    const Context& ctx, Id opdracht_id, std::int64_t versie,
    const std::vector<programma::Regelsleutel>& gekozen) {
  return vervang_met(ctx, opdracht_id, versie,
                     [&]() -> Result<std::vector<programma::Regelsleutel>> { return gekozen; });
}

Result<OpdrachtProgrammaregels> KoppelingService::vervang_uit_invoer(
    const Context& ctx, Id opdracht_id, std::int64_t versie,
    const std::optional<std::vector<Fields>>& regels) {
  return vervang_met(ctx, opdracht_id, versie,
                     [&]() -> Result<std::vector<programma::Regelsleutel>> {
                       if (!regels) return Error::invalid({{"regels", "fout.verplicht"}});
                       return programma::parse_sleutels(*regels);
                     });
}

Result<OpdrachtProgrammaregels> KoppelingService::vervang_met(const Context& ctx, Id opdracht_id,
                                                              std::int64_t versie,
                                                              const Keuze& keuze) {
  return audit_->write<OpdrachtProgrammaregels>(
      ctx, "opdracht.programmaregels_vervangen", regels_object(opdracht_id),
      [&](UnitOfWork& uow, std::string&) -> Result<OpdrachtProgrammaregels> {
        std::vector<programma::Regelkeuze> alle;
        REGIE_ASSIGN_OR_RETURN(auto nu, lees(uow, ctx, opdracht_id, &alle));
        const auto& o = nu.opdracht;
        REGIE_TRY(programma::mag_koppeling_wijzigen(o, OpdrachtService::kant(ctx.actor, o)));
        REGIE_ASSIGN_OR_RETURN(auto gekozen, keuze());
        if (!nu.programma) {
          return Error::invalid({{"regels", "fout.geen_programma_voor_jaar"}});
        }
        REGIE_TRY(programma::controleer_keuze(o, alle, gekozen));
        std::vector<programma::Programmakoppeling> nieuw;
        nieuw.reserve(gekozen.size());
        const auto door = OpdrachtService::wie(ctx.actor, o);
        const auto op = audit_->clock().now_iso();
        for (const auto& s : gekozen) nieuw.push_back({0, opdracht_id, s, door, op});
        REGIE_TRY(uow.koppelingen().vervang(opdracht_id, versie, nieuw));
        return lees(uow, ctx, opdracht_id);
      });
}

}  // namespace regie::service

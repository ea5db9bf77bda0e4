#include "service/opdracht_service.hpp"

#include <algorithm>

#include "core/text.hpp"
#include "domain/governance/register_repository.hpp"
#include "domain/opdrachten/opdracht_repository.hpp"
#include "domain/validation.hpp"
#include "service/authorization.hpp"
#include "service/interne_afstemming_service.hpp"
#include "service/namens.hpp"

namespace regie::service {
namespace {

using governance::RolSoort;
using opdrachten::Kant;
using opdrachten::Opdracht;
using opdrachten::Status;

// The longest motivation of a step and assessment of a verzoek, as the API reads them.
constexpr std::size_t kMaxReden = 20'000;
constexpr std::size_t kMaxBeoordeling = 20'000;

std::string verzoek_object(Id id, Id verzoek_id) {
  return object_id("opdracht", id) + "/wijzigingsverzoek/" + std::to_string(verzoek_id);
}

// A verzoek of a visible opdracht; one of another opdracht does not exist here.
Result<opdrachten::Wijzigingsverzoek> zichtbaar_verzoek(UnitOfWork& uow, const Opdracht& o,
                                                        Id verzoek_id) {
  REGIE_ASSIGN_OR_RETURN(auto v, uow.opdrachten().get_wijzigingsverzoek(verzoek_id));
  if (v.opdracht_id != o.id) return Error::not_found("wijzigingsverzoek van andere opdracht");
  return v;
}

// OPD-5: the opdracht as it is now, fixed as the version of its inhoudsversie.
opdrachten::Versie vastgestelde_versie(const Opdracht& o, const std::string& door,
                                       const std::string& op,
                                       std::optional<Id> verzoek = std::nullopt) {
  return {0, o.id, o.inhoudsversie, o, door, op, verzoek};
}

// The reader's format errors first; the domain's for the fields the reader let through.
Error samengevoegd(const Error& lezer, const Error& domein) {
  std::vector<FieldError> fouten = lezer.fields;
  for (const auto& f : domein.fields) {
    bool al = std::any_of(fouten.begin(), fouten.end(),
                          [&](const FieldError& g) { return g.field == f.field; });
    if (!al) fouten.push_back(f);
  }
  return Error::invalid(std::move(fouten));
}

bool zichtbaar(const auth::Actor& actor, const Opdracht& o) {
  if (o.regio_id != actor.regio_id) return false;
  if (o.soort == opdrachten::Soort::kCollectief) return true;
  if (auth::leest_hele_regio(actor)) return true;
  // GOV-10: the werkgever's and every hat's organisatie.
  return auth::hoort_bij(actor, o.opdrachtgever_id) ||
         (o.deelnemer_id && auth::hoort_bij(actor, *o.deelnemer_id));
}

bool bewerkbaar(Status status) {
  return status == Status::kConcept || status == Status::kTeruggelegd;
}

// An organisatie of the regio with a deelnemerschap (deelnemer or niet-deelnemer).
bool is_opdrachtgever(UnitOfWork& uow, Id regio_id, Id organisatie_id, bool alleen_deelnemer) {
  auto org = uow.registry().get_organisatie(organisatie_id);
  if (!org.ok() || org->regio_id != regio_id) return false;
  auto lijst = uow.registry().list_deelnemerschappen(organisatie_id);
  if (!lijst.ok()) return false;
  return std::any_of(lijst->begin(), lijst->end(), [&](const governance::Deelnemerschap& d) {
    return !alleen_deelnemer || d.relatie == governance::Relatie::kDeelnemer;
  });
}

// The references of a draft, checked against the regio; every problem at once.
Result<void> check_verwijzingen(UnitOfWork& uow, const auth::Actor& actor, const Opdracht& o) {
  std::vector<FieldError> fouten;
  if (!is_opdrachtgever(uow, actor.regio_id, o.opdrachtgever_id, false)) {
    fouten.push_back({"opdrachtgeverId", "fout.geen_deelnemer"});
  }
  if (o.deelnemer_id && !is_opdrachtgever(uow, actor.regio_id, *o.deelnemer_id, false)) {
    fouten.push_back({"deelnemerId", "fout.geen_deelnemer"});
  }
  if (!fouten.empty()) return Error::invalid(std::move(fouten));
  return Ok();
}

// GOV-12: the accountmanager hat an actor of the opdrachtnemer side acts with on the opdracht
// (for the opdrachtgever, the deelnemer, or any for a collectieve opdracht); nullptr for the
// directie, whose acceptance has no mandate limit here.
const auth::Hoedanigheid* accountmanager_hoed(const auth::Actor& actor, const Opdracht& o) {
  if (auth::draagt(actor, RolSoort::kDirectieOd)) return nullptr;
  if (auto* h = auth::hoed(actor, RolSoort::kAccountmanager, o.opdrachtgever_id)) return h;
  if (o.deelnemer_id) {
    if (auto* h = auth::hoed(actor, RolSoort::kAccountmanager, *o.deelnemer_id)) return h;
  }
  return auth::eerste_hoed(actor, {RolSoort::kAccountmanager});
}

// GOV-12: accepting an opdracht as accountmanager beyond its mandate.
bool aanvaarden_buiten_mandaat(const auth::Actor& actor, const Opdracht& o) {
  const auto* h = accountmanager_hoed(actor, o);
  return h != nullptr && !opdrachten::binnen_mandaat(o, h->mandaat_cents);
}

}  // namespace

Result<Opdracht> zichtbare_opdracht(UnitOfWork& uow, const auth::Actor& actor, Id id) {
  REGIE_ASSIGN_OR_RETURN(auto o, uow.opdrachten().get(id));
  if (!zichtbaar(actor, o)) return Error::not_found("opdracht niet zichtbaar");
  return o;
}

Kant OpdrachtService::kant(const auth::Actor& actor, const Opdracht& o) {
  // GOV-10 (decision 24): the side follows from the hats worn on the day. The ambtelijk
  // opdrachtgever of the organisatie that gives the opdracht; on the OD side its directie and
  // the accountmanager registered for that organisatie or for the deelnemer it is for (every
  // accountmanager for a collectief opdracht).
  const bool opdrachtgever =
      auth::draagt(actor, RolSoort::kAmbtelijkOpdrachtgever, o.opdrachtgever_id);
  const bool opdrachtnemer =
      auth::draagt(actor, RolSoort::kDirectieOd) ||
      auth::draagt(actor, RolSoort::kAccountmanager, o.opdrachtgever_id) ||
      (o.deelnemer_id && auth::draagt(actor, RolSoort::kAccountmanager, *o.deelnemer_id)) ||
      (o.soort == opdrachten::Soort::kCollectief && auth::draagt(actor, RolSoort::kAccountmanager));
  // GOV-5: one persoon on both sides of one opdracht decides on neither.
  if (opdrachtgever && opdrachtnemer) return Kant::kGeen;
  if (opdrachtgever) return Kant::kOpdrachtgever;
  if (opdrachtnemer) return Kant::kOpdrachtnemer;
  return Kant::kGeen;
}

std::string OpdrachtService::wie(const auth::Actor& actor, const Opdracht& o) {
  const auth::Hoedanigheid* hoed = nullptr;
  switch (kant(actor, o)) {
    case Kant::kOpdrachtgever:
      hoed = auth::hoed(actor, RolSoort::kAmbtelijkOpdrachtgever, o.opdrachtgever_id);
      break;
    case Kant::kOpdrachtnemer:
      hoed = auth::hoed(actor, RolSoort::kAccountmanager, o.opdrachtgever_id);
      if (hoed == nullptr && o.deelnemer_id) {
        hoed = auth::hoed(actor, RolSoort::kAccountmanager, *o.deelnemer_id);
      }
      if (hoed == nullptr) {
        hoed = auth::eerste_hoed(actor, {RolSoort::kDirectieOd, RolSoort::kAccountmanager});
      }
      break;
    case Kant::kGeen:
      break;
  }
  return auth::wie(actor, hoed);
}

opdrachten::Beslisser OpdrachtService::beslisser(const auth::Actor& actor, const Opdracht& o,
                                                 const opdrachten::Wijzigingsverzoek& verzoek) {
  opdrachten::Beslisser b{kant(actor, o)};
  if (b.kant == Kant::kOpdrachtgever) {
    // No mandate recorded on the hat: no limit (a finding of its own).
    if (const auto* h = auth::hoed(actor, RolSoort::kAmbtelijkOpdrachtgever, o.opdrachtgever_id);
        h != nullptr && h->mandaat_cents) {
      b.mandaat_cents = h->mandaat_cents;
      b.mandaat_scope = h->mandaat_scope;
    }
  } else if (b.kant == Kant::kGeen && verzoek.status == opdrachten::VerzoekStatus::kVoorgelegd &&
             auth::draagt(actor, RolSoort::kBestuurlijkOpdrachtgever, o.opdrachtgever_id)) {
    b = {Kant::kOpdrachtgever, opdrachten::Laag::kBestuurlijk, std::nullopt, true};
  }
  return b;
}

bool OpdrachtService::mag_opstellen(const auth::Actor& actor) {
  return auth::is_opdrachtgeverkant(actor) || auth::draagt(actor, RolSoort::kAccountmanager) ||
         auth::draagt(actor, RolSoort::kDirectieOd);
}

bool OpdrachtService::mag_opstellen_voor(const auth::Actor& actor, Id opdrachtgever_id,
                                         std::optional<Id> deelnemer_id) {
  if (auth::draagt(actor, RolSoort::kDirectieOd)) return true;
  if (auth::draagt(actor, RolSoort::kAccountmanager, opdrachtgever_id) ||
      (deelnemer_id && auth::draagt(actor, RolSoort::kAccountmanager, *deelnemer_id))) {
    return true;
  }
  return auth::draagt(actor, RolSoort::kAmbtelijkOpdrachtgever, opdrachtgever_id) &&
         (!deelnemer_id || *deelnemer_id == opdrachtgever_id);
}

bool OpdrachtService::zichtbaar(const auth::Actor& actor, const Opdracht& opdracht) {
  return service::zichtbaar(actor, opdracht);
}

Result<std::vector<Opdracht>> OpdrachtService::opdrachten(const Context& ctx, OpdrachtQuery query) {
  query.regio_id = ctx.actor.regio_id;
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  REGIE_ASSIGN_OR_RETURN(auto alle, uow->opdrachten().list(query));
  std::erase_if(alle, [&](const Opdracht& o) { return !zichtbaar(ctx.actor, o); });
  return alle;
}

Result<OpdrachtDetail> OpdrachtService::opdracht(const Context& ctx, Id id) {
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  OpdrachtDetail d;
  REGIE_ASSIGN_OR_RETURN(d.opdracht, zichtbare_opdracht(*uow, ctx.actor, id));
  d.controle = opdrachten::controleer(d.opdracht);
  REGIE_ASSIGN_OR_RETURN(d.tijdlijn, uow->opdrachten().list_overgangen(id));
  REGIE_ASSIGN_OR_RETURN(d.bewerkingen, uow->opdrachten().list_bewerkingen(id));
  d.kant = kant(ctx.actor, d.opdracht);
  d.mogelijke_stappen = opdrachten::mogelijke_stappen(d.opdracht.status, d.kant);
  d.mag_wijzigen = d.kant != Kant::kGeen && bewerkbaar(d.opdracht.status);
  if (auto org = uow->registry().get_organisatie(d.opdracht.opdrachtgever_id); org.ok()) {
    d.opdrachtgever_naam = org->naam;
  }
  if (d.opdracht.deelnemer_id) {
    if (auto org = uow->registry().get_organisatie(*d.opdracht.deelnemer_id); org.ok()) {
      d.deelnemer_naam = org->naam;
    }
  }
  if (d.opdracht.soort == opdrachten::Soort::kCollectief) {
    REGIE_ASSIGN_OR_RETURN(d.namens, namens_namen(*uow, d.opdracht, audit_->clock().vandaag()));
  }
  d.aanvaarden_buiten_mandaat = d.kant == Kant::kOpdrachtnemer &&
                                d.opdracht.status == Status::kAangeboden &&
                                aanvaarden_buiten_mandaat(ctx.actor, d.opdracht);
  REGIE_ASSIGN_OR_RETURN(d.wacht_op, wacht_op(*uow, d.opdracht, audit_->clock().vandaag()));
  if (d.opdracht.status == Status::kAangeboden) {
    REGIE_ASSIGN_OR_RETURN(d.aanvaarden_wacht,
                           InterneAfstemmingService::aanvaarden_wacht(*uow, id));
  }
  // OPD-3: why it was sent back, until it is accepted.
  if (d.opdracht.status == Status::kConcept || d.opdracht.status == Status::kTeruggelegd ||
      d.opdracht.status == Status::kAangeboden) {
    for (const auto& t : d.tijdlijn) {
      if (t.stap == opdrachten::Stap::kTerugleggen) d.laatste_teruglegging = t;
    }
  }
  return d;
}

Result<Werklijst> OpdrachtService::werklijst(const Context& ctx) {
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  REGIE_ASSIGN_OR_RETURN(auto alle, uow->opdrachten().list({.regio_id = ctx.actor.regio_id}));
  const Datum dag = audit_->clock().vandaag();
  Werklijst out;
  for (const auto& o : alle) {
    if (!zichtbaar(ctx.actor, o)) continue;
    const auto k = kant(ctx.actor, o);
    if (k == Kant::kGeen) continue;
    REGIE_ASSIGN_OR_RETURN(auto wachten, wacht_op(*uow, o, dag));
    WerkRegel mijn{o, {}, {}};
    WerkRegel ander{o, {}, {}};
    for (const auto& w : wachten) {
      // GOV-12: beyond the accountmanager's mandate acceptance waits for the directie.
      const bool eigen = w.kant == k && !(w.stap == opdrachten::Stap::kAanvaarden &&
                                          aanvaarden_buiten_mandaat(ctx.actor, o));
      auto& regel = eigen ? mijn : ander;
      regel.stappen.push_back(w.stap);
      for (const auto& naam : w.wie) {
        if (std::find(regel.wie.begin(), regel.wie.end(), naam) == regel.wie.end()) {
          regel.wie.push_back(naam);
        }
      }
    }
    if (!mijn.stappen.empty()) out.voor_mij.push_back(std::move(mijn));
    if (!ander.stappen.empty()) out.voor_ander.push_back(std::move(ander));
  }
  return out;
}

Result<Opdracht> OpdrachtService::create(const Context& ctx, const Fields& velden,
                                         const opdrachten::Lijsten& lijsten) {
  return audit_->write<Opdracht>(
      ctx, "opdracht.aanmaken", "opdracht",
      [&](UnitOfWork& uow, std::string& object) -> Result<Opdracht> {
        // OPD-2: the organisaties named in the body decide, before the input is judged; a body
        // that names none is judged by validation.
        if (!mag_opstellen(ctx.actor)) return Error::forbidden("opdracht opstellen");
        const auto eigen = auth::organisaties_als(ctx.actor, RolSoort::kAmbtelijkOpdrachtgever);
        const bool genoemd = validation::peek_id(velden, "opdrachtgeverId").has_value();
        if ((genoemd || !eigen.empty()) &&
            !mag_opstellen_voor(ctx.actor,
                                genoemd
                                    ? target_organisatie(uow, ctx.actor, velden, "opdrachtgeverId")
                                    : eigen.front(),
                                target_organisatie(uow, ctx.actor, velden, "deelnemerId"))) {
          return Error::forbidden("opdracht opstellen");
        }
        REGIE_ASSIGN_OR_RETURN(auto o, opdrachten::parse_opdracht(velden, lijsten));
        o.regio_id = ctx.actor.regio_id;
        o.status = Status::kConcept;
        // An ambtelijk opdrachtgever who names none gives it for the organisatie of its hat.
        if (!eigen.empty() && !genoemd) {
          o.opdrachtgever_id = eigen.front();
        } else {
          validation::Reader r(velden);
          o.opdrachtgever_id = r.required_id("opdrachtgeverId");
          if (!r.ok()) return r.error();
        }
        REGIE_TRY(check_verwijzingen(uow, ctx.actor, o));
        if (!mag_opstellen_voor(ctx.actor, o.opdrachtgever_id, o.deelnemer_id)) {
          return Error::forbidden("opdracht opstellen voor een andere organisatie");
        }
        REGIE_ASSIGN_OR_RETURN(o.id, uow.opdrachten().create(o));
        object = object_id("opdracht", o.id);
        return uow.opdrachten().get(o.id);
      });
}

Result<Opdracht> OpdrachtService::update(const Context& ctx, Id id, std::int64_t versie,
                                         const Fields& velden, const opdrachten::Lijsten& lijsten) {
  return audit_->write<Opdracht>(
      ctx, "opdracht.wijzigen", object_id("opdracht", id),
      [&](UnitOfWork& uow, std::string&) -> Result<Opdracht> {
        REGIE_ASSIGN_OR_RETURN(auto huidig, zichtbare_opdracht(uow, ctx.actor, id));
        if (kant(ctx.actor, huidig) == Kant::kGeen ||
            !mag_opstellen_voor(ctx.actor, huidig.opdrachtgever_id,
                                target_organisatie(uow, ctx.actor, velden, "deelnemerId"))) {
          return Error::forbidden("opdracht wijzigen");
        }
        if (!bewerkbaar(huidig.status)) {
          return Error{ErrorCode::kConflict,
                       "fout.opdracht_niet_bewerkbaar",
                       "status " + std::string(code(huidig.status)),
                       {}};
        }
        REGIE_ASSIGN_OR_RETURN(auto o, opdrachten::parse_opdracht(velden, lijsten));
        o.id = id;
        o.regio_id = huidig.regio_id;
        o.opdrachtgever_id = huidig.opdrachtgever_id;
        o.status = huidig.status;
        o.inhoudsversie = huidig.inhoudsversie;
        o.versie = versie;
        REGIE_TRY(check_verwijzingen(uow, ctx.actor, o));
        if (!mag_opstellen_voor(ctx.actor, o.opdrachtgever_id, o.deelnemer_id)) {
          return Error::forbidden("opdracht naar een andere organisatie verplaatsen");
        }
        REGIE_TRY(uow.opdrachten().update(o));
        // OPD-3: an edit that changes something leaves a trace in the timeline.
        if (auto onderdelen = opdrachten::gewijzigde_onderdelen(huidig, o); !onderdelen.empty()) {
          REGIE_ASSIGN_OR_RETURN(auto stappen, uow.opdrachten().list_overgangen(id));
          REGIE_TRY(uow.opdrachten().create_bewerking(
              {0, id, wie(ctx.actor, huidig), audit_->clock().now_iso(), huidig.status,
               static_cast<std::int32_t>(stappen.size()), std::move(onderdelen)}));
        }
        return uow.opdrachten().get(id);
      });
}

Result<Opdracht> OpdrachtService::create_overgang(const Context& ctx, Id id, std::int64_t versie,
                                                  const Fields& velden) {
  const auto genoemd = opdrachten::stap_from_code(trim(field(velden, "stap").value_or("")));
  return audit_->write<Opdracht>(
      ctx, "opdracht." + (genoemd ? std::string(code(*genoemd)) : std::string("stap")),
      object_id("opdracht", id), [&](UnitOfWork& uow, std::string&) -> Result<Opdracht> {
        // Who may take a step comes before the input is judged and before the version.
        REGIE_ASSIGN_OR_RETURN(auto o, zichtbare_opdracht(uow, ctx.actor, id));
        const auto k = kant(ctx.actor, o);
        if (k == Kant::kGeen) return Error::forbidden("opdracht stap");
        validation::Reader r(velden);
        auto gelezen = r.required_choice(
            "stap", [](const std::string& c) { return opdrachten::stap_from_code(c); });
        if (gelezen && !opdrachten::mag_stap_zetten(k, *gelezen)) {
          return Error::forbidden(std::string(code(*gelezen)));
        }
        auto reden = r.optional_text("reden", kMaxReden, validation::Regels::kMeer);
        if (!r.ok()) return r.error();
        const auto stap = *gelezen;
        if (o.versie != versie) return Error::stale("opdracht versie is verouderd");
        REGIE_ASSIGN_OR_RETURN(auto naar, opdrachten::status_na(o, stap, k, reden));
        // GOV-12: beyond the accountmanager's mandate the directie accepts.
        if (stap == opdrachten::Stap::kAanvaarden && aanvaarden_buiten_mandaat(ctx.actor, o)) {
          return Error::invalid({{"stap", "opd.aanvaarden_buiten_mandaat"}});
        }
        // OPD-8: accepted only after the interne afstemming with the teams.
        if (stap == opdrachten::Stap::kAanvaarden) {
          REGIE_ASSIGN_OR_RETURN(auto wacht, InterneAfstemmingService::aanvaarden_wacht(uow, id));
          if (wacht) return Error::invalid({{"stap", *wacht}});
        }
        opdrachten::Overgang overgang;
        overgang.opdracht_id = id;
        overgang.stap = stap;
        overgang.van = o.status;
        overgang.naar = naar;
        overgang.door = wie(ctx.actor, o);
        overgang.tijdstip = audit_->clock().now_iso();
        overgang.reden = reden;
        // OPD-2: a step of the opdrachtgever on a collectieve opdracht speaks for those it
        // represents that day.
        if (k == Kant::kOpdrachtgever) {
          REGIE_ASSIGN_OR_RETURN(overgang.namens, namens(uow, o, audit_->clock().vandaag()));
        }
        o.status = naar;
        REGIE_TRY(uow.opdrachten().update(o));
        REGIE_TRY(uow.opdrachten().create_overgang(overgang));
        // OPD-5: the opdracht as accepted is its first fixed version.
        if (stap == opdrachten::Stap::kAanvaarden &&
            !uow.opdrachten().get_versie(id, o.inhoudsversie).ok()) {
          REGIE_TRY(uow.opdrachten().create_versie(
              vastgestelde_versie(o, overgang.door, overgang.tijdstip)));
        }
        return uow.opdrachten().get(id);
      });
}

Result<std::vector<opdrachten::Bewerking>> OpdrachtService::bewerkingen(const Context& ctx, Id id) {
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  REGIE_TRY(zichtbare_opdracht(*uow, ctx.actor, id));
  return uow->opdrachten().list_bewerkingen(id);
}

// OPD-5: versions and wijzigingsverzoeken

Result<std::vector<opdrachten::Versie>> OpdrachtService::versies(const Context& ctx, Id id) {
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  REGIE_TRY(zichtbare_opdracht(*uow, ctx.actor, id));
  return uow->opdrachten().list_versies(id);
}

Result<opdrachten::Versie> OpdrachtService::versie(const Context& ctx, Id id, std::int32_t nummer) {
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  REGIE_TRY(zichtbare_opdracht(*uow, ctx.actor, id));
  return uow->opdrachten().get_versie(id, nummer);
}

Result<std::vector<opdrachten::Verschil>> OpdrachtService::vergelijk(const Context& ctx, Id id,
                                                                     std::int32_t van,
                                                                     std::int32_t naar) {
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  REGIE_TRY(zichtbare_opdracht(*uow, ctx.actor, id));
  REGIE_ASSIGN_OR_RETURN(auto a, uow->opdrachten().get_versie(id, van));
  REGIE_ASSIGN_OR_RETURN(auto b, uow->opdrachten().get_versie(id, naar));
  return opdrachten::vergelijk(a.inhoud, b.inhoud);
}

Result<std::vector<opdrachten::Wijzigingsverzoek>> OpdrachtService::wijzigingsverzoeken(
    const Context& ctx, Id id) {
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  REGIE_TRY(zichtbare_opdracht(*uow, ctx.actor, id));
  return uow->opdrachten().list_wijzigingsverzoeken(id);
}

Result<VerzoekDetail> OpdrachtService::wijzigingsverzoek(const Context& ctx, Id id, Id verzoek_id) {
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  VerzoekDetail d;
  REGIE_ASSIGN_OR_RETURN(d.opdracht, zichtbare_opdracht(*uow, ctx.actor, id));
  REGIE_ASSIGN_OR_RETURN(d.verzoek, zichtbaar_verzoek(*uow, d.opdracht, verzoek_id));
  // Compared with the version it was made on (the opdracht itself when that is missing).
  auto basis = uow->opdrachten().get_versie(id, d.verzoek.basisversie);
  d.verschillen =
      opdrachten::vergelijk(basis.ok() ? basis->inhoud : d.opdracht, d.verzoek.voorstel);
  const auto b = beslisser(ctx.actor, d.opdracht, d.verzoek);
  const bool ingediend = d.verzoek.status == opdrachten::VerzoekStatus::kIngediend;
  const bool voorgelegd = d.verzoek.status == opdrachten::VerzoekStatus::kVoorgelegd;
  const bool ambtelijk = b.kant == Kant::kOpdrachtgever && b.laag == opdrachten::Laag::kAmbtelijk;
  d.beslist_als_bestuur = voorgelegd && b.laag == opdrachten::Laag::kBestuurlijk;
  d.mag_afstemmen = (ingediend || voorgelegd) && ambtelijk;
  d.mag_beoordelen = (ingediend && ambtelijk) || d.beslist_als_bestuur;
  d.mag_voorleggen = ingediend && ambtelijk;
  d.mag_intrekken = opdrachten::is_open(d.verzoek.status) && b.kant != Kant::kGeen &&
                    b.laag == opdrachten::Laag::kAmbtelijk && b.kant == d.verzoek.ingediend_kant;
  d.meerkosten_cents = opdrachten::meerkosten_cents(d.opdracht, d.verzoek.voorstel);
  d.mandaat_cents = b.mandaat_cents;
  d.binnen_mandaat = !ambtelijk || opdrachten::binnen_mandaat(d.opdracht, d.verzoek, b);
  return d;
}

Result<std::vector<OpenVerzoek>> OpdrachtService::open_verzoeken(const Context& ctx) {
  std::vector<OpenVerzoek> out;
  REGIE_ASSIGN_OR_RETURN(auto uow, store_->begin(Toegang::kLezen));
  OpdrachtQuery q;
  q.regio_id = ctx.actor.regio_id;
  REGIE_ASSIGN_OR_RETURN(auto alle, uow->opdrachten().list(q));
  for (const auto& o : alle) {
    const bool bestuur =
        auth::draagt(ctx.actor, RolSoort::kBestuurlijkOpdrachtgever, o.opdrachtgever_id);
    if (!zichtbaar(ctx.actor, o) || (kant(ctx.actor, o) == Kant::kGeen && !bestuur) ||
        !opdrachten::staat_wijziging_toe(o.status)) {
      continue;
    }
    REGIE_ASSIGN_OR_RETURN(auto verzoeken, uow->opdrachten().list_wijzigingsverzoeken(o.id));
    for (auto& v : verzoeken) {
      if (!opdrachten::is_open(v.status)) continue;
      const auto b = beslisser(ctx.actor, o, v);
      // The bestuurlijk opdrachtgever sees what is laid before it, not what is still ambtelijk.
      if (b.kant == Kant::kGeen) continue;
      const bool beslist =
          b.kant == Kant::kOpdrachtgever && (b.laag == opdrachten::Laag::kBestuurlijk ||
                                             v.status == opdrachten::VerzoekStatus::kIngediend);
      out.push_back({std::move(v), o.titel, beslist});
    }
  }
  std::sort(out.begin(), out.end(), [](const OpenVerzoek& a, const OpenVerzoek& b) {
    return a.verzoek.ingediend_op < b.verzoek.ingediend_op;
  });
  return out;
}

Result<opdrachten::Wijzigingsverzoek> OpdrachtService::indienen(
    const Context& ctx, Id id, const Fields& velden, const opdrachten::Lijsten& lijsten) {
  return audit_->write<opdrachten::Wijzigingsverzoek>(
      ctx, "wijzigingsverzoek.indienen", object_id("opdracht", id),
      [&](UnitOfWork& uow, std::string& object) -> Result<opdrachten::Wijzigingsverzoek> {
        REGIE_ASSIGN_OR_RETURN(auto o, zichtbare_opdracht(uow, ctx.actor, id));
        auto k = kant(ctx.actor, o);
        if (k == Kant::kGeen) return Error::forbidden("wijzigingsverzoek indienen");
        if (!opdrachten::staat_wijziging_toe(o.status)) {
          return Error{ErrorCode::kConflict,
                       "fout.wijziging_niet_mogelijk",
                       "status " + std::string(code(o.status)),
                       {}};
        }
        REGIE_ASSIGN_OR_RETURN(auto v, opdrachten::parse_wijzigingsverzoek(o, velden, lijsten));
        REGIE_TRY(opdrachten::controleer_indienen(o, v, k));
        REGIE_TRY(check_verwijzingen(uow, ctx.actor, v.voorstel));
        v.ingediend_door = wie(ctx.actor, o);
        v.ingediend_kant = k;
        v.ingediend_op = audit_->clock().now_iso();
        v.status = opdrachten::VerzoekStatus::kIngediend;
        REGIE_ASSIGN_OR_RETURN(v.id, uow.opdrachten().create_wijzigingsverzoek(v));
        object = verzoek_object(id, v.id);
        return uow.opdrachten().get_wijzigingsverzoek(v.id);
      });
}

Result<opdrachten::Wijzigingsverzoek> OpdrachtService::afstemming_vastleggen(const Context& ctx,
                                                                             Id id, Id verzoek_id,
                                                                             std::int64_t versie,
                                                                             const Fields& velden) {
  return audit_->write<opdrachten::Wijzigingsverzoek>(
      ctx, "wijzigingsverzoek.afstemming", verzoek_object(id, verzoek_id),
      [&](UnitOfWork& uow, std::string&) -> Result<opdrachten::Wijzigingsverzoek> {
        REGIE_ASSIGN_OR_RETURN(auto o, zichtbare_opdracht(uow, ctx.actor, id));
        REGIE_ASSIGN_OR_RETURN(auto v, zichtbaar_verzoek(uow, o, verzoek_id));
        auto gelezen = opdrachten::parse_afstemming(velden);
        opdrachten::Afstemming a = gelezen.ok() ? *gelezen : opdrachten::Afstemming{};
        auto check = opdrachten::controleer_afstemming(v, a, kant(ctx.actor, o));
        if (!check.ok()) {
          if (check.error().code == ErrorCode::kInvalid && !gelezen.ok()) {
            return samengevoegd(gelezen.error(), check.error());
          }
          return check.error();
        }
        if (v.versie != versie) return Error::stale("wijzigingsverzoek versie is verouderd");
        a.door = wie(ctx.actor, o);
        v.afstemming = a;
        REGIE_TRY(uow.opdrachten().update_wijzigingsverzoek(v));
        return uow.opdrachten().get_wijzigingsverzoek(verzoek_id);
      });
}

Result<opdrachten::Wijzigingsverzoek> OpdrachtService::besluiten(const Context& ctx, Id id,
                                                                 Id verzoek_id, std::int64_t versie,
                                                                 const Fields& velden) {
  const auto genoemd = opdrachten::besluit_from_code(trim(field(velden, "besluit").value_or("")));
  return audit_->write<opdrachten::Wijzigingsverzoek>(
      ctx, "wijzigingsverzoek." + (genoemd ? std::string(code(*genoemd)) : std::string("besluit")),
      verzoek_object(id, verzoek_id),
      [&](UnitOfWork& uow, std::string&) -> Result<opdrachten::Wijzigingsverzoek> {
        // Who may decide comes before the input is judged and before the version.
        REGIE_ASSIGN_OR_RETURN(auto o, zichtbare_opdracht(uow, ctx.actor, id));
        REGIE_ASSIGN_OR_RETURN(auto v, zichtbaar_verzoek(uow, o, verzoek_id));
        const auto b = beslisser(ctx.actor, o, v);
        if (b.kant == Kant::kGeen) return Error::forbidden("wijzigingsverzoek besluiten");
        validation::Reader r(velden);
        auto besluit = r.required_choice(
            "besluit", [](const std::string& c) { return opdrachten::besluit_from_code(c); });
        auto beoordeling =
            r.optional_text("beoordeling", kMaxBeoordeling, validation::Regels::kMeer);
        if (!besluit) return r.error();
        // besluiten refuses a side that may not decide before anything else.
        auto besloten = opdrachten::besluiten(o, v, *besluit, b, beoordeling);
        if (!besloten.ok() && besloten.error().code == ErrorCode::kForbidden) {
          return besloten.error();
        }
        if (!r.ok()) return r.error();
        REGIE_ASSIGN_OR_RETURN(auto status, std::move(besloten));
        if (v.versie != versie) return Error::stale("wijzigingsverzoek versie is verouderd");
        // GOV-10: the bestuurlijk opdrachtgever decides with that hat.
        const std::string door =
            b.laag == opdrachten::Laag::kBestuurlijk
                ? auth::wie(ctx.actor, auth::hoed(ctx.actor, RolSoort::kBestuurlijkOpdrachtgever,
                                                  o.opdrachtgever_id))
                : wie(ctx.actor, o);
        v.status = status;
        if (status == opdrachten::VerzoekStatus::kVoorgelegd) {
          // GOV-12: laid before the next level, with why; the decision is still to come.
          v.voorlegging = beoordeling;
          v.voorgelegd_door = door;
          v.voorgelegd_op = audit_->clock().now_iso();
        } else {
          v.beoordeling = beoordeling;
          v.besloten_door = door;
          v.besloten_op = audit_->clock().now_iso();
          // OPD-2: a decision of the opdrachtgever on a collectieve opdracht, on whose behalf.
          if (b.kant == Kant::kOpdrachtgever) {
            REGIE_ASSIGN_OR_RETURN(v.besloten_namens, namens(uow, o, audit_->clock().vandaag()));
          }
        }
        REGIE_TRY(uow.opdrachten().update_wijzigingsverzoek(v));
        if (status == opdrachten::VerzoekStatus::kAanvaard) {
          auto nieuw = opdrachten::pas_toe(o, v.voorstel);
          REGIE_TRY(uow.opdrachten().update(nieuw));
          REGIE_TRY(uow.opdrachten().create_versie(
              vastgestelde_versie(nieuw, v.besloten_door, v.besloten_op, v.id)));
        }
        return uow.opdrachten().get_wijzigingsverzoek(verzoek_id);
      });
}

}  // namespace regie::service

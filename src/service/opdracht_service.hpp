// Use cases of opdrachten (OPD-1..OPD-3): drafting an opdracht with its eleven parts, the
// quality check, and the lifecycle steps with who, when and why.
// Who sees what: a collectief opdracht is for the whole regio; maatwerk is seen by the beheerder,
// the OD roles, the opdrachtgever that gives it and the deelnemer it is for (others: kNotFound).
// Sides (domain/opdrachten): the opdrachtgever account of the giving organisatie is the
// opdrachtgever side; the accountmanager and directie are the opdrachtnemer side. Both sides may
// draft and revise while the opdracht is concept or teruggelegd; after that it changes only by
// its lifecycle steps. Every write is one audited transaction. Thread-safe.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/fields.hpp"
#include "core/result.hpp"
#include "domain/opdrachten/opdracht.hpp"
#include "domain/opdrachten/opdracht_repository.hpp"
#include "domain/opdrachten/parse.hpp"
#include "domain/opdrachten/wijziging.hpp"
#include "domain/repository.hpp"
#include "service/audit_service.hpp"
#include "service/context.hpp"
#include "service/volgende_stap.hpp"

namespace regie::service {

struct OpdrachtDetail {
  opdrachten::Opdracht opdracht;
  std::vector<opdrachten::DeelOordeel> controle;    // OPD-1 checklist, one per part
  std::vector<opdrachten::Overgang> tijdlijn;       // OPD-3, oldest first
  std::vector<opdrachten::Bewerking> bewerkingen;   // OPD-3: edits before acceptance, oldest first
  std::vector<opdrachten::Stap> mogelijke_stappen;  // for the actor asking
  opdrachten::Kant kant = opdrachten::Kant::kGeen;
  bool mag_wijzigen = false;
  std::string opdrachtgever_naam;
  std::string deelnemer_naam;
  // OPD-2, GOV-6: on a collectieve opdracht, the organisaties its opdrachtgever speaks for
  // today (itself first); one name when it represents nobody.
  std::vector<std::string> namens;
  // GOV-12: the reader would take "aanvaarden" as accountmanager beyond its mandate: the
  // directie accepts.
  bool aanvaarden_buiten_mandaat = false;
  // OPD-8: while aangeboden, why acceptance waits for the interne afstemming (a message key).
  std::optional<std::string> aanvaarden_wacht;
  // OPD-3: each step that can follow, with the side and the people who take it.
  std::vector<Wacht> wacht_op;
  // OPD-3: the latest sending back, while the opdracht is not (yet again) accepted.
  std::optional<opdrachten::Overgang> laatste_teruglegging;
};

// OPD-5: one wijzigingsverzoek with what the reader may do with it, and its voorstel compared
// part by part with the version it was made on.
struct VerzoekDetail {
  opdrachten::Wijzigingsverzoek verzoek;
  opdrachten::Opdracht opdracht;  // as it is now
  std::vector<opdrachten::Verschil> verschillen;
  bool mag_afstemmen = false;
  bool mag_beoordelen = false;  // aanvaarden and afwijzen
  bool mag_intrekken = false;
  // GOV-12: the ambtelijk opdrachtgever may lay it before the bestuurlijk opdrachtgever; the
  // reader decides as that next level; and what the mandate says about it.
  bool mag_voorleggen = false;
  bool beslist_als_bestuur = false;
  std::int64_t meerkosten_cents = 0;
  std::optional<std::int64_t> mandaat_cents;  // of the reader's ambtelijk opdrachtgever hat
  bool binnen_mandaat = true;
};

// OPD-5: an open wijzigingsverzoek for the start page.
struct OpenVerzoek {
  opdrachten::Wijzigingsverzoek verzoek;
  std::string opdracht_titel;
  bool mag_beslissen = false;  // the reader is the opdrachtgever that decides
};

// OPD-3: an opdracht on a work list, with the next steps that wait on it and who takes them.
struct WerkRegel {
  opdrachten::Opdracht opdracht;
  std::vector<opdrachten::Stap> stappen;
  std::vector<std::string> wie;
};

// OPD-3: the work lists of a start page, over the opdrachten where the reader is one of the
// sides: the steps the reader takes, and those that wait for the other side.
struct Werklijst {
  std::vector<WerkRegel> voor_mij;
  std::vector<WerkRegel> voor_ander;
};

// The opdracht when the actor sees it; kNotFound otherwise (as if it did not exist). For every
// use case on an opdracht and what hangs under it.
Result<opdrachten::Opdracht> zichtbare_opdracht(UnitOfWork& uow, const auth::Actor& actor, Id id);

class OpdrachtService {
 public:
  OpdrachtService(std::shared_ptr<Store> store, std::shared_ptr<AuditService> audit)
      : store_(std::move(store)), audit_(std::move(audit)) {}

  static opdrachten::Kant kant(const auth::Actor& actor, const opdrachten::Opdracht& opdracht);
  // GOV-10: who acts on the opdracht, as its records name them: the persoon with the hat that
  // gives its side ("Pieter de Boer, ambtelijk opdrachtgever Gemeente Beekdal").
  static std::string wie(const auth::Actor& actor, const opdrachten::Opdracht& opdracht);
  // Whether the actor may start a new opdracht at all (opens the form).
  static bool mag_opstellen(const auth::Actor& actor);
  // OPD-2: whether the actor may draft an opdracht given by `opdrachtgever_id` (for maatwerk: for
  // deelnemer `deelnemer_id`). An opdrachtgever only for its own organisatie, in both; the
  // opdrachtnemer side for any opdrachtgever of the regio.
  static bool mag_opstellen_voor(const auth::Actor& actor, Id opdrachtgever_id,
                                 std::optional<Id> deelnemer_id);
  // GOV-12: who decides a wijzigingsverzoek of the opdracht for the actor: the side, the level
  // (the bestuurlijk opdrachtgever of the opdrachtgever decides what is laid before it) and the
  // mandate of the hat worn.
  static opdrachten::Beslisser beslisser(const auth::Actor& actor,
                                         const opdrachten::Opdracht& opdracht,
                                         const opdrachten::Wijzigingsverzoek& verzoek);
  // Whether the actor sees the opdracht (others get kNotFound); also for its signalen (OPD-6).
  static bool zichtbaar(const auth::Actor& actor, const opdrachten::Opdracht& opdracht);

  // The visible opdrachten of the actor's regio (query.regio_id is set to it).
  Result<std::vector<opdrachten::Opdracht>> opdrachten(const Context& ctx, OpdrachtQuery query);
  Result<OpdrachtDetail> opdracht(const Context& ctx, Id id);
  // An opdrachtgever drafts for its own organisatie (opdrachtgeverId, when sent, and the
  // deelnemerId of maatwerk must be its own: kForbidden otherwise); the OD side names the
  // opdrachtgever in opdrachtgeverId.
  Result<opdrachten::Opdracht> create(const Context& ctx, const Fields& velden,
                                      const opdrachten::Lijsten& lijsten);
  Result<opdrachten::Opdracht> update(const Context& ctx, Id id, std::int64_t versie,
                                      const Fields& velden, const opdrachten::Lijsten& lijsten);
  // OPD-3: one lifecycle step from the version the user saw: fields "stap" (a Stap code) and
  // "reden". Who may take it is decided before the step is read and before the version.
  Result<opdrachten::Opdracht> create_overgang(const Context& ctx, Id id, std::int64_t versie,
                                               const Fields& velden);

  // OPD-3: the edits before acceptance, oldest first.
  Result<std::vector<opdrachten::Bewerking>> bewerkingen(const Context& ctx, Id id);

  // OPD-5: versions and wijzigingsverzoeken. Whoever sees the opdracht reads them all.
  Result<std::vector<opdrachten::Versie>> versies(const Context& ctx, Id id);
  Result<opdrachten::Versie> versie(const Context& ctx, Id id, std::int32_t nummer);
  // Two versions part by part (kNotFound when either does not exist).
  Result<std::vector<opdrachten::Verschil>> vergelijk(const Context& ctx, Id id, std::int32_t van,
                                                      std::int32_t naar);
  Result<std::vector<opdrachten::Wijzigingsverzoek>> wijzigingsverzoeken(const Context& ctx, Id id);
  Result<VerzoekDetail> wijzigingsverzoek(const Context& ctx, Id id, Id verzoek_id);
  // Either side proposes: the voorstel's fields as for update, plus aspecten and omschrijving.
  Result<opdrachten::Wijzigingsverzoek> indienen(const Context& ctx, Id id, const Fields& velden,
                                                 const opdrachten::Lijsten& lijsten);
  // The opdrachtgever records the alignment with the beleidsafdeling (met, datum, uitkomst).
  Result<opdrachten::Wijzigingsverzoek> afstemming_vastleggen(const Context& ctx, Id id,
                                                              Id verzoek_id, std::int64_t versie,
                                                              const Fields& velden);
  // OPD-3: what waits for the reader and for the other side (start page); in list order.
  Result<Werklijst> werklijst(const Context& ctx);
  // The open verzoeken on the opdrachten where the actor is one of the sides (others: none),
  // oldest first.
  Result<std::vector<OpenVerzoek>> open_verzoeken(const Context& ctx);
  // Aanvaarden (a new version of the opdracht), afwijzen or intrekken, from the version seen:
  // fields "besluit" (a Besluit code) and "beoordeling". Who may decide comes first.
  Result<opdrachten::Wijzigingsverzoek> besluiten(const Context& ctx, Id id, Id verzoek_id,
                                                  std::int64_t versie, const Fields& velden);

 private:
  std::shared_ptr<Store> store_;
  std::shared_ptr<AuditService> audit_;
};

}  // namespace regie::service

// Use cases of the programmakoppelingen (OPD-4, OPD-7): an opdracht names the programmaregels of
// its year's uitvoeringsprogramma it carries out, and so the doelen it serves; its money and
// hours are shown beside those lines with the difference. The programme is the one in force:
// the vastgesteld version of the opdracht's year, or else its newest concept. Whoever sees the
// opdracht reads (others: kNotFound); either side changes the set until the opdracht is
// afgerond, naming the version it read (kStale otherwise). Every write is one audited
// transaction. Thread-safe.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/fields.hpp"
#include "core/result.hpp"
#include "domain/opdrachten/opdracht.hpp"
#include "domain/programma/koppeling.hpp"
#include "domain/repository.hpp"
#include "service/audit_service.hpp"
#include "service/context.hpp"

namespace regie::service {

// Another opdracht of the same year that carries out a line too (OPD-4); its titel only when the
// actor may see it.
struct AndereOpdracht {
  Id id = 0;
  std::string titel;
  bool zichtbaar = false;
};

struct OpdrachtProgrammaregels {
  opdrachten::Opdracht opdracht;
  // The programme in force for the opdracht's regio and year; nullopt when there is none yet.
  std::optional<programma::Uitvoeringsprogramma> programma;
  std::vector<programma::Regelkeuze> keuzes;     // the lines this opdracht may carry out
  std::vector<programma::Regelsleutel> gekozen;  // what it carries out now
  programma::Dekking dekking;
  // OPD-4: per line of the year that other opdrachten carry out, those opdrachten, so that a
  // line counted twice is shown, not hidden (and seen before it is chosen).
  std::map<programma::Regelsleutel, std::vector<AndereOpdracht>> ook_gekozen;
  std::map<Id, std::string> namen;  // the deelnemers' names by id (0: the whole regio)
  std::int64_t versie = 0;          // of the set, for the next change
  bool mag_wijzigen = false;
  std::string door;  // who changed the set last, and when (empty when never)
  std::string op;
};

class KoppelingService {
 public:
  KoppelingService(std::shared_ptr<Store> store, std::shared_ptr<AuditService> audit)
      : store_(std::move(store)), audit_(std::move(audit)) {}

  Result<OpdrachtProgrammaregels> programmaregels(const Context& ctx, Id opdracht_id);
  // Replaces the set with `gekozen` when it is still at `versie`. Every key must be a line of
  // the programme that fits the opdracht (programma::controleer_keuze); without a programme for
  // the year, kInvalid "fout.geen_programma_voor_jaar" at "regels".
  Result<OpdrachtProgrammaregels> vervang(const Context& ctx, Id opdracht_id, std::int64_t versie,
                                          const std::vector<programma::Regelsleutel>& gekozen);
  // The same with the API's "regels" (programma::parse_sleutels), read after the check on who
  // may; nullopt (no "regels" at all) is kInvalid "fout.verplicht" at "regels".
  Result<OpdrachtProgrammaregels> vervang_uit_invoer(
      const Context& ctx, Id opdracht_id, std::int64_t versie,
      const std::optional<std::vector<Fields>>& regels);

 private:
  using Keuze = std::function<Result<std::vector<programma::Regelsleutel>>()>;
  Result<OpdrachtProgrammaregels> vervang_met(const Context& ctx, Id opdracht_id,
                                              std::int64_t versie, const Keuze& keuze);

  std::shared_ptr<Store> store_;
  std::shared_ptr<AuditService> audit_;
};

}  // namespace regie::service

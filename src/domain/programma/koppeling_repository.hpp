// The programmakoppelingen port (OPD-4, OPD-7): which programmaregels an opdracht carries out.
// An opdracht's set is replaced as a whole; its version is the highest id of its rows (0 when it
// has none), so a replace from a stale read is kStale.
#pragma once

#include <cstdint>
#include <vector>

#include "core/result.hpp"
#include "domain/programma/koppeling.hpp"
#include "domain/repository.hpp"

namespace regie {

class KoppelingRepository {
 public:
  virtual ~KoppelingRepository() = default;

  // By productcode, then deelnemer.
  virtual Result<std::vector<programma::Programmakoppeling>> list(Id opdracht_id) = 0;
  // Every link of the opdrachten of a regio and year, by opdracht, then productcode and deelnemer.
  virtual Result<std::vector<programma::Programmakoppeling>> list_regio(Id regio_id,
                                                                        std::int32_t jaar) = 0;
  // Replaces the opdracht's links with `nieuw` (their opdracht_id is `opdracht_id`) when its
  // version is still `versie`; kStale otherwise. Links to a missing opdracht are kConflict.
  virtual Result<void> vervang(Id opdracht_id, std::int64_t versie,
                               const std::vector<programma::Programmakoppeling>& nieuw) = 0;
};

// The version of a set as list() returns it: its highest id, 0 when empty.
std::int64_t koppelversie(const std::vector<programma::Programmakoppeling>& koppelingen);

}  // namespace regie

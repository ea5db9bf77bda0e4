// The metingen port (MON-4, MON-5). An indicator is measured once per peildatum and a process
// measure once per deelnemer (0: the regio), maat and month: another one there is kConflict
// "fout.bestaat_al". Lists are by peildatum or month, then id. A meting is removed (a wrong one,
// before the right one is recorded); get and delete of an unknown id are kNotFound.
#pragma once

#include <cstdint>
#include <vector>

#include "core/result.hpp"
#include "domain/monitoring/meting.hpp"
#include "domain/repository.hpp"

namespace regie {

class MetingRepository {
 public:
  virtual ~MetingRepository() = default;

  virtual Result<Id> create_indicatormeting(const monitoring::Indicatormeting& m) = 0;
  virtual Result<std::vector<monitoring::Indicatormeting>> indicatormetingen(Id regio_id,
                                                                             std::int32_t jaar) = 0;
  virtual Result<monitoring::Indicatormeting> get_indicatormeting(Id id) = 0;
  virtual Result<void> delete_indicatormeting(Id id) = 0;
  virtual Result<Id> create_procesmeting(const monitoring::Procesmeting& m) = 0;
  virtual Result<monitoring::Procesmeting> get_procesmeting(Id id) = 0;
  virtual Result<void> delete_procesmeting(Id id) = 0;
  // The months from `van` to `tot` (yyyymm) of every deelnemer and the regio.
  virtual Result<std::vector<monitoring::Procesmeting>> procesmetingen(Id regio_id,
                                                                       monitoring::Maand van,
                                                                       monitoring::Maand tot) = 0;
};

}  // namespace regie

// The programme port (UP-1, UP-2, UP-4): the uitvoeringsprogramma's of a regio, each kept as
// one whole with its doelen (and their indicatoren) and regels. create/update write the
// children with the programme; update replaces them and is guarded by versie (kStale, or
// kNotFound when gone). A second programme with the same regio, jaar and versienummer is
// kConflict "fout.bestaat_al".
#pragma once

#include <vector>

#include "core/result.hpp"
#include "domain/programma/uitvoeringsprogramma.hpp"
#include "domain/repository.hpp"

namespace regie {

class ProgrammaRepository {
 public:
  virtual ~ProgrammaRepository() = default;

  // Newest year first, then the highest versienummer first; each with doelen and regels.
  virtual Result<std::vector<programma::Uitvoeringsprogramma>> list_programmas(Id regio_id) = 0;
  virtual Result<programma::Uitvoeringsprogramma> get_programma(Id id) = 0;
  virtual Result<Id> create_programma(const programma::Uitvoeringsprogramma& p) = 0;
  virtual Result<void> update_programma(const programma::Uitvoeringsprogramma& p) = 0;
};

}  // namespace regie

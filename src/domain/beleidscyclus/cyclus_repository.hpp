// The Big 8 port (B8): the steps of a regio's policy cycle with their documents, decisions and
// reopenings, and the regio's evaluation conclusions. A regio has one step per code: a second
// create fails with kConflict "fout.bestaat_al". get_stap/update_stap fail with kNotFound when the
// step is gone; update_stap takes the versie the user read (kStale when it changed since).
#pragma once

#include <vector>

#include "core/result.hpp"
#include "domain/beleidscyclus/beleidscyclus.hpp"
#include "domain/repository.hpp"

namespace regie {

class CyclusRepository {
 public:
  virtual ~CyclusRepository() = default;

  // By volgorde, then id.
  virtual Result<std::vector<beleidscyclus::Stap>> list_stappen(Id regio_id) = 0;
  virtual Result<beleidscyclus::Stap> get_stap(Id id) = 0;
  virtual Result<Id> create_stap(const beleidscyclus::Stap& stap) = 0;
  virtual Result<void> update_stap(const beleidscyclus::Stap& stap) = 0;

  // Documents and reopenings of a step by id, decisions by datum then id.
  virtual Result<std::vector<beleidscyclus::Document>> list_documenten(Id stap_id) = 0;
  virtual Result<Id> create_document(const beleidscyclus::Document& document) = 0;
  virtual Result<std::vector<beleidscyclus::Besluit>> list_besluiten(Id stap_id) = 0;
  virtual Result<Id> create_besluit(const beleidscyclus::Besluit& besluit) = 0;
  virtual Result<std::vector<beleidscyclus::Heropening>> list_heropeningen(Id stap_id) = 0;
  virtual Result<Id> create_heropening(const beleidscyclus::Heropening& heropening) = 0;

  // The evaluation conclusions of a regio, by datum, then id.
  virtual Result<std::vector<beleidscyclus::Evaluatieconclusie>> list_evaluatieconclusies(
      Id regio_id) = 0;
  virtual Result<Id> create_evaluatieconclusie(const beleidscyclus::Evaluatieconclusie& e) = 0;
};

}  // namespace regie

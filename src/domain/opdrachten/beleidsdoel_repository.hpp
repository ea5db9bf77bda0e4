// The beleidsdoelen port (OPD-7): which policy products of the Big 8 an opdracht serves. One
// opdracht names a product at most once (kConflict "fout.bestaat_al" for a second); a link to a
// missing opdracht or document is kConflict.
#pragma once

#include <vector>

#include "core/result.hpp"
#include "domain/opdrachten/beleidsdoel.hpp"
#include "domain/repository.hpp"

namespace regie {

class BeleidsdoelRepository {
 public:
  virtual ~BeleidsdoelRepository() = default;

  virtual Result<Id> create(const opdrachten::Beleidsdoel& b) = 0;
  // kNotFound when it is gone.
  virtual Result<void> remove(Id id) = 0;
  // By id (the order they were named).
  virtual Result<std::vector<opdrachten::Beleidsdoel>> list(Id opdracht_id) = 0;
  // The opdrachten that serve a product, by id.
  virtual Result<std::vector<opdrachten::Beleidsdoel>> list_voor_document(Id document_id) = 0;
};

}  // namespace regie

// The matrix of the producten- en dienstencatalogus (UP-3): everyone of the regio reads the
// catalogue page and downloads it as CSV; the anonymous visitor goes to the login.
#include "route_matrix/matrix.hpp"

namespace regie::e2e::matrix {

Plak catalogus_plak() {
  Plak p;
  p.lezen = {
      {"GET", "/regio/catalogus", Doel::kGeen, {kL, 200, 200, 200, 200, 200, 200, 200, 200}},
      {"GET",
       "/regio/catalogus/{jaar}/csv",
       Doel::kGeen,
       {kL, 200, 200, 200, 200, 200, 200, 200, 200}},
  };
  p.klad = [](Omgeving&, Klad&, const std::string&) -> Result<void> { return Ok(); };
  p.verzoek = [](Omgeving&, const Rij& rij, const Klad&, const std::string&) {
    Verzoek v;
    v.pad = vervang(rij.pattern, "{jaar}", "2027");
    return v;
  };
  return p;
}

}  // namespace regie::e2e::matrix

#include "web/ui/petten.hpp"

namespace regie::web::ui {

std::string petten_let_op(const auth::Actor& actor, std::string_view als) {
  const bool ab = auth::draagt(actor, governance::RolSoort::kAbLid);
  const bool db = auth::draagt(actor, governance::RolSoort::kDbLid);
  if (!ab && !db) return "";
  std::string out = "Let op uw petten: u bent " + std::string(als) + " en ";
  if (ab && db) {
    out +=
        "lid van het algemeen bestuur (eigenaar) en van het dagelijks bestuur (dat de "
        "omgevingsdienst als opdrachtnemer aanstuurt)";
  } else if (ab) {
    out += "lid van het algemeen bestuur (eigenaar)";
  } else {
    out += "lid van het dagelijks bestuur (dat de omgevingsdienst als opdrachtnemer aanstuurt)";
  }
  return out + ". Zeg bij elk besluit met welke pet u spreekt.";
}

}  // namespace regie::web::ui

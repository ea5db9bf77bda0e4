#include "web/ui/programma_delen.hpp"

namespace regie::web::ui {

using programma::ProgrammaStatus;
using programma::Uitvoeringsprogramma;

std::string programma_href(Id id) {
  return std::string(kProgrammaLijst) + "/" + std::to_string(id);
}

std::string deelnemer_tekst(const std::map<Id, std::string>& namen, Id id) {
  if (id == 0) return "Hele regio (verdeelsleutel)";
  auto it = namen.find(id);
  return it == namen.end() ? "Organisatie " + std::to_string(id) : it->second;
}

std::string programma_jaren(const Uitvoeringsprogramma& p) {
  return p.tot_jaar > p.jaar ? std::to_string(p.jaar) + "–" + std::to_string(p.tot_jaar)
                             : std::to_string(p.jaar);
}

std::string programma_status_tekst(const Uitvoeringsprogramma& p) {
  std::string out(label(p.status));
  if (p.status == ProgrammaStatus::kVastgesteld && p.vastgesteld_door && p.vastgesteld_op) {
    out += " door " + std::string(beleidscyclus::label(*p.vastgesteld_door)) + " op " +
           p.vastgesteld_op->nl();
  }
  return out;
}

std::vector<Kruimel> programma_kruimels(const Uitvoeringsprogramma* p, const std::string& laatste) {
  std::vector<Kruimel> out = {{"/regio", "Regio"}, {kProgrammaLijst, "Uitvoeringsprogramma's"}};
  if (p) out.push_back({programma_href(p->id), p->titel});
  out.push_back({"", laatste});
  return out;
}

}  // namespace regie::web::ui

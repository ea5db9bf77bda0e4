#include "domain/audit/chain.hpp"

namespace regie::audit {

std::string canonical(const Entry& e) {
  std::string out;
  const char sep = '\x1f';
  for (const std::string* part :
       {&e.vorige_hash, &e.tijdstip, &e.actor, &e.actie, &e.object, &e.resultaat, &e.herkomst}) {
    out += *part;
    out += sep;
  }
  return out;
}

ChainCheck verify(const std::vector<Entry>& entries, const HashFn& hash,
                  std::string_view previous_hash) {
  ChainCheck check;
  std::string previous(previous_hash);
  for (const auto& entry : entries) {
    if (entry.vorige_hash != previous) {
      check.first_broken_id = entry.id;
      check.reason = "audit.schakel_ontbreekt";
      return check;
    }
    if (hash(canonical(entry)) != entry.hash) {
      check.first_broken_id = entry.id;
      check.reason = "audit.hash_klopt_niet";
      return check;
    }
    previous = entry.hash;
    ++check.checked;
  }
  return check;
}

}  // namespace regie::audit

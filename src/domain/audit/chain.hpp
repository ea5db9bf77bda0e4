// The audit log as a hash chain (BIO): every entry's hash covers its own fields and the hash
// of the entry before it, so editing or deleting an entry breaks every link after it.
// Pure: the hash function is passed in.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace regie::audit {

struct Entry {
  std::int64_t id = 0;
  std::string tijdstip;   // UTC, ISO 8601 with seconds and 'Z'
  std::string actor;      // account name, or "systeem"
  std::string actie;      // e.g. "organisatie.wijzigen"
  std::string object;     // e.g. "organisatie/12"
  std::string resultaat;  // "gelukt", or the refusal code
  std::string herkomst;   // origin: channel and address, e.g. "web 127.0.0.1"
  std::string vorige_hash;
  std::string hash;
};

// The genesis link: the vorige_hash of the first entry.
inline constexpr std::string_view kGenesisHash =
    "0000000000000000000000000000000000000000000000000000000000000000";

using HashFn = std::function<std::string(std::string_view)>;

// The exact bytes hashed for an entry (every field but id and hash, separated by 0x1F).
std::string canonical(const Entry& entry);

struct ChainCheck {
  std::int64_t checked = 0;
  std::optional<std::int64_t> first_broken_id;
  std::string reason;  // message key: "audit.hash_klopt_niet" or "audit.schakel_ontbreekt"
};

// Verifies entries in id order, the first linking to `previous`; stops at the first broken
// link and names it.
ChainCheck verify(const std::vector<Entry>& entries, const HashFn& hash,
                  std::string_view previous = kGenesisHash);

}  // namespace regie::audit

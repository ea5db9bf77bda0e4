// Linked into every in-process test program: new password hashes use libsodium's minimum
// argon2id cost, so that loading the demo and logging in per test costs milliseconds, not a
// second. The regie binary, and with it the CLI, fault and browser tests, keeps the interactive
// cost; a test that measures login timing sets kInteractief itself.
#include "service/crypto.hpp"

namespace {
const bool kGezet = [] {
  regie::service::set_hash_kosten(regie::service::HashKosten::kMinimaal);
  return true;
}();
}  // namespace

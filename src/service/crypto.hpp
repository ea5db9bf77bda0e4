// Cryptographic helpers: libsodium, and OpenSSL's libcrypto for SHA-256. Thread-safe after
// init_crypto().
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "core/result.hpp"

namespace regie::service {

// Must run once before any other function here.
Result<void> init_crypto();

std::string sha256_hex(std::string_view data);
// The same over data that arrives in parts (a file read in blocks). Not thread-safe.
class Sha256 {
 public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;
  void voeg_toe(std::string_view data);
  // The hex digest of everything added; call once.
  std::string hex();

 private:
  struct Staat;
  std::unique_ptr<Staat> staat_;
};
// A random 256-bit value, URL-safe base64 without padding (43 characters).
std::string random_token();
// argon2id in libsodium's string format (algorithm, parameters and salt included).
Result<std::string> hash_wachtwoord(std::string_view wachtwoord);

// The cost of the hashes hash_wachtwoord makes from now on, for the whole process.
// kInteractief (libsodium's interactive limits) is the default and the only cost the regie
// binary uses. kMinimaal is for test programs that load the demo and log in hundreds of times;
// verify_wachtwoord reads the cost from the hash itself, so both kinds verify.
enum class HashKosten { kInteractief, kMinimaal };
void set_hash_kosten(HashKosten kosten);

// A hash of no account at the current cost (made once per cost): an unknown name is checked
// against it, so that it costs as much as a wrong password.
const std::string& schijnhash();
bool verify_wachtwoord(const std::string& hash, std::string_view wachtwoord);
// Compares two strings in time independent of where they differ.
bool constant_time_equal(std::string_view a, std::string_view b);

}  // namespace regie::service

#include "service/crypto.hpp"

#include <openssl/evp.h>
#include <sodium.h>

#include <array>
#include <atomic>
#include <cstdlib>

namespace regie::service {

Result<void> init_crypto() {
  if (sodium_init() < 0) return Error::storage("libsodium kon niet starten");
  return Ok();
}

// SHA-256 through OpenSSL's libcrypto, which uses the processor's SHA extensions where they
// exist (about five times libsodium's portable code on an import file; decision 50).
struct Sha256::Staat {
  EVP_MD_CTX* ctx = EVP_MD_CTX_new();
  Staat() {
    if (ctx == nullptr || EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr) != 1) std::abort();
  }
  ~Staat() { EVP_MD_CTX_free(ctx); }
  Staat(const Staat&) = delete;
  Staat& operator=(const Staat&) = delete;
};

Sha256::Sha256() : staat_(std::make_unique<Staat>()) {}
Sha256::~Sha256() = default;

void Sha256::voeg_toe(std::string_view data) {
  if (EVP_DigestUpdate(staat_->ctx, data.data(), data.size()) != 1) std::abort();
}

std::string Sha256::hex() {
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int lengte = 0;
  if (EVP_DigestFinal_ex(staat_->ctx, digest.data(), &lengte) != 1) std::abort();
  std::array<char, EVP_MAX_MD_SIZE * 2 + 1> hex{};
  sodium_bin2hex(hex.data(), hex.size(), digest.data(), lengte);
  return std::string(hex.data(), std::size_t{lengte} * 2);
}

std::string sha256_hex(std::string_view data) {
  Sha256 sha;
  sha.voeg_toe(data);
  return sha.hex();
}

std::string random_token() {
  std::array<unsigned char, 32> bytes{};
  randombytes_buf(bytes.data(), bytes.size());
  std::array<char, 64> out{};
  sodium_bin2base64(out.data(), out.size(), bytes.data(), bytes.size(),
                    sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  return std::string(out.data());
}

namespace {
std::atomic<HashKosten> g_hash_kosten{HashKosten::kInteractief};
}  // namespace

void set_hash_kosten(HashKosten kosten) { g_hash_kosten.store(kosten); }

Result<std::string> hash_wachtwoord(std::string_view wachtwoord) {
  const bool minimaal = g_hash_kosten.load() == HashKosten::kMinimaal;
  const unsigned long long ops =
      minimaal ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE;
  const std::size_t mem =
      minimaal ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE;
  std::array<char, crypto_pwhash_STRBYTES> out{};
  if (crypto_pwhash_str_alg(out.data(), wachtwoord.data(), wachtwoord.size(), ops, mem,
                            crypto_pwhash_ALG_ARGON2ID13) != 0) {
    return Error::storage("argon2id: onvoldoende geheugen");
  }
  return std::string(out.data());
}

const std::string& schijnhash() {
  auto maak = [] {
    auto hash = hash_wachtwoord("regie-bestaat-niet");
    return hash.ok() ? *hash : std::string();
  };
  if (g_hash_kosten.load() == HashKosten::kMinimaal) {
    static const std::string kMinimaal = maak();
    return kMinimaal;
  }
  static const std::string kInteractief = maak();
  return kInteractief;
}

bool verify_wachtwoord(const std::string& hash, std::string_view wachtwoord) {
  return crypto_pwhash_str_verify(hash.c_str(), wachtwoord.data(), wachtwoord.size()) == 0;
}

bool constant_time_equal(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

}  // namespace regie::service

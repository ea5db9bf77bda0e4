// Operations (issue 16): whether this process can serve (the database reachable and its schema as
// new as this build's migrations), the connections in use, and the imports running, for
// GET /health/ready and GET /metrics. Reads only; no actor (the web layer decides who may ask).
// Thread-safe.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>

#include "domain/repository.hpp"

namespace regie::service {

struct Gereedheid {
  bool database = false;           // a read transaction could begin
  bool migraties_actueel = false;  // schema_version == nieuwste_migratie
  int schema_versie = 0;
  int nieuwste_migratie = 0;
  std::string fout;  // why the database is not reachable (for the log, not the client)

  bool gereed() const { return database && migraties_actueel; }
};

class BeheerService {
 public:
  explicit BeheerService(std::shared_ptr<Store> store) : store_(std::move(store)) {}

  Gereedheid gereedheid() const;
  std::int64_t verbindingen_in_gebruik() const { return store_->verbindingen_in_gebruik(); }
  // Store::datastand: changes with every commit (the web layer's answer cache).
  Result<std::string> datastand() const { return store_->datastand(); }
  // Imports running in this process now (every LopendeImport alive).
  static std::int64_t imports_lopend();

 private:
  std::shared_ptr<Store> store_;
};

// Counts an import as running while it lives (RAII); the import's use case holds one.
class LopendeImport {
 public:
  LopendeImport();
  ~LopendeImport();
  LopendeImport(const LopendeImport&) = delete;
  LopendeImport& operator=(const LopendeImport&) = delete;
};

}  // namespace regie::service

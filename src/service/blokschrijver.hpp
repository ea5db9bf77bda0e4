// Writes blocks of realisaties on a thread of its own while the caller reads and checks the next
// block (decision 50): reading a row costs about as much as writing it, so an import of millions
// of rows takes the time of the slower of the two instead of their sum. The write function gets
// the unit of work's connection to itself: the caller does not use it until klaar() returned.
#pragma once

#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "core/result.hpp"
#include "domain/monitoring/realisatie.hpp"

namespace regie::service {

class Blokschrijver {
 public:
  using Blok = std::vector<monitoring::Realisatie>;
  using Schrijf = std::function<Result<void>(const Blok&)>;

  explicit Blokschrijver(Schrijf schrijf);
  // Lets the block handed over last be written, then stops the thread; a failure klaar() did not
  // collect is dropped (the caller gave up on the transaction).
  ~Blokschrijver();
  Blokschrijver(const Blokschrijver&) = delete;
  Blokschrijver& operator=(const Blokschrijver&) = delete;

  // Hands `blok` over to be written and gives the caller the block written before it (its
  // strings keep their capacity) in its place, to fill next. Waits while that block is still
  // being written. Once a write failed, answers that failure and writes nothing more.
  Result<void> schrijf(Blok& blok);
  // Waits until every block handed over is written; the first failure, if any.
  Result<void> klaar();

 private:
  void werk();

  Schrijf schrijf_;
  std::mutex mutex_;
  std::condition_variable veranderd_;
  Blok blok_;             // the block handed over, or the one written last
  bool te_doen_ = false;  // blok_ waits to be written or is being written
  bool stop_ = false;
  std::optional<Error> fout_;
  std::thread draad_;  // last: starts when everything above is there
};

}  // namespace regie::service

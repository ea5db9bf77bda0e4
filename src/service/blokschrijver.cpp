#include "service/blokschrijver.hpp"

#include <exception>
#include <string>
#include <utility>

namespace regie::service {

Blokschrijver::Blokschrijver(Schrijf schrijf)
    : schrijf_(std::move(schrijf)), draad_([this] { werk(); }) {}

Blokschrijver::~Blokschrijver() {
  {
    std::unique_lock lock(mutex_);
    stop_ = true;
  }
  veranderd_.notify_all();
  draad_.join();
}

Result<void> Blokschrijver::schrijf(Blok& blok) {
  std::unique_lock lock(mutex_);
  veranderd_.wait(lock, [this] { return !te_doen_; });
  if (fout_) return *fout_;
  std::swap(blok_, blok);
  te_doen_ = true;
  lock.unlock();
  veranderd_.notify_all();
  return Ok();
}

Result<void> Blokschrijver::klaar() {
  std::unique_lock lock(mutex_);
  veranderd_.wait(lock, [this] { return !te_doen_; });
  if (fout_) return *fout_;
  return Ok();
}

void Blokschrijver::werk() {
  std::unique_lock lock(mutex_);
  for (;;) {
    veranderd_.wait(lock, [this] { return te_doen_ || stop_; });
    if (!te_doen_) return;
    // blok_ is this thread's until te_doen_ is false again: schrijf() waits for that.
    lock.unlock();
    Result<void> geschreven = Ok();
    try {
      geschreven = schrijf_(blok_);
    } catch (const std::exception& e) {
      // Not past this thread (that would end the process): the caller gets it as an error.
      geschreven = Error::storage(std::string("schrijven van realisaties: ") + e.what());
    }
    lock.lock();
    if (!geschreven.ok() && !fout_) fout_ = std::move(geschreven).error();
    te_doen_ = false;
    veranderd_.notify_all();
  }
}

}  // namespace regie::service

// What every use case receives about the caller: who acts, and from where (for the audit log).
#pragma once

#include <string>

#include "domain/auth/actor.hpp"

namespace regie::service {

struct Context {
  auth::Actor actor;
  std::string herkomst;  // e.g. "web 127.0.0.1", "api 10.0.0.4", "cli"
  // Issue 16: Store::datastand as read together with the caller's session or token (the web
  // layer's answer cache); empty when not known.
  std::string datastand;
};

// Work regie does itself, from the command line or while loading the demo.
inline Context systeem_context(auth::Id regio_id = 0) {
  return Context{auth::systeem_actor(regio_id), "cli"};
}

}  // namespace regie::service

// regie openapi: prints the OpenAPI document of /api/v1; needs no database.
#include <iostream>

#include "cli/command.hpp"
#include "web/api/api.hpp"

namespace regie::cli {

void add_openapi_command(Subcommand app, CommandOptions& /*options*/, std::vector<Command>& out) {
  auto sub = app.add_subcommand("openapi", "Print het OpenAPI-document van /api/v1");
  out.push_back({sub, false, [](Wiring* /*w*/) {
                   std::cout << web::api::openapi_json() << "\n";
                   return 0;
                 }});
}

}  // namespace regie::cli

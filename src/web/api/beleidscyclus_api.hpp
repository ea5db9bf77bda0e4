// JSON API of the Big 8 cycle (B8-1..B8-3) under /api/v1/regios/{id}/beleidscyclus. Each
// handler takes an authenticated context; routes.cpp wires them.
#pragma once

#include "service/context.hpp"
#include "web/app.hpp"

namespace regie::web::api {

// B8-1: the cycle with its steps, current position, late steps and evaluation conclusions.
Response get_beleidscyclus(const App& app, const service::Context& ctx, Request& req);
// B8-1: one step with its documents, decisions and reopenings; PUT with If-Match.
Response get_cyclusstap(const App& app, const service::Context& ctx, Request& req);
Response put_cyclusstap(const App& app, const service::Context& ctx, Request& req);
Response post_cyclusdocument(const App& app, const service::Context& ctx, Request& req);
Response post_cyclusbesluit(const App& app, const service::Context& ctx, Request& req);
// B8-3
Response post_cyclusheropening(const App& app, const service::Context& ctx, Request& req);
// B8-2
Response list_evaluatieconclusies(const App& app, const service::Context& ctx, Request& req);
Response post_evaluatieconclusie(const App& app, const service::Context& ctx, Request& req);

}  // namespace regie::web::api

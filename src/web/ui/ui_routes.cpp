#include "web/ui/ui_routes.hpp"

namespace regie::web::ui {

void UiRoutes::add_page(const std::string& path, UiHandler handler) {
  routes_.push_back({"GET", path, handler, nullptr});
}

void UiRoutes::add_form(const std::string& path, UiHandler handler) {
  routes_.push_back({"POST", path, handler, nullptr});
}

void UiRoutes::add_public(const std::string& method, const std::string& path,
                          PublicHandler handler) {
  routes_.push_back({method, path, nullptr, handler});
}

}  // namespace regie::web::ui

#include "web/ui/views.hpp"

#include <kainjow/mustache.hpp>
#include <map>
#include <memory>
#include <string_view>
#include <utility>

namespace regie::web::embedded {
const std::map<std::string_view, std::string_view>& files();
}

namespace regie::web::ui {
namespace {

namespace mustache = kainjow::mustache;

// Builds the data in place: kainjow's set() and push_back() copy their argument, which copied
// every subtree once per level of nesting (a quarter of a page's time, issue 16). Its list is
// held by a non-const pointer, so writing to it through list_value() is sound.
mustache::data to_data(const nlohmann::json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::object: {
      mustache::data d{mustache::data::type::object};
      for (const auto& [key, item] : value.items()) d[key] = to_data(item);
      return d;
    }
    case nlohmann::json::value_t::array: {
      mustache::data d{mustache::data::type::list};
      auto& items = const_cast<mustache::list&>(d.list_value());
      items.reserve(value.size());
      for (const auto& item : value) items.push_back(to_data(item));
      return d;
    }
    case nlohmann::json::value_t::string:
      return mustache::data{value.get_ref<const std::string&>()};
    case nlohmann::json::value_t::boolean:
      return mustache::data{value.get<bool>()};
    case nlohmann::json::value_t::null:
      return mustache::data{false};
    default:
      return mustache::data{value.dump()};
  }
}

}  // namespace

std::string embedded_file(const std::string& name) {
  const auto& files = embedded::files();
  auto it = files.find(name);
  return it == files.end() ? std::string() : std::string(it->second);
}

namespace {

// The partials ({{> veld}} and the others) written into the template before it is parsed:
// kainjow parses a partial again each time it renders one, which on a form with twenty fields
// cost more than the page's queries (issue 16). None of the partials uses another partial.
std::string met_delen(std::string text) {
  static const std::pair<std::string_view, std::string> kDelen[] = {
      {"veld", embedded_file("templates/_veld.mustache")},
      {"opdrachtdelen", embedded_file("templates/_delen.mustache")},
      {"vergelijkingstabel", embedded_file("templates/_verschillen.mustache")},
  };
  for (const auto& [naam, inhoud] : kDelen) {
    for (const std::string& tag :
         {"{{> " + std::string(naam) + "}}", "{{>" + std::string(naam) + "}}"}) {
      for (auto at = text.find(tag); at != std::string::npos;
           at = text.find(tag, at + inhoud.size())) {
        text.replace(at, tag.size(), inhoud);
      }
    }
  }
  return text;
}

}  // namespace

std::string render(const std::string& name, const nlohmann::json& view) {
  // Parsed templates are kept per thread: kainjow's render() is not const, and the threads
  // that render are a fixed set, so each parses each template once.
  thread_local std::map<std::string, std::unique_ptr<mustache::mustache>, std::less<>> cache;
  auto& tmpl = cache[name];
  if (!tmpl) {
    tmpl = std::make_unique<mustache::mustache>(
        met_delen(embedded_file("templates/" + name + ".mustache")));
  }
  if (!tmpl->is_valid()) {
    return "<p>Sjabloonfout in " + name + ": " + tmpl->error_message() + "</p>";
  }
  return tmpl->render(to_data(view));
}

}  // namespace regie::web::ui

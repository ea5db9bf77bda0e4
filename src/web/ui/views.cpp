#include "web/ui/views.hpp"

#include <kainjow/mustache.hpp>
#include <map>
#include <memory>
#include <string_view>

namespace regie::web::embedded {
const std::map<std::string_view, std::string_view>& files();
}

namespace regie::web::ui {
namespace {

namespace mustache = kainjow::mustache;

mustache::data to_data(const nlohmann::json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::object: {
      mustache::data d{mustache::data::type::object};
      for (const auto& [key, item] : value.items()) d.set(key, to_data(item));
      return d;
    }
    case nlohmann::json::value_t::array: {
      mustache::data d{mustache::data::type::list};
      for (const auto& item : value) d.push_back(to_data(item));
      return d;
    }
    case nlohmann::json::value_t::string:
      return mustache::data{value.get<std::string>()};
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

std::string render(const std::string& name, const nlohmann::json& view) {
  static const std::string kVeld = embedded_file("templates/_veld.mustache");
  static const std::string kDelen = embedded_file("templates/_delen.mustache");
  static const std::string kVerschillen = embedded_file("templates/_verschillen.mustache");
  // Parsed templates are kept per thread: kainjow's render() is not const, and the worker
  // threads are a fixed pool, so each parses each template once.
  thread_local std::map<std::string, std::unique_ptr<mustache::mustache>> cache;
  auto& tmpl = cache[name];
  if (!tmpl) {
    tmpl = std::make_unique<mustache::mustache>(embedded_file("templates/" + name + ".mustache"));
  }
  if (!tmpl->is_valid()) {
    return "<p>Sjabloonfout in " + name + ": " + tmpl->error_message() + "</p>";
  }
  mustache::data data = to_data(view);
  data.set("veld", mustache::partial{[] { return kVeld; }});
  data.set("opdrachtdelen", mustache::partial{[] { return kDelen; }});
  data.set("vergelijkingstabel", mustache::partial{[] { return kVerschillen; }});
  return tmpl->render(data);
}

}  // namespace regie::web::ui

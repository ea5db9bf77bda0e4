// Opening a database by its name: a file path, `sqlite:PATH`, or a `postgresql://` URL.
#pragma once

#include <memory>
#include <string>

#include "core/result.hpp"
#include "domain/repository.hpp"

namespace regie::store {

Result<std::unique_ptr<Store>> open_store(const std::string& database);

}  // namespace regie::store

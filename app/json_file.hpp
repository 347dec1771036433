// Reading a JSON data file with errors that name the file and the place of a syntax error.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "geo/result.hpp"

namespace app {

geo::Result<nlohmann::json> readJsonFile(const std::string& path);

}  // namespace app

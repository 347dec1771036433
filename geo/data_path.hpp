// The data search path: --data DIR, then $SANTEMAP_DATA, then ./data, then ../shared/data (from the
// working directory, then from the checkout the executable was built in).
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace geo {

// Directories searched in order; `explicitDir` (from --data) comes first when given.
std::vector<std::string> dataSearchPath(const std::string& explicitDir = {});

// A source as the user gave it if it exists (or is a connection string), else the first
// directory of the search path that holds it. nullopt when no candidate exists.
std::optional<std::string> resolveDataPath(const std::string& source, const std::string& explicitDir = {});

}  // namespace geo

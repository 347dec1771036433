// The départements' attractiveness agencies, as the catalogue gives them ("agencies"): whom a
// visitor contacts, and only what a source says (a web address, a switchboard), never made up.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "catalogue.hpp"
#include "json_file.hpp"

namespace app {

// Reads the catalogue's "agencies" array; errors name the entry and the key.
geo::Result<std::vector<Agency>> agenciesFromJson(const nlohmann::json& j, const std::string& file);

// The agency of a département, if the catalogue has one.
const Agency* agencyFor(const std::vector<Agency>& agencies, const std::string& departement);

}  // namespace app

// The default territory: the layers of the catalogue — communes of Loir-et-Cher, Loiret and every
// commune touching them with their indicators, zoning, cantons, départements, maisons de santé,
// hospitals and the agencies' listings.
#pragma once

#include <string>

#include "geo/diagnostics.hpp"
#include "geo/result.hpp"
#include "scene.hpp"

namespace app {

// Reads the public data through the data search path (`dataDir` first when given).
geo::Result<Scene> defaultTerritoryScene(const std::string& dataDir, geo::Diagnostics& diag);

}  // namespace app

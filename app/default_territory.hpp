// The default territory: the communes of Loir-et-Cher and Loiret and every commune touching
// them (joined to their 2026 populations), the two départements' outlines, and the hospitals.
#pragma once

#include <string>

#include "geo/diagnostics.hpp"
#include "geo/result.hpp"
#include "scene.hpp"

namespace app {

// Reads the public data through the data search path (`dataDir` first when given).
geo::Result<Scene> defaultTerritoryScene(const std::string& dataDir, geo::Diagnostics& diag);

}  // namespace app

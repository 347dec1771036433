// "Imprimer l'atlas" (issue 13): the atlas of a selection of communes — those compared side by
// side, or those a scenario of the lab touches — as `santemap atlas` makes it, for the finder's
// profile, with the lab's scenario when it has one.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/access_scenario.hpp"
#include "domain/aids.hpp"
#include "domain/territory.hpp"

namespace app {

struct AtlasRequest {
    std::vector<std::string> communes;  // INSEE codes, in page order
    std::optional<Scenario> scenario;   // the lab's, for GPs
    AccessParams params;                // the lab's parameters
};

struct AtlasPrinted {
    std::string path;
    int pages = 0;
};

// Writes the atlas into `folder` as atlas-YYYY-MM-DD-HHMMSS.pdf. Errors: a commune the map does
// not draw, a scenario that cannot be applied, a file that cannot be written — nothing written.
geo::Result<AtlasPrinted> printAtlas(const AtlasRequest& request,
                                     const TerritoryData& t,
                                     const AidProfile& profile,
                                     Language lang,
                                     const std::string& folder,
                                     const std::string& dataDir);

}  // namespace app

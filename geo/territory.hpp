// The territory a map shows: the communes of some core départements plus every commune that
// touches them (a territoire de vie-santé can cross a département border).
#pragma once

#include <string>
#include <vector>

#include "diagnostics.hpp"
#include "layer.hpp"
#include "result.hpp"

namespace geo {

struct TerritorySpec {
    std::vector<std::string> core = {"41", "45"};  // département codes
    std::string departementsFile;                    // all départements (to find the neighbours)
    std::string communesFolder;                      // one communes-<code>-<name>.geojson per département
    double toleranceDegrees = 0.0005;                // about 50 m: borders simplified separately may not meet exactly
};

// Communes of the core départements and the communes of neighbouring départements that touch
// them, with one extra field "territoire": the département code for core communes, "voisine"
// for the others. Coordinates stay in the files' CRS.
Result<Layer> buildTerritoryCommunes(const TerritorySpec& spec, Diagnostics& diag);

}  // namespace geo

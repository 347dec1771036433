// The data of the catalogue's layers, built in memory without any GL: the territory's communes
// joined to every indicator, the zoning derived from them, plain files, and the listings.
// Shared by the window (through the scene), `santemap export` and the tests.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "aid_context.hpp"
#include "catalogue.hpp"
#include "domain/listing.hpp"
#include "domain/zoning.hpp"
#include "geo/diagnostics.hpp"
#include "geo/layer.hpp"

namespace app {

// The communes layer: boundaries of the territory (COG 2018, with `territoire`: 41, 45 or voisine)
// dissolved into COG 2026 communes, population and EPCI, the santescope indicators, mg_pour_10000, zonage_mg /
// zonage_mg_source, one rpps_<code> column per doctors' specialty (41 and 45 only; null elsewhere) and one
// sirene_<code> column per profession SIRENE counts.
geo::Result<geo::Layer> buildTerritoryCommunesLayer(const CatalogueLayer& entry,
                                                    const AidContext& aid,
                                                    const std::string& dataDir,
                                                    geo::Diagnostics& diag);

// Text of the zoning source as shown in legends, sheets and exports.
inline constexpr const char* kIndicativeZoningNote = "indicatif, calculé à partir de l'APL";
inline constexpr const char* kOfficialZoningNote = "officiel";

// True for a per-profession indicator column (rpps_<code>, sirene_<code>) of a profession that is
// not in `professions`: exports keep only the columns of the professions asked for.
bool isOtherProfessionColumn(const std::string& name, const std::vector<std::string>& professions);

// The zoning layer derived from the communes: code, nom, zonage_mg, zonage_mg_source.
geo::Layer zoningLayerFrom(const geo::Layer& communes);

// One file layer (its sources concatenated; they must share fields). Paths go through the data
// search path.
geo::Result<geo::Layer> readFileLayer(const CatalogueLayer& entry, const std::string& dataDir, geo::Diagnostics& diag);

// Listings as a point layer with French column names; `exemple` says which are demo records.
geo::Layer listingsLayer(const std::vector<Listing>& listings);

}  // namespace app

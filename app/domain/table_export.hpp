// The window's exports of tables: the listings the finder shows, and the commune table with its
// indicators, as CSV for French spreadsheets (the same writer as `santemap export --excel`).
#pragma once

#include <string>

#include "finder.hpp"
#include "geo/result.hpp"
#include "territory.hpp"

namespace app {

// Listings that pass the finder's professions and categories, contacts hidden when not public.
geo::Result<std::size_t> exportFilteredListings(const TerritoryData& t,
                                                const FinderState& finder,
                                                const std::string& path);

// The communes of the territory, one row each, without geometry; per-profession columns only for
// the professions chosen; the aid total for the profile when the map shows it.
geo::Result<std::size_t> exportCommuneTable(const TerritoryData& t, const FinderState& finder, const std::string& path);

}  // namespace app

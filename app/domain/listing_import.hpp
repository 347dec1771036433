// Bulk import of an agency's existing list (CSV, XLSX, ODS, GeoPackage... anything GDAL reads)
// into listings: columns are matched by name (schema names or usual French headers), every row is
// checked, and the rows with problems are reported, not imported.
#pragma once

#include <string>
#include <vector>

#include "domain/commune_directory.hpp"
#include "domain/listing.hpp"
#include "geo/result.hpp"
#include "professions.hpp"

namespace app {

struct RejectedRow {
    std::size_t row = 0;  // line of the file or sheet, the header being line 1
    std::vector<std::string> problems;
};

struct ImportResult {
    std::vector<Listing> accepted;
    std::vector<RejectedRow> rejected;
    std::vector<std::string> ignoredColumns;
};

// `communes` gives names and centres (santescope lat/lon) for rows without a position.
geo::Result<ImportResult> readListingsFile(const std::string& path,
                                           const ProfessionCatalogue& professions,
                                           const CommuneDirectory& communes);

// Fills commune name and, when the position is missing, the commune centre. Returns problems.
std::vector<std::string> placeInCommune(Listing& l, const CommuneDirectory& communes, bool hasPosition);

}  // namespace app

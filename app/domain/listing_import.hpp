// Bulk import of an agency's existing list (CSV, XLSX, ODS, GeoPackage... anything GDAL reads)
// into listings: columns are matched by name (schema names or usual French headers), every row is
// checked, and the rows with problems are reported, not imported.
#pragma once

#include <string>
#include <unordered_map>
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

// Commune codes by name (folded: case, accents, spacing), for rows that give a name instead of a
// code. The index is built on the first name asked for, once per import: a scan of every commune
// per row made an import of 2,000 named rows take 29 s.
class CommuneNames {
public:
    explicit CommuneNames(const CommuneDirectory& communes) : m_communes(communes) {}
    const std::vector<std::string>& codesOf(const std::string& name);

private:
    const CommuneDirectory& m_communes;
    std::unordered_map<std::string, std::vector<std::string>> m_codesByName;
    bool m_built = false;
};

// Fills commune name and, when the position is missing, the commune centre. Returns problems.
std::vector<std::string> placeInCommune(Listing& l,
                                        const CommuneDirectory& communes,
                                        CommuneNames& names,
                                        bool hasPosition);

}  // namespace app

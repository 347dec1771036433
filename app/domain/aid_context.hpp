// What the aid calculator needs, loaded once: professions, aid rules, the per-commune indicators
// (names, départements, APL) and, when the user has one, an official zoning file.
#pragma once

#include <optional>
#include <string>

#include "aids.hpp"
#include "catalogue.hpp"
#include "domain/commune_directory.hpp"
#include "domain/zoning.hpp"
#include "geo/diagnostics.hpp"
#include "geo/table_ref.hpp"
#include "professions.hpp"

namespace app {

struct AidContext {
    ProfessionCatalogue professions;
    AidCatalogue aids;
    CommuneDirectory communes;  // indicators of every commune of France, COG 2026
    std::optional<ZoningTable> official;

    // The zone of the commune at `row` for a zoning key: the official file first, otherwise the
    // indicative GP zoning from the APL (médecins only), otherwise unknown.
    ZoneInfo zoneOf(std::size_t row, const std::string& zoningKey) const;
    AidPlace placeOf(std::size_t row, const Profession& profession) const;
};

// The catalogue's tables "indicators" and "code_changes", professions.json and aids.json, all
// through the data search path. `zoningFile` (a path) is an official zoning; empty: the one the
// catalogue names, if any.
geo::Result<AidContext> loadAidContext(const Catalogue& catalogue,
                                       const std::string& dataDir,
                                       const std::string& zoningFile,
                                       geo::Diagnostics& diag);
// The same, reading the catalogue from the data search path first.
geo::Result<AidContext> loadAidContext(const std::string& dataDir,
                                       const std::string& zoningFile,
                                       geo::Diagnostics& diag);

// The project's data files, relative to the data search path.
inline constexpr const char* kProfessionsFile = "professions.json";
inline constexpr const char* kAidsFile = "aids.json";

// Resolves a file through the data search path, with an error that names the path searched.
geo::Result<std::string> findDataFile(const std::string& relative, const std::string& dataDir);
// The same for a table's source (connection strings pass as they are).
geo::Result<geo::TableRef> findTable(geo::TableRef ref, const std::string& dataDir);
// The catalogue, read from the data search path.
geo::Result<Catalogue> findCatalogue(const std::string& dataDir);

}  // namespace app

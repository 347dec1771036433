// What the aid calculator needs, loaded once: professions, aid rules, the per-commune indicators
// (names, départements, APL) and, when the user has one, an official zoning file.
#pragma once

#include <optional>
#include <string>

#include "aids.hpp"
#include "geo/commune_directory.hpp"
#include "geo/diagnostics.hpp"
#include "geo/zoning.hpp"
#include "professions.hpp"

namespace app {

struct AidContext {
    ProfessionCatalogue professions;
    AidCatalogue aids;
    geo::CommuneDirectory communes;          // santescope indicators, COG 2026
    std::optional<geo::ZoningTable> official;

    // The zone of the commune at `row` for a zoning key: the official file first, otherwise the
    // indicative GP zoning from the APL (médecins only), otherwise unknown.
    ZoneInfo zoneOf(std::size_t row, const std::string& zoningKey) const;
    AidPlace placeOf(std::size_t row, const Profession& profession) const;
};

// Files come through the data search path; `zoningFile` (may be empty) is an official zoning.
geo::Result<AidContext> loadAidContext(const std::string& dataDir, const std::string& zoningFile,
                                       geo::Diagnostics& diag);

// The project's data files and the public ones it reads, relative to the data search path.
inline constexpr const char* kProfessionsFile = "professions.json";
inline constexpr const char* kAidsFile = "aids.json";
inline constexpr const char* kIndicatorsFile = "sante_communes_santescope/indicateurs_sante_communes.csv";
inline constexpr const char* kCodeChangesFile = "insee_population/communes_codes_anciens_vers_actuels.csv";

// Resolves a file through the data search path, with an error that names the path searched.
geo::Result<std::string> findDataFile(const std::string& relative, const std::string& dataDir);

}  // namespace app

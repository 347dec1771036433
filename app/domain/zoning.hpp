// Medical zoning per commune: an official file when the user has one, otherwise an indicative
// zoning for GPs derived from the APL with the 2017 thresholds (DREES/ARS method).
#pragma once

#include <optional>
#include <string>
#include <unordered_map>

#include "geo/diagnostics.hpp"
#include "geo/insee_join.hpp"
#include "geo/result.hpp"
#include "ui_text.hpp"

namespace app {

// ZIP: zone d'intervention prioritaire; ZAC: zone d'action complémentaire; HZ: hors zonage;
// ZV: zone de vigilance (historical, 2018).
enum class Zone { ZIP, ZAC, HZ, ZV };

const char* zoneCode(Zone z);  // "ZIP", "ZAC", "HZ", "ZV"
Text zoneText(Zone z);         // "Zone d'intervention prioritaire (ZIP)"...

// Accepts the codes and the usual spellings of official files ("hors zonage", "Zone d'action
// complémentaire", "ZIP"...), case and accents ignored. nullopt for anything else.
std::optional<Zone> parseZone(const std::string& text);

// The indicative GP zoning of a commune from its APL: below 2.5 ZIP, 2.5 to 4 inclusive ZAC,
// above 4 HZ. The official method works on territoires de vie-santé with more criteria, so this
// is always labelled "indicatif, calculé à partir de l'APL".
Zone indicativeZoneFromApl(double apl);

constexpr double kAplZipBelow = 2.5;
constexpr double kAplZacUpTo = 4.0;

// An official zoning read from any GDAL table keyed by commune code, optionally with a profession
// column (rows without one apply to the médecins zoning). Codes are mapped to the current COG.
struct ZoningTable {
    std::string source;  // as given, for provenance
    // key: profession zoning key ("medecins", "masseur-kinesitherapeute"...) + '|' + code
    std::unordered_map<std::string, Zone> zones;
    std::optional<Zone> find(const std::string& zoningKey, const std::string& code) const;
};

// Column names are found among the usual ones (code_insee, insee, codgeo, depcom, code...;
// zonage, zone, classement...; profession). Rows with an unknown zone value are skipped with one
// warning counting them and naming the first.
geo::Result<ZoningTable> readZoningTable(const std::string& source,
                                         const geo::CodeChanges& changes,
                                         geo::Diagnostics& diag);

}  // namespace app

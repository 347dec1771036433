// The accessibility lab's results as the map and its tables show them (issue 13): per commune the
// model before and after the scenario, the change, "APL officiel + variation" and the indicative
// zones; the communes whose zone changes with the aids that change for a GP there; the change
// colours (a diverging palette centred on 0). Shared by `santemap access`, the window and the atlas.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "access_lab.hpp"
#include "finder.hpp"

namespace app {

struct AccessRow {
    std::size_t point = 0;
    double model = 0, after = 0, delta = 0;  // three decimals; delta = after − model as printed
    std::optional<double> apl, estimate;     // DREES APL 2023 and APL + delta (GPs only)
    std::optional<Zone> zoneBefore, zoneAfter;
};
AccessRow accessRow(const AccessInputs& in, const AccessLab& lab, std::size_t point);

// code,name,population,supply,supply_after,apl_drees_2023,model,model_after,delta,estimate_after,
// zone_before,zone_after — one line per row.
std::string accessCsv(const AccessInputs& in, const AccessLab& lab, const std::vector<AccessRow>& rows);

// One row's columns as a JSON object (null for what is missing): `santemap access` lists these,
// the GeoJSON export puts them in its features' properties.
nlohmann::ordered_json accessRowJson(const AccessInputs& in, const AccessLab& lab, const AccessRow& row);

// The same rows as GeoJSON points at the commune centres (WGS 84), the columns as properties.
std::string accessGeoJson(const AccessInputs& in, const AccessLab& lab, const std::vector<AccessRow>& rows);

// The rows of the communes the scenario moved, by code.
std::vector<AccessRow> touchedRows(const AccessInputs& in, const AccessLab& lab);

struct ZoneChange {
    AccessRow row;
    std::vector<const AidRule*> gained, lost;  // for a GP settling there (first installation)
};
// The communes whose indicative zone the scenario changes (GPs only), by population, largest first.
std::vector<ZoneChange> zoneChanges(const AccessInputs& in,
                                    const AccessLab& lab,
                                    const AidContext& aid,
                                    const std::string& date);

enum class AccessView { Change, ModelBefore, ModelAfter, EstimateAfter };
inline constexpr const char* kAccessColumn = "simulation";
Text accessViewText(AccessView view);  // "Variation simulée"...

// Losses red, gains blue, white within ±0.02 (ColorBrewer RdBu): for GPs in consultations per year
// per inhabitant; a specialty's per 100,000 inhabitants, ten times wider.
ChoroplethSpec accessChangeChoropleth(bool generalPractice);

// The classes of the catalogue's APL indicator (the before/after views use them for GPs).
ChoroplethSpec aplIndicatorScale(const Catalogue& catalogue);

// Writes the values of `view` into the communes layer's kAccessColumn (by code_insee; communes
// outside the model, and for a specialty outside 41 and 45, have none) and says how to colour
// them: the change with accessChangeChoropleth, the others with `aplScale` (the APL indicator's
// classes) for GPs, by fifths of the baseline for a specialty. Titles say "simulation".
CommuneColouring accessColouring(AccessView view,
                                 const AccessInputs& in,
                                 const AccessLab& lab,
                                 const CommuneDirectory& directory,
                                 const ChoroplethSpec& aplScale,
                                 geo::FeatureTable& communes);

}  // namespace app

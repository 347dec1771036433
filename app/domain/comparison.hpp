// Two to four places side by side (issue 13): communes, or an EPCI as the population-weighted
// aggregate of its communes — their key figures against the département and the region, their
// APL trends, the zone and the aids for the current profile (communes only: an EPCI has no zone).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "aids.hpp"
#include "sheets.hpp"
#include "zoning.hpp"

namespace app {

struct ComparedPlace {
    std::string code;  // a commune's INSEE code, or the EPCI's SIREN
    std::string name;
    bool epci = false;
    std::size_t communes = 1;           // an EPCI's member communes
    std::vector<KeyFigure> figures;     // `commune` holds the place's value
    std::vector<YearValue> trend;       // APL 2015-2023
    std::optional<ZoneInfo> zone;       // communes only
    std::optional<AidEvaluation> aids;  // communes only, for the profile given
};

inline constexpr std::size_t kMaxCompared = 4;

// Errors name the unknown code.
geo::Result<ComparedPlace> compareCommune(const TerritoryData& t, const std::string& code, const AidProfile& profile);
// The EPCI of the territory's communes layer (`epci_code`): population summed, the other figures
// and the trend weighted by population over the members that have a value (the poverty rate only
// when every member publishes one); département and region those of its first member.
geo::Result<ComparedPlace> compareEpci(const TerritoryData& t, const std::string& epciCode);
// The EPCI a commune belongs to (the communes layer's epci_code), if known.
std::optional<std::string> epciOfCommune(const TerritoryData& t, const std::string& code);

}  // namespace app

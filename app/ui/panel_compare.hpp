// "Comparer" (issue 13): two to four communes side by side, and an EPCI as the aggregate of its
// communes — key figures against the first place's département and region, the APL trends on one
// plot, the zone and the aids for the finder's profile. For planners; not at the kiosk.
#pragma once

#include <string>
#include <vector>

#include "domain/comparison.hpp"

namespace app {

struct UiState;
struct MapModel;

struct CompareState {
    std::vector<std::string> places;  // commune codes, or "epci:" + SIREN
    bool show = false;
    // The figures of `places` for the profile in `cacheKey` (an EPCI's take a few milliseconds).
    std::vector<ComparedPlace> cache;
    std::string cacheKey;
    std::string error;
};

inline constexpr const char* kEpciPrefix = "epci:";

// Adds a commune (or "epci:CODE") and opens the window; at most kMaxCompared, no duplicates.
void addToComparison(UiState& ui, const std::string& place);
void drawComparePanel(UiState& ui, const MapModel& model);

}  // namespace app

// "Mon stage" (issue 12), a mode of the finder: the place of the internship (a sheet's "Mon stage
// est ici", or a tap on the map), the student's level, the placement's length, the faculty; the
// housing ranked by estimated time with its filters, the allowances for the placement, the places
// within 30 minutes; on the map, the 10, 20 and 30 minute circles, the housing coloured by time and
// a line to the housing chosen. The journey itself is the domain's (internship.hpp).
#pragma once

#include <imgui.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "domain/internship.hpp"

namespace app {

struct UiState;
struct MapModel;

struct StageState {
    bool active = false;   // the finder shows "Mon stage"
    bool openTab = false;  // bring its tab to the front (a site was just chosen)
    std::optional<InternshipSite> site;
    std::string level = "interne";
    int months = 6;
    std::string faculty;  // a Faculty id; empty: not given
    std::string home;     // the student's home commune (INSEE code); empty: not given
    std::string query;    // a hospital or clinic of France searched by name or town
    // Housing filters; 0 / empty: none.
    int maxMinutes = 0, maxRent = 0;
    std::string semester;
    bool furnished = false;
    bool pickOnMap = false;  // the next tap on the map places the internship
    std::optional<std::int64_t> chosenHousing;
    bool changed = false;  // recompute the journey
    std::optional<Journey> journey;
    const Listing* listingsAt = nullptr;  // the listings the journey points into, to notice a reload
    std::string error;
    std::shared_ptr<const InternshipPlaces> places;  // loaded by the window on first use
};

// A site chosen: the mode opens on it.
void setStageSite(UiState& ui, InternshipSite site);
// Everything of the student's journey cleared, the data loaded kept (the kiosk's reset).
void resetStage(StageState& stage);
// The journey for the current choices, when they changed or the listings were reloaded.
void updateJourney(StageState& stage, const TerritoryData& t);
// The mode's content, inside the finder's window.
void drawStageSection(UiState& ui, const MapModel& model);
// Circles, housing by time and the line to the housing chosen, on the map under the panels:
// `toScreen` takes WGS 84 to window coordinates (NaN when outside the projection).
void drawStageOnMap(const UiState& ui, const std::function<ImVec2(geo::Vec2)>& toScreen, ImDrawList* dl);

}  // namespace app

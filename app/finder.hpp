// The opportunity finder's state (profession chips, profile, indicator, legend classes, listing
// categories) and how it changes the map: colours and visibility only, never meshes.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "aids.hpp"
#include "map_model.hpp"
#include "territory_scene.hpp"

namespace app {

inline constexpr const char* kAidsIndicator = "aides";  // the aid total for the profile, per commune

struct FinderState {
    std::vector<std::string> professions;   // chips selected (codes)
    bool student = false;
    bool firstInstallation = true;
    std::string date;                       // YYYY-MM-DD (today by default)
    std::string indicator;                  // indicator id, kAidsIndicator, or "" (départements)
    std::vector<bool> hiddenClasses;        // legend classes switched off, for the indicator shown
    std::set<std::string> hiddenCategories; // listing categories switched off

    AidProfile profile() const;             // for the first profession chosen
};

// The map layer drawing a catalogue entry, if loaded.
std::optional<std::size_t> layerOf(const MapModel& model, const std::string& catalogueId);

// Indicators of the communes layer that apply to the chosen professions (all when none chosen,
// except those that need a profession).
std::vector<const Indicator*> indicatorsFor(const TerritoryData& t, const std::vector<std::string>& professions);

// Rewrites the communes' colouring and the listings' visibility for `state`; returns the layers
// whose colours changed (to restyle on the GL thread).
std::vector<std::size_t> applyFinder(FinderState& state, MapModel& model, LayerSpec& communesBase);

// The most the aids can pay in each commune of `communes` (rows of the communes layer) for a
// profile: the value of the kAidsIndicator choropleth.
std::vector<double> aidTotals(const TerritoryData& t, const geo::FeatureTable& communes, const AidProfile& profile);

}  // namespace app

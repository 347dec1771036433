// What the window shows: the scene, its loaded layers, and the questions the UI asks of them
// (what is under the cursor, what matches a search, how to describe a feature).
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/ui_text.hpp"
#include "geo/text_search.hpp"
#include "map_layers.hpp"

namespace app {

struct FeatureRef {
    std::size_t layer = 0;
    std::size_t feature = 0;
    bool operator==(const FeatureRef&) const = default;
};

struct SearchTarget {
    FeatureRef ref;
    std::string name;
    Text kind = Text::KindFeature;  // commune, hospital, listing...
};

// One row of a feature's details: the field, its readable label, its value as people read it.
struct FieldRow {
    std::string field, label, value;
};

// What a tap on the map reaches: nothing, one feature, or the members of a marker cluster.
struct TapTarget {
    std::vector<FeatureRef> members;  // empty: nothing under the tap
    // Members so close together (one commune centre, one building) that zooming would not part
    // them: the window offers a list to choose from instead of zooming.
    bool together = false;
    geo::Box extent;  // the members' display extent
};

// Cluster members closer than this are "together" (kTogether in TapTarget).
inline constexpr double kTogetherMetres = 100;

struct MapModel {
    Scene scene;
    std::vector<MapLayer> layers;
    geo::SearchIndex search;
    std::vector<SearchTarget> targets;

    // The map layer drawing a catalogue entry, if loaded.
    std::optional<std::size_t> layerOf(const std::string& catalogueId) const;
    // Indexes the names of communes (weighted by population) and of the other layers' features.
    void buildSearch();
    // Topmost feature under a display point; points within `pixelRadius` of it count.
    std::optional<FeatureRef> pick(geo::Vec2 display, double metresPerPixel, double pixelRadius = 8) const;
    // The feature under a tap, or every member of the cluster drawn there (points of the same
    // layer within its clustering radius at `scale`, as clusterMarkers groups them).
    TapTarget tapAt(geo::Vec2 display, double metresPerPixel, float scale) const;
    // The feature's display extent.
    geo::Box extentOf(const FeatureRef& ref) const;
    // Where "Zoom" and a search result fly: a point (a listing, a hospital) or a feature smaller
    // than a commune shows with the commune under it and its neighbours, never as a close-up of
    // one flat colour.
    geo::Box flyToExtentOf(const FeatureRef& ref) const;
    // The feature's name, for tooltips and titles.
    std::string nameOf(const FeatureRef& ref, Language lang = Language::French) const;
    // Rows for the details panel, numbers in the language's format.
    std::vector<FieldRow> describe(const FeatureRef& ref, Language lang = Language::French) const;
};

}  // namespace app

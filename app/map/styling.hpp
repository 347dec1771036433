// Per-feature colours from a layer's style: plain fill, choropleth classes, filters, selection.
// Pure functions over the attribute table: a style change rewrites colours, never meshes.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "geo/feature_table.hpp"
#include "render/color.hpp"
#include "scene.hpp"

namespace app {

// Which features pass the layer's filter (all when it has none).
std::vector<bool> filterMask(const geo::FeatureTable& table, const LayerSpec& spec);

struct FeatureColors {
    std::vector<render::Rgba> fill;
    std::vector<render::Rgba> outline;
};

// The defaults when the scene says nothing: a pale fill and a grey outline for polygons.
inline constexpr render::Rgba kDefaultFill{233, 236, 226, 255};
inline constexpr render::Rgba kDefaultOutline{120, 120, 120, 255};
inline constexpr render::Rgba kDefaultMarker{192, 57, 43, 255};
inline constexpr render::Rgba kSelection{230, 126, 34, 255};
inline constexpr render::Rgba kHover{31, 78, 121, 255};

FeatureColors featureColors(const geo::FeatureTable& table, const LayerSpec& spec, std::size_t featureCount);

// Features whose selection field is among the selected values.
std::vector<std::size_t> selectedFeatures(const geo::FeatureTable& table, const LayerSpec& spec);

}  // namespace app

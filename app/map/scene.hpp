// A scene: what `santemap render` draws, read from a JSON file (schema in docs/scene.md).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "domain/style.hpp"
#include "geo/layer.hpp"
#include "geo/result.hpp"
#include "geo/types.hpp"
#include "render/color.hpp"

namespace app {

// A layer of a scene: where its features come from, and its style.
struct LayerSpec : LayerStyle {
    LayerSpec() = default;
    explicit LayerSpec(LayerStyle style) : LayerStyle(std::move(style)) {}

    std::string source;          // as written in the scene
    std::string resolvedSource;  // after resolution (scene folder, then data search path)
    std::string layer;           // optional layer name
    std::string where;           // optional attribute filter (OGR SQL) applied when reading
    // A layer built in memory (the default territory) instead of read from `source`.
    std::shared_ptr<const geo::Layer> preloaded;
    std::string catalogueId;   // the catalogue entry it comes from, if any
    bool startHidden = false;  // listed in the layers panel, switched off at first
    bool inLegend = true;      // false: drawn, but no row in the legend (a layer of labels only)
};

struct TerritoryData;

struct Scene {
    int width = 1600, height = 1000;
    std::string crs = "EPSG:2154";
    std::optional<geo::Box> extent;  // in the scene CRS
    render::Rgba background{255, 255, 255, 255};
    bool labels = true;
    bool legend = true;
    bool scaleBar = true;
    std::string title;
    std::string attribution;               // added to the layers' own attributions
    Language language = Language::French;  // of the legend, the scale bar and the sources line
    std::vector<LayerSpec> layers;
    // The default territory's catalogue, aid rules and listings (null for plain scene files).
    std::shared_ptr<TerritoryData> territory;
};

// At most this many layers in a scene file (more is an error, named).
inline constexpr std::size_t kMaxSceneLayers = 256;

// Reads and validates a scene file; errors name the file and the key at fault.
geo::Result<Scene> readScene(const std::string& path, const std::string& dataDir = {});

}  // namespace app

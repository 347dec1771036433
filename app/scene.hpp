// A scene: what `santemap render` draws, read from a JSON file (schema in docs/scene.md).
#pragma once

#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <vector>

#include "geo/layer.hpp"
#include "geo/result.hpp"
#include "geo/types.hpp"
#include "render/color.hpp"
#include "render/point_layer.hpp"

namespace app {

struct ChoroplethSpec {
    std::string field;
    std::vector<double> breaks;             // ascending; class k holds values in [breaks[k-1], breaks[k])
    std::vector<render::Rgba> colors;       // breaks.size() + 1 colours
    std::vector<std::string> labels;        // optional legend labels, one per class
    render::Rgba noData{204, 204, 204, 255};  // features without a value ("pas de données")
};

// Colours by the text value of a field (zoning classes, départements); others take `other`.
struct CategoriesSpec {
    std::string field;
    std::vector<std::pair<std::string, render::Rgba>> values;  // in legend order
    std::vector<std::string> labels;                           // legend text per value (optional)
    std::optional<render::Rgba> other;                         // nullopt: other values are not drawn
    std::string otherLabel = "autres";                         // legend text of `other`
};

struct FilterSpec {
    std::string field;
    std::vector<std::string> in;            // keep features whose value (as text) is one of these
    std::optional<double> min, max;         // or within [min, max]
};

struct LabelSpec {
    std::string field;                      // text of the label
    std::string priority;                   // numeric field: larger values are placed first (population)
    float size = 12;                        // pixels at scale 1
};

struct MarkerSpec {
    render::MarkerShape shape = render::MarkerShape::Circle;
    float size = 10;                        // pixels at scale 1
    bool cluster = true;                    // merge markers that overlap, with their count
};

struct LayerSpec {
    std::string source;                     // as written in the scene
    std::string resolvedSource;             // after resolution (scene folder, then data search path)
    std::string layer;                      // optional layer name
    std::string where;                      // optional attribute filter (OGR SQL) applied when reading
    std::string title;                      // legend entry; defaults to the layer name
    std::optional<render::Rgba> fill;       // nullopt with fillSet: no fill
    bool fillSet = false;
    std::optional<render::Rgba> outline;    // nullopt with outlineSet: no outline ("outline": null)
    bool outlineSet = false;
    float outlineWidth = 1;                 // pixels at scale 1
    float opacity = 1;
    std::optional<ChoroplethSpec> choropleth;
    std::optional<CategoriesSpec> categories;
    std::optional<FilterSpec> filter;
    std::vector<std::string> selection;     // values of selectionField to highlight
    std::string selectionField;
    std::optional<LabelSpec> label;
    MarkerSpec marker;
    std::string attribution;                // source line for the attribution
    // A layer built in memory (the default territory) instead of read from `source`.
    std::shared_ptr<const geo::Layer> preloaded;
    std::string catalogueId;                // the catalogue entry it comes from, if any
    bool startHidden = false;               // listed in the layers panel, switched off at first
};

struct TerritoryData;

struct Scene {
    int width = 1600, height = 1000;
    std::string crs = "EPSG:2154";
    std::optional<geo::Box> extent;         // in the scene CRS
    render::Rgba background{255, 255, 255, 255};
    bool labels = true;
    bool legend = true;
    bool scaleBar = true;
    std::string title;
    std::string attribution;                // added to the layers' own attributions
    std::vector<LayerSpec> layers;
    // The default territory's catalogue, aid rules and listings (null for plain scene files).
    std::shared_ptr<TerritoryData> territory;
};

// The style keys of a scene layer (everything but source and layer), for the layer catalogue.
// Errors name the key at fault, prefixed with `at`.
geo::Result<LayerSpec> layerStyleFromJson(const nlohmann::json& j, const std::string& at);
geo::Result<ChoroplethSpec> choroplethFromJson(const nlohmann::json& j, const std::string& at);

// Reads and validates a scene file; errors name the file and the key at fault.
geo::Result<Scene> readScene(const std::string& path, const std::string& dataDir = {});

}  // namespace app

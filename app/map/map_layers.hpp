// The layers of a scene: loaded through geo's pipeline (CPU, any thread), then uploaded to the
// GPU (GL thread). Both the window and `santemap render` draw them with drawMap().
#pragma once

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "frame_profile.hpp"
#include "geo/build_cache.hpp"
#include "geo/diagnostics.hpp"
#include "geo/pipeline.hpp"
#include "render/font.hpp"
#include "render/overlay.hpp"
#include "render/point_layer.hpp"
#include "render/polygon_layer.hpp"
#include "render/polygon_target.hpp"
#include "render/programs.hpp"
#include "render/view.hpp"
#include "scene.hpp"

namespace app {

// The CPU meshes the loader builds on its worker, moved to the GPU by uploadLayers().
struct PendingMeshes {
    render::PolygonMesh full;
    std::vector<std::pair<double, render::PolygonMesh>> levels;  // simplified levels (tolerance, mesh)
};

// Where each feature's label goes and which labels are placed first (built with the layer).
struct LabelPlacement {
    std::vector<geo::Vec2> anchor;  // display CRS, per feature (NaN when none)
    std::vector<double> priority;   // larger first
};

// What the style decides per feature, recomputed by refreshVisibility() when the filter changes.
struct StyledFeatures {
    std::vector<bool> visible;              // filter result per feature
    std::vector<geo::Vec2> points;          // display positions of the visible point features
    std::vector<std::size_t> pointFeature;  // feature of each point
    std::vector<render::Rgba> pointColor;   // per point when the style colours by category (else empty)
};

// The GL objects of a layer: created and destroyed on the GL thread only.
struct GpuLayer {
    std::unique_ptr<render::PolygonLayer> polygons;
    std::unique_ptr<render::PointLayer> points;
};

// What the window shows of a layer beyond its style: the layers panel's switch, the feature under
// the cursor, the features selected.
struct LayerView {
    bool shown = true;
    std::optional<std::size_t> hover;
    std::vector<std::size_t> selection;
};

// A layer on the map. Each part has one owner: `spec` the scene and the finder, `data`, `labels`
// and `meshes` the loader (meshes until uploadLayers() moves them to `gpu`), `styled`
// refreshVisibility(), `gpu` the GL thread, `view` the window.
struct MapLayer {
    LayerSpec spec;
    geo::LoadedLayer data;  // features, display geometry in the scene CRS, index
    bool isPoints = false;
    LabelPlacement labels;
    PendingMeshes meshes;
    StyledFeatures styled;
    GpuLayer gpu;
    LayerView view;
    // The layer's title in a language, else its name in the source.
    std::string name(Language lang = Language::French) const {
        const std::string& title = spec.title.in(lang);
        return title.empty() ? data.layer.name : title;
    }
};

// Reads and prepares every layer of a scene (no GL). Errors name the layer's source.
geo::Result<std::vector<MapLayer>> loadLayers(const Scene& scene, geo::Diagnostics& diag);
// The same for one picture of width × height pixels (`santemap render`): each layer is simplified
// at a quarter of a pixel before it is tessellated, and has no other level of detail.
geo::Result<std::vector<MapLayer>> loadPictureLayers(const Scene& scene, int width, int height, geo::Diagnostics& diag);

// The layers of one spec of a scene (a source may hold several layers). The window passes its
// build cache: projection, simplification and tessellation are then done once per source.
geo::Result<std::vector<MapLayer>> loadLayer(const LayerSpec& spec,
                                             const std::string& displayCrs,
                                             geo::Diagnostics& diag,
                                             const geo::BuildCache& cache = geo::BuildCache::disabled());

// Recomputes which features pass the filter (and, for points, the positions and colours drawn)
// after the filter or its column changed. CPU only; call restyleLayer() after it for polygons.
void refreshVisibility(MapLayer& layer);

// Re-sends a layer's colours and opacity to the GPU after its style changed (GL thread).
void restyleLayer(MapLayer& layer);

// The union of the layers' display extents.
geo::Box layersExtent(const std::vector<MapLayer>& layers);

// Creates the GPU objects from the pending meshes (then freed) and uploads styles (GL thread).
void uploadLayers(std::vector<MapLayer>& layers);

// Whether the legend is drawn whole, folded to one line, or folded when it would hide the map.
enum class LegendMode { Open, Auto, Collapsed };

// What the window's panels cover of the map, in framebuffer pixels: the furniture goes around
// them (the legend below the menu bar and left of an open sheet, the scale bar right of the
// finder). Images and prints have none.
struct ScreenPanels {
    float top = 0, bottom = 0, left = 0, right = 0;
    LegendMode legend = LegendMode::Open;
};

struct DrawContext {
    const render::Programs& programs;
    const render::Font& font;
    render::Overlay& overlay;
    ScreenPanels panels;
    std::vector<std::array<float, 4>> markerBoxes;   // pixel boxes of the markers drawn, kept clear of labels
    render::PolygonTarget* polygonTarget = nullptr;  // anti-aliases the polygons; null: drawn as they are
    FrameProfile* profile = nullptr;                 // times each pass when set and enabled
    // Written by the drawing: where the legend went (x0, y0, x1, y1), for a touch that folds it.
    std::array<float, 4> legendBox{};
    bool legendCollapsed = false;
};

// Draws the map and its furniture (labels, legend, scale bar, attribution) into the bound framebuffer.
void drawMap(
    const Scene& scene, std::vector<MapLayer>& layers, const render::View& view, float scale, DrawContext& ctx);

}  // namespace app

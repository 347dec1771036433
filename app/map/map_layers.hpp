// The layers of a scene: loaded through geo's pipeline (CPU, any thread), then uploaded to the
// GPU (GL thread). Both the window and `santemap render` draw them with drawMap().
#pragma once

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "geo/diagnostics.hpp"
#include "geo/pipeline.hpp"
#include "render/font.hpp"
#include "render/overlay.hpp"
#include "render/point_layer.hpp"
#include "render/polygon_layer.hpp"
#include "render/programs.hpp"
#include "render/view.hpp"
#include "scene.hpp"

namespace app {

struct MapLayer {
    LayerSpec spec;
    geo::LoadedLayer data;                 // display geometry in the scene CRS
    render::PolygonMesh mesh;              // CPU mesh, uploaded by uploadLayers()
    std::vector<std::pair<double, render::PolygonMesh>> levelMeshes;  // simplified levels (tolerance, mesh)
    bool isPoints = false;
    std::vector<geo::Vec2> points;         // display positions of point features
    std::vector<std::size_t> pointFeature; // feature of each point
    std::vector<render::Rgba> pointColor;  // per point when the style colours by category (else empty)
    std::vector<bool> visible;             // filter result per feature
    std::vector<std::size_t> selection;
    std::vector<geo::Vec2> labelAnchor;    // per feature (NaN when none)
    std::vector<double> labelPriority;
    bool shown = true;                     // the layers panel's visibility switch
    std::optional<std::size_t> hover;      // feature under the cursor (window only)
    std::unique_ptr<render::PolygonLayer> gpuPolygons;
    std::unique_ptr<render::PointLayer> gpuPoints;
    std::string name() const { return spec.title.empty() ? data.layer.name : spec.title; }
};

// Reads and prepares every layer of a scene (no GL). Errors name the layer's source.
geo::Result<std::vector<MapLayer>> loadLayers(const Scene& scene, geo::Diagnostics& diag);

// The layers of one spec of a scene (a source may hold several layers).
geo::Result<std::vector<MapLayer>> loadLayer(const LayerSpec& spec, const std::string& displayCrs, geo::Diagnostics& diag);

// Recomputes which features pass the filter (and, for points, the positions and colours drawn)
// after the filter or its column changed. CPU only; call restyleLayer() after it for polygons.
void refreshVisibility(MapLayer& layer);

// Re-sends a layer's colours and opacity to the GPU after its style changed (GL thread).
void restyleLayer(MapLayer& layer);

// The union of the layers' display extents.
geo::Box layersExtent(const std::vector<MapLayer>& layers);

// Creates the GPU objects and uploads styles (GL thread).
void uploadLayers(std::vector<MapLayer>& layers);

struct DrawContext {
    const render::Programs& programs;
    const render::Font& font;
    render::Overlay& overlay;
    float topInset = 0;     // pixels hidden by a menu bar: the legend goes below
    float bottomInset = 0;  // pixels hidden by a status bar: scale bar and sources go above
    std::vector<std::array<float, 4>> markerBoxes;  // pixel boxes of the markers drawn, kept clear of labels
};

// Draws the map and its furniture (labels, legend, scale bar, attribution) into the bound framebuffer.
void drawMap(const Scene& scene, std::vector<MapLayer>& layers, const render::View& view, float scale, DrawContext& ctx);

}  // namespace app

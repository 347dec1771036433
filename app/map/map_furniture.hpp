// What is drawn over the map in screen space: point clusters, labels without overlaps, and the
// furniture of a printed map (title, legend, scale bar, attribution).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "map_layers.hpp"

namespace app {

// One line of the legend: a swatch (a polygon's fill, a marker) or a heading.
struct LegendRow {
    std::optional<render::Rgba> swatch;
    std::optional<render::Rgba> border;
    bool marker = false;
    std::string text;
    bool heading = false;
    bool hatch = false;  // the swatch is diagonal lines of its colour over the background
};

// The legend of the layers shown, as the map draws it (the help window lists it too).
std::vector<LegendRow> legendRows(const Scene& scene, const std::vector<MapLayer>& layers);

// Where the legend goes and at what size, in framebuffer pixels.
struct LegendLayout {
    float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    float px = 0, rowH = 0, swatch = 0;  // text size, row height, swatch width
    bool collapsed = false;
};

// Top right of the map left free by the panels; folded to `foldedLabel` when asked, or in Auto
// mode when it would cover too much of that map. `measure(text, px)` gives a text's width.
LegendLayout layoutLegend(const std::vector<LegendRow>& rows,
                          const std::string& foldedLabel,
                          const std::function<float(const std::string&, float)>& measure,
                          const render::View& view,
                          float scale,
                          const ScreenPanels& panels);

// Markers of a point layer for this view; overlapping markers merge into one with their count.
std::vector<render::Marker> clusterMarkers(
    const MapLayer& layer, const render::View& view, float scale, render::Rgba color, DrawContext& ctx, bool cluster);

// Labels by priority (population first), skipping any that would overlap one already placed or
// that would not fit in its feature: more appear as one zooms in.
void placeLabels(const std::vector<MapLayer>& layers, const render::View& view, float scale, DrawContext& ctx);

void drawFurniture(
    const Scene& scene, const std::vector<MapLayer>& layers, const render::View& view, float scale, DrawContext& ctx);

// The pieces of the sources line: the sources of the layers shown, each once, then the scene's.
std::vector<std::string> attributions(const Scene& scene, const std::vector<MapLayer>& layers);

// A round length (1, 2 or 5 × 10^n metres) whose bar is at most maxPixels long.
double niceScaleLength(double metresPerPixel, double maxPixels);

}  // namespace app

// What is drawn over the map in screen space: point clusters, labels without overlaps, and the
// furniture of a printed map (title, legend, scale bar, attribution).
#pragma once

#include <string>
#include <vector>

#include "map_layers.hpp"

namespace app {

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

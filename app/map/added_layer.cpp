#include "added_layer.hpp"

#include <cstdlib>
#include <filesystem>

#include "geo/source.hpp"
#include "styling.hpp"

namespace app {

namespace {

// Saturated colours readable on the map's light background. The territory itself uses some
// forty colours (APL greens and reds, zoning oranges, the hospitals' red, blues): an added layer
// takes the candidate farthest from every colour in use.
constexpr render::Rgba kCandidates[] = {
    {200, 0, 200, 255},    // fuchsia
    {150, 230, 0, 255},    // lime
    {0, 190, 230, 255},    // cyan
    {128, 0, 255, 255},    // violet
    {75, 0, 130, 255},     // indigo
    {20, 20, 140, 255},    // navy
    {255, 105, 180, 255},  // pink
    {200, 160, 0, 255},    // gold
    {0, 128, 128, 255},    // teal
    {120, 60, 20, 255},    // brown
    {128, 128, 0, 255},    // olive
    {30, 30, 30, 255},     // near black
};

int distance(render::Rgba a, render::Rgba b) { return std::abs(a.r - b.r) + std::abs(a.g - b.g) + std::abs(a.b - b.b); }

render::Rgba darker(render::Rgba c) {
    return {static_cast<std::uint8_t>(c.r * 0.6),
            static_cast<std::uint8_t>(c.g * 0.6),
            static_cast<std::uint8_t>(c.b * 0.6),
            255};
}

}  // namespace

std::vector<render::Rgba> layerColours(const std::vector<MapLayer>& layers) {
    std::vector<render::Rgba> used;
    for (const auto& l : layers) {
        const LayerStyle& s = l.spec;
        if (s.fillSet && s.fill) used.push_back(*s.fill);
        if (!s.fillSet) used.push_back(l.isPoints ? kDefaultMarker : kDefaultFill);
        if (s.choropleth) used.insert(used.end(), s.choropleth->colors.begin(), s.choropleth->colors.end());
        if (s.categories)
            for (const auto& value : s.categories->values) used.push_back(value.second);
        if (s.categories && s.categories->other) used.push_back(*s.categories->other);
    }
    return used;
}

LayerSpec addedLayerSpec(const std::string& source, const std::vector<MapLayer>& onMap) {
    LayerSpec spec;
    spec.source = spec.resolvedSource = source;
    const std::vector<render::Rgba> used = layerColours(onMap);
    render::Rgba best = kCandidates[0];
    int bestGap = -1;
    for (const render::Rgba c : kCandidates) {
        int gap = 3 * 255;  // sum of the channels' differences to the nearest colour in use
        for (const render::Rgba u : used) gap = std::min(gap, distance(c, u));
        if (gap > bestGap) {
            best = c;
            bestGap = gap;
        }
    }
    spec.fill = best;
    spec.fillSet = true;
    spec.outline = darker(best);
    spec.outlineSet = true;
    const std::string name =
        geo::isConnectionString(source) ? geo::maskPassword(source) : std::filesystem::path(source).filename().string();
    spec.title = {name, name};
    spec.attribution = {name, name};
    return spec;
}

}  // namespace app

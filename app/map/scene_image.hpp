// A scene rendered offscreen to pixels: the code path of `santemap render` and of the golden tests.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "geo/diagnostics.hpp"
#include "geo/result.hpp"
#include "scene.hpp"

namespace app {

struct Image {
    int width = 0, height = 0;
    std::vector<std::uint8_t> rgba;  // top row first
};

// The DejaVu Sans font of Debian's fonts-dejavu-core ($SANTEMAP_FONT overrides it).
std::string defaultFontPath();

// The scene's extent, or the layers' extent with a 3 % margin when the scene gives none.
struct MapLayer;
geo::Box sceneExtent(const Scene& scene, const std::vector<MapLayer>& layers);

// Renders without any display server (EGL surfaceless); scale multiplies pixels, lines and text.
geo::Result<Image> renderScene(const Scene& scene, float scale, geo::Diagnostics& diag);

// renderScene at scale 1, written to `path` as PNG (write-then-rename): the maps of `stage --map`
// and `access --map`.
geo::Status writeScenePng(const Scene& scene, const std::string& path);

}  // namespace app

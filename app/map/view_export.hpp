// The map's current view written to a PNG at another size and density, with its title, legend,
// scale bar and sources (the window's "Exporter la vue").
#pragma once

#include <string>
#include <vector>

#include "geo/result.hpp"
#include "map_layers.hpp"
#include "scene_image.hpp"

namespace app {

struct ViewExport {
    int width = 1600, height = 1000;  // pixels at density 1
    int density = 1;                  // 1, 2 or 3: pixels, lines and text multiplied
    std::string title;
    std::string path;
};

// The scene's layers over `extent`, `width`×`height` pixels at `scale`, drawn offscreen with the
// window's GL context (programs and font): the take-away sheet's map excerpt.
geo::Result<Image> drawView(const Scene& scene,
                            std::vector<MapLayer>& layers,
                            const geo::Box& extent,
                            int width,
                            int height,
                            float scale,
                            const render::Programs& programs,
                            const render::Font& font);

// Draws offscreen with the window's GL context (programs and font), then writes the PNG.
geo::Status exportView(const Scene& scene,
                       std::vector<MapLayer>& layers,
                       const render::View& current,
                       const ViewExport& e,
                       const render::Programs& programs,
                       const render::Font& font);

}  // namespace app

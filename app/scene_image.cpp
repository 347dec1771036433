// Headless rendering of a scene.
#include "scene_image.hpp"

#include <cmath>
#include <cstdlib>
#include <filesystem>

#include "map_layers.hpp"
#include "render/offscreen.hpp"

namespace app {

std::string defaultFontPath() {
    if (const char* env = std::getenv("SANTEMAP_FONT"); env && *env) return env;
    for (const char* p : {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans.ttf",
                          "/usr/local/share/fonts/DejaVuSans.ttf"})
        if (std::filesystem::exists(p)) return p;
    return "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
}

geo::Result<Image> renderScene(const Scene& scene, float scale, geo::Diagnostics& diag) {
    auto layers = loadLayers(scene, diag);
    if (!layers) return layers.error();
    auto font = render::Font::load(defaultFontPath());
    if (!font) return font.error();

    const int width = static_cast<int>(std::lround(scene.width * scale));
    const int height = static_cast<int>(std::lround(scene.height * scale));
    geo::Box extent;
    if (scene.extent) {
        extent = *scene.extent;
    } else {
        extent = layersExtent(layers.value());
        if (extent.empty()) return geo::Error{geo::ErrorCode::BadArgument, "the scene's layers have nothing to draw", ""};
        // A little air around the data.
        const double mx = (extent.maxX - extent.minX) * 0.03, my = (extent.maxY - extent.minY) * 0.03;
        extent = geo::Box{extent.minX - mx, extent.minY - my, extent.maxX + mx, extent.maxY + my};
    }
    const render::View view = render::View::fit(extent, width, height);

    auto context = render::HeadlessContext::create();
    if (!context) return context.error();
    auto programs = render::Programs::build();
    if (!programs) return programs.error();
    auto target = render::OffscreenTarget::create(width, height);
    if (!target) return target.error();
    uploadLayers(layers.value());
    target->bind();
    render::Overlay overlay;
    DrawContext ctx{programs.value(), font.value(), overlay};
    drawMap(scene, layers.value(), view, scale, ctx);
    Image image{width, height, target->read()};
    return image;
}

}  // namespace app

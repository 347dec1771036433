// Headless rendering of a scene.
#include "scene_image.hpp"

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <future>

#include "map_layers.hpp"
#include "render/offscreen.hpp"

namespace app {

std::string defaultFontPath() {
    if (const char* env = std::getenv("SANTEMAP_FONT"); env && *env) return env;
    for (const char* p : {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                          "/usr/share/fonts/TTF/DejaVuSans.ttf",
                          "/usr/local/share/fonts/DejaVuSans.ttf"})
        if (std::filesystem::exists(p)) return p;
    return "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
}

geo::Box sceneExtent(const Scene& scene, const std::vector<MapLayer>& layers) {
    if (scene.extent) return *scene.extent;
    geo::Box extent = layersExtent(layers);
    if (extent.empty()) return extent;
    // A little air around the data.
    const double mx = (extent.maxX - extent.minX) * 0.03, my = (extent.maxY - extent.minY) * 0.03;
    return geo::Box{extent.minX - mx, extent.minY - my, extent.maxX + mx, extent.maxY + my};
}

namespace {

// Everything that owns GL objects lives in this scope, inside the context's lifetime.
geo::Result<Image> renderWithContext(
    const Scene& scene, float scale, int width, int height, std::future<geo::Result<std::vector<MapLayer>>>& loading) {
    auto programs = render::Programs::build();
    auto font = render::Font::load(defaultFontPath());
    auto layers = loading.get();
    if (!layers) return layers.error();
    if (!font) return font.error();
    if (!programs) return programs.error();
    const geo::Box extent = sceneExtent(scene, layers.value());
    if (extent.empty()) return geo::Error{geo::ErrorCode::BadArgument, "the scene's layers have nothing to draw", ""};
    const render::View view = render::View::fit(extent, width, height);
    auto target = render::OffscreenTarget::create(width, height);
    if (!target) return target.error();
    uploadLayers(layers.value());
    target->bind();
    render::Overlay overlay;
    render::PolygonTarget polygons;
    DrawContext ctx{programs.value(), font.value(), overlay, {}, {}, &polygons};
    drawMap(scene, layers.value(), view, scale, ctx);
    return Image{width, height, target->read()};
}

}  // namespace

geo::Result<Image> renderScene(const Scene& scene, float scale, geo::Diagnostics& diag) {
    // The layers load on a worker while the GL context, the programs and the font are made. Each
    // is simplified at a quarter of the picture's pixel before it is tessellated.
    const int width = static_cast<int>(std::lround(scene.width * scale));
    const int height = static_cast<int>(std::lround(scene.height * scale));
    auto loading = std::async(std::launch::async,
                              [&scene, width, height, &diag] { return loadPictureLayers(scene, width, height, diag); });
    // The context first: every GL object must be destroyed while it is still current.
    auto context = render::HeadlessContext::create();
    if (!context) {
        loading.wait();
        return context.error();
    }
    return renderWithContext(scene, scale, width, height, loading);
}

geo::Status writeScenePng(const Scene& scene, const std::string& path) {
    geo::Diagnostics diag;
    auto image = renderScene(scene, 1.0f, diag);
    if (!image) return image.error();
    return render::writePng(path, image->width, image->height, image->rgba);
}

}  // namespace app

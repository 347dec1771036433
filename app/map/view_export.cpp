#include "view_export.hpp"

#include "render/offscreen.hpp"

namespace app {

geo::Result<Image> drawView(const Scene& scene,
                            std::vector<MapLayer>& layers,
                            const geo::Box& extent,
                            int width,
                            int height,
                            float scale,
                            const render::Programs& programs,
                            const render::Font& font) {
    auto target = render::OffscreenTarget::create(width, height);
    if (!target) return target.error();
    const render::View view = render::View::fit(extent, width, height);
    target->bind();
    render::Overlay overlay;
    render::PolygonTarget polygons;
    DrawContext ctx{programs, font, overlay, {}, {}, &polygons};
    drawMap(scene, layers, view, scale, ctx);
    Image image{width, height, target->read()};
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    return image;
}

geo::Status exportView(const Scene& scene,
                       std::vector<MapLayer>& layers,
                       const render::View& current,
                       const ViewExport& e,
                       const render::Programs& programs,
                       const render::Font& font) {
    const int w = e.width * e.density, h = e.height * e.density;
    Scene copy = scene;
    copy.title = e.title;
    copy.legend = true;
    copy.scaleBar = true;
    auto image = drawView(copy, layers, current.extent(), w, h, static_cast<float>(e.density), programs, font);
    if (!image) return image.error();
    return render::writePng(e.path, w, h, image->rgba);
}

}  // namespace app

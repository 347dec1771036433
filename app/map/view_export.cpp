#include "view_export.hpp"

#include "render/offscreen.hpp"

namespace app {

geo::Status exportView(const Scene& scene,
                       std::vector<MapLayer>& layers,
                       const render::View& current,
                       const ViewExport& e,
                       const render::Programs& programs,
                       const render::Font& font) {
    const int w = e.width * e.density, h = e.height * e.density;
    auto target = render::OffscreenTarget::create(w, h);
    if (!target) return target.error();
    Scene copy = scene;
    copy.title = e.title;
    copy.legend = true;
    copy.scaleBar = true;
    const render::View view = render::View::fit(current.extent(), w, h);
    target->bind();
    render::Overlay overlay;
    render::PolygonTarget polygons;
    DrawContext ctx{programs, font, overlay, {}, {}, &polygons};
    drawMap(copy, layers, view, static_cast<float>(e.density), ctx);
    auto pixels = target->read();
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    return render::writePng(e.path, w, h, pixels);
}

}  // namespace app

// View arithmetic in double precision; only the final transform goes to float.
#include "view.hpp"

#include <algorithm>

namespace render {

View View::fit(const geo::Box& extent, int width, int height) {
    View v;
    v.width = std::max(width, 1);
    v.height = std::max(height, 1);
    v.centerX = (extent.minX + extent.maxX) / 2;
    v.centerY = (extent.minY + extent.maxY) / 2;
    const double w = std::max(extent.maxX - extent.minX, 1e-9), h = std::max(extent.maxY - extent.minY, 1e-9);
    v.metresPerPixel = std::max(w / v.width, h / v.height);
    return v;
}

geo::Box View::extent() const {
    geo::Box b;
    b.expand(centerX - metresPerPixel * width / 2, centerY - metresPerPixel * height / 2);
    b.expand(centerX + metresPerPixel * width / 2, centerY + metresPerPixel * height / 2);
    return b;
}

geo::Vec2 View::toPixel(geo::Vec2 p) const {
    return {(p.x - centerX) / metresPerPixel + width / 2.0, height / 2.0 - (p.y - centerY) / metresPerPixel};
}

geo::Vec2 View::toDisplay(geo::Vec2 px) const {
    return {centerX + (px.x - width / 2.0) * metresPerPixel, centerY - (px.y - height / 2.0) * metresPerPixel};
}

ClipTransform clipTransform(const View& v, geo::Vec2 origin) {
    const double sx = 2.0 / (v.metresPerPixel * v.width);
    const double sy = 2.0 / (v.metresPerPixel * v.height);
    return {static_cast<float>(sx),
            static_cast<float>(sy),
            static_cast<float>((origin.x - v.centerX) * sx),
            static_cast<float>((origin.y - v.centerY) * sy)};
}

}  // namespace render

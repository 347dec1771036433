// What part of the display CRS the picture shows. The display CRS is in metres (x east, y
// north); the picture is `width` × `height` pixels, north up, y of pixels growing downwards.
#pragma once

#include "geo/types.hpp"

namespace render {

struct View {
    double centerX = 0, centerY = 0;  // display CRS
    double metresPerPixel = 1;
    int width = 1, height = 1;  // pixels

    // The view that shows `extent` whole, centred; the extent grows symmetrically to the image's aspect.
    static View fit(const geo::Box& extent, int width, int height);
    geo::Box extent() const;
    geo::Vec2 toPixel(geo::Vec2 display) const;
    geo::Vec2 toDisplay(geo::Vec2 pixel) const;
};

// Uniform for the shaders: clip = local * (sx, sy) + (tx, ty), where local = display - origin.
struct ClipTransform {
    float sx, sy, tx, ty;
};
ClipTransform clipTransform(const View& view, geo::Vec2 origin);

}  // namespace render

// A point marker as the renderer draws it: position, colour, shape and size. A plain header (no
// GL): the domain's styles name marker shapes too.
#pragma once

#include "color.hpp"
#include "geo/types.hpp"

namespace render {

enum class MarkerShape { Circle = 0, Square = 1, Diamond = 2, Triangle = 3 };

struct Marker {
    geo::Vec2 position;  // display CRS
    Rgba color;
    MarkerShape shape = MarkerShape::Circle;
    float size = 10;  // pixels
};

}  // namespace render

// The GL programs of the map, built once per context from the embedded shaders.
#pragma once

#include "geo/result.hpp"
#include "gl.hpp"

namespace render {

struct Programs {
    Program fill, line, point, screen;
    static geo::Result<Programs> build();
};

}  // namespace render

// The GL programs of the map, built once per context from the embedded shaders.
#pragma once

#include "geo/result.hpp"
#include "gl.hpp"

namespace render {

struct Programs {
    Program fill, thinLine, line, point, screen, smooth;
    static geo::Result<Programs> build();
};

}  // namespace render

// Compiling and linking GLSL programs; the info log becomes the error message.
#pragma once

#include <string>

#include "geo/result.hpp"
#include "gl.hpp"

namespace render {

geo::Result<Program> buildProgram(const char* name, const char* vertexSource, const char* fragmentSource);

}  // namespace render

// Renderer detection by name: Mesa's software rasterisers say so in GL_RENDERER.
#include "gl_info.hpp"

#include <cstdlib>
#include <string_view>

#include "gl.hpp"

namespace render {

GlInfo glInfo() {
    GlInfo info;
    if (const auto* r = reinterpret_cast<const char*>(glGetString(GL_RENDERER))) info.renderer = r;
    for (std::string_view name : {"llvmpipe", "softpipe", "SWR", "Software Rasterizer", "SwiftShader"})
        if (info.renderer.find(name) != std::string::npos) info.software = true;
    return info;
}

int defaultSampleCount() {
    if (const char* env = std::getenv("SANTEMAP_MSAA")) {
        const int n = std::atoi(env);
        if (n == 1 || n == 2 || n == 4 || n == 8) return n;
    }
    return glInfo().software ? 1 : 4;
}

}  // namespace render

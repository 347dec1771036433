// What the current OpenGL context is, and the multisampling it can afford: on software GL
// (Mesa llvmpipe, softpipe) 4× MSAA triples the cost of every triangle, so pictures are drawn
// single-sampled there and smoothed by the shaders instead.
#pragma once

#include <string>

namespace render {

struct GlInfo {
    std::string renderer;  // GL_RENDERER
    bool software = false;
};

// Of the context current on this thread.
GlInfo glInfo();

// 4 on a hardware GPU, 1 on software GL; $SANTEMAP_MSAA (1, 2, 4, 8) overrides either.
int defaultSampleCount();

}  // namespace render

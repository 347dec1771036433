// Where the map's polygons (fills and outlines) are drawn before they reach the picture, so that
// their edges are anti-aliased at a price the GL can pay: on a hardware GPU a 4× multisampled
// buffer resolved by a blit; on software GL (llvmpipe), where multisampling triples the cost of
// every triangle, a single-sampled texture smoothed by one FXAA-style pass (shaders/smooth.frag).
// Markers and text are drawn after, straight into the picture: their shaders smooth their edges.
#pragma once

#include "gl.hpp"
#include "programs.hpp"

namespace render {

class PolygonTarget {
public:
    // samples: 0 = the GL's default (defaultSampleCount), 1 = single-sampled and smoothed.
    explicit PolygonTarget(int samples = 0);
    // Remembers the bound framebuffer and viewport, then binds this target at their size.
    void begin();
    // Puts the polygons into the remembered framebuffer and binds it again.
    void finish(const Programs& programs);
    int samples() const { return m_samples; }

private:
    void resize(int width, int height);
    int m_samples = 1;
    int m_width = 0, m_height = 0;
    GLint m_destination = 0;
    GLint m_viewport[4] = {0, 0, 0, 0};
    Framebuffer m_framebuffer;
    Renderbuffer m_multisampled;  // when m_samples > 1
    Texture m_image;              // when single-sampled
    VertexArray m_emptyVao;       // core profile draws need a bound VAO
};

}  // namespace render

// Where the map's polygons (fills and outlines) are drawn before they reach the picture, so that
// their edges are anti-aliased at a price the GL can pay: on a hardware GPU a 4× multisampled
// buffer resolved by a blit; on software GL (llvmpipe), where multisampling triples the cost of
// every triangle, a single-sampled texture smoothed by one FXAA-style pass (shaders/smooth.frag).
// Markers and text are drawn after, straight into the picture: their shaders smooth their edges.
#pragma once

#include <cstdint>

#include "gl.hpp"
#include "programs.hpp"

namespace render {

class PolygonTarget {
public:
    // samples: 0 = the GL's default (defaultSampleCount), 1 = single-sampled and smoothed.
    explicit PolygonTarget(int samples = 0);
    // Remembers the bound framebuffer and viewport, then binds this target at their size.
    void begin();
    // Puts the polygons into the remembered framebuffer and binds it again. Single-sampled, the
    // smoothed picture is also kept under `signature` (0: not kept) for presentKept().
    void finish(const Programs& programs, std::uint64_t signature = 0);
    // When the picture kept has this signature and the bound viewport's size, copies it into the
    // bound framebuffer and returns true: the polygons need not be drawn nor smoothed again (a
    // hover or a click changes only what is drawn over them).
    bool presentKept(std::uint64_t signature);
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
    // The last smoothed picture, kept for frames whose polygons have not changed.
    Framebuffer m_keptFramebuffer;
    Texture m_kept;
    std::uint64_t m_keptSignature = 0;
    void copyKept(GLuint destination) const;
    // Copies this target's size from `source` into `destination` at the remembered viewport.
    void blit(GLuint source, GLuint destination) const;
};

}  // namespace render

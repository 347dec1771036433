// The floor: the least a GL program can do to draw the same picture as the map — raw GL, one
// VBO of the same triangles (or segments, or points) unindexed, one flat colour, a single-sampled
// framebuffer, glDrawArrays. bench_render times the map against it in alternating draws.
#pragma once

#include <cstdint>
#include <vector>

#include "render/gl.hpp"

namespace bench {

class FloorDraw {
public:
    // Positions in clip space (x, y pairs) drawn as `mode` (GL_TRIANGLES, GL_LINES or GL_POINTS).
    FloorDraw(GLenum mode, const std::vector<float>& clipXY, float pointSize = 1);
    void draw() const;

private:
    GLenum m_mode;
    GLsizei m_count;
    float m_pointSize;
    render::Program m_program;
    render::VertexArray m_vao;
    render::Buffer m_vbo;
};

// The vertices of `indices` (into x, y, feature triples, as PolygonMesh stores them) in clip space.
std::vector<float> clipPositions(
    const std::vector<float>& xyf, const std::vector<std::uint32_t>& indices, float sx, float sy, float tx, float ty);

}  // namespace bench

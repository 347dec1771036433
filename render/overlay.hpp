// Everything drawn in screen pixels over the map: labels, legend, scale bar, attribution.
// Collected on the CPU as one vertex list, drawn in one call.
#pragma once

#include <string_view>
#include <vector>

#include "font.hpp"
#include "programs.hpp"

namespace render {

class Overlay {
public:
    void clear() { m_vertices.clear(); }
    void rect(float x0, float y0, float x1, float y1, Rgba color);
    // Text with its baseline at y; a halo (pixels) is drawn beneath when > 0.
    void text(const Font& font,
              std::string_view utf8,
              float x,
              float y,
              float px,
              Rgba color,
              float halo = 0,
              Rgba haloColor = Rgba{255, 255, 255, 230});
    void draw(const Programs& programs, const Font& font, int width, int height);

private:
    std::vector<ScreenVertex> m_vertices;
    VertexArray m_vao;
    Buffer m_buffer;
};

}  // namespace render

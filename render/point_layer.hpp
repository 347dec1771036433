// Point markers on the GPU: one point sprite per marker (position, colour, shape, size in pixels).
// Clustering happens before, on the CPU, per view.
#pragma once

#include <vector>

#include "gl.hpp"
#include "marker.hpp"
#include "programs.hpp"
#include "view.hpp"

namespace render {

class PointLayer {
public:
    PointLayer();
    // Markers change with the view (clusters): re-upload is cheap (one small buffer).
    void setMarkers(const std::vector<Marker>& markers);
    void draw(const Programs& programs, const View& view) const;

private:
    VertexArray m_vao;
    Buffer m_vertices;
    GLsizei m_count = 0;
    float m_maxSize = 0;  // pixels: the margin kept around the view
    geo::Vec2 m_origin;
};

}  // namespace render

// Point markers on the GPU: one instance per marker (position, colour, shape, size in pixels).
// Clustering happens before, on the CPU, per view.
#pragma once

#include <vector>

#include "color.hpp"
#include "geo/types.hpp"
#include "gl.hpp"
#include "programs.hpp"
#include "view.hpp"

namespace render {

enum class MarkerShape { Circle = 0, Square = 1, Diamond = 2, Triangle = 3 };

struct Marker {
    geo::Vec2 position;  // display CRS
    Rgba color;
    MarkerShape shape = MarkerShape::Circle;
    float size = 10;     // pixels
};

class PointLayer {
public:
    PointLayer();
    // Markers change with the view (clusters): re-upload is cheap (one small buffer).
    void setMarkers(const std::vector<Marker>& markers);
    void draw(const Programs& programs, const View& view) const;

private:
    VertexArray m_vao;
    Buffer m_corners, m_instances;
    GLsizei m_count = 0;
    geo::Vec2 m_origin;
};

}  // namespace render

// A polygon layer on the GPU: triangles for fills; outlines as GL_LINES when they are at most a
// pixel wide (most maps), as instanced quads when wider and for highlights; two style textures
// (fill and outline colour per feature). Built from geo's plain arrays.
#pragma once

#include <cstdint>
#include <vector>

#include "color.hpp"
#include "geo/layer.hpp"
#include "gl.hpp"
#include "programs.hpp"
#include "style_texture.hpp"
#include "view.hpp"

namespace render {

// CPU-side mesh in local coordinates (display minus origin, float), ready to upload; can be
// built on a worker thread.
struct PolygonMesh {
    geo::Vec2 origin;
    std::vector<float> vertices;              // x, y, feature per vertex
    std::vector<std::uint32_t> triangles;     // indices into vertices
    std::vector<float> segments;              // x0, y0, x1, y1, feature per outline segment
    std::vector<std::uint32_t> lineIndices;   // the same segments as pairs of vertex indices
    std::vector<std::uint32_t> segmentStart;  // per feature: first segment (features+1 entries)
    std::size_t featureCount = 0;
};

PolygonMesh buildPolygonMesh(const geo::LayerGeometry& display, const std::vector<std::uint32_t>& triangles);

struct PolygonStyle {
    std::vector<Rgba> fill;     // per feature; alpha 0 = no fill
    std::vector<Rgba> outline;  // per feature; alpha 0 = no outline
    float outlineWidth = 1.0f;  // pixels
    float opacity = 1.0f;
    float hatch = 0;  // > 0: fills drawn as diagonal hatching of this period (pixels at scale 1)
};

// Full detail plus, optionally, simplified levels: each draw picks the coarsest level whose
// tolerance stays under a pixel, so the whole-France view does not push 2 M triangles.
class PolygonLayer {
public:
    explicit PolygonLayer(const PolygonMesh& fullDetail);
    // A simplified version of the same features, for views where a pixel is at least about `tolerance`.
    void addLevel(double tolerance, const PolygonMesh& mesh);
    void setStyle(const PolygonStyle& style);
    // Changes with every setStyle: a picture of the fills made before is out of date.
    std::uint64_t styleGeneration() const { return m_styleGeneration; }
    // Hatching periods are multiplied by widthScale (the picture's density).
    void drawFills(const Programs& programs, const View& view, float widthScale = 1) const;
    // Outline widths are multiplied by widthScale (the picture's density).
    void drawOutlines(const Programs& programs, const View& view, float widthScale = 1) const;
    // Draws the outline of one feature on top (hover, selection).
    void drawHighlight(const Programs& programs, const View& view, std::size_t feature, Rgba color, float width) const;
    // Triangles drawn at this view (for benchmarks and the status of the level of detail).
    std::size_t trianglesFor(const View& view) const;

private:
    struct Level {
        double tolerance = 0;
        geo::Vec2 origin;
        VertexArray fillVao, thinLineVao, lineVao;
        Buffer vertices, indices, lineIndices, segments, corners;
        GLsizei triangleIndexCount = 0;
        GLsizei segmentCount = 0;
        std::vector<std::uint32_t> segmentStart;
    };
    static Level upload(const PolygonMesh& mesh, double tolerance);
    const Level& levelFor(const View& view) const;
    void drawThinLines(const Programs& programs, const View& view, const Level& level, float width) const;
    void drawSegments(const Programs& programs,
                      const View& view,
                      const Level& level,
                      GLint first,
                      GLsizei count,
                      float width,
                      Rgba override) const;
    std::vector<Level> m_levels;  // full detail first, then coarser
    StyleTexture m_fillStyle, m_lineStyle;
    float m_outlineWidth = 1.0f;
    float m_opacity = 1.0f;
    float m_hatch = 0;
    std::size_t m_featureCount = 0;
    std::uint64_t m_styleGeneration = 0;
};

}  // namespace render

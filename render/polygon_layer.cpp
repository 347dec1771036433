// Upload and drawing of polygon layers.
#include "polygon_layer.hpp"

#include <atomic>

namespace render {

PolygonMesh buildPolygonMesh(const geo::LayerGeometry& g, const std::vector<std::uint32_t>& triangles) {
    PolygonMesh m;
    m.featureCount = g.featureCount();
    geo::Box box;
    for (std::size_t f = 0; f < g.featureCount(); ++f)
        if (g.kind[f] == geo::GeomKind::Polygon) box.expand(g.featureBox(f));
    m.origin = box.empty() ? geo::Vec2{} : geo::Vec2{(box.minX + box.maxX) / 2, (box.minY + box.maxY) / 2};
    m.vertices.resize(g.vertices.size() * 3);
    m.segmentStart.reserve(g.featureCount() + 1);
    m.segmentStart.push_back(0);
    for (std::size_t f = 0; f < g.featureCount(); ++f) {
        const bool polygon = g.kind[f] == geo::GeomKind::Polygon;
        for (std::uint32_t p = g.featureStart[f]; p < g.featureStart[f + 1]; ++p) {
            for (std::uint32_t r = g.partStart[p]; r < g.partStart[p + 1]; ++r) {
                const std::uint32_t b = g.ringStart[r], e = g.ringStart[r + 1];
                for (std::uint32_t v = b; v < e; ++v) {
                    m.vertices[3 * v] = static_cast<float>(g.vertices[v].x - m.origin.x);
                    m.vertices[3 * v + 1] = static_cast<float>(g.vertices[v].y - m.origin.y);
                    m.vertices[3 * v + 2] = static_cast<float>(f);
                }
                if (!polygon) continue;
                for (std::uint32_t v = b; v < e; ++v) {
                    const std::uint32_t w = v + 1 < e ? v + 1 : b;
                    m.lineIndices.insert(m.lineIndices.end(), {v, w});
                    m.segments.insert(m.segments.end(),
                                      {m.vertices[3 * v],
                                       m.vertices[3 * v + 1],
                                       m.vertices[3 * w],
                                       m.vertices[3 * w + 1],
                                       static_cast<float>(f)});
                }
            }
        }
        m.segmentStart.push_back(static_cast<std::uint32_t>(m.segments.size() / 5));
    }
    m.triangles = triangles;
    return m;
}

PolygonLayer::Level PolygonLayer::upload(const PolygonMesh& mesh, double tolerance) {
    Level l;
    l.tolerance = tolerance;
    l.origin = mesh.origin;
    l.segmentStart = mesh.segmentStart;
    l.vertices = makeBuffer();
    l.indices = makeBuffer();
    l.segments = makeBuffer();
    l.corners = makeBuffer();

    l.fillVao = makeVertexArray();
    glBindVertexArray(l.fillVao.id());
    glBindBuffer(GL_ARRAY_BUFFER, l.vertices.id());
    glBufferData(GL_ARRAY_BUFFER,
                 static_cast<GLsizeiptr>(mesh.vertices.size() * sizeof(float)),
                 mesh.vertices.data(),
                 GL_STATIC_DRAW);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 3 * sizeof(float), nullptr);
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 1, GL_FLOAT, GL_FALSE, 3 * sizeof(float), reinterpret_cast<void*>(2 * sizeof(float)));
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, l.indices.id());
    glBufferData(GL_ELEMENT_ARRAY_BUFFER,
                 static_cast<GLsizeiptr>(mesh.triangles.size() * sizeof(std::uint32_t)),
                 mesh.triangles.data(),
                 GL_STATIC_DRAW);
    l.triangleIndexCount = static_cast<GLsizei>(mesh.triangles.size());

    // Thin outlines: the fill's vertices, indexed as line pairs.
    l.thinLineVao = makeVertexArray();
    glBindVertexArray(l.thinLineVao.id());
    glBindBuffer(GL_ARRAY_BUFFER, l.vertices.id());
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 3 * sizeof(float), nullptr);
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 1, GL_FLOAT, GL_FALSE, 3 * sizeof(float), reinterpret_cast<void*>(2 * sizeof(float)));
    l.lineIndices = makeBuffer();
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, l.lineIndices.id());
    glBufferData(GL_ELEMENT_ARRAY_BUFFER,
                 static_cast<GLsizeiptr>(mesh.lineIndices.size() * sizeof(std::uint32_t)),
                 mesh.lineIndices.data(),
                 GL_STATIC_DRAW);

    l.lineVao = makeVertexArray();
    glBindVertexArray(l.lineVao.id());
    const float corners[] = {0, -1, 1, -1, 0, 1, 1, 1};
    glBindBuffer(GL_ARRAY_BUFFER, l.corners.id());
    glBufferData(GL_ARRAY_BUFFER, sizeof corners, corners, GL_STATIC_DRAW);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 0, nullptr);
    glBindBuffer(GL_ARRAY_BUFFER, l.segments.id());
    glBufferData(GL_ARRAY_BUFFER,
                 static_cast<GLsizeiptr>(mesh.segments.size() * sizeof(float)),
                 mesh.segments.data(),
                 GL_STATIC_DRAW);
    const GLsizei stride = 5 * sizeof(float);
    for (GLuint a = 1; a <= 3; ++a) glEnableVertexAttribArray(a);
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride, nullptr);
    glVertexAttribPointer(2, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(2 * sizeof(float)));
    glVertexAttribPointer(3, 1, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(4 * sizeof(float)));
    for (GLuint a = 1; a <= 3; ++a) glVertexAttribDivisor(a, 1);
    l.segmentCount = static_cast<GLsizei>(mesh.segments.size() / 5);
    glBindVertexArray(0);
    return l;
}

PolygonLayer::PolygonLayer(const PolygonMesh& mesh) : m_featureCount(mesh.featureCount) {
    m_levels.push_back(upload(mesh, 0));
}

void PolygonLayer::addLevel(double tolerance, const PolygonMesh& mesh) { m_levels.push_back(upload(mesh, tolerance)); }

const PolygonLayer::Level& PolygonLayer::levelFor(const View& view) const {
    // The coarsest level whose simplification stays below about half a pixel.
    const Level* best = &m_levels.front();
    for (const Level& l : m_levels)
        if (l.tolerance <= 0.5 * view.metresPerPixel && l.tolerance > best->tolerance) best = &l;
    return *best;
}

std::size_t PolygonLayer::trianglesFor(const View& view) const {
    return static_cast<std::size_t>(levelFor(view).triangleIndexCount / 3);
}

void PolygonLayer::setStyle(const PolygonStyle& style) {
    // Unique across every layer of the process: a layer made at the address of one destroyed
    // cannot take its generation and pass for it in a kept picture's signature.
    static std::atomic<std::uint64_t> generations{0};
    m_styleGeneration = ++generations;
    m_fillStyle.upload(style.fill);
    m_lineStyle.upload(style.outline);
    m_outlineWidth = style.outlineWidth;
    m_opacity = style.opacity;
    m_hatch = style.hatch;
}

void PolygonLayer::drawFills(const Programs& programs, const View& view, float widthScale) const {
    const Level& l = levelFor(view);
    if (!l.triangleIndexCount) return;
    const ClipTransform t = clipTransform(view, l.origin);
    glUseProgram(programs.fill.id());
    glUniform4f(glGetUniformLocation(programs.fill.id(), "u_transform"), t.sx, t.sy, t.tx, t.ty);
    glUniform1f(glGetUniformLocation(programs.fill.id(), "u_opacity"), m_opacity);
    glUniform1f(glGetUniformLocation(programs.fill.id(), "u_hatch"), m_hatch * widthScale);
    glUniform1i(glGetUniformLocation(programs.fill.id(), "u_style"), 0);
    m_fillStyle.bind(0);
    glBindVertexArray(l.fillVao.id());
    glDrawElements(GL_TRIANGLES, l.triangleIndexCount, GL_UNSIGNED_INT, nullptr);
    glBindVertexArray(0);
}

void PolygonLayer::drawSegments(const Programs& programs,
                                const View& view,
                                const Level& l,
                                GLint first,
                                GLsizei count,
                                float width,
                                Rgba override) const {
    if (count <= 0 || width <= 0) return;
    const ClipTransform t = clipTransform(view, l.origin);
    const GLuint prog = programs.line.id();
    glUseProgram(prog);
    glUniform4f(glGetUniformLocation(prog, "u_transform"), t.sx, t.sy, t.tx, t.ty);
    glUniform2f(
        glGetUniformLocation(prog, "u_viewport"), static_cast<float>(view.width), static_cast<float>(view.height));
    glUniform1f(glGetUniformLocation(prog, "u_width"), width);
    glUniform1f(glGetUniformLocation(prog, "u_opacity"), m_opacity);
    glUniform1i(glGetUniformLocation(prog, "u_style"), 0);
    glUniform4f(glGetUniformLocation(prog, "u_override"),
                override.r / 255.f,
                override.g / 255.f,
                override.b / 255.f,
                override.a / 255.f);
    glBindVertexArray(l.lineVao.id());
    // Instanced attributes start at the first segment drawn.
    glBindBuffer(GL_ARRAY_BUFFER, l.segments.id());
    const GLsizei stride = 5 * sizeof(float);
    const std::size_t base = static_cast<std::size_t>(first) * stride;
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(base));
    glVertexAttribPointer(2, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(base + 2 * sizeof(float)));
    glVertexAttribPointer(3, 1, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(base + 4 * sizeof(float)));
    glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, count);
    glBindVertexArray(0);
}

void PolygonLayer::drawThinLines(const Programs& programs, const View& view, const Level& l, float width) const {
    const ClipTransform t = clipTransform(view, l.origin);
    const GLuint prog = programs.thinLine.id();
    glUseProgram(prog);
    glUniform4f(glGetUniformLocation(prog, "u_transform"), t.sx, t.sy, t.tx, t.ty);
    glUniform1f(glGetUniformLocation(prog, "u_opacity"), m_opacity);
    glUniform1f(glGetUniformLocation(prog, "u_coverage"), width);
    glUniform1i(glGetUniformLocation(prog, "u_style"), 0);
    glUniform4f(glGetUniformLocation(prog, "u_override"), 0, 0, 0, 0);
    glBindVertexArray(l.thinLineVao.id());
    glDrawElements(GL_LINES, 2 * l.segmentCount, GL_UNSIGNED_INT, nullptr);
    glBindVertexArray(0);
}

void PolygonLayer::drawOutlines(const Programs& programs, const View& view, float widthScale) const {
    const Level& l = levelFor(view);
    const float width = m_outlineWidth * widthScale;
    if (l.segmentCount <= 0 || width <= 0) return;
    m_lineStyle.bind(0);
    if (width <= 1.0f)
        drawThinLines(programs, view, l, width);
    else
        drawSegments(programs, view, l, 0, l.segmentCount, width, Rgba{0, 0, 0, 0});
}

void PolygonLayer::drawHighlight(
    const Programs& programs, const View& view, std::size_t feature, Rgba color, float width) const {
    if (feature >= m_featureCount) return;
    const Level& l = levelFor(view);
    m_lineStyle.bind(0);
    const GLint first = static_cast<GLint>(l.segmentStart[feature]);
    drawSegments(programs, view, l, first, static_cast<GLsizei>(l.segmentStart[feature + 1]) - first, width, color);
}

}  // namespace render

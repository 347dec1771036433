// Point sprites for markers.
#include "point_layer.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace render {

namespace {

// One marker as the vertex shader reads it: 16 bytes instead of 32 floats' worth of a quad.
struct PackedMarker {
    float x, y;
    std::uint8_t rgba[4];
    std::uint16_t shape, size16;  // size in 1/16 pixel
};
static_assert(sizeof(PackedMarker) == 16);

}  // namespace

PointLayer::PointLayer() {
    m_vao = makeVertexArray();
    m_vertices = makeBuffer();
    glBindVertexArray(m_vao.id());
    glBindBuffer(GL_ARRAY_BUFFER, m_vertices.id());
    const GLsizei stride = sizeof(PackedMarker);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride, nullptr);
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(
        1, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, reinterpret_cast<void*>(offsetof(PackedMarker, rgba)));
    glEnableVertexAttribArray(2);
    glVertexAttribIPointer(2, 2, GL_UNSIGNED_SHORT, stride, reinterpret_cast<void*>(offsetof(PackedMarker, shape)));
    glBindVertexArray(0);
}

void PointLayer::setMarkers(const std::vector<Marker>& markers) {
    geo::Box box;
    for (const auto& m : markers) box.expand(m.position.x, m.position.y);
    m_origin = box.empty() ? geo::Vec2{} : geo::Vec2{(box.minX + box.maxX) / 2, (box.minY + box.maxY) / 2};
    std::vector<PackedMarker> data(markers.size());
    m_maxSize = 0;
    for (std::size_t i = 0; i < markers.size(); ++i) {
        const Marker& m = markers[i];
        const float size = std::clamp(m.size, 0.0f, 250.0f);  // sprites are limited in size; 250 px is plenty
        data[i] = PackedMarker{static_cast<float>(m.position.x - m_origin.x),
                               static_cast<float>(m.position.y - m_origin.y),
                               {m.color.r, m.color.g, m.color.b, m.color.a},
                               static_cast<std::uint16_t>(m.shape),
                               static_cast<std::uint16_t>(std::lround(size * 16))};
        m_maxSize = std::max(m_maxSize, size);
    }
    glBindBuffer(GL_ARRAY_BUFFER, m_vertices.id());
    glBufferData(
        GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(data.size() * sizeof(PackedMarker)), data.data(), GL_DYNAMIC_DRAW);
    m_count = static_cast<GLsizei>(markers.size());
}

void PointLayer::draw(const Programs& programs, const View& view) const {
    if (!m_count) return;
    // A point is clipped by its centre: the viewport grows by half a marker on each side, so that
    // a marker whose centre has just left the picture still shows its visible part.
    const int margin = static_cast<int>(std::ceil(m_maxSize / 2 + 2));
    View wide = view;
    wide.width += 2 * margin;
    wide.height += 2 * margin;
    GLint viewport[4] = {0, 0, 0, 0};
    glGetIntegerv(GL_VIEWPORT, viewport);
    glViewport(viewport[0] - margin, viewport[1] - margin, viewport[2] + 2 * margin, viewport[3] + 2 * margin);
    const ClipTransform t = clipTransform(wide, m_origin);
    const GLuint prog = programs.point.id();
    glUseProgram(prog);
    glUniform4f(glGetUniformLocation(prog, "u_transform"), t.sx, t.sy, t.tx, t.ty);
    glEnable(GL_PROGRAM_POINT_SIZE);
    glBindVertexArray(m_vao.id());
    glDrawArrays(GL_POINTS, 0, m_count);
    glBindVertexArray(0);
    glDisable(GL_PROGRAM_POINT_SIZE);
    glViewport(viewport[0], viewport[1], viewport[2], viewport[3]);
}

}  // namespace render

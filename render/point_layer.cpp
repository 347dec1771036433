// Instanced quads for markers.
#include "point_layer.hpp"

namespace render {

PointLayer::PointLayer() {
    m_vao = makeVertexArray();
    m_corners = makeBuffer();
    m_instances = makeBuffer();
    glBindVertexArray(m_vao.id());
    const float corners[] = {-1, -1, 1, -1, -1, 1, 1, 1};
    glBindBuffer(GL_ARRAY_BUFFER, m_corners.id());
    glBufferData(GL_ARRAY_BUFFER, sizeof corners, corners, GL_STATIC_DRAW);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 0, nullptr);
    glBindBuffer(GL_ARRAY_BUFFER, m_instances.id());
    const GLsizei stride = 8 * sizeof(float);
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride, nullptr);
    glEnableVertexAttribArray(2);
    glVertexAttribPointer(2, 4, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(2 * sizeof(float)));
    glEnableVertexAttribArray(3);
    glVertexAttribPointer(3, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(6 * sizeof(float)));
    for (GLuint a = 1; a <= 3; ++a) glVertexAttribDivisor(a, 1);
    glBindVertexArray(0);
}

void PointLayer::setMarkers(const std::vector<Marker>& markers) {
    geo::Box box;
    for (const auto& m : markers) box.expand(m.position.x, m.position.y);
    m_origin = box.empty() ? geo::Vec2{} : geo::Vec2{(box.minX + box.maxX) / 2, (box.minY + box.maxY) / 2};
    std::vector<float> data;
    data.reserve(markers.size() * 8);
    for (const auto& m : markers) {
        data.insert(data.end(),
                    {static_cast<float>(m.position.x - m_origin.x),
                     static_cast<float>(m.position.y - m_origin.y),
                     m.color.r / 255.f,
                     m.color.g / 255.f,
                     m.color.b / 255.f,
                     m.color.a / 255.f,
                     static_cast<float>(m.shape),
                     m.size});
    }
    glBindBuffer(GL_ARRAY_BUFFER, m_instances.id());
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(data.size() * sizeof(float)), data.data(), GL_DYNAMIC_DRAW);
    m_count = static_cast<GLsizei>(markers.size());
}

void PointLayer::draw(const Programs& programs, const View& view) const {
    if (!m_count) return;
    const ClipTransform t = clipTransform(view, m_origin);
    const GLuint prog = programs.point.id();
    glUseProgram(prog);
    glUniform4f(glGetUniformLocation(prog, "u_transform"), t.sx, t.sy, t.tx, t.ty);
    glUniform2f(
        glGetUniformLocation(prog, "u_viewport"), static_cast<float>(view.width), static_cast<float>(view.height));
    glBindVertexArray(m_vao.id());
    glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, m_count);
    glBindVertexArray(0);
}

}  // namespace render

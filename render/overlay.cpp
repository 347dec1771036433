// Screen-space batch.
#include "overlay.hpp"

namespace render {

void Overlay::rect(float x0, float y0, float x1, float y1, Rgba c) {
    const float r = c.r / 255.f, g = c.g / 255.f, b = c.b / 255.f, a = c.a / 255.f;
    const ScreenVertex q[6] = {{x0, y0, -1, -1, r, g, b, a, 0, 0},
                               {x1, y0, -1, -1, r, g, b, a, 0, 0},
                               {x1, y1, -1, -1, r, g, b, a, 0, 0},
                               {x0, y0, -1, -1, r, g, b, a, 0, 0},
                               {x1, y1, -1, -1, r, g, b, a, 0, 0},
                               {x0, y1, -1, -1, r, g, b, a, 0, 0}};
    m_vertices.insert(m_vertices.end(), q, q + 6);
}

void Overlay::text(
    const Font& font, std::string_view utf8, float x, float y, float px, Rgba color, float halo, Rgba haloColor) {
    if (halo > 0) font.layout(utf8, x, y, px, haloColor, halo, m_vertices);
    font.layout(utf8, x, y, px, color, 0, m_vertices);
}

void Overlay::draw(const Programs& programs, const Font& font, int width, int height) {
    if (m_vertices.empty()) return;
    if (!m_vao) {
        m_vao = makeVertexArray();
        m_buffer = makeBuffer();
        glBindVertexArray(m_vao.id());
        glBindBuffer(GL_ARRAY_BUFFER, m_buffer.id());
        const GLsizei stride = sizeof(ScreenVertex);
        glEnableVertexAttribArray(0);
        glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ScreenVertex, x)));
        glEnableVertexAttribArray(1);
        glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ScreenVertex, u)));
        glEnableVertexAttribArray(2);
        glVertexAttribPointer(2, 4, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ScreenVertex, r)));
        glEnableVertexAttribArray(3);
        glVertexAttribPointer(3, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ScreenVertex, edge)));
    }
    glBindVertexArray(m_vao.id());
    glBindBuffer(GL_ARRAY_BUFFER, m_buffer.id());
    glBufferData(GL_ARRAY_BUFFER,
                 static_cast<GLsizeiptr>(m_vertices.size() * sizeof(ScreenVertex)),
                 m_vertices.data(),
                 GL_STREAM_DRAW);
    const GLuint prog = programs.screen.id();
    glUseProgram(prog);
    glUniform2f(glGetUniformLocation(prog, "u_viewport"), static_cast<float>(width), static_cast<float>(height));
    glUniform1i(glGetUniformLocation(prog, "u_atlas"), 0);
    font.bindTexture(0);
    glDrawArrays(GL_TRIANGLES, 0, static_cast<GLsizei>(m_vertices.size()));
    glBindVertexArray(0);
}

}  // namespace render

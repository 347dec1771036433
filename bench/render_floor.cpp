// A flat-colour program and one vertex buffer: nothing per feature, nothing per instance.
#include "render_floor.hpp"

#include <stdexcept>

namespace bench {

namespace {

GLuint compile(GLenum kind, const char* source) {
    const GLuint s = glCreateShader(kind);
    glShaderSource(s, 1, &source, nullptr);
    glCompileShader(s);
    GLint ok = 0;
    glGetShaderiv(s, GL_COMPILE_STATUS, &ok);
    if (!ok) throw std::runtime_error("floor shader does not compile");
    return s;
}

constexpr const char* kVertex = R"(#version 330 core
layout(location = 0) in vec2 a_pos;
uniform float u_pointSize;
void main() { gl_PointSize = u_pointSize; gl_Position = vec4(a_pos, 0.0, 1.0); })";
constexpr const char* kFragment = R"(#version 330 core
out vec4 o_color;
void main() { o_color = vec4(0.78, 0.78, 0.71, 1.0); })";

}  // namespace

FloorDraw::FloorDraw(GLenum mode, const std::vector<float>& clipXY, float pointSize)
    : m_mode(mode), m_count(static_cast<GLsizei>(clipXY.size() / 2)), m_pointSize(pointSize) {
    m_program = render::Program(glCreateProgram());
    const GLuint vs = compile(GL_VERTEX_SHADER, kVertex), fs = compile(GL_FRAGMENT_SHADER, kFragment);
    glAttachShader(m_program.id(), vs);
    glAttachShader(m_program.id(), fs);
    glLinkProgram(m_program.id());
    glDeleteShader(vs);
    glDeleteShader(fs);
    m_vao = render::makeVertexArray();
    m_vbo = render::makeBuffer();
    glBindVertexArray(m_vao.id());
    glBindBuffer(GL_ARRAY_BUFFER, m_vbo.id());
    glBufferData(
        GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(clipXY.size() * sizeof(float)), clipXY.data(), GL_STATIC_DRAW);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 0, nullptr);
    glBindVertexArray(0);
}

void FloorDraw::draw() const {
    glUseProgram(m_program.id());
    glUniform1f(glGetUniformLocation(m_program.id(), "u_pointSize"), m_pointSize);
    if (m_mode == GL_POINTS) glEnable(GL_PROGRAM_POINT_SIZE);
    glBindVertexArray(m_vao.id());
    glDrawArrays(m_mode, 0, m_count);
    glBindVertexArray(0);
    if (m_mode == GL_POINTS) glDisable(GL_PROGRAM_POINT_SIZE);
}

std::vector<float> clipPositions(
    const std::vector<float>& xyf, const std::vector<std::uint32_t>& indices, float sx, float sy, float tx, float ty) {
    std::vector<float> out;
    out.reserve(indices.size() * 2);
    for (std::uint32_t i : indices) {
        out.push_back(xyf[3 * i] * sx + tx);
        out.push_back(xyf[3 * i + 1] * sy + ty);
    }
    return out;
}

}  // namespace bench

// glCompileShader / glLinkProgram with readable errors.
#include "shader_program.hpp"

#include <vector>

namespace render {

namespace {

geo::Result<Shader> compile(const char* name, GLenum type, const char* source) {
    Shader s(glCreateShader(type));
    glShaderSource(s.id(), 1, &source, nullptr);
    glCompileShader(s.id());
    GLint ok = 0;
    glGetShaderiv(s.id(), GL_COMPILE_STATUS, &ok);
    if (!ok) {
        GLint len = 0;
        glGetShaderiv(s.id(), GL_INFO_LOG_LENGTH, &len);
        std::vector<char> log(static_cast<std::size_t>(len) + 1);
        glGetShaderInfoLog(s.id(), len, nullptr, log.data());
        return geo::Error{geo::ErrorCode::Internal, std::string("shader does not compile: ") + log.data(), name};
    }
    return s;
}

}  // namespace

geo::Result<Program> buildProgram(const char* name, const char* vertexSource, const char* fragmentSource) {
    auto vs = compile(name, GL_VERTEX_SHADER, vertexSource);
    if (!vs) return vs.error();
    auto fs = compile(name, GL_FRAGMENT_SHADER, fragmentSource);
    if (!fs) return fs.error();
    Program p(glCreateProgram());
    glAttachShader(p.id(), vs->id());
    glAttachShader(p.id(), fs->id());
    glLinkProgram(p.id());
    GLint ok = 0;
    glGetProgramiv(p.id(), GL_LINK_STATUS, &ok);
    if (!ok) {
        GLint len = 0;
        glGetProgramiv(p.id(), GL_INFO_LOG_LENGTH, &len);
        std::vector<char> log(static_cast<std::size_t>(len) + 1);
        glGetProgramInfoLog(p.id(), len, nullptr, log.data());
        return geo::Error{geo::ErrorCode::Internal, std::string("program does not link: ") + log.data(), name};
    }
    return p;
}

}  // namespace render

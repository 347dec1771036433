// glCompileShader / glLinkProgram with readable errors.
#include "shader_program.hpp"

#include <vector>

namespace render {

namespace {

// The info log of a shader or program (GL has the same pair of calls for both).
std::string infoLog(GLuint id,
                    void (*getiv)(GLuint, GLenum, GLint*),
                    void (*getLog)(GLuint, GLsizei, GLsizei*, GLchar*)) {
    GLint len = 0;
    getiv(id, GL_INFO_LOG_LENGTH, &len);
    std::vector<char> log(static_cast<std::size_t>(len) + 1);
    getLog(id, len, nullptr, log.data());
    return log.data();
}
void shaderiv(GLuint id, GLenum e, GLint* v) { glGetShaderiv(id, e, v); }
void shaderLog(GLuint id, GLsizei n, GLsizei* l, GLchar* s) { glGetShaderInfoLog(id, n, l, s); }
void programiv(GLuint id, GLenum e, GLint* v) { glGetProgramiv(id, e, v); }
void programLog(GLuint id, GLsizei n, GLsizei* l, GLchar* s) { glGetProgramInfoLog(id, n, l, s); }

geo::Result<Shader> compile(const char* name, GLenum type, const char* source) {
    Shader s(glCreateShader(type));
    glShaderSource(s.id(), 1, &source, nullptr);
    glCompileShader(s.id());
    GLint ok = 0;
    glGetShaderiv(s.id(), GL_COMPILE_STATUS, &ok);
    if (!ok)
        return geo::Error{
            geo::ErrorCode::Internal, "shader does not compile: " + infoLog(s.id(), shaderiv, shaderLog), name};
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
    if (!ok)
        return geo::Error{
            geo::ErrorCode::Internal, "program does not link: " + infoLog(p.id(), programiv, programLog), name};
    return p;
}

}  // namespace render

// OpenGL entry points (libepoxy) and move-only RAII handles for GL objects. GL is called only
// from the thread that owns the context.
#pragma once

#include <epoxy/gl.h>

#include <utility>

namespace render {

// A GL object name owned by one handle; the deleter runs when the handle dies.
template <void (*Delete)(GLuint)>
class GlHandle {
public:
    GlHandle() = default;
    explicit GlHandle(GLuint id) : m_id(id) {}
    GlHandle(GlHandle&& o) noexcept : m_id(std::exchange(o.m_id, 0)) {}
    GlHandle& operator=(GlHandle&& o) noexcept {
        if (this != &o) {
            reset();
            m_id = std::exchange(o.m_id, 0);
        }
        return *this;
    }
    GlHandle(const GlHandle&) = delete;
    GlHandle& operator=(const GlHandle&) = delete;
    ~GlHandle() { reset(); }

    GLuint id() const { return m_id; }
    explicit operator bool() const { return m_id != 0; }
    void reset() {
        if (m_id) Delete(m_id);
        m_id = 0;
    }

private:
    GLuint m_id = 0;
};

namespace detail {
inline void deleteBuffer(GLuint id) { glDeleteBuffers(1, &id); }
inline void deleteVertexArray(GLuint id) { glDeleteVertexArrays(1, &id); }
inline void deleteTexture(GLuint id) { glDeleteTextures(1, &id); }
inline void deleteFramebuffer(GLuint id) { glDeleteFramebuffers(1, &id); }
inline void deleteRenderbuffer(GLuint id) { glDeleteRenderbuffers(1, &id); }
inline void deleteProgram(GLuint id) { glDeleteProgram(id); }
inline void deleteShader(GLuint id) { glDeleteShader(id); }
inline void genBuffers(GLsizei n, GLuint* ids) { glGenBuffers(n, ids); }
inline void genVertexArrays(GLsizei n, GLuint* ids) { glGenVertexArrays(n, ids); }
inline void genTextures(GLsizei n, GLuint* ids) { glGenTextures(n, ids); }
inline void genFramebuffers(GLsizei n, GLuint* ids) { glGenFramebuffers(n, ids); }
inline void genRenderbuffers(GLsizei n, GLuint* ids) { glGenRenderbuffers(n, ids); }
}  // namespace detail

using Buffer = GlHandle<detail::deleteBuffer>;
using VertexArray = GlHandle<detail::deleteVertexArray>;
using Texture = GlHandle<detail::deleteTexture>;
using Framebuffer = GlHandle<detail::deleteFramebuffer>;
using Renderbuffer = GlHandle<detail::deleteRenderbuffer>;
using Program = GlHandle<detail::deleteProgram>;
using Shader = GlHandle<detail::deleteShader>;

// A new GL object of one kind, e.g. make<Buffer, glGenBuffers>().
template <typename Handle, void (*Gen)(GLsizei, GLuint*)>
Handle make() {
    GLuint id = 0;
    Gen(1, &id);
    return Handle(id);
}
inline Buffer makeBuffer() { return make<Buffer, &detail::genBuffers>(); }
inline VertexArray makeVertexArray() { return make<VertexArray, &detail::genVertexArrays>(); }
inline Texture makeTexture() { return make<Texture, &detail::genTextures>(); }
inline Framebuffer makeFramebuffer() { return make<Framebuffer, &detail::genFramebuffers>(); }
inline Renderbuffer makeRenderbuffer() { return make<Renderbuffer, &detail::genRenderbuffers>(); }

}  // namespace render

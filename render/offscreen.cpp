// EGL surfaceless context, multisampled FBO, PNG output.
#include "offscreen.hpp"

#include <epoxy/egl.h>
#include <stb/stb_image_write.h>

#include <algorithm>
#include <cstdio>
#include <cstring>

#include "geo/output_file.hpp"

namespace render {

geo::Result<std::unique_ptr<HeadlessContext>> HeadlessContext::create() {
    EGLDisplay display = EGL_NO_DISPLAY;
    auto getPlatformDisplay =
        reinterpret_cast<PFNEGLGETPLATFORMDISPLAYEXTPROC>(eglGetProcAddress("eglGetPlatformDisplayEXT"));
    if (getPlatformDisplay) display = getPlatformDisplay(EGL_PLATFORM_SURFACELESS_MESA, EGL_DEFAULT_DISPLAY, nullptr);
    if (display == EGL_NO_DISPLAY) display = eglGetDisplay(EGL_DEFAULT_DISPLAY);
    EGLint major = 0, minor = 0;
    if (display == EGL_NO_DISPLAY || !eglInitialize(display, &major, &minor))
        return geo::Error{geo::ErrorCode::Internal, "no EGL display (install libegl1 and libgl1-mesa-dri)", "EGL"};
    if (!eglBindAPI(EGL_OPENGL_API)) return geo::Error{geo::ErrorCode::Internal, "EGL has no desktop OpenGL", "EGL"};
    const EGLint configAttribs[] = {EGL_SURFACE_TYPE, EGL_PBUFFER_BIT, EGL_RENDERABLE_TYPE, EGL_OPENGL_BIT, EGL_NONE};
    EGLConfig config = nullptr;
    EGLint count = 0;
    eglChooseConfig(display, configAttribs, &config, 1, &count);
    const EGLint contextAttribs[] = {EGL_CONTEXT_MAJOR_VERSION,
                                     3,
                                     EGL_CONTEXT_MINOR_VERSION,
                                     3,
                                     EGL_CONTEXT_OPENGL_PROFILE_MASK,
                                     EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT,
                                     EGL_NONE};
    EGLContext context = eglCreateContext(display, count ? config : EGL_NO_CONFIG_KHR, EGL_NO_CONTEXT, contextAttribs);
    if (context == EGL_NO_CONTEXT) {
        eglTerminate(display);
        return geo::Error{geo::ErrorCode::Internal, "cannot create an OpenGL 3.3 core context", "EGL"};
    }
    if (!eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, context)) {
        eglDestroyContext(display, context);
        eglTerminate(display);
        return geo::Error{geo::ErrorCode::Internal, "surfaceless contexts are not supported here", "EGL"};
    }
    std::unique_ptr<HeadlessContext> ctx(new HeadlessContext);
    ctx->m_display = display;
    ctx->m_context = context;
    return ctx;
}

HeadlessContext::~HeadlessContext() {
    if (m_display) {
        eglMakeCurrent(m_display, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
        if (m_context) eglDestroyContext(m_display, m_context);
        eglTerminate(m_display);
    }
}

geo::Result<OffscreenTarget> OffscreenTarget::create(int width, int height, int samples) {
    GLint maxSize = 0;
    glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &maxSize);
    if (width <= 0 || height <= 0 || width > maxSize || height > maxSize)
        return geo::Error{geo::ErrorCode::BadArgument,
                          "image size " + std::to_string(width) + "x" + std::to_string(height) +
                              " is outside what this GPU can render (1 to " + std::to_string(maxSize) +
                              " pixels a side)",
                          ""};
    OffscreenTarget t;
    t.m_width = width;
    t.m_height = height;
    t.m_color = makeRenderbuffer();
    glBindRenderbuffer(GL_RENDERBUFFER, t.m_color.id());
    // Asking Mesa for 1 sample gives 4: a single-sampled picture is asked for with 0.
    glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples > 1 ? samples : 0, GL_RGBA8, width, height);
    GLint given = 0;
    glGetRenderbufferParameteriv(GL_RENDERBUFFER, GL_RENDERBUFFER_SAMPLES, &given);
    t.m_samples = std::max(1, given);
    t.m_draw = makeFramebuffer();
    glBindFramebuffer(GL_FRAMEBUFFER, t.m_draw.id());
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, t.m_color.id());
    if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE)
        return geo::Error{geo::ErrorCode::Internal, "framebuffer incomplete (out of GPU memory?)", ""};
    if (t.m_samples == 1) return t;  // read directly, nothing to resolve
    t.m_resolveColor = makeRenderbuffer();
    glBindRenderbuffer(GL_RENDERBUFFER, t.m_resolveColor.id());
    glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, width, height);
    t.m_resolve = makeFramebuffer();
    glBindFramebuffer(GL_FRAMEBUFFER, t.m_resolve.id());
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, t.m_resolveColor.id());
    if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE)
        return geo::Error{geo::ErrorCode::Internal, "framebuffer incomplete", ""};
    return t;
}

void OffscreenTarget::bind() const {
    glBindFramebuffer(GL_FRAMEBUFFER, m_draw.id());
    glViewport(0, 0, m_width, m_height);
}

std::vector<std::uint8_t> OffscreenTarget::read() const {
    if (m_resolve) {
        glBindFramebuffer(GL_READ_FRAMEBUFFER, m_draw.id());
        glBindFramebuffer(GL_DRAW_FRAMEBUFFER, m_resolve.id());
        glBlitFramebuffer(0, 0, m_width, m_height, 0, 0, m_width, m_height, GL_COLOR_BUFFER_BIT, GL_NEAREST);
    }
    glBindFramebuffer(GL_READ_FRAMEBUFFER, m_resolve ? m_resolve.id() : m_draw.id());
    std::vector<std::uint8_t> pixels(static_cast<std::size_t>(m_width) * m_height * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, m_width, m_height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    // GL's first row is the bottom one.
    const std::size_t row = static_cast<std::size_t>(m_width) * 4;
    std::vector<std::uint8_t> flipped(pixels.size());
    for (int y = 0; y < m_height; ++y)
        std::memcpy(&flipped[static_cast<std::size_t>(y) * row],
                    &pixels[static_cast<std::size_t>(m_height - 1 - y) * row],
                    row);
    return flipped;
}

geo::Status writePng(const std::string& path, int width, int height, const std::vector<std::uint8_t>& rgba) {
    // Encoded in memory, then written by the checked routine: stb's own file writer ignores
    // write errors (a full disk gave a truncated PNG and success).
    std::string png;
    auto append = [](void* context, void* data, int size) {
        static_cast<std::string*>(context)->append(static_cast<const char*>(data), static_cast<std::size_t>(size));
    };
    if (!stbi_write_png_to_func(append, &png, width, height, 4, rgba.data(), width * 4))
        return geo::Error{geo::ErrorCode::Internal, "cannot encode the PNG picture", path};
    return geo::writeFileAtomically(path, png);
}

}  // namespace render

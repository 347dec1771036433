// Multisample resolve or edge-smoothing pass.
#include "polygon_target.hpp"

#include "gl_info.hpp"

namespace render {

PolygonTarget::PolygonTarget(int samples) : m_samples(samples > 0 ? samples : defaultSampleCount()) {}

void PolygonTarget::resize(int width, int height) {
    m_width = width;
    m_height = height;
    m_framebuffer = makeFramebuffer();
    glBindFramebuffer(GL_FRAMEBUFFER, m_framebuffer.id());
    if (m_samples > 1) {
        m_multisampled = makeRenderbuffer();
        glBindRenderbuffer(GL_RENDERBUFFER, m_multisampled.id());
        glRenderbufferStorageMultisample(GL_RENDERBUFFER, m_samples, GL_RGBA8, width, height);
        glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, m_multisampled.id());
        return;
    }
    auto colourTexture = [&] {
        Texture t = makeTexture();
        glBindTexture(GL_TEXTURE_2D, t.id());
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
        return t;
    };
    m_image = colourTexture();
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, m_image.id(), 0);
    m_kept = colourTexture();
    m_keptFramebuffer = makeFramebuffer();
    glBindFramebuffer(GL_FRAMEBUFFER, m_keptFramebuffer.id());
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, m_kept.id(), 0);
    m_keptSignature = 0;
}

void PolygonTarget::blit(GLuint source, GLuint destination) const {
    glBindFramebuffer(GL_READ_FRAMEBUFFER, source);
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, destination);
    glBlitFramebuffer(0,
                      0,
                      m_width,
                      m_height,
                      m_viewport[0],
                      m_viewport[1],
                      m_viewport[0] + m_width,
                      m_viewport[1] + m_height,
                      GL_COLOR_BUFFER_BIT,
                      GL_NEAREST);
    glBindFramebuffer(GL_FRAMEBUFFER, destination);
}

void PolygonTarget::copyKept(GLuint destination) const { blit(m_keptFramebuffer.id(), destination); }

bool PolygonTarget::presentKept(std::uint64_t signature) {
    GLint destination = 0, viewport[4] = {0, 0, 0, 0};
    glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &destination);
    glGetIntegerv(GL_VIEWPORT, viewport);
    if (signature == 0 || signature != m_keptSignature || m_samples > 1 || viewport[2] != m_width ||
        viewport[3] != m_height)
        return false;
    for (int i = 0; i < 4; ++i) m_viewport[i] = viewport[i];
    copyKept(static_cast<GLuint>(destination));
    return true;
}

void PolygonTarget::begin() {
    glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &m_destination);
    glGetIntegerv(GL_VIEWPORT, m_viewport);
    if (m_viewport[2] != m_width || m_viewport[3] != m_height || !m_framebuffer) resize(m_viewport[2], m_viewport[3]);
    glBindFramebuffer(GL_FRAMEBUFFER, m_framebuffer.id());
    glViewport(0, 0, m_width, m_height);
}

void PolygonTarget::finish(const Programs& programs, std::uint64_t signature) {
    const auto destination = static_cast<GLuint>(m_destination);
    if (m_samples > 1) {
        blit(m_framebuffer.id(), destination);
    } else {
        // Smoothed into the kept picture, then copied into the destination.
        glBindFramebuffer(GL_FRAMEBUFFER, m_keptFramebuffer.id());
        glViewport(0, 0, m_width, m_height);
        const GLboolean blending = glIsEnabled(GL_BLEND);
        glDisable(GL_BLEND);
        const GLuint prog = programs.smooth.id();
        glUseProgram(prog);
        glUniform1i(glGetUniformLocation(prog, "u_image"), 0);
        glUniform2f(glGetUniformLocation(prog, "u_texel"), 1.0f / m_width, 1.0f / m_height);
        glActiveTexture(GL_TEXTURE0);
        glBindTexture(GL_TEXTURE_2D, m_image.id());
        if (!m_emptyVao) m_emptyVao = makeVertexArray();
        glBindVertexArray(m_emptyVao.id());
        glDrawArrays(GL_TRIANGLES, 0, 3);
        glBindVertexArray(0);
        if (blending) glEnable(GL_BLEND);
        m_keptSignature = signature;
        copyKept(destination);
    }
    glBindFramebuffer(GL_FRAMEBUFFER, destination);
    glViewport(m_viewport[0], m_viewport[1], m_viewport[2], m_viewport[3]);
}

}  // namespace render

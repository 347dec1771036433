// Rendering without a window: an EGL surfaceless OpenGL 3.3 core context (Mesa, no display
// server needed) and a framebuffer read back as RGBA pixels.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "geo/result.hpp"
#include "gl.hpp"

namespace render {

class HeadlessContext {
public:
    static geo::Result<std::unique_ptr<HeadlessContext>> create();
    ~HeadlessContext();
    HeadlessContext(const HeadlessContext&) = delete;
    HeadlessContext& operator=(const HeadlessContext&) = delete;

private:
    HeadlessContext() = default;
    void* m_display = nullptr;
    void* m_context = nullptr;
};

// A framebuffer of width × height; multisampled (resolved on read) when samples > 1. Maps are
// drawn single-sampled: their polygons get their anti-aliasing from a PolygonTarget.
class OffscreenTarget {
public:
    static geo::Result<OffscreenTarget> create(int width, int height, int samples = 1);
    void bind() const;
    // Top row first, RGBA8.
    std::vector<std::uint8_t> read() const;
    int width() const { return m_width; }
    int height() const { return m_height; }
    // What the driver really gave (GL_RENDERBUFFER_SAMPLES; Mesa may give more than asked).
    int samples() const { return m_samples; }

private:
    int m_width = 0, m_height = 0, m_samples = 0;
    Framebuffer m_draw, m_resolve;
    Renderbuffer m_color, m_resolveColor;
};

// Writes RGBA8 pixels (top row first) as PNG, through a temporary file renamed into place.
geo::Status writePng(const std::string& path, int width, int height, const std::vector<std::uint8_t>& rgba);

}  // namespace render

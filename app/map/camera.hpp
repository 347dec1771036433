// The map camera: pans, zooms at a point and flies to places, with short eased animations.
// Pure logic (no GL, no GLFW): the window feeds it input and the clock.
#pragma once

#include "geo/types.hpp"
#include "render/view.hpp"

namespace app {

class Camera {
public:
    void setViewport(int width, int height);
    const render::View& view() const { return m_view; }
    // Jumps without animation.
    void set(const render::View& v);
    void fit(const geo::Box& box, double now, bool animate = true);
    // Pixels on the left covered by a panel: fit() centres the box in the rest of the window.
    void setLeftInset(double pixels) { m_leftInset = pixels; }
    void panPixels(double dx, double dy);
    // Zooms by `factor` (>1 = closer) keeping the point under `pixel` fixed.
    void zoomAt(geo::Vec2 pixel, double factor, double now);
    // Advances animations; true while one is running (the window keeps drawing).
    bool update(double now);
    bool animating() const { return m_animating; }
    // Map scale limits, metres per pixel.
    static constexpr double kMinMpp = 0.5, kMaxMpp = 5000;

private:
    render::View m_view, m_from, m_to;
    double m_start = 0, m_duration = 0;
    bool m_animating = false;
    double m_leftInset = 0;
    void animateTo(const render::View& to, double now, double duration);
};

}  // namespace app

// Animation in log scale for zoom, linear for position, eased out.
#include "camera.hpp"

#include <algorithm>
#include <cmath>

namespace app {

void Camera::setViewport(int width, int height) {
    m_view.width = m_from.width = m_to.width = std::max(width, 1);
    m_view.height = m_from.height = m_to.height = std::max(height, 1);
}

void Camera::set(const render::View& v) {
    m_view = v;
    m_animating = false;
}

void Camera::animateTo(const render::View& to, double now, double duration) {
    m_from = m_view;
    m_to = to;
    m_to.metresPerPixel = std::clamp(m_to.metresPerPixel, kMinMpp, kMaxMpp);
    m_start = now;
    m_duration = duration;
    m_animating = true;
}

void Camera::fit(const geo::Box& box, double now, bool animate) {
    if (box.empty()) return;
    const double mx = (box.maxX - box.minX) * 0.04 + 200, my = (box.maxY - box.minY) * 0.04 + 200;
    const int inset = m_leftInset > 0 && m_leftInset < m_view.width * 0.6 ? static_cast<int>(m_leftInset) : 0;
    render::View to = render::View::fit(
        geo::Box{box.minX - mx, box.minY - my, box.maxX + mx, box.maxY + my}, m_view.width - inset, m_view.height);
    to.width = m_view.width;
    to.centerX -= inset / 2.0 * to.metresPerPixel;
    if (animate)
        animateTo(to, now, 0.45);
    else
        set(to);
}

void Camera::panPixels(double dx, double dy) {
    m_animating = false;
    m_view.centerX -= dx * m_view.metresPerPixel;
    m_view.centerY += dy * m_view.metresPerPixel;
}

void Camera::zoomAt(geo::Vec2 pixel, double factor, double now) {
    // Zooms compose: a wheel turn during an animation continues from where it is heading.
    const render::View base = m_animating ? m_to : m_view;
    const geo::Vec2 anchor = base.toDisplay(pixel);
    render::View to = base;
    to.metresPerPixel = std::clamp(base.metresPerPixel / factor, kMinMpp, kMaxMpp);
    const double k = to.metresPerPixel / base.metresPerPixel;
    to.centerX = anchor.x + (base.centerX - anchor.x) * k;
    to.centerY = anchor.y + (base.centerY - anchor.y) * k;
    animateTo(to, now, 0.18);
}

bool Camera::update(double now) {
    if (!m_animating) return false;
    double t = m_duration > 0 ? (now - m_start) / m_duration : 1;
    if (t >= 1) {
        m_view = m_to;
        m_animating = false;
        return false;
    }
    t = 1 - (1 - t) * (1 - t) * (1 - t);  // ease out
    const double logMpp =
        std::log(m_from.metresPerPixel) + (std::log(m_to.metresPerPixel) - std::log(m_from.metresPerPixel)) * t;
    m_view.metresPerPixel = std::exp(logMpp);
    m_view.centerX = m_from.centerX + (m_to.centerX - m_from.centerX) * t;
    m_view.centerY = m_from.centerY + (m_to.centerY - m_from.centerY) * t;
    return true;
}

}  // namespace app

#include "frame_profile.hpp"

#include "render/gl.hpp"

namespace app {

void FrameProfile::start() {
    m_ms.clear();
    m_waitMs = 0;
    m_last = Clock::now();
}

void FrameProfile::lap(const std::string& name) {
    if (!enabled) return;
    const auto beforeWait = Clock::now();
    glFinish();
    const auto now = Clock::now();
    m_waitMs += std::chrono::duration<double, std::milli>(now - beforeWait).count();
    m_ms[name] += std::chrono::duration<double, std::milli>(now - m_last).count();
    m_last = now;
}

}  // namespace app

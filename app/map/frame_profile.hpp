// Time spent by each pass of a frame (fills, outlines, markers, labels, ui…), for the replay
// statistics. When enabled, each lap waits for the GL (glFinish) so that the GL's work is counted
// in the pass that asked for it; disabled, laps cost nothing and the frame is not slowed.
#pragma once

#include <chrono>
#include <map>
#include <string>

namespace app {

class FrameProfile {
public:
    bool enabled = false;
    void start();
    // Ends the pass `name` (times add up when a pass runs twice in a frame).
    void lap(const std::string& name);
    const std::map<std::string, double>& passesMs() const { return m_ms; }
    // Milliseconds spent waiting for the GL in lap(): the frame's CPU time is its total minus this.
    double waitMs() const { return m_waitMs; }

private:
    using Clock = std::chrono::steady_clock;
    Clock::time_point m_last;
    std::map<std::string, double> m_ms;
    double m_waitMs = 0;
};

}  // namespace app

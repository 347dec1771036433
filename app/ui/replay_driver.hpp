// Plays a replay script into the window: each event becomes input steps (a click is a press then,
// on the next frame, a release; a drag a press, moves at 60 Hz and a release), injected into
// ImGui's input after the GLFW backend has read the real devices, so that the window cannot tell
// them from a visitor's. It also measures each event's latency: from the injection of the step
// that completes the gesture to the end of the frame that processed it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "replay_script.hpp"

namespace app {

// What the window does with an injected step beyond ImGui's input.
struct ReplayRequests {
    std::vector<int> keysPressed;  // GLFW keys, handled like the key callback's presses
    bool focusSearch = false;      // text typed while no widget has the keyboard
};

class ReplayDriver {
public:
    explicit ReplayDriver(const std::vector<ReplayEvent>& events);
    // The clock of the script starts at `now` (seconds): the first frame with the territory drawn.
    void start(double now);
    bool started() const { return m_started; }
    // Sets ImGui's mouse and keys for this frame and injects the steps due; true when a step was
    // injected (the frame must be drawn).
    bool inject(double now, ReplayRequests& requests);
    // Seconds until the next step is due (0 when one is due now); nullopt when none is left.
    std::optional<double> secondsToNext(double now) const;
    bool done() const { return m_next >= m_steps.size(); }
    // The frame that processed this frame's steps has ended at `now`.
    void frameEnded(double now);

    struct Latency {
        ReplayType type;
        double ms;
    };
    const std::vector<Latency>& latencies() const { return m_latencies; }

private:
    enum class Kind { Move, Down, Up, Wheel, KeyDown, KeyUp, Text };
    struct Step {
        double due = 0;  // seconds from start
        Kind kind = Kind::Move;
        std::size_t event = 0;
        geo::Vec2 pos;
        bool right = false;
        double dy = 0;
        int key = -1;
        std::string text;
        bool startsLatency = false, endsLatency = false;
    };
    void addEvent(const ReplayEvent& e, std::size_t index);
    bool apply(const Step& s, ReplayRequests& requests);

    std::vector<Step> m_steps;
    std::vector<ReplayType> m_eventTypes;
    std::vector<double> m_injectedAt;  // per event: when its latency started
    std::vector<std::size_t> m_endingThisFrame;
    std::vector<Latency> m_latencies;
    std::size_t m_next = 0;
    double m_start = 0;
    bool m_started = false;
    bool m_textFocusAsked = false;
    std::optional<geo::Vec2> m_mouse;
    bool m_down[2] = {false, false};
};

}  // namespace app

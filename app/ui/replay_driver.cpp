// Replay steps into ImGui's input (1.86: io.MousePos, io.MouseDown, io.MouseWheel, io.KeysDown).
#include "replay_driver.hpp"

#include <imgui.h>

#include <algorithm>

namespace app {

ReplayDriver::ReplayDriver(const std::vector<ReplayEvent>& events) {
    for (std::size_t i = 0; i < events.size(); ++i) addEvent(events[i], i);
    // Steps of different events may interleave; each keeps its order (stable).
    std::stable_sort(m_steps.begin(), m_steps.end(), [](const Step& a, const Step& b) { return a.due < b.due; });
    m_injectedAt.assign(events.size(), 0);
}

void ReplayDriver::addEvent(const ReplayEvent& e, std::size_t index) {
    m_eventTypes.push_back(e.type);
    auto step = [&](double due, Kind kind, geo::Vec2 pos) {
        Step s;
        s.due = due;
        s.kind = kind;
        s.event = index;
        s.pos = pos;
        s.right = e.rightButton;
        m_steps.push_back(s);
        return &m_steps.back();
    };
    switch (e.type) {
        case ReplayType::Move: {
            Step* s = step(e.t, Kind::Move, e.at);
            s->startsLatency = s->endsLatency = true;
            break;
        }
        case ReplayType::Click:
            step(e.t, Kind::Down, e.at)->startsLatency = true;
            step(e.t, Kind::Up, e.at)->endsLatency = true;
            break;
        case ReplayType::DoubleClick:
            step(e.t, Kind::Down, e.at);
            step(e.t, Kind::Up, e.at);
            step(e.t, Kind::Down, e.at)->startsLatency = true;
            step(e.t, Kind::Up, e.at)->endsLatency = true;
            break;
        case ReplayType::Drag: {
            step(e.t, Kind::Down, e.from);
            const int moves = std::max(1, static_cast<int>(e.seconds * 60));
            for (int k = 1; k <= moves; ++k) {
                const double f = static_cast<double>(k) / moves;
                Step* s = step(e.t + e.seconds * f,
                               Kind::Move,
                               {e.from.x + (e.to.x - e.from.x) * f, e.from.y + (e.to.y - e.from.y) * f});
                // The last move shows the map where the finger stops: the pan's latency.
                if (k == moves) s->startsLatency = s->endsLatency = true;
            }
            step(e.t + e.seconds, Kind::Up, e.to);
            break;
        }
        case ReplayType::Wheel: {
            Step* s = step(e.t, Kind::Wheel, e.at);
            s->dy = e.dy;
            s->startsLatency = s->endsLatency = true;
            break;
        }
        case ReplayType::Key: {
            Step* s = step(e.t, Kind::KeyDown, {});
            s->key = e.key;
            s->startsLatency = s->endsLatency = true;
            step(e.t, Kind::KeyUp, {})->key = e.key;
            break;
        }
        case ReplayType::Text: {
            Step* s = step(e.t, Kind::Text, {});
            s->text = e.text;
            s->startsLatency = s->endsLatency = true;
            break;
        }
    }
}

void ReplayDriver::start(double now) {
    m_start = now;
    m_started = true;
}

std::optional<double> ReplayDriver::secondsToNext(double now) const {
    if (!m_started || done()) return std::nullopt;
    return std::max(0.0, m_start + m_steps[m_next].due - now);
}

// False when the step must wait for another frame (text while the search box takes the focus).
bool ReplayDriver::apply(const Step& s, ReplayRequests& requests) {
    ImGuiIO& io = ImGui::GetIO();
    const int button = s.right ? 1 : 0;
    switch (s.kind) {
        case Kind::Move:
            m_mouse = s.pos;
            break;
        case Kind::Down:
            m_mouse = s.pos;
            m_down[button] = true;
            break;
        case Kind::Up:
            m_mouse = s.pos;
            m_down[button] = false;
            break;
        case Kind::Wheel:
            m_mouse = s.pos;
            io.MouseWheel += static_cast<float>(s.dy);
            break;
        case Kind::KeyDown:
            io.KeysDown[s.key] = true;
            requests.keysPressed.push_back(s.key);
            break;
        case Kind::KeyUp:
            io.KeysDown[s.key] = false;
            break;
        case Kind::Text:
            // Typed where the visitor would: the focused widget, else the search box.
            if (!io.WantTextInput && !m_textFocusAsked) {
                requests.focusSearch = true;
                m_textFocusAsked = true;
                return false;
            }
            io.AddInputCharactersUTF8(s.text.c_str());
            m_textFocusAsked = false;
            break;
    }
    return true;
}

bool ReplayDriver::inject(double now, ReplayRequests& requests) {
    ImGuiIO& io = ImGui::GetIO();
    if (m_mouse) io.MousePos = ImVec2(static_cast<float>(m_mouse->x), static_cast<float>(m_mouse->y));
    bool injected = false;
    std::vector<bool> eventSeen(m_eventTypes.size(), false);
    while (m_started && !done() && m_start + m_steps[m_next].due <= now) {
        const Step& s = m_steps[m_next];
        // One step of an event per frame: ImGui must see the press before the release.
        if (eventSeen[s.event]) break;
        eventSeen[s.event] = true;
        if (s.startsLatency && !(s.kind == Kind::Text && m_textFocusAsked)) m_injectedAt[s.event] = now;
        if (!apply(s, requests)) {
            injected = true;
            break;
        }
        if (s.endsLatency) m_endingThisFrame.push_back(s.event);
        injected = true;
        ++m_next;
    }
    if (m_mouse) io.MousePos = ImVec2(static_cast<float>(m_mouse->x), static_cast<float>(m_mouse->y));
    io.MouseDown[0] = m_down[0];
    io.MouseDown[1] = m_down[1];
    return injected;
}

void ReplayDriver::frameEnded(double now) {
    for (std::size_t e : m_endingThisFrame) m_latencies.push_back({m_eventTypes[e], (now - m_injectedAt[e]) * 1000});
    m_endingThisFrame.clear();
}

}  // namespace app

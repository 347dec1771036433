// A replay script (`santemap --replay EVENTS.json`): timed input events played into the window,
// the way maplibre's render tests replay operations, to measure what a visitor feels.
// Coordinates are window pixels at 100 % interface size; `t` counts seconds from the first frame
// with the territory drawn. The format is in the README ("Replay").
#pragma once

#include <string>
#include <vector>

#include "geo/result.hpp"
#include "geo/types.hpp"

namespace app {

enum class ReplayType { Move, Click, DoubleClick, Drag, Wheel, Key, Text };

struct ReplayEvent {
    double t = 0;
    ReplayType type = ReplayType::Move;
    geo::Vec2 at;          // move, click, double_click, wheel
    geo::Vec2 from, to;    // drag
    double seconds = 0.3;  // drag duration
    double dy = 0;         // wheel: > 0 zooms in
    bool rightButton = false;
    int key = -1;  // GLFW key code
    std::string text;
};

const char* replayTypeName(ReplayType type);

// The GLFW key code of a name: GLFW's key names in upper case (A-Z, 0-9), F1-F12, HOME, END,
// ESCAPE, ENTER, BACKSPACE, TAB, SPACE, DELETE, LEFT, RIGHT, UP, DOWN, PLUS, MINUS; any case.
// -1 when unknown.
int replayKeyCode(const std::string& name);

// Events sorted by time. Errors name the file, the event's index and what is wrong.
geo::Result<std::vector<ReplayEvent>> readReplayScript(const std::string& path);
geo::Result<std::vector<ReplayEvent>> parseReplayScript(const std::string& text, const std::string& path);

}  // namespace app

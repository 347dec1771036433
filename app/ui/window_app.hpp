// The map window: GLFW + OpenGL 3.3 core + Dear ImGui over the full-window map.
#pragma once

#include <string>

namespace app {

// Opens the window on the default territory; returns the process exit code.
int runWindow(const std::string& dataDir);

}  // namespace app

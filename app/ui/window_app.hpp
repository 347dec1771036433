// The map window, for main.cpp: the Application (application.hpp) on the default territory.
#pragma once

#include <string>

namespace app {

// Opens the window on the default territory; returns the process exit code.
int runWindow(const std::string& dataDir);

}  // namespace app

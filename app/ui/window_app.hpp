// The map window, for main.cpp: the Application (application.hpp) on the default territory.
#pragma once

#include <chrono>
#include <string>

namespace app {

struct WindowOptions {
    std::string dataDir;
    std::string replayPath;     // --replay EVENTS.json: play the events, then exit
    std::string statsPath;      // --stats STATS.json: frame and latency statistics
    int width = 0, height = 0;  // --size WxH (0: the remembered size)
    bool noCache = false;       // --no-cache: the load builds everything (also $SANTEMAP_CACHE=0)
    bool kiosk = false;         // --kiosk: the booth's kiosk mode from the start
    std::chrono::steady_clock::time_point processStart = std::chrono::steady_clock::now();
};

// Opens the window on the default territory; returns the process exit code.
int runWindow(const WindowOptions& options);

}  // namespace app

// Loads a scene's layers on a worker thread so that the window never freezes. Results cross to
// the main thread as one finished value under a mutex; the worker wakes the window when done.
#pragma once

#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "map_layers.hpp"

namespace app {

struct LoadedScene {
    Scene scene;
    std::vector<MapLayer> layers;     // CPU only: the main thread uploads them
    std::vector<std::string> errors;  // one per layer that failed (the others still load)
    std::vector<std::string> warnings;
};

class SceneLoader {
public:
    using MakeScene = std::function<geo::Result<Scene>(geo::Diagnostics&)>;
    // `wake` is called from the worker after each step (glfwPostEmptyEvent in the window).
    // Layers are built through `cache` (disabled by default).
    void start(MakeScene make, std::function<void()> wake, geo::BuildCache cache = geo::BuildCache::disabled());
    ~SceneLoader();

    struct Progress {
        bool done = false;
        float fraction = 0;
        LocalText stage;
    };
    Progress progress() const;
    // The result, once, when the worker has finished.
    std::optional<LoadedScene> take();

private:
    void run(const MakeScene& make, const std::function<void()>& wake);
    mutable std::mutex m_mutex;
    Progress m_progress;
    std::optional<LoadedScene> m_result;
    std::thread m_thread;
    geo::BuildCache m_cache = geo::BuildCache::disabled();  // set before the thread starts
};

}  // namespace app

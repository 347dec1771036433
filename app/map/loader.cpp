// The worker: build the scene, then each layer; errors are kept per layer.
#include "loader.hpp"

namespace app {

void SceneLoader::start(MakeScene make, std::function<void()> wake, geo::BuildCache cache) {
    m_cache = std::move(cache);
    m_thread = std::thread([this, make = std::move(make), wake = std::move(wake)] { run(make, wake); });
}

SceneLoader::~SceneLoader() {
    if (m_thread.joinable()) m_thread.join();
}

SceneLoader::Progress SceneLoader::progress() const {
    std::lock_guard lock(m_mutex);
    return m_progress;
}

std::optional<LoadedScene> SceneLoader::take() {
    std::lock_guard lock(m_mutex);
    std::optional<LoadedScene> out = std::move(m_result);
    m_result.reset();
    return out;
}

void SceneLoader::run(const MakeScene& make, const std::function<void()>& wake) {
    auto step = [&](float fraction, const LocalText& stage) {
        {
            std::lock_guard lock(m_mutex);
            m_progress.fraction = fraction;
            m_progress.stage = stage;
        }
        wake();
    };
    LoadedScene out;
    try {
        step(0.05f, localText(Text::LoadingTerritory));
        geo::Diagnostics diag;
        auto scene = make(diag);
        if (!scene) {
            out.errors.push_back(geo::describe(scene.error()));
        } else {
            out.scene = std::move(scene.value());
            const std::size_t n = out.scene.layers.size();
            for (std::size_t k = 0; k < n; ++k) {
                const LayerSpec& spec = out.scene.layers[k];
                step(0.3f + 0.7f * static_cast<float>(k) / static_cast<float>(n),
                     spec.title.empty() ? LocalText{spec.source, {}} : spec.title);
                auto layers = loadLayer(spec, out.scene.crs, diag, m_cache);
                if (!layers) {
                    out.errors.push_back(geo::describe(layers.error()));
                    continue;
                }
                for (auto& l : layers.value()) out.layers.push_back(std::move(l));
            }
        }
        out.warnings = std::move(diag.warnings);
    } catch (const std::exception& e) {
        out.errors.push_back(std::string("internal error while loading: ") + e.what());
    }
    {
        std::lock_guard lock(m_mutex);
        m_result = std::move(out);
        m_progress.done = true;
        m_progress.fraction = 1;
    }
    wake();
}

}  // namespace app

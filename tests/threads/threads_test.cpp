// The code that runs on several threads, run the way the window runs it: the pipeline's workers,
// the scene loader's worker while the main thread polls it, and layers added while others load.
// Built and run under ThreadSanitizer in CI (scripts/test.sh); each test also checks its result.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <future>
#include <thread>

#include "domain/territory.hpp"
#include "geo/parallel.hpp"
#include "geo/table_ref.hpp"
#include "map/default_territory.hpp"
#include "map/loader.hpp"
#include "support/test_support.hpp"

namespace {

std::string pack() { return testing_support::dataFile("public-data.gpkg"); }

// A scene of the data pack's tables, read from their sources (not preloaded).
app::Scene packScene() {
    app::Scene scene;
    for (const char* table : {"communes", "cantons", "departements", "hopitaux"}) {
        app::LayerSpec spec;
        spec.source = spec.resolvedSource = pack();
        spec.layer = table;
        scene.layers.push_back(spec);
    }
    return scene;
}

std::size_t triangles(const std::vector<app::MapLayer>& layers) {
    std::size_t n = 0;
    for (const auto& l : layers) n += l.data.triangles.size();
    return n;
}

TEST(Threads, PipelineWorkersShareTheWorkWithoutOverlap) {
    constexpr std::size_t n = 100000;
    std::vector<std::atomic<int>> seen(n);
    const bool ok = geo::parallelChunks(
        n,
        97,
        [&](unsigned, std::size_t begin, std::size_t end) {
            for (std::size_t i = begin; i < end; ++i) seen[i].fetch_add(1);
        },
        4);
    EXPECT_TRUE(ok);
    for (std::size_t i = 0; i < n; ++i) ASSERT_EQ(seen[i].load(), 1) << i;
}

TEST(Threads, ALayerLoadsTheSameOnTheWorkersEveryTime) {
    geo::Diagnostics diag;
    auto layer = geo::readTable({pack(), "communes"}, diag);
    ASSERT_TRUE(layer) << geo::describe(layer.error());
    geo::LoadOptions options;
    options.detailLevels = 3;
    auto a = geo::buildLayer(layer.value(), options, diag);
    auto b = geo::buildLayer(layer.value(), options, diag);
    ASSERT_TRUE(a && b);
    EXPECT_GT(a->triangles.size(), 100000u);
    EXPECT_EQ(a->triangles, b->triangles);
    EXPECT_EQ(a->display.vertices.size(), b->display.vertices.size());
    ASSERT_EQ(a->levels.size(), 3u);
    for (std::size_t k = 0; k < 3; ++k) EXPECT_EQ(a->levels[k].triangles, b->levels[k].triangles);
}

TEST(Threads, TheSceneLoaderWorksWhileTheMainThreadPolls) {
    const app::Scene scene = packScene();
    geo::Diagnostics diag;
    auto direct = app::loadLayers(scene, diag);
    ASSERT_TRUE(direct) << geo::describe(direct.error());

    app::SceneLoader loader;
    std::atomic<int> wakes{0};
    loader.start([scene](geo::Diagnostics&) { return geo::Result<app::Scene>(scene); }, [&] { ++wakes; });
    std::optional<app::LoadedScene> done;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(5);
    float last = 0;
    while (!done && std::chrono::steady_clock::now() < deadline) {
        const auto p = loader.progress();
        EXPECT_GE(p.fraction, last) << "progress never goes back";
        last = p.fraction;
        done = loader.take();
        if (!done) std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    ASSERT_TRUE(done) << "the loader did not finish";
    EXPECT_TRUE(done->errors.empty()) << done->errors.front();
    EXPECT_EQ(done->layers.size(), direct->size());
    EXPECT_EQ(triangles(done->layers), triangles(direct.value()));
    EXPECT_GE(wakes.load(), static_cast<int>(scene.layers.size()) + 1) << "the window is woken at each step";
    EXPECT_FALSE(loader.take()) << "the result is handed over once";
}

TEST(Threads, TheDefaultTerritoryBuildsOnTheLoaderThread) {
    setenv("SANTEMAP_STORE", (testing_support::scratchDir("threads_store") + "/annonces.gpkg").c_str(), 1);
    app::SceneLoader loader;
    loader.start([](geo::Diagnostics& diag) { return app::defaultTerritoryScene("", diag); }, [] {});
    std::optional<app::LoadedScene> done;
    for (int i = 0; i < 30000 && !done; ++i) {
        done = loader.take();
        if (!done) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    ASSERT_TRUE(done);
    EXPECT_TRUE(done->errors.empty()) << done->errors.front();
    ASSERT_TRUE(done->scene.territory);
    EXPECT_EQ(done->layers.size(), done->scene.territory->catalogue.layers.size());
    EXPECT_FALSE(done->scene.territory->listings.empty()) << "the demo listings of a new store";
}

TEST(Threads, LayersAddedWhileOthersLoad) {
    // The window reads an added layer with std::async while its loader may still be working.
    const app::Scene scene = packScene();
    std::vector<std::future<geo::Result<std::vector<app::MapLayer>>>> added;
    for (const auto& spec : scene.layers)
        added.push_back(std::async(std::launch::async, [spec] {
            geo::Diagnostics diag;
            return app::loadLayer(spec, "EPSG:2154", diag);
        }));
    geo::Diagnostics diag;
    auto here = app::loadLayers(scene, diag);
    ASSERT_TRUE(here);
    std::size_t fromThreads = 0;
    for (auto& f : added) {
        auto layers = f.get();
        ASSERT_TRUE(layers) << geo::describe(layers.error());
        fromThreads += triangles(layers.value());
    }
    EXPECT_EQ(fromThreads, triangles(here.value()));
}

}  // namespace

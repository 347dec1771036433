// Frame times of the renderer on Mesa llvmpipe (or whatever GL the machine has), 1280×800
// offscreen: all French communes filled at full detail, and 100,000 instanced markers.
// llvmpipe timings swing between runs: medians and 95th percentiles over many frames.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <random>

#include "france_data.hpp"
#include "map/map_layers.hpp"
#include "render/offscreen.hpp"

namespace {

struct Gl {
    std::unique_ptr<render::HeadlessContext> context;
    std::optional<render::Programs> programs;
    std::map<int, render::OffscreenTarget> targets;  // by MSAA sample count
    render::OffscreenTarget& target(int samples) {
        auto it = targets.find(samples);
        if (it == targets.end())
            it = targets.emplace(samples, std::move(render::OffscreenTarget::create(1280, 800, samples).value())).first;
        return it->second;
    }
};

Gl& gl() {
    static Gl g = [] {
        Gl out;
        out.context = std::move(render::HeadlessContext::create().value());
        out.programs.emplace(std::move(render::Programs::build().value()));
        return out;
    }();
    return g;
}

void report(benchmark::State& state, std::vector<double> ms) {
    std::sort(ms.begin(), ms.end());
    state.counters["median_ms"] = ms[ms.size() / 2];
    state.counters["p95_ms"] = ms[std::min(ms.size() - 1, ms.size() * 95 / 100)];
}

void FillAllFrenchCommunes(benchmark::State& state) {
    Gl& g = gl();
    static std::vector<app::MapLayer> layers = [] {
        app::Scene scene;
        app::LayerSpec spec;
        spec.source = spec.resolvedSource = bench::franceGeoPackage();
        scene.layers.push_back(spec);
        geo::Diagnostics diag;
        auto l = app::loadLayers(scene, diag);
        app::uploadLayers(l.value());
        return std::move(l.value());
    }();
    // Full detail only, for comparison with the simplified levels the map uses.
    static render::PolygonLayer fullOnly = [] {
        const render::PolygonMesh full = render::buildPolygonMesh(layers[0].data.display, layers[0].data.triangles);
        render::PolygonLayer p(full);
        render::PolygonStyle style;
        style.fill.assign(full.featureCount, render::Rgba{200, 200, 180, 255});
        style.outline = style.fill;
        p.setStyle(style);
        return p;
    }();
    const render::PolygonLayer& drawn = state.range(0) ? *layers[0].gpu.polygons : fullOnly;
    const auto view = render::View::fit(app::layersExtent(layers), 1280, 800);
    g.target(4).bind();
    std::vector<double> ms;
    for (auto _ : state) {
        const auto t0 = std::chrono::steady_clock::now();
        glClear(GL_COLOR_BUFFER_BIT);
        drawn.drawFills(*g.programs, view);
        glFinish();
        const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        state.SetIterationTime(s);
        ms.push_back(s * 1000);
    }
    state.counters["triangles"] = static_cast<double>(drawn.trianglesFor(view));
    report(state, ms);
}
BENCHMARK(FillAllFrenchCommunes)
    ->ArgName("simplified")
    ->Arg(0)
    ->Arg(1)
    ->UseManualTime()
    ->Iterations(40)
    ->Unit(benchmark::kMillisecond);

void HundredThousandMarkers(benchmark::State& state) {
    Gl& g = gl();
    std::mt19937 rng(3);
    std::uniform_real_distribution<double> x(100000, 1200000), y(6100000, 7100000);
    std::vector<render::Marker> markers(100000);
    for (auto& m : markers)
        m = render::Marker{{x(rng), y(rng)}, render::Rgba{192, 57, 43, 255}, render::MarkerShape::Circle, 8};
    render::PointLayer points;
    points.setMarkers(markers);
    const auto view = render::View::fit(geo::Box{100000, 6100000, 1200000, 7100000}, 1280, 800);
    g.target(static_cast<int>(state.range(0))).bind();
    glEnable(GL_BLEND);
    glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
    std::vector<double> ms;
    for (auto _ : state) {
        const auto t0 = std::chrono::steady_clock::now();
        glClear(GL_COLOR_BUFFER_BIT);
        points.draw(*g.programs, view);
        glFinish();
        const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        state.SetIterationTime(s);
        ms.push_back(s * 1000);
    }
    report(state, ms);
}
BENCHMARK(HundredThousandMarkers)
    ->ArgName("msaa")
    ->Arg(1)
    ->Arg(4)
    ->UseManualTime()
    ->Iterations(40)
    ->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();

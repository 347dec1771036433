// Frame times of the renderer on Mesa llvmpipe (or whatever GL the machine has), 1280×800
// offscreen, each next to the floor (render_floor.hpp) drawing the same primitives: every
// iteration draws the floor then the map, alternating, so that a busy machine slows both alike.
// Reported: medians and 95th percentiles of both, and their ratio.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <functional>
#include <map>
#include <random>

#include "france_data.hpp"
#include "map/default_territory.hpp"
#include "map/map_layers.hpp"
#include "map/scene_image.hpp"
#include "render/gl_info.hpp"
#include "render/offscreen.hpp"
#include "render/polygon_target.hpp"
#include "render_floor.hpp"

namespace {

constexpr int kWidth = 1280, kHeight = 800;

struct Gl {
    std::unique_ptr<render::HeadlessContext> context;
    std::optional<render::Programs> programs;
    std::optional<render::OffscreenTarget> map;    // the sample count the map uses on this GL
    std::optional<render::OffscreenTarget> floor;  // single-sampled
};

Gl& gl() {
    static Gl g = [] {
        Gl out;
        out.context = std::move(render::HeadlessContext::create().value());
        out.programs.emplace(std::move(render::Programs::build().value()));
        out.map.emplace(std::move(render::OffscreenTarget::create(kWidth, kHeight).value()));
        out.floor.emplace(std::move(render::OffscreenTarget::create(kWidth, kHeight, 1).value()));
        benchmark::AddCustomContext("GL_RENDERER", render::glInfo().renderer);
        benchmark::AddCustomContext("map samples", std::to_string(out.map->samples()));
        benchmark::AddCustomContext("floor samples", std::to_string(out.floor->samples()));
        return out;
    }();
    return g;
}

// All French communes, loaded once, with copies of the CPU meshes for the floor.
struct France {
    std::vector<app::MapLayer> layers;
    render::PolygonMesh full, coarse;
    render::View view;
};

const France& france() {
    static France f = [] {
        gl();
        France out;
        app::Scene scene;
        app::LayerSpec spec;
        spec.source = spec.resolvedSource = bench::franceGeoPackage();
        spec.outlineWidth = 0.5f;
        scene.layers.push_back(spec);
        geo::Diagnostics diag;
        out.layers = std::move(app::loadLayers(scene, diag).value());
        out.view = render::View::fit(app::layersExtent(out.layers), kWidth, kHeight);
        out.full = out.layers[0].meshes.full;
        for (const auto& [tolerance, mesh] : out.layers[0].meshes.levels)
            if (tolerance <= 0.5 * out.view.metresPerPixel) out.coarse = mesh;  // the level the map picks
        app::uploadLayers(out.layers);
        return out;
    }();
    return f;
}

double timeMs(const std::function<void()>& draw) {
    const auto t0 = std::chrono::steady_clock::now();
    glClear(GL_COLOR_BUFFER_BIT);
    draw();
    glFinish();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

void report(benchmark::State& state, std::vector<double> map, std::vector<double> floor) {
    auto sorted = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v;
    };
    // Nearest rank.
    auto rank = [](const std::vector<double>& v, int percent) {
        return v[std::max<std::size_t>(1, (v.size() * percent + 99) / 100) - 1];
    };
    map = sorted(map);
    floor = sorted(floor);
    state.counters["map_median_ms"] = rank(map, 50);
    state.counters["map_p95_ms"] = rank(map, 95);
    state.counters["floor_median_ms"] = rank(floor, 50);
    state.counters["floor_p95_ms"] = rank(floor, 95);
    state.counters["ratio"] = rank(map, 50) / rank(floor, 50);
}

// Alternates floor and map draws; the iteration time is the map's.
void alternate(benchmark::State& state, const std::function<void()>& drawMap, const std::function<void()>& drawFloor) {
    Gl& g = gl();
    std::vector<double> map, floor;
    for (auto _ : state) {
        g.floor->bind();
        floor.push_back(timeMs(drawFloor));
        g.map->bind();
        map.push_back(timeMs(drawMap));
        state.SetIterationTime(map.back() / 1000);
    }
    report(state, map, floor);
}

bench::FloorDraw floorOf(const render::PolygonMesh& mesh, const render::View& view, GLenum mode) {
    const render::ClipTransform t = render::clipTransform(view, mesh.origin);
    const auto& indices = mode == GL_LINES ? mesh.lineIndices : mesh.triangles;
    return bench::FloorDraw(mode, bench::clipPositions(mesh.vertices, indices, t.sx, t.sy, t.tx, t.ty));
}

render::PolygonLayer styledLayer(const render::PolygonMesh& mesh, float outlineWidth) {
    render::PolygonLayer p(mesh);
    render::PolygonStyle style;
    style.fill.assign(mesh.featureCount, render::Rgba{200, 200, 180, 255});
    style.outline.assign(mesh.featureCount, render::Rgba{64, 64, 64, 255});
    style.outlineWidth = outlineWidth;
    p.setStyle(style);
    return p;
}

// Every commune of France at full detail (2.1 M triangles), as `info --load` prepares them.
void FranceFillsFullDetail(benchmark::State& state) {
    const France& f = france();
    static const render::PolygonLayer layer = styledLayer(f.full, 0.5f);
    static const bench::FloorDraw floor = floorOf(f.full, f.view, GL_TRIANGLES);
    alternate(
        state, [&] { layer.drawFills(*gl().programs, f.view); }, [&] { floor.draw(); });
    state.counters["triangles"] = static_cast<double>(f.full.triangles.size() / 3);
}
BENCHMARK(FranceFillsFullDetail)->UseManualTime()->Iterations(30)->Unit(benchmark::kMillisecond);

// The same view with the level of detail the map picks.
void FranceFillsMapLevel(benchmark::State& state) {
    const France& f = france();
    static const bench::FloorDraw floor = floorOf(f.coarse, f.view, GL_TRIANGLES);
    const auto& layer = *f.layers[0].gpu.polygons;
    alternate(
        state, [&] { layer.drawFills(*gl().programs, f.view); }, [&] { floor.draw(); });
    state.counters["triangles"] = static_cast<double>(layer.trianglesFor(f.view));
}
BENCHMARK(FranceFillsMapLevel)->UseManualTime()->Iterations(30)->Unit(benchmark::kMillisecond);

// Half-pixel outlines of every commune at full detail (2.1 M segments): GL_LINES for both.
void FranceOutlinesFullDetail(benchmark::State& state) {
    const France& f = france();
    static const render::PolygonLayer layer = styledLayer(f.full, 0.5f);
    static const bench::FloorDraw floor = floorOf(f.full, f.view, GL_LINES);
    alternate(
        state, [&] { layer.drawOutlines(*gl().programs, f.view); }, [&] { floor.draw(); });
    state.counters["segments"] = static_cast<double>(f.full.lineIndices.size() / 2);
}
BENCHMARK(FranceOutlinesFullDetail)->UseManualTime()->Iterations(20)->Unit(benchmark::kMillisecond);

// The edge-smoothing pass alone (software GL's anti-aliasing) over the France picture at the
// window's default size.
void EdgeSmoothingPass(benchmark::State& state) {
    const France& f = france();
    auto target = render::OffscreenTarget::create(1600, 1000).value();
    const render::View view = render::View::fit(f.view.extent(), 1600, 1000);
    render::PolygonTarget smoothing(1);
    target.bind();
    smoothing.begin();
    glClearColor(0.91f, 0.93f, 0.95f, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    f.layers[0].gpu.polygons->drawFills(*gl().programs, view);
    std::vector<double> pass;
    for (auto _ : state) {
        const auto t0 = std::chrono::steady_clock::now();
        smoothing.finish(*gl().programs);
        glFinish();
        pass.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
        state.SetIterationTime(pass.back() / 1000);
        smoothing.begin();  // the same picture is smoothed again
    }
    std::sort(pass.begin(), pass.end());
    state.counters["median_ms"] = pass[pass.size() / 2];
}
BENCHMARK(EdgeSmoothingPass)->UseManualTime()->Iterations(30)->Unit(benchmark::kMillisecond);

// The window's default scene (the territory, its default layers, labels, legend) at 1600×1000 as
// drawMap draws it, pass by pass, beside the floor of the same scene: every visible fill triangle
// and outline segment in one flat-colour draw each.
void TerritoryFrame(benchmark::State& state) {
    gl();
    static std::vector<app::MapLayer> layers;
    static app::Scene scene;
    static std::optional<render::Font> font;
    static std::vector<float> floorTriangles, floorLines;
    if (layers.empty()) {
        geo::Diagnostics diag;
        auto made = app::defaultTerritoryScene(SANTEMAP_SOURCE_DIR "/data", diag);
        if (!made) {
            state.SkipWithError(geo::describe(made.error()).c_str());
            return;
        }
        scene = std::move(made.value());
        layers = std::move(app::loadLayers(scene, diag).value());
        font.emplace(std::move(render::Font::load(app::defaultFontPath()).value()));
        const auto view = render::View::fit(app::sceneExtent(scene, layers), 1600, 1000);
        for (const auto& l : layers) {
            if (l.isPoints || !l.view.shown) continue;
            const render::PolygonMesh* mesh = &l.meshes.full;
            for (const auto& [tolerance, m] : l.meshes.levels)
                if (tolerance <= 0.5 * view.metresPerPixel) mesh = &m;
            const render::ClipTransform t = render::clipTransform(view, mesh->origin);
            auto tri = bench::clipPositions(mesh->vertices, mesh->triangles, t.sx, t.sy, t.tx, t.ty);
            auto lines = bench::clipPositions(mesh->vertices, mesh->lineIndices, t.sx, t.sy, t.tx, t.ty);
            floorTriangles.insert(floorTriangles.end(), tri.begin(), tri.end());
            floorLines.insert(floorLines.end(), lines.begin(), lines.end());
        }
        app::uploadLayers(layers);
    }
    static auto target = render::OffscreenTarget::create(1600, 1000).value();
    static const bench::FloorDraw fills(GL_TRIANGLES, floorTriangles), lines(GL_LINES, floorLines);
    const auto view = render::View::fit(app::sceneExtent(scene, layers), 1600, 1000);
    render::PolygonTarget smoothing(state.range(0) ? 1 : 0);
    render::Overlay overlay;
    app::FrameProfile profile;
    // With the profile each pass ends in glFinish, and llvmpipe then rasterises the frame in
    // several flushes: the total is also measured without it.
    profile.enabled = state.range(1) != 0;
    std::map<std::string, std::vector<double>> passes;
    std::vector<double> map, floor;
    for (auto _ : state) {
        target.bind();
        floor.push_back(timeMs([&] {
            fills.draw();
            lines.draw();
        }));
        app::DrawContext ctx{*gl().programs, *font, overlay, {}, {}, state.range(0) ? &smoothing : nullptr, &profile};
        profile.start();
        map.push_back(timeMs([&] { app::drawMap(scene, layers, view, 1, ctx); }));
        for (const auto& [name, ms] : profile.passesMs()) passes[name].push_back(ms);
        state.SetIterationTime(map.back() / 1000);
    }
    report(state, map, floor);
    for (auto& [name, ms] : passes) {
        std::sort(ms.begin(), ms.end());
        state.counters[name + "_ms"] = ms[ms.size() / 2];
    }
    state.counters["floor_triangles"] = static_cast<double>(floorTriangles.size() / 6);
    state.counters["floor_segments"] = static_cast<double>(floorLines.size() / 4);
}
BENCHMARK(TerritoryFrame)
    ->ArgNames({"smoothed", "profiled"})
    ->ArgsProduct({{0, 1}, {0, 1}})
    ->UseManualTime()
    ->Iterations(30)
    ->Unit(benchmark::kMillisecond);

// 100,000 markers of 8 px, against flat 10 px point sprites (the marker's sprite with its outline).
void HundredThousandMarkers(benchmark::State& state) {
    gl();
    std::mt19937 rng(3);
    std::uniform_real_distribution<double> x(100000, 1200000), y(6100000, 7100000);
    std::vector<render::Marker> markers(100000);
    for (auto& m : markers)
        m = render::Marker{{x(rng), y(rng)}, render::Rgba{192, 57, 43, 255}, render::MarkerShape::Circle, 8};
    render::PointLayer points;
    points.setMarkers(markers);
    const auto view = render::View::fit(geo::Box{100000, 6100000, 1200000, 7100000}, kWidth, kHeight);
    std::vector<float> clip;
    for (const auto& m : markers) {
        const geo::Vec2 p = view.toPixel(m.position);
        clip.push_back(static_cast<float>(p.x / kWidth * 2 - 1));
        clip.push_back(static_cast<float>(1 - p.y / kHeight * 2));
    }
    const bench::FloorDraw floor(GL_POINTS, clip, 10);
    glEnable(GL_BLEND);
    glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
    alternate(
        state, [&] { points.draw(*gl().programs, view); }, [&] { floor.draw(); });
    glDisable(GL_BLEND);
}
BENCHMARK(HundredThousandMarkers)->UseManualTime()->Iterations(40)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();

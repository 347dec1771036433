// Tessellation speed on every commune of France in Lambert-93, one thread (vertices/s).
#include <benchmark/benchmark.h>

#include <cmath>

#include "france_data.hpp"
#include "geo/pipeline.hpp"
#include "geo/reader.hpp"
#include "geo/tessellate.hpp"

namespace {

const geo::LayerGeometry& franceInLambert93() {
    static const geo::LayerGeometry all = [] {
        geo::LayerGeometry g;
        auto src = geo::openSource(bench::franceGeoPackage());
        geo::Diagnostics diag;
        auto loaded = geo::loadLayer(src.value(), 0, {}, diag);
        const auto& d = loaded->display;
        for (std::size_t f = 0; f < d.featureCount(); ++f)
            if (d.kind[f] == geo::GeomKind::Polygon) g.appendFeature(d, f);
        return g;
    }();
    return all;
}

void TessellateFrance(benchmark::State& state) {
    const auto& g = franceInLambert93();
    geo::Tessellator tess;
    std::vector<std::uint32_t> triangles;
    triangles.reserve(g.vertices.size() * 3);
    double maxWorkPerVertex = 0, maxWork = 0;
    std::size_t fallbacks = 0;
    for (auto _ : state) {
        triangles.clear();
        fallbacks = 0;
        for (std::size_t p = 0; p < g.partCount(); ++p) {
            const auto* rings = &g.ringStart[g.partStart[p]];
            const std::size_t ringCount = g.partStart[p + 1] - g.partStart[p];
            const auto outcome = tess.polygon(g.vertices.data(), rings, ringCount, triangles);
            // The budget's margin: the most work per vertex any commune needed beyond the base, and
            // the most any needed in all (budget: kWorkBase + kWorkPerVertex per vertex).
            const double vertices = rings[ringCount] - rings[0];
            maxWorkPerVertex = std::max(
                maxWorkPerVertex,
                (static_cast<double>(outcome.work) - std::min<double>(outcome.work, geo::kWorkBase)) / vertices);
            fallbacks += outcome.simplified;
            maxWork = std::max(maxWork, static_cast<double>(outcome.work));
        }
        benchmark::DoNotOptimize(triangles.data());
    }
    state.counters["max_work_per_vertex"] = maxWorkPerVertex;
    state.counters["fallbacks"] = static_cast<double>(fallbacks);
    state.counters["max_work"] = maxWork;
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * g.vertices.size()));
    state.counters["vertices"] = static_cast<double>(g.vertices.size());
    state.counters["triangles"] = static_cast<double>(triangles.size() / 3);
}
BENCHMARK(TessellateFrance)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// A star (tips at radius 1, notches at 0.5) and a circle of the same vertex count: the star is
// the ear clipper's worst case (every other vertex reflex), the circle its easy case.
std::vector<geo::Vec2> ringOf(std::size_t n, bool star) {
    std::vector<geo::Vec2> v(n);
    for (std::size_t i = 0; i < n; ++i) {
        const double a = 2 * M_PI * static_cast<double>(i) / static_cast<double>(n);
        const double r = star && (i % 2) ? 0.5 : 1.0;
        v[i] = {r * std::cos(a), r * std::sin(a)};
    }
    return v;
}

void TessellateRing(benchmark::State& state, bool star) {
    const auto v = ringOf(static_cast<std::size_t>(state.range(0)), star);
    const std::uint32_t rings[2] = {0, static_cast<std::uint32_t>(v.size())};
    geo::Tessellator tess;
    std::vector<std::uint32_t> triangles;
    geo::TessellationOutcome outcome;
    for (auto _ : state) {
        triangles.clear();
        outcome = tess.polygon(v.data(), rings, 1, triangles);
        benchmark::DoNotOptimize(triangles.data());
    }
    state.counters["triangles"] = static_cast<double>(triangles.size() / 3);
    state.counters["work_per_vertex"] = static_cast<double>(outcome.work) / static_cast<double>(v.size());
    state.counters["simplified"] = outcome.simplified;
}
void TessellateStar(benchmark::State& state) { TessellateRing(state, true); }
void TessellateCircle(benchmark::State& state) { TessellateRing(state, false); }
BENCHMARK(TessellateCircle)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(TessellateStar)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace

BENCHMARK_MAIN();

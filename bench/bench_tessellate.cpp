// Tessellation speed on every commune of France in Lambert-93, one thread (vertices/s).
#include <benchmark/benchmark.h>

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
    for (auto _ : state) {
        triangles.clear();
        for (std::size_t p = 0; p < g.partCount(); ++p)
            tess.polygon(
                g.vertices.data(), &g.ringStart[g.partStart[p]], g.partStart[p + 1] - g.partStart[p], triangles);
        benchmark::DoNotOptimize(triangles.data());
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * g.vertices.size()));
    state.counters["vertices"] = static_cast<double>(g.vertices.size());
    state.counters["triangles"] = static_cast<double>(triangles.size() / 3);
}
BENCHMARK(TessellateFrance)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace

BENCHMARK_MAIN();

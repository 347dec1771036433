// The accessibility lab's costs (issue 13) on the communes of metropolitan France: the whole
// baseline (catchments, demand, accessibility, calibration: target under 200 ms on one core) and
// a what-if of one commune (target under 2 ms), each beside its reference in the same run — the
// catchments alone and the model recomputed from scratch after the same change, which is what
// the what-if would cost without the catchment-by-catchment update.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>

#include "domain/access_lab.hpp"

namespace {

const app::AidContext& aid() {
    static const app::AidContext ctx = [] {
        geo::Diagnostics diag;
        auto loaded = app::loadAidContext("", "", diag);
        if (!loaded) {
            std::fprintf(
                stderr, "bench_access: %s (run it from the repository root)\n", geo::describe(loaded.error()).c_str());
            std::abort();
        }
        return std::move(loaded.value());
    }();
    return ctx;
}

const app::AccessInputs& inputs() {
    static const app::AccessInputs in = [] {
        auto catalogue = app::findCatalogue("");
        if (!catalogue) std::abort();
        auto loaded = app::loadAccessInputs(aid(), catalogue.value(), "", app::kGeneralPractice);
        if (!loaded) {
            std::fprintf(
                stderr, "bench_access: %s (run it from the repository root)\n", geo::describe(loaded.error()).c_str());
            std::abort();
        }
        return std::move(loaded.value());
    }();
    return in;
}

std::size_t mondoubleau() {
    static const std::size_t point = [] {
        auto p = app::accessPointOf(inputs().communes, aid().communes, "41143");
        if (!p) std::abort();
        return *p;
    }();
    return point;
}

void AccessBaseline(benchmark::State& state) {
    const auto& in = inputs();
    std::size_t pairs = 0;
    for (auto _ : state) {
        app::AccessLab lab(in.communes, in.supply, {}, true);
        pairs = lab.pairCount();
        benchmark::DoNotOptimize(lab.scale());
    }
    state.counters["pairs"] = static_cast<double>(pairs);
    state.counters["communes"] = static_cast<double>(in.communes.size());
}
BENCHMARK(AccessBaseline)->Unit(benchmark::kMillisecond);

void AccessCatchmentsOnly(benchmark::State& state) {
    for (auto _ : state) benchmark::DoNotOptimize(app::buildCatchments(inputs().communes.lonLat, {}));
}
BENCHMARK(AccessCatchmentsOnly)->Unit(benchmark::kMillisecond);

// +2 GPs in Mondoubleau, then −2: two changes per iteration, each one catchment.
void AccessOneCommuneChange(benchmark::State& state) {
    const auto& in = inputs();
    app::AccessLab lab(in.communes, in.supply, {}, true);
    const std::size_t j = mondoubleau();
    for (auto _ : state) {
        if (!lab.apply(j, {"41143", 2})) std::abort();
        if (!lab.apply(j, {"41143", -2})) std::abort();
        benchmark::DoNotOptimize(lab.current(j));
    }
    state.SetItemsProcessed(state.iterations() * 2);
}
BENCHMARK(AccessOneCommuneChange)->Unit(benchmark::kMicrosecond);

// The reference: the same change answered by recomputing demand and accessibility everywhere.
void AccessOneCommuneChangeByFullRecompute(benchmark::State& state) {
    const auto& in = inputs();
    const app::Catchments c = app::buildCatchments(in.communes.lonLat, {});
    std::vector<double> supply = in.supply;
    const std::size_t j = mondoubleau();
    for (auto _ : state) {
        supply[j] += 2;
        benchmark::DoNotOptimize(app::computeAccess(c, in.communes.population, supply));
        supply[j] -= 2;
        benchmark::DoNotOptimize(app::computeAccess(c, in.communes.population, supply));
    }
    state.SetItemsProcessed(state.iterations() * 2);
}
BENCHMARK(AccessOneCommuneChangeByFullRecompute)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();

// The whole `santemap info FILE --load` process against the whole `ogr2ogr -f Memory` process on
// the full-France GeoPackage, alternated; medians of the pairs, and peak memory of santemap.
#include <benchmark/benchmark.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fcntl.h>
#include <algorithm>
#include <chrono>
#include <vector>

#include "france_data.hpp"

namespace {

struct ProcessRun {
    double seconds = 0;
    double peakRssMb = 0;
};

// Runs a program with its output discarded; wall time and peak resident memory from wait4.
ProcessRun runProcess(std::vector<std::string> argv) {
    std::vector<char*> args;
    for (auto& a : argv) args.push_back(a.data());
    args.push_back(nullptr);
    const auto t0 = std::chrono::steady_clock::now();
    pid_t pid = fork();
    if (pid == 0) {
        int devnull = open("/dev/null", O_WRONLY);
        dup2(devnull, 1);
        dup2(devnull, 2);
        execvp(args[0], args.data());
        _exit(127);
    }
    int status = 0;
    rusage ru{};
    wait4(pid, &status, 0, &ru);
    ProcessRun r;
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    r.peakRssMb = static_cast<double>(ru.ru_maxrss) / 1024.0;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) r.seconds = -1;
    return r;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

void LoadFranceVsOgr2ogr(benchmark::State& state) {
    const std::string gpkg = bench::franceGeoPackage();
    std::vector<double> ours, gdal, ratio, rss, gdalRss;
    for (auto _ : state) {
        // Alternate which runs first, so that neither always gets the warmer cache.
        const bool oursFirst = ours.size() % 2 == 0;
        ProcessRun a, b;
        if (oursFirst) a = runProcess({SANTEMAP_BIN, "info", gpkg, "--load"});
        b = runProcess({"ogr2ogr", "-f", "Memory", "/vsimem/x", gpkg});
        if (!oursFirst) a = runProcess({SANTEMAP_BIN, "info", gpkg, "--load"});
        if (a.seconds < 0 || b.seconds < 0) {
            state.SkipWithError("a process failed");
            break;
        }
        state.SetIterationTime(a.seconds);
        ours.push_back(a.seconds);
        gdal.push_back(b.seconds);
        ratio.push_back(a.seconds / b.seconds);
        rss.push_back(a.peakRssMb);
        gdalRss.push_back(b.peakRssMb);
    }
    state.counters["santemap_s"] = median(ours);
    state.counters["ogr2ogr_s"] = median(gdal);
    state.counters["ratio"] = median(ratio);
    state.counters["santemap_peak_mb"] = median(rss);
    state.counters["ogr2ogr_peak_mb"] = median(gdalRss);
}
BENCHMARK(LoadFranceVsOgr2ogr)->UseManualTime()->Iterations(15)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();

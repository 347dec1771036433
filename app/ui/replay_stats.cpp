// Replay statistics as JSON, written to a temporary file then renamed.
#include "replay_stats.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "geo/output_file.hpp"

namespace app {

double nearestRank(std::vector<double> values, double p) {
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(values.size())));
    return values[std::clamp<std::size_t>(rank, 1, values.size()) - 1];
}

geo::Status writeReplayStats(const std::string& path,
                             double launchToTerritoryS,
                             const std::vector<FrameRecord>& frames,
                             const std::vector<ReplayDriver::Latency>& latencies) {
    nlohmann::ordered_json out;
    out["launch_to_territory_s"] = launchToTerritoryS;
    out["frames"] = nlohmann::ordered_json::array();
    std::vector<double> finish, latency;
    for (const auto& f : frames) {
        nlohmann::ordered_json passes = nlohmann::ordered_json::object();
        for (const auto& [name, ms] : f.passesMs) passes[name] = ms;
        out["frames"].push_back({{"cpu_ms", f.cpuMs}, {"finish_ms", f.finishMs}, {"passes_ms", passes}});
        finish.push_back(f.finishMs);
    }
    out["events"] = nlohmann::ordered_json::array();
    for (const auto& l : latencies) {
        out["events"].push_back({{"type", replayTypeName(l.type)}, {"latency_ms", l.ms}});
        latency.push_back(l.ms);
    }
    out["summary"] = {{"frame_ms", {{"median", nearestRank(finish, 50)}, {"p95", nearestRank(finish, 95)}}},
                      {"latency_ms", {{"median", nearestRank(latency, 50)}, {"p95", nearestRank(latency, 95)}}}};
    return geo::writeFileAtomically(path, out.dump(2) + "\n");
}

}  // namespace app

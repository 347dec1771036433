// The statistics a replay writes (`--stats STATS.json`): launch time, every frame after the
// territory is drawn with its passes, every event's latency, and medians and 95th percentiles
// (nearest rank).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "geo/result.hpp"
#include "replay_driver.hpp"

namespace app {

struct FrameRecord {
    double cpuMs = 0;     // the frame's work on the CPU (waits for the GL left out)
    double finishMs = 0;  // from the start of its work to glFinish
    std::map<std::string, double> passesMs;
};

// The value at percentile p (0-100] of `values` by nearest rank; 0 when empty.
double nearestRank(std::vector<double> values, double p);

geo::Status writeReplayStats(const std::string& path,
                             double launchToTerritoryS,
                             const std::vector<FrameRecord>& frames,
                             const std::vector<ReplayDriver::Latency>& latencies);

}  // namespace app

// A what-if scenario of the accessibility lab as a file (issue 13):
//   {"name": "Deux médecins à Mondoubleau", "changes": [{"commune": "41143", "delta": 2}, ...]}
// `delta` is a signed whole number of practitioners. Written atomically (write, fsync, rename).
#pragma once

#include <string>
#include <vector>

#include "access_lab.hpp"
#include "geo/result.hpp"

namespace app {

struct Scenario {
    std::string name;
    std::vector<SupplyChange> changes;
    bool operator==(const Scenario&) const = default;
};

// Errors name the file and, for a bad change, its position and what is wrong with it.
geo::Result<Scenario> readScenario(const std::string& path);
geo::Status writeScenario(const std::string& path, const Scenario& scenario);

}  // namespace app

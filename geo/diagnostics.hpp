// Warnings gathered while reading: one line per problem, printed by the caller.
#pragma once

#include <string>
#include <vector>

namespace geo {

struct Diagnostics {
    std::vector<std::string> warnings;
    void warn(std::string message) { warnings.push_back(std::move(message)); }
};

}  // namespace geo

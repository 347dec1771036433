// `info` of one source as JSON, shared by `santemap info` and the default-territory summary.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "cli_args.hpp"

namespace app {

// Fills `out` and returns 0, or prints the error and returns the exit code.
int sourceInfo(const std::string& source, const Args& args, nlohmann::ordered_json& out);

}  // namespace app

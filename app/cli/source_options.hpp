// Options shared by the subcommands that read a source: --data, --layer, CSV geometry columns.
#pragma once

#include <set>
#include <string>

#include "cli_args.hpp"
#include "geo/result.hpp"
#include "geo/source.hpp"

namespace app {

inline const std::set<std::string> kSourceOptions = {"data", "layer", "x", "y", "wkt"};

geo::OpenOptions openOptionsFrom(const Args& args);

// The source resolved through the data search path (as given when nothing matches, so that
// the open error names what the user typed).
std::string resolveSource(const std::string& source, const Args& args);

}  // namespace app

// The finder's state applied to the map: the communes' colouring and visibility, the listings'
// visibility. Rewrites styles and attribute columns, never meshes.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/finder.hpp"
#include "map_model.hpp"

namespace app {

// Rewrites the communes' colouring and the listings' visibility for `state`; returns the layers
// whose colours changed (to restyle on the GL thread). `communesBase` is the communes' catalogue
// style, before any indicator.
// `colouring`, when given, replaces the one `state` asks for (the accessibility lab's).
std::vector<std::size_t> applyFinder(FinderState& state,
                                     MapModel& model,
                                     const LayerSpec& communesBase,
                                     const CommuneColouring* colouring = nullptr);

}  // namespace app

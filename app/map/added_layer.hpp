// A layer a user adds by path (or drops on the window): a colour no other layer on the map uses,
// and its file name in the sources line.
#pragma once

#include <string>
#include <vector>

#include "map_layers.hpp"
#include "scene.hpp"

namespace app {

// The spec of a layer added from `source`, styled apart from the layers `onMap`.
LayerSpec addedLayerSpec(const std::string& source, const std::vector<MapLayer>& onMap);

// The colour each layer is drawn with (its fill, or its markers' colour), for telling layers apart.
std::vector<render::Rgba> layerColours(const std::vector<MapLayer>& layers);

}  // namespace app

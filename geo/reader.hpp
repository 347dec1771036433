// Reading OGR layers: whole layers into memory (for the map), or streamed with bounded
// memory into a description (for `santemap info` on files of any size).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "diagnostics.hpp"
#include "layer.hpp"
#include "result.hpp"
#include "source.hpp"

namespace geo {

// Indices of the layers to read: all of them, or the one named `only` (an error if unknown).
Result<std::vector<int>> selectLayers(const OpenedSource& source, const std::string& only);

// Reads a layer with attributes and geometry in its source CRS; checks that CRS against the coordinates.
Result<Layer> readLayer(const OpenedSource& source, int index, Diagnostics& diag);

struct LayerDescription {
    std::string name;
    std::int64_t featureCount = 0;
    std::string geometryType;
    std::string crsLabel;  // "" when the source declares none
    Box extentLonLat;      // every vertex, reprojected to EPSG:4326
    std::vector<Field> fields;
};

// One streaming pass over a layer: memory stays bounded whatever the file size.
Result<LayerDescription> describeLayer(const OpenedSource& source, int index, Diagnostics& diag);

}  // namespace geo

namespace geo {

// The same description, computed from a layer already in memory (no second pass over the file).
Result<LayerDescription> describeLoaded(const Layer& layer);

}  // namespace geo

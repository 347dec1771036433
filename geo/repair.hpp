// Repair of invalid polygons with GDAL's MakeValid (GEOS), on the flat geometry arrays.
#pragma once

#include "layer.hpp"
#include "result.hpp"

namespace geo {

// Returns a valid version of one polygon feature of `g` (its polygon parts only; lines and
// points that MakeValid may produce from collapsed rings are dropped).
Result<LayerGeometry> repairPolygonFeature(const LayerGeometry& g, std::size_t feature);

}  // namespace geo

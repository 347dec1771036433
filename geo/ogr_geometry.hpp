// Copies OGR geometries into the flat LayerGeometry arrays (internal to geo/).
#pragma once

#include <cstddef>

#include "layer.hpp"

class OGRGeometry;

namespace geo {

// What was odd in the geometries copied so far; turned into warnings by the readers.
struct GeometryIssues {
    std::size_t nullGeometries = 0;
    std::size_t emptyGeometries = 0;
    std::size_t unclosedRings = 0;
    std::size_t degenerateRings = 0;     // fewer than 3 distinct vertices: dropped
    std::size_t droppedMixedParts = 0;   // parts of another kind than the feature's first part
    std::size_t nonFiniteVertices = 0;   // NaN or infinite coordinates: feature dropped
};

// Appends one feature (possibly without geometry) to `out`. Curves are linearised, Z and M dropped.
void appendFeatureGeometry(const OGRGeometry* geometry, LayerGeometry& out, GeometryIssues& issues);

}  // namespace geo

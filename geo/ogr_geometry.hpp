// Copies OGR geometries into the flat LayerGeometry arrays (internal to geo/).
#pragma once

#include <cstddef>
#include <memory>

#include "layer.hpp"

class OGRGeometry;
class OGRMultiPolygon;

namespace geo {

// What was odd in the geometries copied so far; turned into warnings by the readers.
struct GeometryIssues {
    std::size_t nullGeometries = 0;
    std::size_t emptyGeometries = 0;
    std::size_t unclosedRings = 0;
    std::size_t degenerateRings = 0;    // fewer than 3 distinct vertices: dropped
    std::size_t droppedMixedParts = 0;  // parts of another kind than the feature's first part
    std::size_t nonFiniteVertices = 0;  // NaN or infinite coordinates: feature dropped
};

// Appends one feature (possibly without geometry) to `out`. Curves are linearised, Z and M dropped.
void appendFeatureGeometry(const OGRGeometry* geometry, LayerGeometry& out, GeometryIssues& issues);

// The polygon parts of feature f as one OGR multipolygon (rings closed again), for GEOS operations.
std::unique_ptr<OGRMultiPolygon> toOgrMultiPolygon(const LayerGeometry& g, std::size_t f);

}  // namespace geo

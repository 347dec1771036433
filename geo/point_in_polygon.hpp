// Exact point-in-polygon on the flat geometry arrays: holes respected, boundary counts as inside.
#pragma once

#include "layer.hpp"

namespace geo {

// Inside one polygon part (outer ring minus holes). A point on an edge is inside, so that a
// point on a border shared by two communes is in both.
bool partContains(const LayerGeometry& g, std::size_t part, double x, double y);

// Inside any polygon part of a feature (false for points and lines).
bool featureContains(const LayerGeometry& g, std::size_t feature, double x, double y);

}  // namespace geo

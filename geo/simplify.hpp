// Topology-aware simplification of polygon layers for the coarser zoom levels: rings are cut into
// arcs at junctions (vertices where the neighbours of a border change), each shared arc is
// simplified once (Douglas–Peucker, in a canonical direction) so that neighbouring communes keep
// exactly the same border: no gaps, no slivers — the way topology-aware simplifiers such as
// mapshaper work.
#pragma once

#include "layer.hpp"

namespace geo {

// Polygon features simplified to `tolerance` (display units); other features are copied as they
// are. Rings that shrink below 3 vertices are dropped (their feature is below a pixel).
LayerGeometry simplifyShared(const LayerGeometry& g, double tolerance);

}  // namespace geo

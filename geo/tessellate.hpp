// Polygon tessellation by ear clipping (the earcut method: holes bridged into the outer ring,
// z-order hashing for big rings, intersection curing and splitting as fallbacks).
#pragma once

#include <cstdint>
#include <vector>

#include "types.hpp"

namespace geo {

struct TessellationScratch;  // reusable buffers, one per thread

// What the ear clipper may spend on a polygon, in vertices visited: enough for every commune of
// France (the most any needed: see tests/geo/tessellate_test.cpp), and a bound on the worst rings.
constexpr std::uint64_t kWorkBase = 100000, kWorkPerVertex = 64;

struct TessellationOutcome {
    // True when the exact triangulation cost more than its budget and the polygon was filled
    // from its outline kept to within `tolerance` (the triangles cover that outline, not exactly
    // the polygon): the caller says so.
    bool simplified = false;
    double tolerance = 0;
    std::size_t keptVertices = 0;
    std::uint64_t work = 0;  // vertices visited, for measuring the budget
};

class Tessellator {
public:
    Tessellator();
    ~Tessellator();
    Tessellator(const Tessellator&) = delete;
    Tessellator& operator=(const Tessellator&) = delete;

    // Triangulates one polygon: `ringCount` rings (outer first, then holes, any orientation,
    // stored open) whose vertices are vertices[ringStart[r]] .. vertices[ringStart[r+1]-1].
    // Appends triangles as triples of indices into `vertices` (counter-clockwise). Bounded in
    // time: past its budget the polygon is filled from a simplified outline (see the outcome).
    TessellationOutcome polygon(const Vec2* vertices,
                                const std::uint32_t* ringStart,
                                std::size_t ringCount,
                                std::vector<std::uint32_t>& triangles);

private:
    TessellationScratch* m_scratch;
};

}  // namespace geo

// Polygon tessellation by ear clipping (the earcut method: holes bridged into the outer ring,
// z-order hashing for big rings, intersection curing and splitting as fallbacks).
#pragma once

#include <cstdint>
#include <vector>

#include "types.hpp"

namespace geo {

struct TessellationScratch;  // reusable buffers, one per thread

class Tessellator {
public:
    Tessellator();
    ~Tessellator();
    Tessellator(const Tessellator&) = delete;
    Tessellator& operator=(const Tessellator&) = delete;

    // Triangulates one polygon: `ringCount` rings (outer first, then holes, any orientation,
    // stored open) whose vertices are vertices[ringStart[r]] .. vertices[ringStart[r+1]-1].
    // Appends triangles as triples of indices into `vertices` (counter-clockwise).
    void polygon(const Vec2* vertices,
                 const std::uint32_t* ringStart,
                 std::size_t ringCount,
                 std::vector<std::uint32_t>& triangles);

private:
    TessellationScratch* m_scratch;
};

}  // namespace geo

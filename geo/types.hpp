// Plain geometric value types and the coordinate spaces they live in.
//
// Coordinate spaces (each value says which one it is in):
//
//   source    the CRS the file declares (or EPSG:4326 when it declares none and the
//             coordinates are plausible longitude/latitude). Attributes and exact
//             point-in-polygon queries stay here, so answers match GDAL's own.
//   lonlat    WGS 84 longitude, latitude in degrees, always x = longitude.
//   display   the map CRS in metres (default Lambert-93, EPSG:2154), x east, y north.
//   local     display minus a layer origin, as float for the GPU (render/, not here).
#pragma once

#include <algorithm>
#include <cstdint>
#include <limits>

namespace geo {

struct Vec2 {
    double x = 0;
    double y = 0;
};

// Axis-aligned box; default-constructed is empty and grows with expand().
struct Box {
    double minX = std::numeric_limits<double>::infinity();
    double minY = std::numeric_limits<double>::infinity();
    double maxX = -std::numeric_limits<double>::infinity();
    double maxY = -std::numeric_limits<double>::infinity();

    bool empty() const { return minX > maxX || minY > maxY; }
    void expand(double x, double y) {
        minX = std::min(minX, x);
        minY = std::min(minY, y);
        maxX = std::max(maxX, x);
        maxY = std::max(maxY, y);
    }
    void expand(const Box& b) {
        if (b.empty()) return;
        expand(b.minX, b.minY);
        expand(b.maxX, b.maxY);
    }
    bool intersects(const Box& b) const { return !(b.minX > maxX || b.maxX < minX || b.minY > maxY || b.maxY < minY); }
    bool contains(double x, double y) const { return x >= minX && x <= maxX && y >= minY && y <= maxY; }
};

}  // namespace geo

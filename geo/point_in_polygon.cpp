// Crossing-number test over all rings of a part (even-odd), with an on-edge check first.
#include "point_in_polygon.hpp"

#include <algorithm>

namespace geo {

namespace {

bool onSegment(const Vec2& a, const Vec2& b, double x, double y) {
    const double crossv = (b.x - a.x) * (y - a.y) - (b.y - a.y) * (x - a.x);
    if (crossv != 0) return false;
    return x >= std::min(a.x, b.x) && x <= std::max(a.x, b.x) && y >= std::min(a.y, b.y) && y <= std::max(a.y, b.y);
}

}  // namespace

bool partContains(const LayerGeometry& g, std::size_t part, double x, double y) {
    bool inside = false;
    for (std::uint32_t r = g.partStart[part]; r < g.partStart[part + 1]; ++r) {
        const std::uint32_t begin = g.ringStart[r], end = g.ringStart[r + 1];
        for (std::uint32_t i = begin, j = end - 1; i < end; j = i++) {
            const Vec2& a = g.vertices[i];
            const Vec2& b = g.vertices[j];
            if (onSegment(a, b, x, y)) return true;
            if ((a.y > y) != (b.y > y) && x < (b.x - a.x) * (y - a.y) / (b.y - a.y) + a.x) inside = !inside;
        }
    }
    return inside;
}

bool featureContains(const LayerGeometry& g, std::size_t feature, double x, double y) {
    if (g.kind[feature] != GeomKind::Polygon) return false;
    for (std::uint32_t p = g.featureStart[feature]; p < g.featureStart[feature + 1]; ++p)
        if (partContains(g, p, x, y)) return true;
    return false;
}

}  // namespace geo

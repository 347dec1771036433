// Junction detection with a hash of coordinates, Douglas–Peucker per arc.
#include "simplify.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <unordered_map>

namespace geo {

namespace {

struct PointHash {
    std::size_t operator()(const Vec2& p) const {
        std::uint64_t a, b;
        std::memcpy(&a, &p.x, 8);
        std::memcpy(&b, &p.y, 8);
        return static_cast<std::size_t>(a * 0x9E3779B97F4A7C15ull ^ (b + 0x7F4A7C159E3779B9ull + (a << 6) + (a >> 2)));
    }
};
struct PointEq {
    bool operator()(const Vec2& a, const Vec2& b) const { return a.x == b.x && a.y == b.y; }
};

struct PointInfo {
    std::uint32_t n1 = UINT32_MAX, n2 = UINT32_MAX;  // neighbour pair of the first occurrence (sorted)
    bool junction = false;
};

bool lessPoint(const Vec2& a, const Vec2& b) { return a.x != b.x ? a.x < b.x : a.y < b.y; }

// Douglas–Peucker keeping both ends; marks kept points.
void douglasPeucker(const std::vector<Vec2>& pts, double tolerance, std::vector<char>& keep) {
    keep.assign(pts.size(), 0);
    if (pts.empty()) return;
    keep.front() = keep.back() = 1;
    std::vector<std::pair<std::size_t, std::size_t>> stack{{0, pts.size() - 1}};
    const double tol2 = tolerance * tolerance;
    while (!stack.empty()) {
        auto [a, b] = stack.back();
        stack.pop_back();
        if (b <= a + 1) continue;
        const Vec2 p = pts[a], q = pts[b];
        const double dx = q.x - p.x, dy = q.y - p.y, len2 = dx * dx + dy * dy;
        double best = -1;
        std::size_t at = a;
        for (std::size_t i = a + 1; i < b; ++i) {
            double d2;
            if (len2 == 0) {
                d2 = (pts[i].x - p.x) * (pts[i].x - p.x) + (pts[i].y - p.y) * (pts[i].y - p.y);
            } else {
                const double c = (pts[i].x - p.x) * dy - (pts[i].y - p.y) * dx;
                d2 = c * c / len2;
            }
            if (d2 > best) {
                best = d2;
                at = i;
            }
        }
        if (best > tol2) {
            keep[at] = 1;
            stack.emplace_back(a, at);
            stack.emplace_back(at, b);
        }
    }
}

// Simplifies one arc in a direction that does not depend on which ring walks it.
void simplifyArc(std::vector<Vec2>& arc, double tolerance, std::vector<char>& keep, std::vector<Vec2>& out) {
    const bool reverse = lessPoint(arc.back(), arc.front()) || (!lessPoint(arc.front(), arc.back()) && arc.size() > 2 &&
                                                                lessPoint(arc[arc.size() - 2], arc[1]));
    if (reverse) std::reverse(arc.begin(), arc.end());
    douglasPeucker(arc, tolerance, keep);
    std::vector<Vec2> kept;
    for (std::size_t i = 0; i < arc.size(); ++i)
        if (keep[i]) kept.push_back(arc[i]);
    if (reverse) std::reverse(kept.begin(), kept.end());
    // The arc's last point starts the next arc: leave it out here.
    out.insert(out.end(), kept.begin(), kept.end() - 1);
}

}  // namespace

LayerGeometry simplifyShared(const LayerGeometry& g, double tolerance) {
    // 1. Unique points and junctions.
    std::unordered_map<Vec2, std::uint32_t, PointHash, PointEq> ids;
    ids.reserve(g.vertices.size());
    std::vector<std::uint32_t> idOf(g.vertices.size(), UINT32_MAX);
    for (std::size_t f = 0; f < g.featureCount(); ++f) {
        if (g.kind[f] != GeomKind::Polygon) continue;
        const std::uint32_t v0 = g.firstVertexIndex(f);
        const std::uint32_t v1 = g.firstVertexIndex(f + 1);
        for (std::uint32_t v = v0; v < v1; ++v)
            idOf[v] = ids.try_emplace(g.vertices[v], static_cast<std::uint32_t>(ids.size())).first->second;
    }
    std::vector<PointInfo> info(ids.size());
    for (std::size_t r = 0; r < g.ringCount(); ++r) {
        const std::uint32_t b = g.ringStart[r], e = g.ringStart[r + 1];
        if (e - b < 3 || idOf[b] == UINT32_MAX) continue;
        for (std::uint32_t v = b; v < e; ++v) {
            std::uint32_t p = idOf[v == b ? e - 1 : v - 1], n = idOf[v + 1 < e ? v + 1 : b];
            if (p > n) std::swap(p, n);
            PointInfo& pi = info[idOf[v]];
            if (pi.n1 == UINT32_MAX) {
                pi.n1 = p;
                pi.n2 = n;
            } else if (pi.n1 != p || pi.n2 != n) {
                pi.junction = true;
            }
        }
    }

    // 2. Rings rebuilt from simplified arcs.
    LayerGeometry out;
    out.vertices.reserve(g.vertices.size() / 2);
    std::vector<Vec2> arc, ring;
    std::vector<char> keep;
    for (std::size_t f = 0; f < g.featureCount(); ++f) {
        if (g.kind[f] != GeomKind::Polygon) {
            out.appendFeature(g, f);
            continue;
        }
        out.beginFeature(GeomKind::Polygon);
        for (std::uint32_t p = g.featureStart[f]; p < g.featureStart[f + 1]; ++p) {
            bool outerKept = false;
            for (std::uint32_t r = g.partStart[p]; r < g.partStart[p + 1]; ++r) {
                const std::uint32_t b = g.ringStart[r], e = g.ringStart[r + 1];
                const std::uint32_t n = e - b;
                // Where to start: a junction, else (a ring shared whole, as an enclave and its
                // host's hole) the smallest point, so that both rings cut it the same way.
                std::uint32_t start = UINT32_MAX;
                for (std::uint32_t v = b; v < e && start == UINT32_MAX; ++v)
                    if (info[idOf[v]].junction) start = v - b;
                const bool loop = start == UINT32_MAX;
                if (loop) {
                    start = 0;
                    for (std::uint32_t k = 1; k < n; ++k)
                        if (lessPoint(g.vertices[b + k], g.vertices[b + start])) start = k;
                }
                ring.clear();
                arc.clear();
                arc.push_back(g.vertices[b + start]);
                for (std::uint32_t k = 1; k <= n; ++k) {
                    const std::uint32_t v = b + (start + k) % n;
                    arc.push_back(g.vertices[v]);
                    // A closed loop is cut at its point farthest from the start too.
                    bool cut = k == n || info[idOf[v]].junction;
                    if (loop && k == n / 2) cut = true;
                    if (cut) {
                        simplifyArc(arc, tolerance, keep, ring);
                        arc.assign(1, g.vertices[v]);
                    }
                }
                if (ring.size() < 3 || (r != g.partStart[p] && !outerKept)) {
                    if (r == g.partStart[p]) outerKept = false;
                    continue;
                }
                if (r == g.partStart[p]) outerKept = true;
                out.vertices.insert(out.vertices.end(), ring.begin(), ring.end());
                out.endRing();
            }
            if (outerKept) out.endPart();
        }
        if (out.partStart.size() - 1 == out.featureStart.back()) out.kind.back() = GeomKind::None;
        out.endFeature();
    }
    return out;
}

}  // namespace geo

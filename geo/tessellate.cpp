// Ear clipping over an index-linked vertex list. Coordinates stay double: Lambert-93 values
// (~1e6 m) keep centimetre precision, and the orientation tests below stay consistent.
#include "tessellate.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace geo {

namespace {

constexpr std::int32_t kNone = -1;

struct Node {
    double x, y;
    std::uint32_t i;  // index into the caller's vertex array
    std::int32_t prev, next;
    std::int32_t prevZ = kNone, nextZ = kNone;
    std::uint32_t z = 0;
    bool steiner = false;
};

// > 0 when p, q, r turn counter-clockwise (r left of p→q).
inline double cross(const Node& p, const Node& q, const Node& r) {
    return (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x);
}

inline bool samePoint(const Node& a, const Node& b) { return a.x == b.x && a.y == b.y; }

inline int sign(double v) { return (v > 0) - (v < 0); }

}  // namespace

struct TessellationScratch {
    std::vector<Node> nodes;
    std::vector<std::pair<std::uint32_t, std::int32_t>> order;  // (z, node): z-order sorting buffer
    std::vector<std::pair<double, std::int32_t>> holes;
    std::vector<std::uint32_t>* out = nullptr;
    bool hashing = false;
    double minX = 0, minY = 0, invSize = 0;
    // Work done on this polygon (vertices visited by ear tests, diagonal checks and bridges) and
    // what it may spend: no ear clipper is n log n on every ring (a 1,000,000-vertex star did not
    // finish in 600 s), so past its budget a polygon is abandoned and Tessellator falls back.
    std::uint64_t work = 0, budget = std::numeric_limits<std::uint64_t>::max();
    bool aborted = false;
    bool spend(std::uint64_t units = 1) {
        work += units;
        if (work > budget) aborted = true;
        return !aborted;
    }

    Node& n(std::int32_t k) { return nodes[static_cast<std::size_t>(k)]; }

    std::int32_t insert(std::uint32_t i, double x, double y, std::int32_t last) {
        const auto k = static_cast<std::int32_t>(nodes.size());
        nodes.push_back(Node{x, y, i, k, k});
        if (last != kNone) {
            Node& p = n(last);
            nodes.back().next = p.next;
            nodes.back().prev = last;
            n(p.next).prev = k;
            p.next = k;
        }
        return k;
    }

    void remove(std::int32_t k) {
        Node& p = n(k);
        n(p.next).prev = p.prev;
        n(p.prev).next = p.next;
        if (p.prevZ != kNone) n(p.prevZ).nextZ = p.nextZ;
        if (p.nextZ != kNone) n(p.nextZ).prevZ = p.prevZ;
    }

    // Builds a circular list of a ring, counter-clockwise when ccw is true, else clockwise.
    std::int32_t ring(const Vec2* v, std::uint32_t begin, std::uint32_t end, bool ccw) {
        double area2 = 0;
        for (std::uint32_t a = begin, b = end - 1; a < end; b = a++) area2 += (v[b].x - v[a].x) * (v[a].y + v[b].y);
        std::int32_t last = kNone;
        if ((area2 > 0) == ccw) {
            for (std::uint32_t a = begin; a < end; ++a) last = insert(a, v[a].x, v[a].y, last);
        } else {
            for (std::uint32_t a = end; a-- > begin;) last = insert(a, v[a].x, v[a].y, last);
        }
        if (last != kNone && samePoint(n(last), n(n(last).next))) {
            std::int32_t nx = n(last).next;
            remove(last);
            last = nx;
        }
        return last;
    }

    // Removes duplicate and collinear vertices between start and end.
    std::int32_t filter(std::int32_t start, std::int32_t end = kNone) {
        if (start == kNone) return start;
        if (end == kNone) end = start;
        std::int32_t p = start;
        bool again;
        do {
            again = false;
            if (!spend()) return start;
            Node& pn = n(p);
            if (!pn.steiner && (samePoint(pn, n(pn.next)) || cross(n(pn.prev), pn, n(pn.next)) == 0)) {
                remove(p);
                p = end = pn.prev;
                if (p == n(p).next) break;
                again = true;
            } else {
                p = pn.next;
            }
        } while (again || p != end);
        return end;
    }

    std::uint32_t zOrder(double x, double y) const {
        auto ix = static_cast<std::uint32_t>((x - minX) * invSize);
        auto iy = static_cast<std::uint32_t>((y - minY) * invSize);
        ix = (ix | (ix << 8)) & 0x00FF00FF;
        ix = (ix | (ix << 4)) & 0x0F0F0F0F;
        ix = (ix | (ix << 2)) & 0x33333333;
        ix = (ix | (ix << 1)) & 0x55555555;
        iy = (iy | (iy << 8)) & 0x00FF00FF;
        iy = (iy | (iy << 4)) & 0x0F0F0F0F;
        iy = (iy | (iy << 2)) & 0x33333333;
        iy = (iy | (iy << 1)) & 0x55555555;
        return ix | (iy << 1);
    }

    // Links the remaining vertices in z-order so that ear tests only visit nearby points.
    void indexCurve(std::int32_t start) {
        order.clear();
        std::int32_t p = start;
        do {
            Node& pn = n(p);
            pn.z = zOrder(pn.x, pn.y);
            order.emplace_back(pn.z, p);
            p = pn.next;
        } while (p != start);
        // Sorting (z, node) pairs keeps the keys in cache, unlike sorting node indices by n(i).z.
        std::sort(order.begin(), order.end());
        for (std::size_t k = 0; k < order.size(); ++k) {
            Node& pn = n(order[k].second);
            pn.prevZ = k > 0 ? order[k - 1].second : kNone;
            pn.nextZ = k + 1 < order.size() ? order[k + 1].second : kNone;
        }
    }

    static bool inTriangle(const Node& a, const Node& b, const Node& c, const Node& p) {
        return cross(a, b, p) >= 0 && cross(b, c, p) >= 0 && cross(c, a, p) >= 0;
    }

    // A reflex (or flat) vertex inside the candidate ear means the ear would cover part of the outside.
    bool blocks(const Node& a, const Node& b, const Node& c, std::int32_t k, std::int32_t ia, std::int32_t ic) {
        if (k == ia || k == ic) return false;
        const Node& p = n(k);
        if (samePoint(p, a)) return false;
        return inTriangle(a, b, c, p) && cross(n(p.prev), p, n(p.next)) <= 0;
    }

    bool isEar(std::int32_t e) {
        const Node& b = n(e);
        const std::int32_t ia = b.prev, ic = b.next;
        const Node& a = n(ia);
        const Node& c = n(ic);
        if (cross(a, b, c) <= 0) return false;  // reflex
        const double x0 = std::min({a.x, b.x, c.x}), y0 = std::min({a.y, b.y, c.y});
        const double x1 = std::max({a.x, b.x, c.x}), y1 = std::max({a.y, b.y, c.y});
        if (!hashing) {
            for (std::int32_t p = c.next; p != ia; p = n(p).next) {
                if (!spend()) return false;
                const Node& pn = n(p);
                if (pn.x >= x0 && pn.x <= x1 && pn.y >= y0 && pn.y <= y1 && blocks(a, b, c, p, ia, ic)) return false;
            }
            return true;
        }
        const std::uint32_t minZ = zOrder(x0, y0), maxZ = zOrder(x1, y1);
        std::int32_t p = b.prevZ, q = b.nextZ;
        auto test = [&](std::int32_t k) {
            if (!spend()) return true;  // abandoned: no more ears
            const Node& pn = n(k);
            return pn.x >= x0 && pn.x <= x1 && pn.y >= y0 && pn.y <= y1 && blocks(a, b, c, k, ia, ic);
        };
        while (p != kNone && n(p).z >= minZ && q != kNone && n(q).z <= maxZ) {
            if (test(p)) return false;
            p = n(p).prevZ;
            if (test(q)) return false;
            q = n(q).nextZ;
        }
        while (p != kNone && n(p).z >= minZ) {
            if (test(p)) return false;
            p = n(p).prevZ;
        }
        while (q != kNone && n(q).z <= maxZ) {
            if (test(q)) return false;
            q = n(q).nextZ;
        }
        return true;
    }

    void emit(const Node& a, const Node& b, const Node& c) {
        out->push_back(a.i);
        out->push_back(b.i);
        out->push_back(c.i);
    }

    static bool onSegment(const Node& p, const Node& q, const Node& r) {
        return q.x <= std::max(p.x, r.x) && q.x >= std::min(p.x, r.x) && q.y <= std::max(p.y, r.y) &&
               q.y >= std::min(p.y, r.y);
    }

    static bool segmentsIntersect(const Node& p1, const Node& q1, const Node& p2, const Node& q2) {
        const int o1 = sign(cross(p1, q1, p2)), o2 = sign(cross(p1, q1, q2));
        const int o3 = sign(cross(p2, q2, p1)), o4 = sign(cross(p2, q2, q1));
        if (o1 != o2 && o3 != o4) return true;
        if (o1 == 0 && onSegment(p1, p2, q1)) return true;
        if (o2 == 0 && onSegment(p1, q2, q1)) return true;
        if (o3 == 0 && onSegment(p2, p1, q2)) return true;
        if (o4 == 0 && onSegment(p2, q1, q2)) return true;
        return false;
    }

    // Whether the diagonal a→b starts into the polygon's interior at a.
    bool locallyInside(std::int32_t ka, std::int32_t kb) {
        const Node& a = n(ka);
        const Node& b = n(kb);
        const Node& ap = n(a.prev);
        const Node& an = n(a.next);
        if (cross(ap, a, an) > 0) return cross(a, b, an) <= 0 && cross(a, ap, b) <= 0;
        return cross(a, b, ap) > 0 || cross(a, an, b) > 0;
    }

    bool middleInside(std::int32_t ka, std::int32_t kb) {
        const Node& a = n(ka);
        const Node& b = n(kb);
        const double px = (a.x + b.x) / 2, py = (a.y + b.y) / 2;
        bool inside = false;
        std::int32_t p = ka;
        do {
            spend();
            const Node& pn = n(p);
            const Node& nx = n(pn.next);
            if ((pn.y > py) != (nx.y > py) && nx.y != pn.y && px < (nx.x - pn.x) * (py - pn.y) / (nx.y - pn.y) + pn.x)
                inside = !inside;
            p = pn.next;
        } while (p != ka);
        return inside;
    }

    bool intersectsPolygon(std::int32_t ka, std::int32_t kb) {
        const Node& a = n(ka);
        const Node& b = n(kb);
        std::int32_t p = ka;
        do {
            if (!spend()) return true;
            const Node& pn = n(p);
            const Node& nx = n(pn.next);
            if (pn.i != a.i && nx.i != a.i && pn.i != b.i && nx.i != b.i && segmentsIntersect(pn, nx, a, b))
                return true;
            p = pn.next;
        } while (p != ka);
        return false;
    }

    bool validDiagonal(std::int32_t ka, std::int32_t kb) {
        const Node& a = n(ka);
        const Node& b = n(kb);
        if (n(a.next).i == b.i || n(a.prev).i == b.i || intersectsPolygon(ka, kb)) return false;
        if (locallyInside(ka, kb) && locallyInside(kb, ka) && middleInside(ka, kb) &&
            (cross(n(a.prev), a, n(b.prev)) != 0 || cross(a, n(b.prev), b) != 0))
            return true;
        return samePoint(a, b) && cross(n(a.prev), a, n(a.next)) < 0 && cross(n(b.prev), b, n(b.next)) < 0;
    }

    // Joins two vertices with a double diagonal; returns the copy of b on the new loop.
    std::int32_t split(std::int32_t ka, std::int32_t kb) {
        const std::int32_t a2 = static_cast<std::int32_t>(nodes.size());
        nodes.push_back(Node{n(ka).x, n(ka).y, n(ka).i, kNone, kNone});
        const std::int32_t b2 = static_cast<std::int32_t>(nodes.size());
        nodes.push_back(Node{n(kb).x, n(kb).y, n(kb).i, kNone, kNone});
        const std::int32_t an = n(ka).next, bp = n(kb).prev;
        n(ka).next = kb;
        n(kb).prev = ka;
        n(a2).next = an;
        n(an).prev = a2;
        n(b2).next = a2;
        n(a2).prev = b2;
        n(bp).next = b2;
        n(b2).prev = bp;
        return b2;
    }

    std::int32_t cureLocalIntersections(std::int32_t start) {
        std::int32_t p = start;
        do {
            const std::int32_t ka = n(p).prev;
            const std::int32_t kb = n(n(p).next).next;
            const Node& a = n(ka);
            const Node& b = n(kb);
            if (!samePoint(a, b) && segmentsIntersect(a, n(p), n(n(p).next), b) && locallyInside(ka, kb) &&
                locallyInside(kb, ka)) {
                emit(a, n(p), b);
                const std::int32_t pn = n(p).next;
                remove(p);
                remove(pn);
                p = start = kb;
            }
            p = n(p).next;
        } while (p != start);
        return filter(p);
    }

    void splitEarcut(std::int32_t start) {
        std::int32_t a = start;
        do {
            std::int32_t b = n(n(a).next).next;
            while (b != n(a).prev) {
                if (aborted) return;
                if (n(a).i != n(b).i && validDiagonal(a, b)) {
                    std::int32_t c = split(a, b);
                    a = filter(a, n(a).next);
                    c = filter(c, n(c).next);
                    earcut(a, 0);
                    earcut(c, 0);
                    return;
                }
                b = n(b).next;
            }
            a = n(a).next;
        } while (a != start);
    }

    void earcut(std::int32_t ear, int pass) {
        if (ear == kNone) return;
        if (pass == 0 && hashing) indexCurve(ear);
        std::int32_t stop = ear;
        while (n(ear).prev != n(ear).next) {
            if (!spend()) return;
            const std::int32_t prev = n(ear).prev, next = n(ear).next;
            if (isEar(ear)) {
                emit(n(prev), n(ear), n(next));
                remove(ear);
                // Skipping the next vertex gives fewer sliver triangles.
                ear = stop = n(next).next;
                continue;
            }
            ear = next;
            if (ear == stop) {
                if (pass == 0)
                    earcut(filter(ear), 1);
                else if (pass == 1)
                    earcut(cureLocalIntersections(filter(ear)), 2);
                else
                    splitEarcut(ear);
                break;
            }
        }
    }

    bool sectorContainsSector(std::int32_t km, std::int32_t kp) {
        const Node& m = n(km);
        const Node& p = n(kp);
        return cross(n(m.prev), m, n(p.prev)) > 0 && cross(n(p.next), m, n(m.next)) > 0;
    }

    // Finds a vertex of the outer loop that the hole's leftmost vertex can see, to the left.
    std::int32_t holeBridge(std::int32_t hole, std::int32_t outer) {
        const Node& h = n(hole);
        const double hx = h.x, hy = h.y;
        double qx = -std::numeric_limits<double>::infinity();
        std::int32_t m = kNone;
        std::int32_t p = outer;
        do {
            if (!spend()) return kNone;
            const Node& pn = n(p);
            const Node& nx = n(pn.next);
            if (hy <= pn.y && hy >= nx.y && nx.y != pn.y) {
                const double x = pn.x + (hy - pn.y) * (nx.x - pn.x) / (nx.y - pn.y);
                if (x <= hx && x > qx) {
                    qx = x;
                    m = pn.x < nx.x ? p : pn.next;
                    if (x == hx) return m;
                }
            }
            p = pn.next;
        } while (p != outer);
        if (m == kNone) return kNone;

        // Among the vertices inside the triangle (hole point, ray hit, m), take the one with the
        // smallest angle to the ray: it is visible from the hole point.
        const std::int32_t stop = m;
        const double mx = n(m).x, my = n(m).y;
        double tanMin = std::numeric_limits<double>::infinity();
        Node t1{hy < my ? hx : qx, hy, 0, 0, 0};
        Node t2{mx, my, 0, 0, 0};
        Node t3{hy < my ? qx : hx, hy, 0, 0, 0};
        p = m;
        do {
            spend();
            const Node& pn = n(p);
            const double d1 = cross(t1, t2, pn), d2 = cross(t2, t3, pn), d3 = cross(t3, t1, pn);
            const bool inside = (d1 >= 0 && d2 >= 0 && d3 >= 0) || (d1 <= 0 && d2 <= 0 && d3 <= 0);
            if (hx >= pn.x && pn.x >= mx && hx != pn.x && inside) {
                const double tan = std::abs(hy - pn.y) / (hx - pn.x);
                if (locallyInside(p, hole) &&
                    (tan < tanMin ||
                     (tan == tanMin && (pn.x > n(m).x || (pn.x == n(m).x && sectorContainsSector(m, p)))))) {
                    m = p;
                    tanMin = tan;
                }
            }
            p = pn.next;
        } while (p != stop);
        return m;
    }

    std::int32_t eliminateHole(std::int32_t hole, std::int32_t outer) {
        const std::int32_t bridge = holeBridge(hole, outer);
        if (bridge == kNone) return outer;
        const std::int32_t bridgeReverse = split(bridge, hole);
        filter(bridgeReverse, n(bridgeReverse).next);
        return filter(bridge, n(bridge).next);
    }
};

Tessellator::Tessellator() : m_scratch(new TessellationScratch) {}
Tessellator::~Tessellator() { delete m_scratch; }

namespace {

// The ear clipper over one polygon, within the scratch's budget (aborted when it is spent).
void clipEars(TessellationScratch& s,
              const Vec2* v,
              const std::uint32_t* ringStart,
              std::size_t ringCount,
              std::vector<std::uint32_t>& triangles) {
    if (ringCount == 0) return;
    s.nodes.clear();
    const std::size_t total = ringStart[ringCount] - ringStart[0];
    s.nodes.reserve(total + 4 * ringCount + 16);
    s.out = &triangles;

    std::int32_t outer = s.ring(v, ringStart[0], ringStart[1], true);
    if (outer == kNone || s.n(outer).next == s.n(outer).prev) return;

    if (ringCount > 1) {
        s.holes.clear();
        for (std::size_t r = 1; r < ringCount; ++r) {
            std::int32_t list = s.ring(v, ringStart[r], ringStart[r + 1], false);
            if (list == kNone) continue;
            if (list == s.n(list).next) s.n(list).steiner = true;
            // Leftmost vertex of the hole (lowest y among ties).
            std::int32_t left = list, p = list;
            do {
                const Node& pn = s.n(p);
                const Node& ln = s.n(left);
                if (pn.x < ln.x || (pn.x == ln.x && pn.y < ln.y)) left = p;
                p = pn.next;
            } while (p != list);
            s.holes.emplace_back(s.n(left).x, left);
        }
        std::sort(s.holes.begin(), s.holes.end(), [&](const auto& a, const auto& b) {
            if (a.first != b.first) return a.first < b.first;
            return s.n(a.second).y < s.n(b.second).y;
        });
        for (const auto& h : s.holes) {
            if (s.aborted) return;
            outer = s.eliminateHole(h.second, outer);
        }
    }

    s.hashing = total > 80;
    if (s.hashing) {
        double minX = v[ringStart[0]].x, minY = v[ringStart[0]].y, maxX = minX, maxY = minY;
        for (std::uint32_t k = ringStart[0]; k < ringStart[ringCount]; ++k) {
            minX = std::min(minX, v[k].x);
            minY = std::min(minY, v[k].y);
            maxX = std::max(maxX, v[k].x);
            maxY = std::max(maxY, v[k].y);
        }
        const double size = std::max(maxX - minX, maxY - minY);
        s.minX = minX;
        s.minY = minY;
        s.invSize = size != 0 ? 32767.0 / size : 0;
    }
    s.earcut(outer, 0);
}

// Keeps a ring's vertices at least `tolerance` apart (from the last one kept): O(n), and the
// vertices kept are the caller's own, so triangles still index its array.
void decimate(const Vec2* v,
              std::uint32_t begin,
              std::uint32_t end,
              double tolerance,
              std::vector<Vec2>& outVertices,
              std::vector<std::uint32_t>& outOriginal) {
    const std::size_t first = outVertices.size();
    const double t2 = tolerance * tolerance;
    for (std::uint32_t k = begin; k < end; ++k) {
        if (outVertices.size() > first) {
            const Vec2& last = outVertices.back();
            const double dx = v[k].x - last.x, dy = v[k].y - last.y;
            if (dx * dx + dy * dy < t2) continue;
        }
        outVertices.push_back(v[k]);
        outOriginal.push_back(k);
    }
    if (outVertices.size() - first < 3) {  // nothing left of this ring at this tolerance
        outVertices.resize(first);
        outOriginal.resize(first);
    }
}

}  // namespace

TessellationOutcome Tessellator::polygon(const Vec2* v,
                                         const std::uint32_t* ringStart,
                                         std::size_t ringCount,
                                         std::vector<std::uint32_t>& triangles) {
    TessellationOutcome outcome;
    if (ringCount == 0) return outcome;
    TessellationScratch& s = *m_scratch;
    const std::size_t before = triangles.size();
    const std::size_t total = ringStart[ringCount] - ringStart[0];
    auto budgetFor = [](std::size_t vertices) { return kWorkBase + kWorkPerVertex * vertices; };
    s.work = 0;
    s.aborted = false;
    s.budget = budgetFor(total);
    clipEars(s, v, ringStart, ringCount, triangles);
    outcome.work = s.work;
    if (!s.aborted) return outcome;

    // Past the budget: the polygon is filled from its outline kept at a fraction of a pixel of a
    // view of the whole polygon on a 4096-pixel screen, coarser each time that is still too
    // costly. Bounded: each try is budgeted, and the outline shrinks until nothing is left.
    triangles.resize(before);
    Box box;
    for (std::uint32_t k = ringStart[0]; k < ringStart[ringCount]; ++k) box.expand(v[k].x, v[k].y);
    const double size = std::max(box.maxX - box.minX, box.maxY - box.minY);
    std::vector<Vec2> kept;
    std::vector<std::uint32_t> original, starts, local;
    std::size_t tried = total;
    for (double tolerance = size / 4096 / 4; tolerance > 0 && tolerance <= 2 * size; tolerance *= 2) {
        kept.clear();
        original.clear();
        starts.assign(1, 0);
        for (std::size_t r = 0; r < ringCount; ++r) {
            decimate(v, ringStart[r], ringStart[r + 1], tolerance, kept, original);
            if (r == 0 && kept.empty()) break;  // the outer ring is gone: nothing to fill
            if (kept.size() > starts.back()) starts.push_back(static_cast<std::uint32_t>(kept.size()));
        }
        outcome.simplified = true;
        outcome.tolerance = tolerance;
        if (kept.empty()) return outcome;
        // A try costs a budget: only when the outline has really shrunk since the last one.
        if (kept.size() * 4 > tried * 3 && tolerance * 2 <= 2 * size) continue;
        tried = kept.size();
        local.clear();
        s.work = 0;
        s.aborted = false;
        s.budget = budgetFor(kept.size());
        clipEars(s, kept.data(), starts.data(), starts.size() - 1, local);
        outcome.work += s.work;
        if (s.aborted) continue;
        for (std::uint32_t k : local) triangles.push_back(original[k]);
        outcome.keptVertices = kept.size();
        return outcome;
    }
    return outcome;
}

}  // namespace geo

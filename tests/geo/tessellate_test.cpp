// Tessellator on small shapes whose areas are known exactly.
#include <gtest/gtest.h>

#include <cmath>

#include "geo/tessellate.hpp"

namespace {

using geo::Vec2;

struct Shape {
    std::vector<Vec2> vertices;
    std::vector<std::uint32_t> rings{0};
    void ring(std::vector<Vec2> pts) {
        vertices.insert(vertices.end(), pts.begin(), pts.end());
        rings.push_back(static_cast<std::uint32_t>(vertices.size()));
    }
};

double area(const std::vector<Vec2>& v, const std::vector<std::uint32_t>& tri) {
    double a = 0;
    for (std::size_t t = 0; t < tri.size(); t += 3) {
        const Vec2 &p = v[tri[t]], &q = v[tri[t + 1]], &r = v[tri[t + 2]];
        a += ((q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x)) / 2;
    }
    return a;
}

std::vector<std::uint32_t> tessellate(const Shape& s) {
    geo::Tessellator t;
    std::vector<std::uint32_t> out;
    t.polygon(s.vertices.data(), s.rings.data(), s.rings.size() - 1, out);
    return out;
}

TEST(Tessellate, SquareGivesTwoCounterClockwiseTriangles) {
    Shape s;
    s.ring({{0, 0}, {0, 10}, {10, 10}, {10, 0}});  // clockwise input
    auto tri = tessellate(s);
    ASSERT_EQ(tri.size(), 6u);
    EXPECT_DOUBLE_EQ(area(s.vertices, tri), 100.0);  // positive: every triangle is counter-clockwise
}

TEST(Tessellate, HoleIsLeftEmpty) {
    Shape s;
    s.ring({{0, 0}, {10, 0}, {10, 10}, {0, 10}});
    s.ring({{3, 3}, {7, 3}, {7, 7}, {3, 7}});  // same orientation as the outer ring: still a hole
    auto tri = tessellate(s);
    EXPECT_DOUBLE_EQ(area(s.vertices, tri), 100.0 - 16.0);
    EXPECT_EQ(tri.size() / 3, 8u);  // n + 2h - 2 for n = 8 vertices, h = 1 hole
}

TEST(Tessellate, ConcaveCombKeepsItsArea) {
    // A comb with 20 teeth: many reflex vertices, more than 80 vertices (z-order hashing path).
    Shape s;
    std::vector<Vec2> ring{{0, 0}};
    for (int k = 0; k < 20; ++k) {
        ring.push_back({k * 4.0 + 1, 0});
        ring.push_back({k * 4.0 + 1, 10});
        ring.push_back({k * 4.0 + 3, 10});
        ring.push_back({k * 4.0 + 3, 0});
    }
    ring.push_back({80, 0});
    ring.push_back({80, -5});
    ring.push_back({0, -5});
    s.ring(ring);
    auto tri = tessellate(s);
    EXPECT_NEAR(area(s.vertices, tri), 80 * 5 + 20 * 2 * 10, 1e-9);
}

TEST(Tessellate, ManyHolesAndCollinearPoints) {
    Shape s;
    s.ring({{0, 0}, {5, 0}, {10, 0}, {20, 0}, {20, 20}, {0, 20}, {0, 10}});
    double holes = 0;
    for (int i = 0; i < 4; ++i)
        for (int j = 0; j < 4; ++j) {
            const double x = 1 + i * 5, y = 1 + j * 5;
            s.ring({{x, y}, {x + 2, y}, {x + 2, y + 3}, {x, y + 3}});
            holes += 6;
        }
    auto tri = tessellate(s);
    EXPECT_NEAR(area(s.vertices, tri), 400 - holes, 1e-9);
}

TEST(Tessellate, LambertCoordinatesKeepPrecision) {
    // A 1 m square far from the origin, as in Lambert-93.
    Shape s;
    s.ring({{652000.25, 6860000.5}, {652001.25, 6860000.5}, {652001.25, 6860001.5}, {652000.25, 6860001.5}});
    EXPECT_NEAR(area(s.vertices, tessellate(s)), 1.0, 1e-6);
}

TEST(Tessellate, DegenerateRingsGiveNoTriangles) {
    Shape line;
    line.ring({{0, 0}, {1, 1}, {2, 2}});
    EXPECT_TRUE(tessellate(line).empty());
    Shape point;
    point.ring({{1, 1}, {1, 1}, {1, 1}});
    EXPECT_TRUE(tessellate(point).empty());
}

TEST(Tessellate, SelfTouchingRingIsCovered) {
    // Two squares joined at one vertex in a single ring (the shape of 14174 Condé-en-Normandie's fault).
    Shape s;
    s.ring({{0, 0}, {2, 0}, {2, 2}, {4, 2}, {4, 4}, {2, 4}, {2, 2}, {0, 2}});
    EXPECT_NEAR(area(s.vertices, tessellate(s)), 8.0, 1e-9);
}

}  // namespace

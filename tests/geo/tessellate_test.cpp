// Tessellator on small shapes whose areas are known exactly.
#include <gtest/gtest.h>

#include <chrono>
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

namespace {

// Tips at radius 1, notches at 0.5: every other vertex reflex, the ear clipper's worst case (a
// 1,000,000-vertex star did not finish in 600 s before the budget).
Shape starOrCircle(std::size_t n, bool star) {
    std::vector<Vec2> pts(n);
    for (std::size_t i = 0; i < n; ++i) {
        const double a = 2 * M_PI * static_cast<double>(i) / static_cast<double>(n);
        const double r = star && (i % 2) ? 0.5 : 1.0;
        pts[i] = {1000 * r * std::cos(a), 1000 * r * std::sin(a)};
    }
    Shape s;
    s.ring(pts);
    return s;
}

double shoelace(const std::vector<Vec2>& v) {
    double a = 0;
    for (std::size_t i = 0, j = v.size() - 1; i < v.size(); j = i++) a += (v[j].x - v[i].x) * (v[j].y + v[i].y);
    return std::abs(a) / 2;
}

}  // namespace

TEST(Tessellate, AStarTooCostlyToClipExactlyIsFilledSimplifiedInBoundedTime) {
    const Shape star = starOrCircle(200000, true);
    geo::Tessellator t;
    std::vector<std::uint32_t> out;
    const auto start = std::chrono::steady_clock::now();
    const auto outcome = t.polygon(star.vertices.data(), star.rings.data(), 1, out);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_LT(seconds, 20.0);  // was minutes; generous for sanitizer builds
    EXPECT_TRUE(outcome.simplified);
    EXPECT_GT(outcome.tolerance, 0);
    ASSERT_FALSE(out.empty());
    for (std::uint32_t i : out) ASSERT_LT(i, star.vertices.size());  // the caller's own vertices
    // The simplified fill stays within the star's outer circle and covers at least its inner disc's
    // order of magnitude: a coarse fill, not garbage.
    const double filled = area(star.vertices, out);
    EXPECT_GT(filled, 0.5 * M_PI * 500 * 500);
    EXPECT_LE(filled, M_PI * 1000 * 1000);
}

TEST(Tessellate, ALargeCircleStaysExactWithinItsBudget) {
    const Shape circle = starOrCircle(200000, false);
    geo::Tessellator t;
    std::vector<std::uint32_t> out;
    const auto outcome = t.polygon(circle.vertices.data(), circle.rings.data(), 1, out);
    EXPECT_FALSE(outcome.simplified);
    EXPECT_LT(outcome.work, geo::kWorkBase + geo::kWorkPerVertex * circle.vertices.size() / 2);  // margin
    EXPECT_NEAR(area(circle.vertices, out), shoelace(circle.vertices), 1e-6 * shoelace(circle.vertices));
}

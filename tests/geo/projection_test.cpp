// Projection against PROJ's own command-line tool, cs2cs.
#include <gtest/gtest.h>

#include <cmath>
#include <sstream>

#include "geo/projection.hpp"
#include "support/test_support.hpp"

namespace {

using testing_support::run;

std::vector<geo::Vec2> lonLatGrid() {
    std::vector<geo::Vec2> pts;
    for (double lon = -4.5; lon <= 8.0; lon += 1.25)
        for (double lat = 42.5; lat <= 51.0; lat += 0.85) pts.push_back({lon, lat});
    return pts;
}

// cs2cs with the CRSs' own axis order: EPSG:4326 is latitude first.
std::vector<geo::Vec2> cs2cs(const std::string& from,
                             const std::string& to,
                             const std::vector<geo::Vec2>& pts,
                             bool inputLatFirst,
                             bool outputLatFirst) {
    std::string input;
    char buf[96];
    for (const auto& p : pts) {
        std::snprintf(buf, sizeof buf, "%.10f %.10f\n", inputLatFirst ? p.y : p.x, inputLatFirst ? p.x : p.y);
        input += buf;
    }
    const std::string file =
        testing_support::scratchDir("cs2cs-" + std::to_string(std::hash<std::string>{}(from + to))) + "/in.txt";
    testing_support::writeFile(file, input);
    auto r = run("cs2cs -f %.6f " + from + " " + to + " " + file);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    std::vector<geo::Vec2> out;
    std::istringstream in(r.out);
    double a, b, z;
    while (in >> a >> b >> z) out.push_back(outputLatFirst ? geo::Vec2{b, a} : geo::Vec2{a, b});
    return out;
}

TEST(Projection, LonLatToLambert93MatchesCs2cs) {
    auto pts = lonLatGrid();
    auto want = cs2cs("EPSG:4326", "EPSG:2154", pts, true, false);
    ASSERT_EQ(want.size(), pts.size());
    auto tr = geo::Transformer::create("EPSG:4326", "EPSG:2154");
    ASSERT_TRUE(tr.ok());
    auto got = pts;
    tr->transform(got.data(), got.size());
    for (std::size_t i = 0; i < pts.size(); ++i) {
        EXPECT_NEAR(got[i].x, want[i].x, 1e-3) << "point " << pts[i].x << "," << pts[i].y;
        EXPECT_NEAR(got[i].y, want[i].y, 1e-3);
    }
}

TEST(Projection, Lambert93ToLonLatMatchesCs2cs) {
    std::vector<geo::Vec2> pts;
    for (double x = 200000; x <= 1100000; x += 150000)
        for (double y = 6200000; y <= 7100000; y += 150000) pts.push_back({x, y});
    auto want = cs2cs("EPSG:2154", "EPSG:4326", pts, false, true);
    ASSERT_EQ(want.size(), pts.size());
    auto tr = geo::Transformer::create("EPSG:2154", "EPSG:4326");
    ASSERT_TRUE(tr.ok());
    auto got = pts;
    tr->transform(got.data(), got.size());
    for (std::size_t i = 0; i < pts.size(); ++i) {
        EXPECT_NEAR(got[i].x, want[i].x, 1e-6);  // longitude first on our side
        EXPECT_NEAR(got[i].y, want[i].y, 1e-6);
    }
}

TEST(Projection, AnyEpsgCodeIsConfigurable) {
    // UTM 31N (EPSG:32631) and Web Mercator (EPSG:3857), as a user might choose.
    for (const char* crs : {"EPSG:32631", "EPSG:3857"}) {
        auto pts = lonLatGrid();
        auto want = cs2cs("EPSG:4326", crs, pts, true, false);
        ASSERT_EQ(want.size(), pts.size());
        auto tr = geo::Transformer::create("EPSG:4326", crs);
        ASSERT_TRUE(tr.ok()) << crs;
        tr->transform(pts.data(), pts.size());
        for (std::size_t i = 0; i < pts.size(); ++i) EXPECT_NEAR(pts[i].x, want[i].x, 1e-3) << crs;
    }
}

TEST(Projection, UnknownCrsIsAnError) {
    EXPECT_FALSE(geo::Transformer::create("EPSG:4326", "EPSG:999999").ok());
    EXPECT_FALSE(geo::validateCrs("EPSG:999999").ok());
    EXPECT_TRUE(geo::validateCrs("EPSG:2154").ok());
}

TEST(Projection, AreaOfUseOfLambert93IsMetropolitanFrance) {
    geo::Box b = geo::areaOfUse("EPSG:2154");
    EXPECT_TRUE(b.contains(1.3359, 47.5861));  // Blois
    EXPECT_FALSE(b.contains(-61.5, 16.2));     // Guadeloupe
}

}  // namespace

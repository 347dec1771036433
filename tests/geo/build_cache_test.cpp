// The build cache returns exactly what buildLayer returns, rebuilds silently from a corrupt,
// truncated or foreign entry, keys on everything the result depends on, and keeps under its cap.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "geo/build_cache.hpp"
#include "support/test_support.hpp"

namespace {

namespace fs = std::filesystem;

// A grid of n × n adjacent squares of 0.01° around Blois (lon/lat), with one feature outside
// Lambert-93's area (a warning the cache must give back too).
geo::Layer grid(int n) {
    geo::Layer l;
    l.name = "grid";
    l.crsLabel = "EPSG:4326";
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j) {
            const double x = 1.3 + 0.01 * i, y = 47.5 + 0.01 * j;
            l.geometry.beginFeature(geo::GeomKind::Polygon);
            for (auto v : {geo::Vec2{x, y}, {x + 0.01, y}, {x + 0.01, y + 0.01}, {x, y + 0.01}})
                l.geometry.vertices.push_back(v);
            l.geometry.endRing();
            l.geometry.endPart();
            l.geometry.endFeature();
            l.fids.push_back(static_cast<std::int64_t>(l.fids.size()));
        }
    l.geometry.beginFeature(geo::GeomKind::Polygon);  // Réunion: outside Lambert-93
    for (auto v : {geo::Vec2{55.3, -21.1}, {55.4, -21.1}, {55.4, -21.0}}) l.geometry.vertices.push_back(v);
    l.geometry.endRing();
    l.geometry.endPart();
    l.geometry.endFeature();
    l.fids.push_back(static_cast<std::int64_t>(l.fids.size()));
    l.table.fields.clear();
    return l;
}

geo::LoadOptions mapOptions() {
    geo::LoadOptions o;
    o.detailLevels = 3;
    return o;
}

void expectSame(const geo::LoadedLayer& a, const geo::LoadedLayer& b) {
    EXPECT_EQ(a.display.vertices.size(), b.display.vertices.size());
    for (std::size_t i = 0; i < a.display.vertices.size() && i < b.display.vertices.size(); ++i)
        ASSERT_TRUE(a.display.vertices[i].x == b.display.vertices[i].x &&
                    a.display.vertices[i].y == b.display.vertices[i].y);
    EXPECT_EQ(a.display.ringStart, b.display.ringStart);
    EXPECT_EQ(a.display.kind, b.display.kind);
    EXPECT_EQ(a.triangles, b.triangles);
    EXPECT_EQ(a.triangleStart, b.triangleStart);
    EXPECT_EQ(a.outOfView, b.outOfView);
    ASSERT_EQ(a.levels.size(), b.levels.size());
    for (std::size_t k = 0; k < a.levels.size(); ++k) {
        EXPECT_EQ(a.levels[k].tolerance, b.levels[k].tolerance);
        EXPECT_EQ(a.levels[k].triangles, b.levels[k].triangles);
    }
    EXPECT_EQ(a.index.size(), b.index.size());
}

std::vector<fs::path> entries(const std::string& folder) {
    std::vector<fs::path> out;
    for (const auto& e : fs::directory_iterator(folder))
        if (e.path().extension() == ".build") out.push_back(e.path());
    return out;
}

TEST(BuildCache, AHitIsWhatBuildLayerGivesWithItsWarnings) {
    const std::string dir = testing_support::scratchDir("build-cache-hit");
    const geo::BuildCache cache(dir);
    geo::Diagnostics direct, first, second;
    auto reference = geo::buildLayer(grid(8), mapOptions(), direct);
    auto built = cache.build(grid(8), mapOptions(), first);
    ASSERT_TRUE(reference.ok() && built.ok());
    ASSERT_EQ(entries(dir).size(), 1u);
    auto hit = cache.build(grid(8), mapOptions(), second);
    ASSERT_TRUE(hit.ok());
    expectSame(reference.value(), built.value());
    expectSame(reference.value(), hit.value());
    EXPECT_EQ(hit->layer.fids, reference->layer.fids);
    ASSERT_EQ(direct.warnings.size(), 1u);  // the feature outside Lambert-93
    EXPECT_EQ(first.warnings, direct.warnings);
    EXPECT_EQ(second.warnings, direct.warnings);
}

TEST(BuildCache, CorruptTruncatedOrForeignEntriesAreRebuiltSilently) {
    const std::string dir = testing_support::scratchDir("build-cache-corrupt");
    const geo::BuildCache cache(dir);
    geo::Diagnostics diag;
    auto reference = geo::buildLayer(grid(6), mapOptions(), diag);
    ASSERT_TRUE(cache.build(grid(6), mapOptions(), diag).ok());
    const fs::path entry = entries(dir).front();
    const auto size = fs::file_size(entry);
    auto damage = [&](const std::function<void(std::fstream&)>& how) {
        std::fstream f(entry, std::ios::in | std::ios::out | std::ios::binary);
        how(f);
    };
    // A flipped byte in the middle (the checksum catches it), the header's version, a truncation.
    for (int round = 0; round < 3; ++round) {
        if (round == 0)
            damage([&](std::fstream& f) {
                f.seekp(static_cast<std::streamoff>(size / 2));
                f.put('\x5a');
            });
        if (round == 1)
            damage([&](std::fstream& f) {
                f.seekp(4);
                f.put('\x7f');
            });
        if (round == 2) fs::resize_file(entry, size / 3);
        geo::Diagnostics d;
        auto again = cache.build(grid(6), mapOptions(), d);
        ASSERT_TRUE(again.ok()) << "round " << round;
        expectSame(reference.value(), again.value());
        EXPECT_EQ(d.warnings.size(), 1u);       // the data's warning, nothing about the cache
        EXPECT_EQ(fs::file_size(entry), size);  // written again, whole
    }
}

TEST(BuildCache, TheKeyFollowsTheGeometryTheCrsAndTheOptions) {
    const geo::Layer a = grid(4);
    geo::Layer moved = a;
    moved.geometry.vertices[5].x += 1e-9;
    geo::LoadOptions other = mapOptions();
    other.displayCrs = "EPSG:3857";
    geo::LoadOptions picture;
    picture.pictureWidth = 400;
    picture.pictureHeight = 300;
    const auto key = geo::BuildCache::keyOf(a, mapOptions());
    EXPECT_EQ(key, geo::BuildCache::keyOf(grid(4), mapOptions()));
    EXPECT_NE(key, geo::BuildCache::keyOf(moved, mapOptions()));
    EXPECT_NE(key, geo::BuildCache::keyOf(a, other));
    EXPECT_NE(key, geo::BuildCache::keyOf(a, picture));
}

TEST(BuildCache, TheFolderStaysUnderItsCapOldestFirst) {
    const std::string dir = testing_support::scratchDir("build-cache-cap");
    geo::Diagnostics diag;
    // One entry of a 12 × 12 grid is some tens of kB: a 1-byte cap keeps only the newest one.
    const geo::BuildCache tiny(dir, 1);
    ASSERT_TRUE(tiny.build(grid(12), mapOptions(), diag).ok());
    ASSERT_TRUE(tiny.build(grid(11), mapOptions(), diag).ok());
    const auto left = entries(dir);
    ASSERT_EQ(left.size(), 0u);  // even the newest is over a 1-byte cap
    const geo::BuildCache roomy(dir, 1ull << 30);
    ASSERT_TRUE(roomy.build(grid(12), mapOptions(), diag).ok());
    ASSERT_TRUE(roomy.build(grid(11), mapOptions(), diag).ok());
    EXPECT_EQ(entries(dir).size(), 2u);
    const auto one = fs::file_size(entries(dir).front());
    const geo::BuildCache capped(dir, one + one / 2);
    ASSERT_TRUE(capped.build(grid(10), mapOptions(), diag).ok());  // the oldest two must make room
    const auto kept = entries(dir);
    ASSERT_EQ(kept.size(), 1u);
    char name[32];
    std::snprintf(name,
                  sizeof name,
                  "%016llx.build",
                  static_cast<unsigned long long>(geo::BuildCache::keyOf(grid(10), mapOptions())));
    EXPECT_EQ(kept.front().filename().string(), name);
}

TEST(BuildCache, DisabledWritesNothing) {
    const std::string dir = testing_support::scratchDir("build-cache-off");
    setenv("XDG_CACHE_HOME", dir.c_str(), 1);
    setenv("SANTEMAP_CACHE", "0", 1);
    const geo::BuildCache off = geo::BuildCache::fromEnvironment();
    unsetenv("SANTEMAP_CACHE");
    EXPECT_FALSE(off.enabled());
    geo::Diagnostics diag;
    ASSERT_TRUE(off.build(grid(3), mapOptions(), diag).ok());
    EXPECT_FALSE(fs::exists(dir + "/santemap"));
    const geo::BuildCache on = geo::BuildCache::fromEnvironment();
    EXPECT_EQ(on.folder(), dir + "/santemap");
    unsetenv("XDG_CACHE_HOME");
}

}  // namespace

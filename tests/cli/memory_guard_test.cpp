// The memory guard: estimates from the uncompressed size (a zip no longer hides a CSV ten times
// its size), within 1.5x of the real peak, and a read that passes its limit stops cleanly.
#include <cmath>
#include <filesystem>
#include <fstream>

#include "cli/cli_support.hpp"

using testing_support::run;
using testing_support::santemap;
using testing_support::shellQuote;

namespace {

// 200,000 points with a name each, as a CSV.
std::string pointsCsv(const std::string& dir) {
    std::ofstream out(dir + "/points.csv");
    out << "id,lon,lat,name\n";
    for (int i = 0; i < 200000; ++i)
        out << i << "," << -5 + 13.0 * (i % 1000) / 1000 << "," << 42 + 9.0 * (i / 1000) / 200 << ",point " << i
            << "\n";
    return dir + "/points.csv";
}

// A 200,000-vertex polygon (a star) as GeoJSON.
std::string starGeoJson(const std::string& dir) {
    std::ofstream out(dir + "/star.geojson");
    out << R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},)"
        << R"("geometry":{"type":"Polygon","coordinates":[[)";
    const int n = 200000;
    out.precision(10);
    for (int i = 0; i <= n; ++i) {
        const double a = 2 * M_PI * (i % n) / n, r = (i % 2) ? 0.25 : 0.5;
        out << (i ? "," : "") << "[" << 1.5 + r * std::cos(a) << "," << 47.5 + r * std::sin(a) << "]";
    }
    out << "]]}}]}";
    return dir + "/star.geojson";
}

}  // namespace

TEST(MemoryGuard, AZippedCsvIsEstimatedFromItsUncompressedSize) {
    const std::string dir = testing_support::scratchDir("memory_zip");
    pointsCsv(dir);
    ASSERT_EQ(run("cd " + shellQuote(dir) + " && zip -q points.zip points.csv").exitCode, 0);
    ASSERT_LT(std::filesystem::file_size(dir + "/points.zip"), std::filesystem::file_size(dir + "/points.csv") / 2);
    for (const std::string& source : {"/vsizip/" + dir + "/points.zip/points.csv", dir + "/points.zip"}) {
        auto r =
            run("SANTEMAP_MEMORY_LIMIT_MB=60 " + shellQuote(SANTEMAP_BIN) + " info " + shellQuote(source) + " --load");
        EXPECT_EQ(r.exitCode, 1) << source << "\n" << r.out;
        EXPECT_NE(r.err.find("too large to load"), std::string::npos) << r.err;
        EXPECT_NE(r.err.find("60 MB available"), std::string::npos) << r.err;
    }
}

TEST(MemoryGuard, AReadPastTheLimitStopsCleanly) {
    // The export reads the data pack's tables: the guard stops the read, names the table and the limit.
    auto r =
        run("SANTEMAP_MEMORY_LIMIT_MB=40 " + shellQuote(SANTEMAP_BIN) + " export --layer communes --format csv --out " +
            shellQuote(testing_support::scratchDir("memory_guard") + "/c.csv"));
    EXPECT_EQ(r.exitCode, 1) << r.out;
    EXPECT_NE(r.err.find("stopped reading after"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("over the limit of 40 MB"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("public-data.gpkg"), std::string::npos) << r.err;
}

TEST(MemoryGuard, TheEstimateIsWithinOneAndAHalfOfThePeak) {
#ifdef SANTEMAP_SANITIZED
    GTEST_SKIP() << "under AddressSanitizer the process's memory is not the program's (shadow memory, redzones)";
#endif
    const std::string dir = testing_support::scratchDir("memory_estimate");
    const std::string csv = pointsCsv(dir), json = starGeoJson(dir), gpkg = dir + "/points.gpkg";
    ASSERT_EQ(run("ogr2ogr -f GPKG " + shellQuote(gpkg) + " " + shellQuote(csv) +
                  " -oo X_POSSIBLE_NAMES=lon -oo Y_POSSIBLE_NAMES=lat -a_srs EPSG:4326")
                  .exitCode,
              0);
    for (const std::string& path : {csv, json, gpkg}) {
        SCOPED_TRACE(path);
        auto r = santemap("info " + shellQuote(path) + " --load");
        ASSERT_EQ(r.exitCode, 0) << r.err;
        const auto load = cli_support::parse(r)["layers"][0]["load"];
        const double peak = load["peak_rss_mb"].get<double>(), estimate = load["estimated_mb"].get<double>();
        EXPECT_LE(peak, 1.5 * estimate);
        EXPECT_LE(estimate, 1.5 * peak);
    }
}

// `santemap info --load`: the map's whole pipeline, its figures, overseas communes, memory.
#include <gtest/gtest.h>
#include <sys/resource.h>

#include <fstream>
#include <random>

#include "cli_support.hpp"

namespace {

using namespace testing_support;
using cli_support::ogrinfo;
using cli_support::parse;

TEST(Load, ReportsEveryStageAndMesh) {
    NEEDS_NATIONAL_DATA("france_geojson_admin_express_2018/communes_par_departement/communes-41-loir-et-cher.geojson");
    const std::string src =
        dataFile("france_geojson_admin_express_2018/communes_par_departement/communes-41-loir-et-cher.geojson");
    auto r = santemap("info " + shellQuote(src) + " --load");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    auto layer = parse(r)["layers"][0];
    EXPECT_EQ(layer["feature_count"], ogrinfo(src, "communes-41-loir-et-cher").featureCount);
    const auto& load = layer["load"];
    for (const char* stage : {"read", "project", "tessellate", "index", "total"})
        EXPECT_GE(load["seconds"][stage].get<double>(), 0.0) << stage;
    EXPECT_GE(load["seconds"]["total"].get<double>(), load["seconds"]["read"].get<double>());
    // A simple polygon of n vertices has n - 2 triangles; with holes and parts, about that.
    const auto vertices = load["vertices"].get<long>();
    const auto triangles = load["triangles"].get<long>();
    EXPECT_GT(vertices, 10000);
    EXPECT_GT(triangles, vertices - 3 * 272);
    EXPECT_LT(triangles, vertices);
    EXPECT_GT(load["peak_rss_mb"].get<double>(), 1.0);
    EXPECT_TRUE(r.err.empty()) << r.err;
}

TEST(Load, OverseasCommunesLeaveTheMetropolitanViewWithOneWarning) {
    NEEDS_NATIONAL_DATA("france_geojson_admin_express_2018/communes_par_departement/communes-41-loir-et-cher.geojson",
                        "france_geojson_admin_express_2018/communes_par_departement/communes-974-la-reunion.geojson");
    const std::string dir = scratchDir("load-overseas");
    ASSERT_EQ(run("ogr2ogr -f GPKG " + dir + "/mix.gpkg " +
                  shellQuote(dataFile(
                      "france_geojson_admin_express_2018/communes_par_departement/communes-41-loir-et-cher.geojson")) +
                  " -nln communes -nlt PROMOTE_TO_MULTI")
                  .exitCode,
              0);
    ASSERT_EQ(run("ogr2ogr -f GPKG -append " + dir + "/mix.gpkg " +
                  shellQuote(dataFile(
                      "france_geojson_admin_express_2018/communes_par_departement/communes-974-la-reunion.geojson")) +
                  " -nln communes -nlt PROMOTE_TO_MULTI")
                  .exitCode,
              0);
    auto r = santemap("info " + dir + "/mix.gpkg --load");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.err.find("24 features lie outside the area of the display CRS EPSG:2154"), std::string::npos) << r.err;
    auto layer = parse(r)["layers"][0];
    EXPECT_GT(layer["extent_lonlat"][2].get<double>(), 55.0);  // info still covers La Réunion (55° E, 21° S)
    EXPECT_LT(layer["extent_lonlat"][1].get<double>(), -20.0);
    // The same communes in a CRS made for them are all in view.
    auto own = santemap("info " + dir + "/mix.gpkg --load --crs EPSG:4326");
    EXPECT_EQ(own.exitCode, 0);
    EXPECT_EQ(own.err.find("outside"), std::string::npos) << own.err;
    // And pick still finds a commune of La Réunion (Saint-Denis, 97411).
    auto pick = parse(santemap("pick " + dir + "/mix.gpkg --at 55.45,-20.90"));
    ASSERT_EQ(pick["features"].size(), 1u);
    EXPECT_EQ(pick["features"][0]["properties"]["code"], "97411");
}

TEST(Load, InfoStreamsLargeFilesWithBoundedMemory) {
    // About 60 MB of GeoJSON, written here; `info` must not hold it in memory.
    const std::string path = scratchDir("load-large") + "/large.geojson";
    {
        std::ofstream out(path);
        out << "{\"type\":\"FeatureCollection\",\"features\":[\n";
        std::mt19937 rng(5);
        std::uniform_real_distribution<double> lon(-4, 7), lat(43, 50);
        const int n = 160000;
        char buf[160];
        for (int i = 0; i < n; ++i) {
            const double x = lon(rng), y = lat(rng);
            out << "{\"type\":\"Feature\",\"properties\":{\"n\":" << i
                << "},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[";
            for (int k = 0; k < 16; ++k) {
                std::snprintf(buf, sizeof buf, "[%.5f,%.5f],", x + 0.001 * (k % 4), y + 0.001 * (k / 4));
                out << buf;
            }
            std::snprintf(buf, sizeof buf, "[%.5f,%.5f]]]}}%s\n", x, y, i + 1 < n ? "," : "");
            out << buf;
        }
        out << "]}\n";
    }
    auto r = santemap("info " + path);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(parse(r)["layers"][0]["feature_count"], 160000);
    rusage ru{};
    getrusage(RUSAGE_CHILDREN, &ru);  // the largest child so far: santemap (each test runs in its own process)
    const double peakMb = static_cast<double>(ru.ru_maxrss) / 1024.0;
#ifdef SANTEMAP_SANITIZED
    (void)peakMb;  // a sanitizer's shadow memory makes resident size meaningless here
#else
    EXPECT_LT(peakMb, 60.0) << "info should stream, not load the file";
#endif
}

}  // namespace

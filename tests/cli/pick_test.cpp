// `santemap pick` against GDAL/GEOS (polygons containing a point) and PROJ's geod (distances).
#include <gtest/gtest.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <random>
#include <set>
#include <sstream>

#include "cli_support.hpp"
#include "geo/source.hpp"

namespace {

using namespace testing_support;
using cli_support::parse;

const char* const kCommunes41 =
    "france_geojson_admin_express_2018/communes_par_departement/communes-41-loir-et-cher.geojson";
const char* const kHospitals = "eurostat_gisco_healthcare/hopitaux_41_45.geojson";

std::set<std::string> pickedCodes(const std::string& source, double lon, double lat) {
    char at[64];
    std::snprintf(at, sizeof at, "%.6f,%.6f", lon, lat);
    auto r = santemap("pick " + shellQuote(source) + " --at " + at);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    const auto j = parse(r);
    std::set<std::string> codes;
    for (const auto& f : j["features"]) codes.insert(f["properties"]["code"].get<std::string>());
    return codes;
}

// GDAL's answer: features whose geometry intersects the point (GEOS).
std::set<std::string> gdalCodes(const std::string& source, double lon, double lat) {
    geo::initGdal();
    GDALDatasetUniquePtr ds(GDALDataset::Open(source.c_str(), GDAL_OF_VECTOR));
    OGRLayer* layer = ds->GetLayer(0);
    OGRPoint p(lon, lat);
    layer->SetSpatialFilter(&p);
    std::set<std::string> codes;
    for (auto& f : *layer)
        if (f->GetGeometryRef()->Intersects(&p)) codes.insert(f->GetFieldAsString("code"));
    return codes;
}

TEST(Pick, CommunesContainingRandomPointsMatchGdal) {
    NEEDS_NATIONAL_DATA("france_geojson_admin_express_2018/communes_par_departement/communes-41-loir-et-cher.geojson");
    const std::string src = dataFile(kCommunes41);
    std::mt19937 rng(2026);
    std::uniform_real_distribution<double> lon(0.6, 2.2), lat(47.2, 48.1);
    for (int i = 0; i < 25; ++i) {
        const double x = lon(rng), y = lat(rng);
        EXPECT_EQ(pickedCodes(src, x, y), gdalCodes(src, x, y)) << x << "," << y;
    }
    EXPECT_EQ(pickedCodes(src, 1.3359, 47.5861), std::set<std::string>{"41018"});  // Blois
}

TEST(Pick, LonLatQueryOnAProjectedSourceGivesTheSameAnswer) {
    NEEDS_NATIONAL_DATA("france_geojson_admin_express_2018/communes_par_departement/communes-41-loir-et-cher.geojson");
    const std::string dir = scratchDir("pick-l93");
    const std::string src = dataFile(kCommunes41);
    ASSERT_EQ(run("ogr2ogr -f GPKG -t_srs EPSG:2154 " + dir + "/l93.gpkg " + shellQuote(src)).exitCode, 0);
    std::mt19937 rng(41);
    std::uniform_real_distribution<double> lon(0.6, 2.2), lat(47.2, 48.1);
    for (int i = 0; i < 10; ++i) {
        const double x = lon(rng), y = lat(rng);
        EXPECT_EQ(pickedCodes(dir + "/l93.gpkg", x, y), gdalCodes(src, x, y)) << x << "," << y;
    }
}

TEST(Pick, HolesAreRespectedAndSharedBordersReturnBoth) {
    const std::string dir = scratchDir("pick-holes");
    writeFile(dir + "/holes.geojson", R"({"type":"FeatureCollection","features":[
 {"type":"Feature","properties":{"code":"ring"},"geometry":{"type":"Polygon","coordinates":[
   [[1,47],[2,47],[2,48],[1,48],[1,47]],[[1.4,47.4],[1.6,47.4],[1.6,47.6],[1.4,47.6],[1.4,47.4]]]}},
 {"type":"Feature","properties":{"code":"enclave"},"geometry":{"type":"Polygon","coordinates":[
   [[1.4,47.4],[1.6,47.4],[1.6,47.6],[1.4,47.6],[1.4,47.4]]]}},
 {"type":"Feature","properties":{"code":"east"},"geometry":{"type":"Polygon","coordinates":[
   [[2,47],[3,47],[3,48],[2,48],[2,47]]]}}]})");
    const std::string f = dir + "/holes.geojson";
    EXPECT_EQ(pickedCodes(f, 1.5, 47.5), std::set<std::string>{"enclave"});
    EXPECT_EQ(pickedCodes(f, 1.2, 47.5), std::set<std::string>{"ring"});
    EXPECT_EQ(pickedCodes(f, 2.0, 47.5), (std::set<std::string>{"ring", "east"}));
    EXPECT_TRUE(pickedCodes(f, 5.0, 47.5).empty());
}

// Geodesic distances from PROJ's geod, the oracle for point picks.
std::vector<double> geodDistances(double lon, double lat, const std::vector<std::pair<double, double>>& pts) {
    std::string input;
    char buf[128];
    for (const auto& p : pts) {
        std::snprintf(buf, sizeof buf, "%.8f %.8f %.8f %.8f\n", lat, lon, p.second, p.first);
        input += buf;
    }
    const std::string file = scratchDir("geod") + "/in.txt";
    writeFile(file, input);
    auto r = run("geod -I +ellps=WGS84 +units=m -f %.4f " + file);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    std::vector<double> d;
    std::istringstream in(r.out);
    std::string az1, az2;
    double s;
    while (in >> az1 >> az2 >> s) d.push_back(s);
    return d;
}

TEST(Pick, HospitalsWithinARadiusNearestFirst) {
    NEEDS_NATIONAL_DATA("eurostat_gisco_healthcare/hopitaux_41_45.geojson");
    const std::string src = dataFile(kHospitals);
    // Every hospital's position, read by GDAL.
    geo::initGdal();
    GDALDatasetUniquePtr ds(GDALDataset::Open(src.c_str(), GDAL_OF_VECTOR));
    std::vector<std::pair<double, double>> pts;
    std::vector<std::string> ids;
    for (auto& f : *ds->GetLayer(0)) {
        pts.emplace_back(f->GetGeometryRef()->toPoint()->getX(), f->GetGeometryRef()->toPoint()->getY());
        ids.push_back(f->GetFieldAsString("finess_et"));
    }
    const double lon = 1.3359, lat = 47.5861;  // Blois
    auto dist = geodDistances(lon, lat, pts);
    ASSERT_EQ(dist.size(), pts.size());
    std::vector<std::pair<double, std::string>> want;
    for (std::size_t i = 0; i < pts.size(); ++i)
        if (dist[i] <= 5000) want.emplace_back(dist[i], ids[i]);
    std::sort(want.begin(), want.end());
    ASSERT_FALSE(want.empty());

    auto r = santemap("pick " + shellQuote(src) + " --at 1.3359,47.5861 --radius 5000");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    auto got = parse(r)["features"];
    ASSERT_EQ(got.size(), want.size());
    for (std::size_t i = 0; i < want.size(); ++i) {
        EXPECT_EQ(got[i]["properties"]["finess_et"], want[i].second);
        EXPECT_NEAR(got[i]["distance_m"].get<double>(), want[i].first, 0.01);
    }

    // Without a radius: the single nearest hospital.
    auto nearest = parse(santemap("pick " + shellQuote(src) + " --at 1.3359,47.5861"))["features"];
    ASSERT_EQ(nearest.size(), 1u);
    EXPECT_EQ(nearest[0]["properties"]["finess_et"], want[0].second);
    // Far away (Strasbourg): still one nearest, found by widening the search.
    auto far = parse(santemap("pick " + shellQuote(src) + " --at 7.75,48.58"))["features"];
    ASSERT_EQ(far.size(), 1u);
    auto farDist = geodDistances(7.75, 48.58, pts);
    EXPECT_NEAR(far[0]["distance_m"].get<double>(), *std::min_element(farDist.begin(), farDist.end()), 0.01);
}

TEST(Pick, BadArgumentsAreUsageErrors) {
    NEEDS_NATIONAL_DATA("eurostat_gisco_healthcare/hopitaux_41_45.geojson");
    const std::string src = dataFile(kHospitals);
    EXPECT_EQ(santemap("pick " + shellQuote(src)).exitCode, 2);
    EXPECT_EQ(santemap("pick " + shellQuote(src) + " --at 1.3").exitCode, 2);
    EXPECT_EQ(santemap("pick " + shellQuote(src) + " --at 1,3,5").exitCode, 2);
    EXPECT_EQ(santemap("pick " + shellQuote(src) + " --at 200,47").exitCode, 2);
    EXPECT_EQ(santemap("pick " + shellQuote(src) + " --at 1,47 --radius -5").exitCode, 2);
    EXPECT_EQ(santemap("pick " + shellQuote(src) + " --at 1,47 --radius abc").exitCode, 2);
}

}  // namespace

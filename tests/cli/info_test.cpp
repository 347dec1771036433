// `santemap info` against GDAL's own answers (ogrinfo), on real files in several formats.
#include <gtest/gtest.h>

#include <map>

#include "cli_support.hpp"

namespace {

using namespace testing_support;
using cli_support::ogrinfo;
using cli_support::parse;

const char* const kCommunes41 =
    "france_geojson_admin_express_2018/communes_par_departement/communes-41-loir-et-cher.geojson";

void expectSameAsOgrinfo(const std::string& path, const std::string& driver, bool lonlatSource) {
    auto r = santemap("info " + shellQuote(path));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    auto j = parse(r);
    EXPECT_EQ(j["driver"], driver);
    ASSERT_GE(j["layers"].size(), 1u);
    for (const auto& layer : j["layers"]) {
        auto want = ogrinfo(path, layer["name"]);
        EXPECT_EQ(layer["feature_count"], want.featureCount) << path;
        EXPECT_EQ(layer["geometry_type"], want.geometry) << path;
        ASSERT_EQ(layer["fields"].size(), want.fields.size()) << path;
        for (std::size_t i = 0; i < want.fields.size(); ++i) {
            EXPECT_EQ(layer["fields"][i]["name"], want.fields[i].first);
            EXPECT_EQ(layer["fields"][i]["type"], want.fields[i].second);
        }
        if (lonlatSource && want.hasExtent) {
            for (int k = 0; k < 4; ++k) EXPECT_NEAR(layer["extent_lonlat"][k].get<double>(), want.extent[k], 1e-6);
        }
    }
}

TEST(Info, GeoJsonPolygonsMatchOgrinfo) {
    NEEDS_NATIONAL_DATA("france_geojson_admin_express_2018/communes_par_departement/communes-41-loir-et-cher.geojson",
                        "france_geojson_admin_express_2018/departement-45-loiret.geojson");
    expectSameAsOgrinfo(dataFile(kCommunes41), "GeoJSON", true);
    expectSameAsOgrinfo(dataFile("france_geojson_admin_express_2018/departement-45-loiret.geojson"), "GeoJSON", true);
}

TEST(Info, GeoJsonPointsMatchOgrinfo) {
    NEEDS_NATIONAL_DATA("eurostat_gisco_healthcare/hopitaux_41_45.geojson");
    expectSameAsOgrinfo(dataFile("eurostat_gisco_healthcare/hopitaux_41_45.geojson"), "GeoJSON", true);
}

TEST(Info, OtherFormatsMatchOgrinfo) {
    NEEDS_NATIONAL_DATA("france_geojson_admin_express_2018/communes_par_departement/communes-41-loir-et-cher.geojson");
    const std::string dir = scratchDir("info-formats");
    const std::string src = dataFile(kCommunes41);
    ASSERT_EQ(run("ogr2ogr -f GPKG " + dir + "/c.gpkg " + shellQuote(src) + " -nln communes").exitCode, 0);
    ASSERT_EQ(run("ogr2ogr -f 'ESRI Shapefile' " + dir + "/c.shp " + shellQuote(src)).exitCode, 0);
    ASSERT_EQ(run("ogr2ogr -f FlatGeobuf " + dir + "/c.fgb " + shellQuote(src)).exitCode, 0);
    expectSameAsOgrinfo(dir + "/c.gpkg", "GPKG", true);
    expectSameAsOgrinfo(dir + "/c.shp", "ESRI Shapefile", true);
    expectSameAsOgrinfo(dir + "/c.fgb", "FlatGeobuf", true);
}

TEST(Info, ProjectedSourceReportsItsCrsAndLonLatExtent) {
    NEEDS_NATIONAL_DATA("france_geojson_admin_express_2018/communes_par_departement/communes-41-loir-et-cher.geojson");
    const std::string dir = scratchDir("info-l93");
    const std::string src = dataFile(kCommunes41);
    ASSERT_EQ(run("ogr2ogr -f GPKG -t_srs EPSG:2154 " + dir + "/l93.gpkg " + shellQuote(src)).exitCode, 0);
    auto r = santemap("info " + dir + "/l93.gpkg");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    auto j = parse(r);
    EXPECT_EQ(j["layers"][0]["crs"], "EPSG:2154");
    // The extent of every vertex brought back to WGS 84 is the original file's extent.
    auto want = ogrinfo(src, "communes-41-loir-et-cher");
    for (int k = 0; k < 4; ++k) EXPECT_NEAR(j["layers"][0]["extent_lonlat"][k].get<double>(), want.extent[k], 1e-6);
}

TEST(Info, LayerOptionSelectsOneLayerAndRejectsUnknown) {
    NEEDS_NATIONAL_DATA("france_geojson_admin_express_2018/communes_par_departement/communes-41-loir-et-cher.geojson",
                        "eurostat_gisco_healthcare/hopitaux_41_45.geojson");
    const std::string dir = scratchDir("info-layers");
    ASSERT_EQ(
        run("ogr2ogr -f GPKG " + dir + "/two.gpkg " + shellQuote(dataFile(kCommunes41)) + " -nln communes").exitCode,
        0);
    ASSERT_EQ(run("ogr2ogr -f GPKG -update " + dir + "/two.gpkg " +
                  shellQuote(dataFile("eurostat_gisco_healthcare/hopitaux_41_45.geojson")) + " -nln hopitaux")
                  .exitCode,
              0);
    auto all = parse(santemap("info " + dir + "/two.gpkg"));
    EXPECT_EQ(all["layers"].size(), 2u);
    auto one = santemap("info " + dir + "/two.gpkg --layer hopitaux");
    ASSERT_EQ(one.exitCode, 0);
    auto j = parse(one);
    ASSERT_EQ(j["layers"].size(), 1u);
    EXPECT_EQ(j["layers"][0]["feature_count"], 50);
    auto bad = santemap("info " + dir + "/two.gpkg --layer nope");
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_NE(bad.err.find("nope"), std::string::npos);
    EXPECT_NE(bad.err.find("two.gpkg"), std::string::npos);
}

TEST(Info, RelativeSourcesAreFoundThroughTheDataPath) {
    NEEDS_NATIONAL_DATA("france_geojson_admin_express_2018/communes_par_departement/communes-41-loir-et-cher.geojson");
    auto r = santemap(std::string("info ") + kCommunes41);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(parse(r)["layers"][0]["feature_count"],
              ogrinfo(dataFile(kCommunes41), "communes-41-loir-et-cher").featureCount);
    // A --data folder that does not exist is an error, not a silent fall back on the search path.
    auto viaOption = santemap(std::string("info --data /nonexistent ") + kCommunes41);
    EXPECT_EQ(viaOption.exitCode, 2);
    EXPECT_NE(viaOption.err.find("--data /nonexistent: no such folder"), std::string::npos) << viaOption.err;
}

TEST(Info, UsageErrorsExitTwo) {
    EXPECT_EQ(santemap("info").exitCode, 2);
    EXPECT_EQ(santemap("info a b").exitCode, 2);
    EXPECT_EQ(santemap("info x --bogus").exitCode, 2);
    EXPECT_EQ(santemap("info x --crs EPSG:999999").exitCode, 2);
    EXPECT_EQ(santemap("frobnicate").exitCode, 2);
}

TEST(Info, NumbersUseTheCLocaleWhateverTheUserLocale) {
    NEEDS_NATIONAL_DATA("france_geojson_admin_express_2018/communes_par_departement/communes-41-loir-et-cher.geojson");
    auto r = run("LC_ALL=fr_FR.UTF-8 LANG=fr_FR.UTF-8 " + shellQuote(SANTEMAP_BIN) + " info " +
                 shellQuote(dataFile(kCommunes41)));
    ASSERT_EQ(r.exitCode, 0);
    EXPECT_NEAR(parse(r)["layers"][0]["extent_lonlat"][0].get<double>(), 0.58032, 1e-9);
}

TEST(Info, DefaultTerritorySummaryDescribesEveryTableTheCatalogueReads) {
    auto r = santemap("territory");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    auto j = parse(r);
    std::map<std::string, nlohmann::json> byUser;
    for (const auto& s : j["sources"])
        for (const auto& user : s["used_by"]) byUser[user.get<std::string>()] = s;
    for (const char* user : {"communes.communes",
                             "communes.population",
                             "communes.specialties",
                             "communes.sirene",
                             "cantons",
                             "departements",
                             "msp",
                             "hopitaux",
                             "tables.indicators",
                             "tables.code_changes",
                             "tables.hospitals",
                             "tables.universities",
                             "tables.provenance"})
        EXPECT_TRUE(byUser.count(user)) << user << " is not described";
    // Each table as ogrinfo sees it.
    for (const auto& [user, s] : byUser) {
        const auto& layer = s["layers"][0];
        EXPECT_EQ(layer["feature_count"].get<long long>(), ogrinfo(s["source"], layer["name"]).featureCount) << user;
    }
    // Published sizes (SOURCES.md): every commune of France, every hospital and clinic.
    EXPECT_EQ(byUser["tables.indicators"]["layers"][0]["feature_count"], 34969);
    EXPECT_EQ(byUser["tables.hospitals"]["layers"][0]["feature_count"], 5368);
    EXPECT_EQ(byUser["tables.universities"]["layers"][0]["feature_count"], 2) << "Tours and Orléans";
}

}  // namespace

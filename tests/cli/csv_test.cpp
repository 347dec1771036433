// CSV sources: geometry from longitude/latitude or WKT columns, codes kept as text.
#include <gtest/gtest.h>

#include "cli_support.hpp"

namespace {

using namespace testing_support;
using cli_support::parse;

nlohmann::json fieldTypes(const nlohmann::json& layer) {
    nlohmann::json types;
    for (const auto& f : layer["fields"]) types[f["name"].get<std::string>()] = f["type"];
    return types;
}

TEST(Csv, RealIndicatorFileKeepsCodesAsTextAndFindsLonLat) {
    NEEDS_NATIONAL_DATA("sante_communes_santescope/indicateurs_sante_communes.csv");
    const std::string src = dataFile("sante_communes_santescope/indicateurs_sante_communes.csv");
    auto r = santemap("info " + shellQuote(src));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    auto layer = parse(r)["layers"][0];
    EXPECT_EQ(layer["feature_count"], 34969);
    EXPECT_EQ(layer["geometry_type"], "Point");
    auto types = fieldTypes(layer);
    EXPECT_EQ(types["code"], "String");
    EXPECT_EQ(types["dept"], "String");
    EXPECT_EQ(types["pop"], "Integer");
    EXPECT_EQ(types["apl"], "Real");

    // A commune picked by its centroid keeps its code with the leading zero.
    auto pick = santemap("pick " + shellQuote(src) + " --at 4.92,46.15 --radius 20000");
    ASSERT_EQ(pick.exitCode, 0) << pick.err;
    auto features = parse(pick)["features"];
    ASSERT_FALSE(features.empty());
    EXPECT_EQ(features[0]["properties"]["code"].get<std::string>().substr(0, 2), "01");
}

TEST(Csv, SemicolonSeparatorWktAndNamedColumns) {
    const std::string dir = scratchDir("csv-forms");
    writeFile(dir + "/wkt.csv",
              "code;nom;wkt\n"
              "2A004;Ajaccio;POINT (8.7386 41.9192)\n"
              "41018;Blois;\"POLYGON ((1.30 47.56,1.37 47.56,1.37 47.61,1.30 47.61,1.30 47.56))\"\n");
    auto r = santemap("info " + dir + "/wkt.csv");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    auto pick = parse(santemap("pick " + dir + "/wkt.csv --at 1.33,47.58"));
    ASSERT_EQ(pick["features"].size(), 1u);
    EXPECT_EQ(pick["features"][0]["properties"]["code"], "41018");

    writeFile(dir + "/named.csv", "id_site,est,nord\n0042,1.3359,47.5861\n");
    auto named = santemap("pick " + dir + "/named.csv --x est --y nord --at 1.3359,47.5861");
    ASSERT_EQ(named.exitCode, 0) << named.err;
    auto f = parse(named)["features"];
    ASSERT_EQ(f.size(), 1u);
    EXPECT_EQ(f[0]["properties"]["id_site"], "0042");
    EXPECT_NEAR(f[0]["distance_m"].get<double>(), 0.0, 1e-6);
}

}  // namespace

// Bad input: exit 1 with a message naming the file and the problem; or exit 0 with exactly one
// warning per problem. Never a crash, never a hang (each command runs under a time limit).
#include <gtest/gtest.h>
#include <unistd.h>

#include <cmath>
#include <fstream>
#include <random>

#include "cli_support.hpp"

namespace {

using namespace testing_support;

CommandResult info(const std::string& path, const std::string& extra = "") {
    return run("timeout 60 " + shellQuote(SANTEMAP_BIN) + " info " + shellQuote(path) + " " + extra);
}

void expectRejected(const std::string& path, const std::string& problem, const std::string& extra = "") {
    auto r = info(path, extra);
    EXPECT_EQ(r.exitCode, 1) << path << "\nstdout: " << r.out << "\nstderr: " << r.err;
    EXPECT_TRUE(r.out.empty()) << r.out;
    EXPECT_NE(r.err.find(path), std::string::npos) << "message does not name the file: " << r.err;
    EXPECT_NE(r.err.find(problem), std::string::npos) << "message does not say '" << problem << "': " << r.err;
}

std::size_t occurrences(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto p = text.find(what); p != std::string::npos; p = text.find(what, p + 1)) ++n;
    return n;
}

// Loads with a warning: exit 0, JSON out, the warning printed exactly once.
void expectWarnedOnce(const std::string& path, const std::string& warning, const std::string& extra = "") {
    auto r = info(path, extra);
    EXPECT_EQ(r.exitCode, 0) << path << "\n" << r.err;
    EXPECT_EQ(occurrences(r.err, warning), 1u) << "stderr: " << r.err;
    EXPECT_FALSE(nlohmann::json::parse(r.out, nullptr, false).is_discarded());
}

class BadInput : public ::testing::Test {
protected:
    std::string dir = scratchDir(::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::string file(const std::string& name, const std::string& content) {
        writeFile(dir + "/" + name, content);
        return dir + "/" + name;
    }
};

TEST_F(BadInput, MissingPath) { expectRejected(dir + "/nothing-here.geojson", "no such file"); }

TEST_F(BadInput, Directory) { expectRejected(dir, "directory"); }

TEST_F(BadInput, UnreadableFile) {
    const std::string path = file("secret.geojson", R"({"type":"FeatureCollection","features":[]})");
    ASSERT_EQ(chmod(path.c_str(), 0), 0);
    if (geteuid() != 0) {
        expectRejected(path, "permission denied");
        return;
    }
    // root reads everything: ask as an unprivileged user instead.
    auto r = run("runuser -u nobody -- timeout 60 " + shellQuote(SANTEMAP_BIN) + " info " + shellQuote(path));
    EXPECT_EQ(r.exitCode, 1) << r.err;
    EXPECT_NE(r.err.find(path), std::string::npos) << r.err;
}

TEST_F(BadInput, EmptyFile) { expectRejected(file("empty.geojson", ""), "empty"); }

TEST_F(BadInput, TruncatedJson) {
    NEEDS_NATIONAL_DATA("france_geojson_admin_express_2018/departement-41-loir-et-cher.geojson");
    std::ifstream in(dataFile("france_geojson_admin_express_2018/departement-41-loir-et-cher.geojson"));
    std::string text((std::istreambuf_iterator<char>(in)), {});
    expectRejected(file("cut.geojson", text.substr(0, text.size() / 2)), "truncated");
}

TEST_F(BadInput, JsonThatIsNotGeoJson) {
    expectRejected(file("config.json", R"({"name": "not a map", "values": [1, 2, 3]})"), "not GeoJSON");
}

TEST_F(BadInput, RandomBytes) {
    std::string bytes(8192, '\0');
    std::mt19937 rng(1);
    for (char& c : bytes) c = static_cast<char>(rng());
    expectRejected(file("noise.geojson", bytes), "not a vector format");
}

TEST_F(BadInput, AbsurdlyDeepNesting) {
    std::string deep = R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"a":)";
    deep += std::string(200000, '[') + std::string(200000, ']') + R"(},"geometry":null}]})";
    expectRejected(file("deep.geojson", deep), "nested");
}

TEST_F(BadInput, ShapefileWithoutShx) {
    NEEDS_NATIONAL_DATA("france_geojson_admin_express_2018/departement-41-loir-et-cher.geojson");
    const std::string src = dataFile("france_geojson_admin_express_2018/departement-41-loir-et-cher.geojson");
    ASSERT_EQ(run("ogr2ogr -f 'ESRI Shapefile' " + dir + "/dep.shp " + shellQuote(src)).exitCode, 0);
    ASSERT_EQ(unlink((dir + "/dep.shx").c_str()), 0);
    expectRejected(dir + "/dep.shp", ".shx");
    auto r = info(dir + "/dep.shp");
    EXPECT_NE(r.err.find("SHAPE_RESTORE_SHX"), std::string::npos) << r.err;
}

TEST_F(BadInput, MetresInAGeoJsonAreNotLongitudeLatitude) {
    expectRejected(file("metres.geojson", R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},
        "geometry":{"type":"Point","coordinates":[652000,6860000]}}]})"),
                   "not plausible");
}

TEST_F(BadInput, DegreesDeclaredAsLambert93) {
    NEEDS_NATIONAL_DATA("france_geojson_admin_express_2018/departement-41-loir-et-cher.geojson");
    const std::string src = dataFile("france_geojson_admin_express_2018/departement-41-loir-et-cher.geojson");
    ASSERT_EQ(run("ogr2ogr -f 'ESRI Shapefile' -a_srs EPSG:2154 " + dir + "/wrong.shp " + shellQuote(src)).exitCode, 0);
    expectRejected(dir + "/wrong.shp", "outside the area");
}

TEST_F(BadInput, MetresWithoutAnyCrs) {
    expectRejected(file("points.csv", "name,x,y\nA,652000,6860000\nB,653000,6861000\n"), "declares no CRS");
}

TEST_F(BadInput, PipeDoesNotHang) {
    const std::string path = dir + "/fifo.geojson";
    ASSERT_EQ(mkfifo(path.c_str(), 0644), 0);
    expectRejected(path, "not a regular file");
}

TEST_F(BadInput, EmptyLayerLoadsWithAWarning) {
    expectWarnedOnce(file("none.geojson", R"({"type":"FeatureCollection","features":[]})"), "empty (0 features)");
}

TEST_F(BadInput, NullAndEmptyGeometriesAreSkippedWithAWarning) {
    const std::string path = file("nulls.geojson", R"({"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"n":1},"geometry":null},
      {"type":"Feature","properties":{"n":2},"geometry":null},
      {"type":"Feature","properties":{"n":3},"geometry":{"type":"Point","coordinates":[1.3,47.5]}}]})");
    expectWarnedOnce(path, "2 features have no geometry", "--load");
    auto r = info(path);
    EXPECT_EQ(nlohmann::json::parse(r.out)["layers"][0]["feature_count"], 3);
}

TEST_F(BadInput, UnclosedRingIsClosedWithAWarning) {
    expectWarnedOnce(file("open.geojson", R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},
        "geometry":{"type":"Polygon","coordinates":[[[1,47],[2,47],[2,48],[1,48]]]}}]})"),
                     "not closed",
                     "--load");
}

TEST_F(BadInput, SelfIntersectingRingIsRepairedWithAWarning) {
    // A bow tie: its triangles would not match its area until MakeValid splits it.
    const std::string path =
        file("bowtie.geojson", R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},
        "geometry":{"type":"Polygon","coordinates":[[[1,47],[2,48],[2,47],[1,48],[1,47]]]}}]})");
    expectWarnedOnce(path, "repaired with MakeValid", "--load");
    auto j = nlohmann::json::parse(info(path, "--load").out);
    EXPECT_EQ(j["layers"][0]["load"]["triangles"], 2);
}

TEST_F(BadInput, Latin1AttributesAreDecodedWithAWarning) {
    const std::string path = file("latin1.geojson",
                                  "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                                  "\"properties\":{\"nom\":\"Vend\xF4me\"},\"geometry\":{\"type\":"
                                  "\"Point\",\"coordinates\":[1.07,47.79]}}]}");
    expectWarnedOnce(path, "not UTF-8", "--load");
    auto r = run("timeout 60 " + shellQuote(SANTEMAP_BIN) + " pick " + shellQuote(path) + " --at 1.07,47.79");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(nlohmann::json::parse(r.out)["features"][0]["properties"]["nom"], "Vendôme");
}

TEST_F(BadInput, CsvWithoutGeometryIsATable) {
    expectWarnedOnce(file("table.csv", "code,population\n41018,47219\n45234,116617\n"), "read as a table");
}

TEST_F(BadInput, TooLargeToLoadIsRefusedCleanly) {
    NEEDS_NATIONAL_DATA("france_geojson_admin_express_2018/communes_par_departement/communes-45-loiret.geojson");
    const std::string src =
        dataFile("france_geojson_admin_express_2018/communes_par_departement/communes-45-loiret.geojson");
    auto r = run("SANTEMAP_MEMORY_LIMIT_MB=32 timeout 60 " + shellQuote(SANTEMAP_BIN) + " info " + shellQuote(src) +
                 " --load");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("too large to load"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find(src), std::string::npos) << r.err;
    // Without --load the same file streams fine.
    auto streamed =
        run("SANTEMAP_MEMORY_LIMIT_MB=32 timeout 60 " + shellQuote(SANTEMAP_BIN) + " info " + shellQuote(src));
    EXPECT_EQ(streamed.exitCode, 0) << streamed.err;
}

}  // namespace

namespace {

// The 718 communes of the data pack as a Shapefile in `dir`: communes.shp, .shx, .dbf.
std::string communesShapefile(const std::string& dir) {
    const std::string shp = dir + "/communes.shp";
    auto r = run("ogr2ogr -f 'ESRI Shapefile' " + shellQuote(shp) + " data/public-data.gpkg communes");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    return shp;
}

// Rewrites the .dbf's record count to `records` and cuts the file after them, as a copy stopped
// short would.
void cutDbf(const std::string& dbf, std::uint32_t records) {
    std::ifstream in(dbf, std::ios::binary);
    std::string d((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto u16 = [&](std::size_t at) { return std::uint32_t(std::uint8_t(d[at])) | std::uint8_t(d[at + 1]) << 8; };
    const std::uint32_t header = u16(8), recordLength = u16(10);
    for (int k = 0; k < 4; ++k) d[4 + k] = static_cast<char>((records >> (8 * k)) & 0xff);
    d.resize(header + std::size_t(recordLength) * records);
    writeFile(dbf, d);
}

}  // namespace

TEST_F(BadInput, ShapefileWithoutItsDbfIsLoadedWithAWarning) {
    const std::string shp = communesShapefile(dir);
    ASSERT_EQ(unlink((dir + "/communes.dbf").c_str()), 0);
    expectWarnedOnce(shp, "no .dbf beside it: the 718 shapes have no attributes");
}

TEST_F(BadInput, ShapefileWhoseDbfIsShortIsLoadedWithAWarningNamingBothCounts) {
    const std::string shp = communesShapefile(dir);
    auto clean = info(shp);
    EXPECT_EQ(clean.err.find("warning"), std::string::npos) << clean.err;  // the three files agree
    cutDbf(dir + "/communes.dbf", 5);
    expectWarnedOnce(shp, "718 shapes in the .shp/.shx but 5 records in communes.dbf");
}

TEST_F(BadInput, FlatGeobufWithALyingHeaderIsAnError) {
    const std::string fgb = dir + "/departements.fgb";
    ASSERT_EQ(run("ogr2ogr -f FlatGeobuf " + shellQuote(fgb) + " data/public-data.gpkg departements").exitCode, 0);
    std::fstream f(fgb, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(8);  // after the magic bytes: the header's size
    const char huge[4] = {'\xff', '\xff', '\xff', '\x7f'};
    f.write(huge, 4);
    f.close();
    expectRejected(fgb, "Header size too large");
}

// Options and declarations are never ignored silently: each gets one behaviour, with a message.
TEST_F(BadInput, CsvColumnOptionsNamingMissingColumnsAreErrors) {
    const std::string csv = file("points.csv", "name,lon,lat\nA,1.3,47.5\n");
    expectRejected(csv, "no column 'nope' (columns: name, lon, lat)", "--wkt nope");
    expectRejected(csv, "no column 'nope'", "--x nope --y lat");
    expectRejected(csv, "--x and --y go together", "--x lon");
    EXPECT_EQ(info(csv, "--x lon --y lat").exitCode, 0);
    const std::string json = file("p.geojson", R"({"type":"FeatureCollection","features":[]})");
    expectRejected(json, "apply to CSV files only", "--x lon --y lat");
}

TEST_F(BadInput, ADataFolderThatDoesNotExistIsAnError) {
    for (const std::string command : {"aids --profession infirmier --commune 41018",
                                      "territory",
                                      "export --layer communes --format csv --out x.csv"}) {
        auto r = run(shellQuote(SANTEMAP_BIN) + " " + command + " --data /nonexistent/santemap-data");
        EXPECT_EQ(r.exitCode, 2) << command;
        EXPECT_NE(r.err.find("--data /nonexistent/santemap-data: no such folder"), std::string::npos) << r.err;
    }
}

TEST_F(BadInput, AnUnknownCrsIsAnErrorNotWgs84) {
    const std::string path = file(
        "unknown-crs.geojson",
        R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::999999"}},)"
        R"("features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[1.3,47.5]}}]})");
    expectRejected(path, "coordinate system that PROJ does not know");
    expectRejected(path, "coordinate system that PROJ does not know", "--load");
}

TEST_F(BadInput, AnUnreadablePrjIsTheSameErrorForInfoAndLoad) {
    const std::string shp = communesShapefile(dir);
    writeFile(dir + "/communes.prj", "GARBAGE, NOT WKT");
    for (const char* extra : {"", "--load"}) {
        auto r = info(shp, extra);
        EXPECT_EQ(r.exitCode, 1) << extra;
        EXPECT_NE(r.err.find(dir + "/communes.prj: its coordinate system (.prj) cannot be read"), std::string::npos)
            << r.err;
    }
}

TEST_F(BadInput, ASpreadsheetWithMalformedXmlIsReportedNotCutShort) {
    std::string csv = "category,kind,title,professions,commune_code\n";
    for (int i = 1; i <= 50; ++i) csv += "logement,logement-interne,Studio " + std::to_string(i) + ",,41018\n";
    writeFile(dir + "/rows.csv", csv);
    ASSERT_EQ(run("cd " + shellQuote(dir) + " && ogr2ogr -f XLSX rows.xlsx rows.csv").exitCode, 0);
    // The sheet's XML broken in its middle, the rest of the archive intact.
    ASSERT_EQ(run("cd " + shellQuote(dir) +
                  " && mkdir x && cd x && unzip -q ../rows.xlsx && "
                  "f=xl/worksheets/sheet1.xml && n=$(($(wc -c < $f) / 2)) && "
                  "{ head -c $n $f; printf '<<broken&&'; tail -c +$((n + 1)) $f; } > s && mv s $f && "
                  "zip -q -r ../broken.xlsx .")
                  .exitCode,
              0);
    auto r = run(shellQuote(SANTEMAP_BIN) + " listings import " + shellQuote(dir + "/broken.xlsx") + " --store " +
                 shellQuote(dir + "/s.gpkg"));
    EXPECT_EQ(r.exitCode, 1) << r.out;
    EXPECT_NE(r.err.find("broken.xlsx"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("XML"), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find("ERROR 1"), std::string::npos) << "GDAL's error escaped the capture: " << r.err;
}

// A valid polygon that is the ear clipper's worst case loads in bounded time, with one warning.
TEST_F(BadInput, AStarShapedPolygonLoadsInBoundedTimeWithAWarning) {
    std::string coords;
    const int n = 200000;
    for (int i = 0; i <= n; ++i) {
        const double a = 2 * M_PI * (i % n) / n, r = (i % 2) ? 0.25 : 0.5;
        coords += (i ? "," : "") + std::string("[") + std::to_string(1.5 + r * std::cos(a)) + "," +
                  std::to_string(47.5 + r * std::sin(a)) + "]";
    }
    const std::string path = file("star.geojson",
                                  R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},)"
                                  R"("geometry":{"type":"Polygon","coordinates":[[)" +
                                      coords + "]]}}]}");
    expectWarnedOnce(path, "1 polygon is too complex to fill exactly in bounded time", "--load");
}

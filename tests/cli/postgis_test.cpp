// The same info and pick round trip against a real PostgreSQL + PostGIS server. The test script
// starts a private cluster and names it in SANTEMAP_TEST_PG (a PG: connection string such as
// "PG:service=santemap_test"); without it these tests are skipped with a message.
#include <gtest/gtest.h>

#include <cctype>
#include <cstdlib>

#include "cli_support.hpp"
#include "geo/source.hpp"

namespace {

using namespace testing_support;
using cli_support::parse;

const char* pg() { return std::getenv("SANTEMAP_TEST_PG"); }

class PostGis : public ::testing::Test {
protected:
    void SetUp() override {
        if (!pg())
            GTEST_SKIP() << "SANTEMAP_TEST_PG not set: run the tests through scripts/test.sh to get a PostGIS server";
        NEEDS_NATIONAL_DATA(
            "france_geojson_admin_express_2018/communes_par_departement/communes-41-loir-et-cher.geojson");
        const std::string src =
            dataFile("france_geojson_admin_express_2018/communes_par_departement/communes-41-loir-et-cher.geojson");
        // One table per test: ctest runs tests in parallel.
        std::string name = ::testing::UnitTest::GetInstance()->current_test_info()->name();
        for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        table = "communes_41_" + name;
        auto r = run("ogr2ogr -f PostgreSQL " + shellQuote(pg()) + " " + shellQuote(src) + " -nln " + table +
                     " -overwrite -lco GEOMETRY_NAME=geom");
        ASSERT_EQ(r.exitCode, 0) << r.err;
    }
    std::string table;
};

TEST_F(PostGis, InfoMatchesTheGeoJsonSource) {
    NEEDS_NATIONAL_DATA("france_geojson_admin_express_2018/communes_par_departement/communes-41-loir-et-cher.geojson");
    const std::string src =
        dataFile("france_geojson_admin_express_2018/communes_par_departement/communes-41-loir-et-cher.geojson");
    auto file = parse(santemap("info " + shellQuote(src)))["layers"][0];
    auto r = santemap("info " + shellQuote(pg()) + " --layer " + table);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    auto j = parse(r);
    EXPECT_EQ(j["driver"], "PostgreSQL");
    auto layer = j["layers"][0];
    EXPECT_EQ(layer["feature_count"], file["feature_count"]);
    EXPECT_EQ(layer["crs"], "EPSG:4326");
    for (int k = 0; k < 4; ++k)
        EXPECT_NEAR(layer["extent_lonlat"][k].get<double>(), file["extent_lonlat"][k].get<double>(), 1e-9);
}

TEST_F(PostGis, PickMatchesTheGeoJsonSource) {
    NEEDS_NATIONAL_DATA("france_geojson_admin_express_2018/communes_par_departement/communes-41-loir-et-cher.geojson");
    const std::string src =
        dataFile("france_geojson_admin_express_2018/communes_par_departement/communes-41-loir-et-cher.geojson");
    for (const char* at : {"1.3359,47.5861", "1.7405,47.3596", "0.9,47.9"}) {
        auto fromFile = parse(santemap("pick " + shellQuote(src) + " --at " + at))["features"];
        auto fromDb = parse(santemap("pick " + shellQuote(pg()) + " --layer " + table + " --at " + at))["features"];
        ASSERT_EQ(fromDb.size(), fromFile.size()) << at;
        for (std::size_t i = 0; i < fromDb.size(); ++i)
            EXPECT_EQ(fromDb[i]["properties"]["code"], fromFile[i]["properties"]["code"]);
    }
}

TEST(PostGisConnection, PasswordsAreMaskedAndBadConnectionsExplained) {
    auto r = santemap("info 'PG:host=127.0.0.1 port=1 dbname=x user=u password=s3cret'");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_EQ(r.err.find("s3cret"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("password=***"), std::string::npos) << r.err;
}

// A password planted in every form libpq accepts, given to every subcommand as a source, a store
// or SANTEMAP_STORE: no output (standard output, standard error) of any of them shows it.
TEST(PostGisConnection, NoSubcommandEverPrintsAPlantedPassword) {
    const std::string dir = testing_support::scratchDir("planted_password");
    testing_support::writeFile(dir + "/new.csv",
                               "category,kind,title,professions,commune_code\n"
                               "logement,logement-interne,Studio,medecin-generaliste,41018\n");
    testing_support::writeFile(dir + "/scene.json", "{}");
    // Every form libpq accepts, through the one masking function...
    const std::vector<std::string> forms = {"PG:host=h password=Plant1Secret",
                                            "PG:host=h password = 'Plant2 Secret'",
                                            "PG:host=h password='ab\\' Plant3Secret'",
                                            "PG:host=h PASSWORD=Plant4Secret",
                                            "postgresql://u:Plant5Secret@h:1/x",
                                            "postgresql://h:1/x?user=u&password=Plant6Secret&sslmode=disable"};
    for (const auto& f : forms) {
        EXPECT_EQ(geo::maskPassword(f).find("Secret"), std::string::npos) << geo::maskPassword(f);
        EXPECT_EQ(geo::maskPassword(geo::maskPassword(f)), geo::maskPassword(f));
    }
    // ...and every subcommand's outputs, with the hardest form (an escaped quote inside quotes).
    std::vector<std::string> connections = {"PG:host=127.0.0.1 port=1 dbname=x user=u password='ab\\' Plant3Secret'"};
    // A reachable server too (when the tests have one): the "new listing store" message.
    if (const char* pg = std::getenv("SANTEMAP_TEST_PG"))
        connections.push_back(std::string(pg) + " password='x\\' Plant7Secret'");
    const std::string out = shellQuote(dir + "/out.csv");
    for (const auto& c : connections) {
        const std::string q = shellQuote(c);
        const std::vector<std::string> commands = {
            "info " + q,
            "info " + q + " --load",
            "pick " + q + " --at 1.5,47.5",
            "listings list --store " + q,
            "listings import " + shellQuote(dir + "/new.csv") + " --store " + q,
            "export --layer annonces --format csv --out " + out + " --store " + q,
            "aids --profession medecin-generaliste --commune 41018 --zoning " + q,
        };
        for (const auto& command : commands) {
            SCOPED_TRACE(command);
            for (const auto& r : {santemap(command),
                                  run("SANTEMAP_STORE=" + q + " " + shellQuote(SANTEMAP_BIN) + " " +
                                      command.substr(0, command.find(" --store ")))}) {
                EXPECT_EQ((r.out + r.err).find("Secret"), std::string::npos) << r.out << r.err;
                EXPECT_EQ((r.out + r.err).find("Plant"), std::string::npos) << r.out << r.err;
            }
        }
    }
}

}  // namespace

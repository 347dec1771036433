// A listing store carries its schema version: a foreign GeoPackage or a table of another schema
// is refused and left byte for byte as it was, a store of today's schema without the record is
// adopted and stamped, a newer or damaged version is refused.
#include <unistd.h>

#include <filesystem>

#include "cli/cli_support.hpp"

using testing_support::run;
using testing_support::santemap;
using testing_support::shellQuote;

namespace fs = std::filesystem;

namespace {

// The version record as SQLite holds it, read by GDAL's own tool.
std::string recordedVersion(const std::string& store) {
    auto r = run("ogrinfo -ro -q " + shellQuote(store) +
                 " -sql \"SELECT value FROM santemap_store WHERE key = 'listings.schema_version'\"");
    const auto at = r.out.find("value (String) = ");
    return at == std::string::npos ? "" : r.out.substr(at + 17, r.out.find('\n', at) - at - 17);
}

void sql(const std::string& store, const std::string& statement) {
    auto r = run("ogrinfo -q " + shellQuote(store) + " -sql " + shellQuote(statement));
    ASSERT_EQ(r.exitCode, 0) << r.err;
}

void expectRefusedAndUnchanged(const std::string& store, const std::string& words) {
    const std::string before = testing_support::readFile(store);
    auto r = santemap("listings list --store " + shellQuote(store));
    EXPECT_EQ(r.exitCode, 1) << r.out;
    EXPECT_NE(r.err.find(words), std::string::npos) << r.err;
    EXPECT_NE(r.err.find(store), std::string::npos) << r.err;
    EXPECT_TRUE(testing_support::readFile(store) == before) << "the store was altered";
}

}  // namespace

TEST(StoreSchema, ANewStoreRecordsItsVersion) {
    const std::string store = testing_support::scratchDir("store_schema_new") + "/annonces.gpkg";
    auto r = santemap("listings list --store " + shellQuote(store));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(recordedVersion(store), "1");
}

TEST(StoreSchema, AForeignGeoPackageIsRefusedAndLeftAlone) {
    const std::string dir = testing_support::scratchDir("store_schema_foreign");
    const std::string store = dir + "/communes.gpkg";
    fs::copy_file("data/public-data.gpkg", store);
    expectRefusedAndUnchanged(store, "not a SantéMap listing store");
}

TEST(StoreSchema, AListingsTableOfAnotherSchemaIsRefusedAndLeftAlone) {
    const std::string dir = testing_support::scratchDir("store_schema_other");
    testing_support::writeFile(dir + "/listings.csv", "name,price\nStudio,350\n");
    const std::string store = dir + "/other.gpkg";
    auto made =
        run("ogr2ogr -f GPKG " + shellQuote(store) + " " + shellQuote(dir + "/listings.csv") + " -nln listings");
    ASSERT_EQ(made.exitCode, 0) << made.err;
    expectRefusedAndUnchanged(store, "missing columns version, category");
}

TEST(StoreSchema, TodaysSchemaWithoutTheRecordIsAdoptedAndStamped) {
    const std::string store = testing_support::scratchDir("store_schema_adopt") + "/annonces.gpkg";
    ASSERT_EQ(santemap("listings list --store " + shellQuote(store)).exitCode, 0);
    const auto before = cli_support::parse(santemap("listings list --store " + shellQuote(store)));
    sql(store, "DROP TABLE santemap_store");  // as a store made before the record existed
    ASSERT_EQ(recordedVersion(store), "");
    auto r = santemap("listings list --store " + shellQuote(store));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(cli_support::parse(r)["count"], before["count"]);
    EXPECT_EQ(recordedVersion(store), "1");
}

TEST(StoreSchema, NewerOrDamagedVersionsAreRefused) {
    const std::string store = testing_support::scratchDir("store_schema_newer") + "/annonces.gpkg";
    ASSERT_EQ(santemap("listings list --store " + shellQuote(store)).exitCode, 0);
    sql(store, "UPDATE santemap_store SET value = '7' WHERE key = 'listings.schema_version'");
    expectRefusedAndUnchanged(store, "newer SantéMap (store schema 7");
    sql(store, "UPDATE santemap_store SET value = 'deux' WHERE key = 'listings.schema_version'");
    expectRefusedAndUnchanged(store, "not a number: 'deux'");
    // A store of today's version whose table lost a column is refused, not repaired silently.
    sql(store, "UPDATE santemap_store SET value = '1' WHERE key = 'listings.schema_version'");
    sql(store, "ALTER TABLE listings DROP COLUMN supervisor");
    expectRefusedAndUnchanged(store, "missing columns supervisor");
}

TEST(StoreSchema, AReadOnlyStoreCanBeListedNotChanged) {
    const std::string dir = testing_support::scratchDir("store_schema_readonly");
    const std::string store = dir + "/annonces.gpkg";
    auto made = run("SANTEMAP_STORE=" + shellQuote(store) + " " + shellQuote(SANTEMAP_BIN) + " listings list");
    ASSERT_EQ(made.exitCode, 0) << made.err;
    const int count = cli_support::parse(made)["count"].get<int>();
    ASSERT_GT(count, 0);
    testing_support::writeFile(dir + "/new.csv",
                               "category,kind,title,professions,commune_code\n"
                               "logement,logement-interne,Studio,medecin-generaliste,41018\n");
    fs::permissions(store, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    // Root may write any file: the commands run as an unprivileged user when the tests run as root.
    const std::string as = ::getuid() == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : "";
    auto r = run(as + shellQuote(SANTEMAP_BIN) + " listings list --store " + shellQuote(store));
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(cli_support::parse(r)["count"].get<int>(), count);
    const std::string before = testing_support::readFile(store);
    auto w = run(as + shellQuote(SANTEMAP_BIN) + " listings import " + shellQuote(dir + "/new.csv") + " --store " +
                 shellQuote(store));
    EXPECT_EQ(w.exitCode, 1) << w.out;
    EXPECT_NE(w.err.find("read-only"), std::string::npos) << w.err;
    EXPECT_TRUE(testing_support::readFile(store) == before);
}

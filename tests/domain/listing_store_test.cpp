// The listing store: the same round trip (create, edit, move, delete, reopen) on a GeoPackage and
// on a real PostGIS server, conflicts between two instances, and what a reader outside SantéMap
// (ogrinfo) sees in the file.
#include <cctype>
#include <cstdlib>

#include "cli/cli_support.hpp"
#include "domain/listing_store.hpp"

using testing_support::run;
using testing_support::shellQuote;

namespace {

app::Listing sample(const std::string& title) {
    app::Listing l;
    l.category = "logement";
    l.kind = "logement-interne";
    l.title = title;
    l.communeCode = "45100";
    l.communeName = "Combleux";
    l.lonLat = {1.9843, 47.9008};
    l.capacity = 3;
    l.priceMinEur = 100;
    l.priceMaxEur = 150.5;
    l.furnished = true;
    l.professions = {"medecin-generaliste", "sage-femme"};
    l.contactEmail = "agence@example.org";
    l.contactPublic = false;
    l.description = "Accents é, guillemets « », apostrophe l'écluse";
    return l;
}

// "gpkg" or "postgis": each test gets its own file or table (ctest runs tests in parallel).
struct StoreTarget {
    std::string source, table;
};

class ListingStoreTest : public ::testing::TestWithParam<std::string> {
protected:
    void SetUp() override {
        std::string name = ::testing::UnitTest::GetInstance()->current_test_info()->name();
        for (char& c : name) c = std::isalnum(static_cast<unsigned char>(c)) ? static_cast<char>(std::tolower(c)) : '_';
        if (GetParam() == "postgis") {
            const char* pg = std::getenv("SANTEMAP_TEST_PG");
            if (!pg) GTEST_SKIP() << "SANTEMAP_TEST_PG not set: run the tests through scripts/test.sh";
            // PostgreSQL truncates identifiers at 63 bytes.
            target = {pg,
                      "listings_" + name.substr(0, 40) + "_" + std::to_string(std::hash<std::string>{}(name) % 100000)};
            run("ogrinfo " + shellQuote(pg) + " -sql " + shellQuote("DROP TABLE IF EXISTS " + target.table));
        } else {
            target = {testing_support::scratchDir("listing_store_" + name) + "/annonces.gpkg", "listings"};
        }
    }
    app::ListingStore open() {
        auto s = app::ListingStore::open(target.source, true, target.table);
        EXPECT_TRUE(s) << geo::describe(s.error());
        return std::move(s.value());
    }
    StoreTarget target;
};

TEST_P(ListingStoreTest, RoundTripCreateEditMoveDeleteReopen) {
    std::int64_t keptFid = 0, deletedFid = 0;
    {
        auto store = open();
        auto a = store.insert(sample("Maison A"));
        ASSERT_TRUE(a) << geo::describe(a.error());
        EXPECT_GT(a->fid, 0);
        EXPECT_EQ(a->version, 1);
        auto b = store.insert(sample("Maison B"));
        ASSERT_TRUE(b);
        // Edit and move.
        app::Listing edited = a.value();
        edited.title = "Maison A (rénovée)";
        edited.lonLat = {2.0722, 47.8999};
        edited.capacity.reset();  // back to "pas de données", not 0
        auto saved = store.update(edited);
        ASSERT_TRUE(saved) << geo::describe(saved.error());
        EXPECT_EQ(saved->version, 2);
        ASSERT_TRUE(store.remove(b->fid, b->version));
        keptFid = a->fid;
        deletedFid = b->fid;
    }
    auto store = open();
    auto all = store.readAll();
    ASSERT_TRUE(all);
    ASSERT_EQ(all->size(), 1u);
    const app::Listing& l = all->front();
    EXPECT_EQ(l.fid, keptFid);
    EXPECT_NE(l.fid, deletedFid);
    EXPECT_EQ(l.title, "Maison A (rénovée)");
    EXPECT_EQ(l.version, 2);
    EXPECT_DOUBLE_EQ(l.lonLat.x, 2.0722);
    EXPECT_DOUBLE_EQ(l.lonLat.y, 47.8999);
    EXPECT_FALSE(l.capacity.has_value());
    EXPECT_DOUBLE_EQ(*l.priceMaxEur, 150.5);
    EXPECT_EQ(l.furnished, std::optional<bool>(true));
    EXPECT_FALSE(l.vehicle.has_value());
    EXPECT_FALSE(l.contactPublic);
    EXPECT_EQ(l.professions, (std::vector<std::string>{"medecin-generaliste", "sage-femme"}));
    EXPECT_EQ(l.description, "Accents é, guillemets « », apostrophe l'écluse");
    EXPECT_EQ(l.updatedAt.size(), 20u);

    // The oracle: GDAL's own reader sees the same row and the same point.
    auto r = run("ogrinfo -ro -al -q " + shellQuote(target.source) + " " + shellQuote(target.table));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("Maison A (rénovée)"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("POINT (2.0722 47.8999)"), std::string::npos) << r.out;
    EXPECT_EQ(r.out.find("Maison B"), std::string::npos);
}

TEST_P(ListingStoreTest, TwoInstancesSeeEachOtherAndConflictsAreReported) {
    auto alice = open();
    auto bob = open();
    auto created = alice.insert(sample("Logement partagé"));
    ASSERT_TRUE(created);
    // Bob refreshes and sees Alice's listing.
    auto seen = bob.readAll();
    ASSERT_TRUE(seen) << geo::describe(seen.error());
    ASSERT_EQ(seen->size(), 1u);
    app::Listing bobsCopy = seen->front();
    app::Listing alicesCopy = created.value();

    alicesCopy.title = "Modifié par Alice";
    ASSERT_TRUE(alice.update(alicesCopy));
    bobsCopy.title = "Modifié par Bob";
    auto conflict = bob.update(bobsCopy);
    ASSERT_FALSE(conflict) << "Bob's stale edit must not overwrite Alice's";
    EXPECT_EQ(conflict.error().code, geo::ErrorCode::Conflict);
    EXPECT_NE(conflict.error().message.find("changed by someone else"), std::string::npos);
    EXPECT_FALSE(bob.remove(bobsCopy.fid, bobsCopy.version)) << "nor delete it";

    auto now = bob.readAll();
    ASSERT_TRUE(now);
    EXPECT_EQ(now->front().title, "Modifié par Alice");
    // After a refresh Bob can save.
    app::Listing fresh = now->front();
    fresh.title = "Modifié par Bob après rechargement";
    ASSERT_TRUE(bob.update(fresh));
    // Alice deletes; Bob's edit of the deleted listing is a conflict too.
    auto latest = alice.readAll();
    ASSERT_TRUE(alice.remove(latest->front().fid, latest->front().version));
    auto gone = bob.update(fresh);
    ASSERT_FALSE(gone);
    EXPECT_EQ(gone.error().code, geo::ErrorCode::Conflict);
}

TEST_P(ListingStoreTest, UpdatingAMissingListingIsRefusedAndWritesNothing) {
    auto store = open();
    ASSERT_TRUE(store.insert(sample("Avant")));
    app::Listing ok = sample("Bon");
    app::Listing stale = sample("Périmé");
    stale.fid = 999999;
    stale.version = 3;
    // update of a row that does not exist: refused, store unchanged.
    EXPECT_FALSE(store.update(stale));
    auto all = store.readAll();
    ASSERT_TRUE(all);
    EXPECT_EQ(all->size(), 1u);
}

// Another process (GDAL's own ogrinfo, as another SantéMap would through its store) saves the
// listing between this editor's read and its save: the save is refused, nothing is overwritten.
TEST_P(ListingStoreTest, AnEditSavedByAnotherProcessIsAConflictHere) {
    auto store = open();
    auto created = store.insert(sample("Cabinet"));
    ASSERT_TRUE(created);
    app::Listing mine = created.value();
    const std::string fid = std::to_string(mine.fid);
    auto other = run("ogrinfo -q " + shellQuote(target.source) + " -sql " +
                     shellQuote("UPDATE " + target.table +
                                " SET version = version + 1, title = 'Modifié ailleurs' WHERE fid = " + fid));
    ASSERT_EQ(other.exitCode, 0) << other.err;
    mine.title = "Modifié ici";
    auto saved = store.update(mine);
    ASSERT_FALSE(saved);
    EXPECT_EQ(saved.error().code, geo::ErrorCode::Conflict);
    auto now = store.readAll();
    ASSERT_TRUE(now);
    EXPECT_EQ(now->front().title, "Modifié ailleurs");
    // Deleted by the other process: the edit is a conflict too, and nothing comes back.
    other = run("ogrinfo -q " + shellQuote(target.source) + " -sql " +
                shellQuote("DELETE FROM " + target.table + " WHERE fid = " + fid));
    ASSERT_EQ(other.exitCode, 0) << other.err;
    auto gone = store.update(now->front());
    ASSERT_FALSE(gone);
    EXPECT_EQ(gone.error().code, geo::ErrorCode::Conflict);
    auto after = store.readAll();
    ASSERT_TRUE(after);
    EXPECT_TRUE(after->empty());
}

INSTANTIATE_TEST_SUITE_P(Stores, ListingStoreTest, ::testing::Values("gpkg", "postgis"), [](const auto& p) {
    return p.param;
});

TEST(ListingStore, BadSourcesAreExplained) {
    const std::string dir = testing_support::scratchDir("listing_store_bad");
    testing_support::writeFile(dir + "/not.gpkg", "this is not a GeoPackage");
    auto s = app::ListingStore::open(dir + "/not.gpkg", true);
    ASSERT_FALSE(s);
    EXPECT_NE(geo::describe(s.error()).find(dir + "/not.gpkg"), std::string::npos);
    auto missing = app::ListingStore::open(dir + "/absent.gpkg", false);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().code, geo::ErrorCode::NotFound);
    auto pg = app::ListingStore::open("PG:host=127.0.0.1 port=1 dbname=x password=secret", true);
    ASSERT_FALSE(pg);
    EXPECT_EQ(geo::describe(pg.error()).find("secret"), std::string::npos);
}

}  // namespace

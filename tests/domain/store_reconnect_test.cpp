// A PostGIS store whose server stops and starts again: under a running import (nothing of it
// written, a clear error) and between two edits of an open editor (a clear error while it is down,
// the next action reconnects). The tests stop and resume the suite's own server
// (scripts/pg-test-server.sh), so ctest runs them alone (RUN_SERIAL, tests/CMakeLists.txt); each
// works in a database of its own. psql, outside SantéMap, is the oracle for what the server holds.
#include <cctype>
#include <chrono>
#include <cstdlib>
#include <future>
#include <thread>

#include "domain/listing_editor.hpp"
#include "domain/listing_store.hpp"
#include "listing_samples.hpp"
#include "support/test_support.hpp"

using testing_support::housing;
using testing_support::run;
using testing_support::santemap;
using testing_support::shellQuote;

namespace {

class RestartedServer : public ::testing::Test {
protected:
    void SetUp() override {
        // The same condition as the other PostGIS tests: scripts/test.sh provides the server.
        const char* cluster = std::getenv("SANTEMAP_TEST_PG_CLUSTER");
        const char* socket = std::getenv("SANTEMAP_TEST_PG_SOCKET");
        if (!std::getenv("SANTEMAP_TEST_PG") || !cluster || !socket)
            GTEST_SKIP() << "SANTEMAP_TEST_PG not set: run the tests through scripts/test.sh to get a PostGIS server";
        m_cluster = cluster;
        m_socket = socket;
        const std::string name = ::testing::UnitTest::GetInstance()->current_test_info()->name();
        m_dir = testing_support::scratchDir(name);
        m_database = "restart_";
        for (char c : name.substr(0, 40)) m_database += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        psqlIn("postgres", "DROP DATABASE IF EXISTS " + m_database);
        psqlIn("postgres", "CREATE DATABASE " + m_database);
        psqlIn(m_database, "CREATE EXTENSION postgis");
        m_source = "PG:host=" + m_socket + " dbname=" + m_database + " user=santemap";
    }
    void TearDown() override {
        if (m_cluster.empty()) return;
        // Whatever happened, the server is left running for the tests after this one.
        server("resume");
        psqlIn("postgres", "DROP DATABASE IF EXISTS " + m_database);
    }

    testing_support::CommandResult server(const std::string& action) const {
        return run("scripts/pg-test-server.sh " + action + " " + shellQuote(m_cluster));
    }
    std::string psqlIn(const std::string& database, const std::string& sql) const {
        auto r =
            run("psql -X -At -h " + shellQuote(m_socket) + " -U santemap -d " + database + " -c " + shellQuote(sql));
        EXPECT_EQ(r.exitCode, 0) << sql << ": " << r.err;
        return r.out.substr(0, r.out.find_last_not_of('\n') + 1);
    }
    // One value from the test's database, read by psql.
    std::string psql(const std::string& sql) const { return psqlIn(m_database, sql); }

    std::string m_cluster, m_dir, m_socket, m_database, m_source;
};

// An agency's list of `rows` valid listings, in the import's format.
std::string importFile(const std::string& path, int rows) {
    std::string csv =
        "categorie,type,titre,professions,code_insee,lon,lat,date_debut,description,contact,telephone,email,"
        "contact_public,capacite,loyer_min,loyer_max,meuble,vehicule,semestres,service,maitre_de_stage,demo,source\n";
    for (int i = 0; i < rows; ++i)
        csv += "logement,logement-interne,Studio " + std::to_string(i) +
               ",,45100,1.98,47.90,,Studio près de l'hôpital,Agence,,,oui,2,200,300,oui,,,,,non,test\n";
    testing_support::writeFile(path, csv);
    return path;
}

TEST_F(RestartedServer, AnImportCutByAServerStopWritesNothingAndSaysWhy) {
    {
        auto store = app::ListingStore::open(m_source, true);
        ASSERT_TRUE(store) << geo::describe(store.error());
        ASSERT_TRUE(store->insert(housing("déjà là")));
    }
    ASSERT_EQ(psql("SELECT count(*) FROM listings"), "1");
    const std::string csv = importFile(m_dir + "/liste.csv", 20000);
    auto import = std::async(std::launch::async, [&] {
        return santemap("listings import " + shellQuote(csv) + " --store " + shellQuote(m_source));
    });
    // Stop the server once the import's transaction is open and rows are going in.
    bool caught = false;
    while (import.wait_for(std::chrono::milliseconds(20)) != std::future_status::ready) {
        const std::string inTransaction = psql(
            "SELECT count(*) FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND datname = current_database() "
            "AND xact_start IS NOT NULL "
            "AND (state = 'idle in transaction' OR query ILIKE 'INSERT%' OR query ILIKE 'COPY%')");
        if (inTransaction != "0") {
            caught = true;
            ASSERT_EQ(server("stop").exitCode, 0);
            break;
        }
    }
    auto result = import.get();
    ASSERT_TRUE(caught) << "the import of 20,000 rows ended before the server could be stopped: " << result.out;
    EXPECT_EQ(result.exitCode, 1) << result.out;
    EXPECT_NE(result.err.find("connection to the database server was lost"), std::string::npos) << result.err;
    EXPECT_NE(result.err.find("nothing of it was written"), std::string::npos) << result.err;

    ASSERT_EQ(server("resume").exitCode, 0);
    EXPECT_EQ(psql("SELECT count(*) FROM listings"), "1") << "a half-written import survived";
    // The same import, the server up: all of it.
    auto again = santemap("listings import " + shellQuote(importFile(m_dir + "/petite.csv", 3)) + " --store " +
                          shellQuote(m_source));
    ASSERT_EQ(again.exitCode, 0) << again.err;
    EXPECT_EQ(psql("SELECT count(*) FROM listings"), "4");
}

TEST_F(RestartedServer, AnOpenEditorReportsTheStoppedServerThenReconnects) {
    app::ListingEditor editor(m_source);
    auto first = editor.save(housing("Studio A"));
    ASSERT_TRUE(first) << geo::describe(first.error());
    app::Listing edit = first.value();
    edit.title = "Studio A, meublé";
    auto second = editor.save(edit);
    ASSERT_TRUE(second) << geo::describe(second.error());

    // Restarted between two edits: the next edit reconnects and saves, nobody has to reopen anything.
    ASSERT_EQ(server("stop").exitCode, 0);
    ASSERT_EQ(server("resume").exitCode, 0);
    edit = second.value();
    edit.capacity = 3;
    auto third = editor.save(edit);
    ASSERT_TRUE(third) << geo::describe(third.error());
    EXPECT_EQ(third->version, 3);

    // Stopped: a clear error for each action, nothing written; then back, the same edit saves.
    ASSERT_EQ(server("stop").exitCode, 0);
    edit = third.value();
    edit.title = "Studio A, refait";
    auto down = editor.save(edit);
    ASSERT_FALSE(down);
    EXPECT_EQ(down.error().code, geo::ErrorCode::Database);
    EXPECT_NE(down.error().message.find("database server cannot be reached"), std::string::npos)
        << down.error().message;
    EXPECT_FALSE(editor.reload());
    ASSERT_EQ(server("resume").exitCode, 0);
    EXPECT_EQ(psql("SELECT title || ' v' || version FROM listings"), "Studio A, meublé v3");
    auto back = editor.save(edit);
    ASSERT_TRUE(back) << geo::describe(back.error());
    EXPECT_EQ(psql("SELECT title || ' v' || version || ' ' || capacity FROM listings"), "Studio A, refait v4 3");
    // Undo still works across the reconnections: it writes the previous state back.
    ASSERT_TRUE(editor.undo());
    EXPECT_EQ(psql("SELECT title || ' v' || version FROM listings"), "Studio A, meublé v5");
}

}  // namespace

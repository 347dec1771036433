// A fresh clone runs on its own data: the files git tracks are copied into a folder with no
// ../shared beside it, and the santemap binary runs there with SANTEMAP_DATA unset, as a user who
// has only the repository would run it. What it answers is checked against the checkout's own
// answers and, when the national data set is here, against the public source files.
#include <gtest/gtest.h>
#include <stb/stb_image.h>

#include <unistd.h>

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>

#include "domain/commune_directory.hpp"
#include "geo/table_ref.hpp"
#include "support/test_support.hpp"

namespace fs = std::filesystem;
using namespace testing_support;

namespace {

// The clone, made once for the test program: the four commands a new user runs, and their output.
struct Clone {
    fs::path root;  // holds the clone and a home folder; nothing named "shared" beside the clone
    fs::path repo;
    bool gitCheckout = true;  // the files of a clone are those git tracks
    std::string setupError;
    CommandResult territory, render, aids, exportCsv, exportGpkg;
};

// Runs santemap inside the clone: its own binary, no SANTEMAP_DATA, a fresh home and store.
CommandResult inClone(const Clone& c, const std::string& args) {
    const fs::path home = c.root / "home";
    return run("cd " + shellQuote(c.repo.string()) + " && env -u SANTEMAP_DATA -u SANTEMAP_STORE -u DISPLAY HOME=" +
               shellQuote(home.string()) + " XDG_DATA_HOME= XDG_CONFIG_HOME= build/santemap " + args);
}

const Clone& clone() {
    static const Clone c = [] {
        Clone out;
        out.root = scratchDir("fresh_clone_" + std::to_string(::getpid()));  // tests may run in parallel
        out.repo = out.root / "santemap";
        fs::create_directories(out.repo / "build");
        out.gitCheckout =
            run("git -C " + shellQuote(SANTEMAP_SOURCE_DIR) + " rev-parse --is-inside-work-tree").exitCode == 0;
        if (!out.gitCheckout) return out;
        auto copied = run("cd " + shellQuote(SANTEMAP_SOURCE_DIR) + " && git ls-files -z | xargs -0 cp --parents -t " +
                          shellQuote(out.repo.string()));
        if (copied.exitCode != 0) {
            out.setupError = "copying the files git tracks failed: " + copied.err;
            return out;
        }
        fs::copy_file(SANTEMAP_BIN, out.repo / "build/santemap");
        out.territory = inClone(out, "territory --load");
        out.render = inClone(
            out, "render --default-territory --size 800x500 --out " + shellQuote((out.root / "clone.png").string()));
        out.aids = inClone(out, "aids --profession medecin-generaliste --commune 41143 --date 2025-06-01");
        out.exportCsv = inClone(
            out, "export --layer communes --format csv --out " + shellQuote((out.root / "communes.csv").string()));
        out.exportGpkg = inClone(
            out, "export --layer communes --format gpkg --out " + shellQuote((out.root / "communes.gpkg").string()));
        return out;
    }();
    // The clone is 10 MB: gone when the test program ends.
    static const struct RemoveAtExit {
        fs::path path;
        ~RemoveAtExit() {
            std::error_code ec;
            fs::remove_all(path, ec);
        }
    } removeAtExit{c.root};
    return c;
}

// At the start of each test: the clone is there, or the test says why not.
#define NEEDS_CLONE()                                                                                                \
    do {                                                                                                             \
        if (!clone().gitCheckout) GTEST_SKIP() << SANTEMAP_SOURCE_DIR << " is not a git checkout: no clone to make"; \
        ASSERT_EQ(clone().setupError, "");                                                                           \
    } while (false)

// The same command in the developer's checkout, with a fresh listing store too.
CommandResult inCheckout(const std::string& args) {
    const std::string store = scratchDir("fresh_clone_store_" + std::to_string(::getpid())) + "/annonces.gpkg";
    return run("cd " + shellQuote(SANTEMAP_SOURCE_DIR) + " && env -u DISPLAY SANTEMAP_STORE=" + shellQuote(store) +
               " " + shellQuote(SANTEMAP_BIN) + " " + args);
}

TEST(FreshClone, HasNoSharedDataBesideIt) {
    NEEDS_CLONE();
    EXPECT_FALSE(fs::exists(clone().repo / "../shared")) << "the test must run where a user's clone would";
    EXPECT_TRUE(fs::exists(clone().repo / "data/public-data.gpkg")) << "the data pack is committed";
}

TEST(FreshClone, TerritoryReadsOnlyTheDataPack) {
    NEEDS_CLONE();
    const auto& r = clone().territory;
    ASSERT_EQ(r.exitCode, 0) << r.err;
    auto j = nlohmann::json::parse(r.out);
    ASSERT_GE(j["sources"].size(), 8u);
    for (const auto& s : j["sources"]) {
        const std::string source = s["source"];
        EXPECT_EQ(source.rfind("data/", 0), 0u) << source << " is not in the clone's data/";
        ASSERT_EQ(s["layers"].size(), 1u);
        EXPECT_GT(s["layers"][0]["feature_count"].get<long long>(), 0) << source;
        EXPECT_TRUE(s["layers"][0].contains("load")) << "--load runs the map's pipeline on " << source;
    }
}

TEST(FreshClone, DrawsTheSameMapAsTheCheckout) {
    NEEDS_CLONE();
    const auto& r = clone().render;
    ASSERT_EQ(r.exitCode, 0) << r.err;
    const std::string mine = (clone().root / "checkout.png").string();
    auto c = inCheckout("render --default-territory --size 800x500 --out " + shellQuote(mine));
    ASSERT_EQ(c.exitCode, 0) << c.err;
    int w1 = 0, h1 = 0, w2 = 0, h2 = 0, n = 0;
    unsigned char* a = stbi_load((clone().root / "clone.png").c_str(), &w1, &h1, &n, 4);
    unsigned char* b = stbi_load(mine.c_str(), &w2, &h2, &n, 4);
    ASSERT_TRUE(a && b);
    ASSERT_EQ(w1, 800);
    ASSERT_EQ(h1, 500);
    ASSERT_EQ(w2, w1);
    ASSERT_EQ(h2, h1);
    std::size_t differing = 0, inked = 0;
    for (std::size_t i = 0; i < std::size_t(w1) * h1 * 4; i += 4) {
        differing +=
            std::abs(a[i] - b[i]) > 24 || std::abs(a[i + 1] - b[i + 1]) > 24 || std::abs(a[i + 2] - b[i + 2]) > 24;
        inked += a[i] < 200 || a[i + 1] < 200 || a[i + 2] < 200;  // outlines, labels, dark fills
    }
    stbi_image_free(a);
    stbi_image_free(b);
    EXPECT_EQ(differing, 0u) << "the clone's map differs from the checkout's";
    EXPECT_GT(inked, 5000u) << "the map shows communes, outlines and labels";
}

TEST(FreshClone, AidsAnswerAsInTheCheckout) {
    NEEDS_CLONE();
    const auto& r = clone().aids;
    ASSERT_EQ(r.exitCode, 0) << r.err;
    auto c = inCheckout("aids --profession medecin-generaliste --commune 41143 --date 2025-06-01");
    ASSERT_EQ(c.exitCode, 0) << c.err;
    EXPECT_EQ(r.out, c.out);
    auto j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["commune"]["name"], "Mondoubleau");
    EXPECT_FALSE(j["aids"].empty());
}

TEST(FreshClone, ExportedCommunesHaveInseesPublishedPopulations) {
    NEEDS_CLONE();
    ASSERT_EQ(clone().exportCsv.exitCode, 0) << clone().exportCsv.err;
    ASSERT_EQ(clone().exportGpkg.exitCode, 0) << clone().exportGpkg.err;
    for (const char* file : {"communes.csv", "communes.gpkg"}) {
        geo::Layer c = readTableOk({(clone().root / file).string()});
        const auto dep = c.table.fieldIndex("departement"), pop = c.table.fieldIndex("population");
        ASSERT_TRUE(dep && pop) << file;
        std::map<std::string, double> total;
        std::map<std::string, int> count;
        for (std::size_t r = 0; r < c.table.rowCount(); ++r) {
            const std::string d = geo::toText(c.table.at(r, *dep));
            total[d] += geo::numberOf(c.table.at(r, *pop)).value_or(0);
            ++count[d];
        }
        // INSEE's legal populations in force on 1 January 2026 (SOURCES.md §1).
        EXPECT_EQ(count["41"], 267) << file;
        EXPECT_EQ(count["45"], 325) << file;
        EXPECT_DOUBLE_EQ(total["41"], 328543) << file;
        EXPECT_DOUBLE_EQ(total["45"], 691268) << file;
    }
}

// Every commune's population and indicators, as the clone exports them, equal the source files.
TEST(FreshClone, EveryCommuneHasTheValuesOfTheSourceFiles) {
    NEEDS_NATIONAL_DATA("insee_population/communes_population.csv",
                        "insee_population/communes_codes_anciens_vers_actuels.csv",
                        "sante_communes_santescope/indicateurs_sante_communes.csv");
    NEEDS_CLONE();
    ASSERT_EQ(clone().exportGpkg.exitCode, 0) << clone().exportGpkg.err;
    geo::Layer c = readTableOk({(clone().root / "communes.gpkg").string()});
    auto population =
        app::CommuneDirectory::read({dataFile("insee_population/communes_population.csv")}, "code_insee", {});
    auto indicators =
        app::CommuneDirectory::read({dataFile("sante_communes_santescope/indicateurs_sante_communes.csv")}, "code", {});
    ASSERT_TRUE(population && indicators);
    const auto code = *c.table.fieldIndex("code_insee");
    const char* const columns[] = {"apl",
                                   "apl_2015",
                                   "apl_2016",
                                   "apl_2017",
                                   "apl_2018",
                                   "apl_2019",
                                   "apl_2021",
                                   "apl_2022",
                                   "apl_2023",
                                   "medecins_generalistes",
                                   "medecins_total",
                                   "temps_urgences_min",
                                   "pct_75_plus",
                                   "pauvrete",
                                   "msp_presente"};
    for (std::size_t r = 0; r < c.table.rowCount(); ++r) {
        const std::string insee = geo::toText(c.table.at(r, code));
        auto p = population->row(insee);
        auto i = indicators->row(insee);
        ASSERT_TRUE(p && i) << insee << " is in neither source file";
        EXPECT_EQ(geo::numberOf(c.table.at(r, *c.table.fieldIndex("population"))), population->number(*p, "population"))
            << insee;
        EXPECT_EQ(geo::toText(c.table.at(r, *c.table.fieldIndex("epci_nom"))), population->text(*p, "epci_nom"))
            << insee;
        for (const char* col : columns) {
            const auto k = c.table.fieldIndex(col);
            ASSERT_TRUE(k) << col;
            // Same number, or missing in both: never a missing value turned into 0.
            EXPECT_EQ(geo::numberOf(c.table.at(r, *k)), indicators->number(*i, col)) << insee << " " << col;
        }
    }
    EXPECT_GT(c.table.rowCount(), 592u) << "the 592 communes of 41 and 45 and their neighbours";
}

}  // namespace

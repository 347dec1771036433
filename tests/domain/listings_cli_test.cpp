// `santemap listings`: the demo set on first launch, bulk import from CSV and spreadsheets with a
// report of rejected rows, filters, hidden contacts, and a kill -9 in the middle of a save.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <set>
#include <thread>

#include "cli/cli_support.hpp"

using testing_support::run;
using testing_support::santemap;
using testing_support::shellQuote;

namespace {

std::string storeIn(const std::string& test) { return testing_support::scratchDir(test) + "/annonces.gpkg"; }

nlohmann::json list(const std::string& store, const std::string& more = "") {
    auto r = santemap("listings list --store " + shellQuote(store) + " " + more);
    EXPECT_EQ(r.exitCode, 0) << r.err;
    return cli_support::parse(r);
}

}  // namespace

TEST(ListingsCli, FirstLaunchStoreHoldsTheDemoSetAllMarkedDemo) {
    const std::string dir = testing_support::scratchDir("listings_first_launch");
    const std::string store = dir + "/annonces.gpkg";
    auto r = run("SANTEMAP_STORE=" + shellQuote(store) + " " + shellQuote(SANTEMAP_BIN) + " listings list");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    auto j = cli_support::parse(r);
    // The oracle: the demo CSV itself, read by GDAL.
    auto count = run("ogrinfo -ro -so data/demo/annonces-exemple.csv annonces-exemple | grep 'Feature Count'");
    ASSERT_NE(count.out.find("Feature Count: "), std::string::npos);
    const int expected = std::stoi(count.out.substr(count.out.find(": ") + 2));
    EXPECT_EQ(j["count"].get<int>(), expected);
    std::set<std::string> categories;
    for (const auto& l : j["listings"]) {
        EXPECT_TRUE(l["demo"].get<bool>()) << l["title"];
        EXPECT_FALSE(l["source"].get<std::string>().empty()) << l["title"];
        categories.insert(l["category"].get<std::string>());
        // Fictional opportunities say so in their title.
        if (l["category"] == "opportunite") {
            EXPECT_NE(l["title"].get<std::string>().find("fictif"), std::string::npos);
        }
    }
    EXPECT_EQ(categories, (std::set<std::string>{"logement", "opportunite", "stage", "structure"}));
    // Intern housing in the lock-keeper houses at Combleux and Mardié (seed 003).
    bool combleux = false, mardie = false;
    for (const auto& l : j["listings"]) {
        combleux = combleux || l["commune_code"] == "45100";
        mardie = mardie || l["commune_code"] == "45194";
    }
    EXPECT_TRUE(combleux && mardie);
}

TEST(ListingsCli, SpecialtyFilterKeepsListingsForEveryoneAndDropsOtherSpecialties) {
    const std::string store = storeIn("listings_filter");
    ASSERT_EQ(santemap("listings import data/demo/annonces-exemple.csv --store " + shellQuote(store)).exitCode, 0);
    auto all = list(store);
    auto dentists = list(store, "--specialty chirurgien-dentiste");
    for (const auto& l : dentists["listings"]) {
        auto p = l["professions"];
        EXPECT_TRUE(p.empty() || std::find(p.begin(), p.end(), "chirurgien-dentiste") != p.end()) << l["title"];
    }
    int expected = 0;
    for (const auto& l : all["listings"]) {
        auto p = l["professions"];
        expected += p.empty() || std::find(p.begin(), p.end(), "chirurgien-dentiste") != p.end();
    }
    EXPECT_EQ(dentists["count"].get<int>(), expected);
    EXPECT_LT(expected, all["count"].get<int>());
    auto housing = list(store, "--category logement --commune 41018 41269");
    EXPECT_EQ(housing["count"], 2);  // Blois and Vendôme
    auto noDemo = list(store, "--no-demo");
    EXPECT_EQ(noDemo["count"], 0);
}

TEST(ListingsCli, HiddenContactsStayOutOfPublicOutput) {
    const std::string store = storeIn("listings_public");
    ASSERT_EQ(santemap("listings import data/demo/annonces-exemple.csv --store " + shellQuote(store)).exitCode, 0);
    auto staff = list(store);
    auto visitors = list(store, "--public");
    bool sawHidden = false;
    for (std::size_t i = 0; i < staff["listings"].size(); ++i) {
        const auto& s = staff["listings"][i];
        const auto& v = visitors["listings"][i];
        if (!s["contact_public"].get<bool>()) {
            sawHidden = true;
            EXPECT_FALSE(s["contact_email"].get<std::string>().empty());
            EXPECT_EQ(v["contact_email"], "");
            EXPECT_EQ(v["contact_name"], "");
        }
    }
    EXPECT_TRUE(sawHidden);
}

TEST(ListingsCli, ImportReportsRejectedRowsAndKeepsTheGoodOnes) {
    const std::string dir = testing_support::scratchDir("listings_import_report");
    const std::string csv = dir + "/liste.csv";
    testing_support::writeFile(csv,
                               "Catégorie;Type;Titre;Profession;Commune;Loyer max;Meublé;Capacité\n"
                               "logement;logement etudiant;Studio près de la gare;;Blois;120,5;oui;1\n"
                               "opportunite;cabinet-vacant;Cabinet à reprendre;medecin-generaliste;41143;;;\n"
                               "opportunite;cabinet-vacant;Plombier;plombier;41143;;;\n"
                               "logement;logement-etudiant;Sans lieu;;;;;\n"
                               "logement;logement-etudiant;Loyer bizarre;;41018;cher;peut-être;2,5\n"
                               "chateau;;Mauvaise catégorie;;41018;;;\n");
    auto r = santemap("listings import " + shellQuote(csv) + " --store " + shellQuote(dir + "/a.gpkg"));
    EXPECT_EQ(r.exitCode, 1) << "rejected rows make the exit status 1";
    auto j = cli_support::parse(r);
    EXPECT_EQ(j["imported"], 2);
    ASSERT_EQ(j["rejected"].size(), 4u);
    EXPECT_EQ(j["rejected"][0]["line"], 4);  // the header is line 1
    EXPECT_NE(j["rejected"][0]["problems"][0].get<std::string>().find("plombier"), std::string::npos);
    EXPECT_EQ(j["rejected"][1]["line"], 5);
    EXPECT_EQ(j["rejected"][2]["problems"].size(), 3u) << j["rejected"][2].dump();
    EXPECT_EQ(j["rejected"][3]["line"], 7);
    auto stored = list(dir + "/a.gpkg");
    ASSERT_EQ(stored["count"], 2);
    const auto& studio = stored["listings"][0];
    EXPECT_EQ(studio["commune_code"], "41018");  // found by its unique name
    EXPECT_EQ(studio["kind"], "logement-etudiant");
    EXPECT_DOUBLE_EQ(studio["price_max_eur"].get<double>(), 120.5);
    EXPECT_EQ(studio["furnished"], true);
    EXPECT_TRUE(studio["at_commune_centre"].get<bool>());
    EXPECT_FALSE(studio["demo"].get<bool>());

    // --dry-run reports without writing.
    auto dry = santemap("listings import " + shellQuote(csv) + " --dry-run --store " + shellQuote(dir + "/b.gpkg"));
    EXPECT_EQ(cli_support::parse(dry)["imported"], 0);
    EXPECT_FALSE(std::filesystem::exists(dir + "/b.gpkg"));
}

TEST(ListingsCli, ImportFindsCommunesByNameAndRefusesAmbiguousOrUnknownNames) {
    const std::string dir = testing_support::scratchDir("listings_import_names");
    const std::string csv = dir + "/liste.csv";
    testing_support::writeFile(csv,
                               "categorie;type;titre;commune\n"
                               "logement;logement-etudiant;Majuscules sans accent;VENDOME\n"
                               "logement;logement-etudiant;Espaces;  romorantin-lanthenay \n"
                               "logement;logement-etudiant;Homonymes;Saint-Denis\n"
                               "logement;logement-etudiant;Inconnue;Nulle-Part-sur-Rien\n");
    auto r = santemap("listings import " + shellQuote(csv) + " --store " + shellQuote(dir + "/a.gpkg"));
    auto j = cli_support::parse(r);
    EXPECT_EQ(j["imported"], 2) << r.out;
    ASSERT_EQ(j["rejected"].size(), 2u) << r.out;
    const std::string ambiguous = j["rejected"][0]["problems"][0];
    EXPECT_NE(ambiguous.find("ambiguë"), std::string::npos) << ambiguous;
    EXPECT_NE(ambiguous.find("93066"), std::string::npos) << ambiguous;  // Saint-Denis (Seine-Saint-Denis)
    EXPECT_NE(ambiguous.find("97411"), std::string::npos) << ambiguous;  // Saint-Denis (La Réunion)
    EXPECT_NE(j["rejected"][1]["problems"][0].get<std::string>().find("inconnue"), std::string::npos);
    auto stored = list(dir + "/a.gpkg");
    std::set<std::string> codes;
    for (const auto& l : stored["listings"]) codes.insert(l["commune_code"].get<std::string>());
    EXPECT_EQ(codes, (std::set<std::string>{"41269", "41194"}));  // Vendôme, Romorantin-Lanthenay
}

TEST(ListingsCli, SpreadsheetsImportLikeCsv) {
    const std::string dir = testing_support::scratchDir("listings_import_xlsx");
    testing_support::writeFile(dir + "/l.csv",
                               "categorie,type,titre,code_insee,lon,lat\n"
                               "stage,cabinet,Cabinet de Mondoubleau,41143,0.8996,48.0078\n"
                               "structure,msp,MSP exemple,45234,,\n");
    for (const char* format : {"XLSX", "ODS"}) {
        const std::string sheet = dir + "/l." + (std::string(format) == "XLSX" ? "xlsx" : "ods");
        auto conv = run("ogr2ogr -f " + std::string(format) + " " + shellQuote(sheet) + " " +
                        shellQuote(dir + "/l.csv") + " -oo AUTODETECT_TYPE=NO");
        ASSERT_EQ(conv.exitCode, 0) << conv.err;
        const std::string store = dir + "/" + format + ".gpkg";
        auto r = santemap("listings import " + shellQuote(sheet) + " --store " + shellQuote(store));
        ASSERT_EQ(r.exitCode, 0) << r.err << r.out;
        auto j = list(store);
        ASSERT_EQ(j["count"], 2) << format;
        EXPECT_DOUBLE_EQ(j["listings"][0]["lon"].get<double>(), 0.8996) << format;
        EXPECT_FALSE(j["listings"][0]["at_commune_centre"].get<bool>());
        EXPECT_TRUE(j["listings"][1]["at_commune_centre"].get<bool>());
    }
}

TEST(ListingsCli, UnreadableImportFilesAreNamed) {
    auto r = santemap("listings import /nonexistent/liste.xlsx --store /tmp/never.gpkg");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("/nonexistent/liste.xlsx"), std::string::npos) << r.err;
    const std::string dir = testing_support::scratchDir("listings_import_bad");
    testing_support::writeFile(dir + "/x.csv", "a,b\n1,2\n");
    r = santemap("listings import " + shellQuote(dir + "/x.csv") + " --store " + shellQuote(dir + "/s.gpkg"));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("titre"), std::string::npos) << r.err;
}

// kill -9 while an import is being written: the store keeps everything saved before, and none
// of the interrupted import (it is one transaction).
TEST(ListingsCli, KillDuringSaveLosesNothingSavedBefore) {
    const std::string dir = testing_support::scratchDir("listings_kill");
    const std::string store = dir + "/annonces.gpkg";
    ASSERT_EQ(santemap("listings import data/demo/annonces-exemple.csv --store " + shellQuote(store)).exitCode, 0);
    const auto before = list(store);
    {
        std::ofstream big(dir + "/big.csv");
        big << "categorie,type,titre,code_insee,lon,lat,description\n";
        for (int i = 0; i < 200000; ++i)
            big << "logement,logement-etudiant,Chambre " << i << ",41018," << 1.3 + i * 1e-7 << ",47.58,"
                << std::string(200, 'x') << "\n";
    }
    const std::string journal = store + "-journal";
    const std::string wal = store + "-wal";
    const pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
        const std::string csv = dir + "/big.csv";
        execl(SANTEMAP_BIN,
              SANTEMAP_BIN,
              "listings",
              "import",
              csv.c_str(),
              "--store",
              store.c_str(),
              static_cast<char*>(nullptr));
        _exit(127);
    }
    // Wait until the write transaction is open (SQLite's journal exists), then kill.
    bool writing = false;
    for (int i = 0; i < 6000 && !writing; ++i) {
        writing = std::filesystem::exists(journal) || std::filesystem::exists(wal);
        if (!writing) std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    int status = 0;
    const bool stillRunning = waitpid(pid, &status, WNOHANG) == 0;
    kill(pid, SIGKILL);
    waitpid(pid, &status, 0);
    ASSERT_TRUE(writing) << "the import never started writing";
    ASSERT_TRUE(stillRunning) << "the import finished before it could be killed: make the file bigger";
    EXPECT_TRUE(WIFSIGNALED(status));

    // Reopening rolls the interrupted transaction back (SQLite's hot journal); then SQLite's own
    // check, and the content.
    const auto after = list(store);
    auto check = run("ogrinfo -ro " + shellQuote(store) + " -sql 'PRAGMA integrity_check'");
    EXPECT_NE(check.out.find("integrity_check (String) = ok"), std::string::npos) << check.out << check.err;
    ASSERT_EQ(after["count"], before["count"]);
    EXPECT_EQ(after["listings"], before["listings"]);
    // And the store still takes saves.
    EXPECT_EQ(santemap("listings import data/demo/annonces-exemple.csv --store " + shellQuote(store)).exitCode, 0);
    EXPECT_EQ(list(store)["count"].get<int>(), 2 * before["count"].get<int>());
}

// Numbers and dates from files and arguments: one checked conversion for each kind of value, and
// a range error names the file, the row or key, and the value (never a wrapped or negative number).
#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "cli/cli_support.hpp"
#include "geo/checked_number.hpp"
#include "geo/iso_date.hpp"

using testing_support::run;
using testing_support::santemap;
using testing_support::shellQuote;

TEST(CheckedNumbers, CalendarDatesOnly) {
    for (const char* good : {"2024-02-29", "2026-12-31", "2000-02-29", "1900-01-01"}) EXPECT_TRUE(geo::isIsoDate(good));
    for (const char* bad :
         {"2025-02-30", "2023-02-29", "1900-02-29", "0000-01-01", "2026-04-31", "2026-00-10", "9999-12-31"})
        EXPECT_FALSE(geo::isIsoDate(bad)) << bad;
    for (const char* bad : {"2025-02-30", "0000-01-01"}) {
        auto r = santemap(std::string("aids --profession infirmier --commune 41018 --date ") + bad);
        EXPECT_EQ(r.exitCode, 2) << bad;
        EXPECT_NE(r.err.find(bad), std::string::npos) << r.err;
    }
    EXPECT_EQ(santemap("aids --profession infirmier --commune 41018 --date 2024-02-29").exitCode, 0);
}

TEST(CheckedNumbers, ReadingRefusesWhatIsNotANumberOrOutOfRange) {
    const geo::NumberLimits rent{0, 100000}, places{0, 100000, true};
    double v = 0;
    EXPECT_EQ(geo::readNumber("350,5", rent, v), geo::NumberIssue::None);
    EXPECT_EQ(v, 350.5);
    EXPECT_EQ(geo::readNumber("nan", rent, v), geo::NumberIssue::NotANumber);
    EXPECT_EQ(geo::readNumber("inf", rent, v), geo::NumberIssue::NotANumber);
    EXPECT_EQ(geo::readNumber("0x10", rent, v), geo::NumberIssue::NotANumber);
    EXPECT_EQ(geo::readNumber("12 €", rent, v), geo::NumberIssue::NotANumber);
    EXPECT_EQ(geo::readNumber("1e308", rent, v), geo::NumberIssue::TooLarge);
    EXPECT_EQ(geo::readNumber("1e400", rent, v), geo::NumberIssue::TooLarge);
    EXPECT_EQ(geo::readNumber("-1", rent, v), geo::NumberIssue::TooSmall);
    EXPECT_EQ(geo::readNumber("100000000000000000000", places, v), geo::NumberIssue::TooLarge);
    EXPECT_EQ(geo::readNumber("2.5", places, v), geo::NumberIssue::NotWhole);
    EXPECT_EQ(geo::describeNumberIssue(geo::NumberIssue::TooLarge, "1e308", rent), "'1e308' is larger than 100000");
}

namespace {

// A --data folder holding the project's data with `file` replaced by `content`.
std::string dataWith(const std::string& name, const std::string& file, const std::string& content) {
    const std::string dir = testing_support::scratchDir(name);
    for (const auto& e : std::filesystem::directory_iterator("data"))
        if (e.path().filename() != file)
            std::filesystem::create_symlink(std::filesystem::absolute(e.path()),
                                            dir + "/" + e.path().filename().string());
    testing_support::writeFile(dir + "/" + file, content);
    return dir;
}

}  // namespace

TEST(CheckedNumbers, AnAidAmountBeyondReasonNamesTheFileTheAidTheKeyAndTheValue) {
    std::ifstream in("data/aids.json");
    auto aids = nlohmann::json::parse(in);
    const std::string id = aids["aids"][0]["id"];
    aids["aids"][0]["amount"] = {{"per_month_eur", 1e308}, {"months", 12}};
    const std::string dir = dataWith("checked_aid_amount", "aids.json", aids.dump());
    auto r = santemap("aids --profession medecin-generaliste --commune 41143 --data " + shellQuote(dir));
    EXPECT_EQ(r.exitCode, 1) << r.out;
    for (const std::string& part : {dir + "/aids.json", id, std::string("per_month_eur"), std::string("larger than")})
        EXPECT_NE(r.err.find(part), std::string::npos) << part << " not in: " << r.err;
    // Months beyond an int, once wrapped: refused the same way.
    aids["aids"][0]["amount"] = {{"per_month_eur", 100}, {"months", 4294967297}};
    const std::string dir2 = dataWith("checked_aid_months", "aids.json", aids.dump());
    r = santemap("aids --profession medecin-generaliste --commune 41143 --data " + shellQuote(dir2));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("months: '4294967297' is larger than 600"), std::string::npos) << r.err;
}

TEST(CheckedNumbers, AJsonNumberBeyondADoubleIsAnErrorNamingTheFileNotACrash) {
    // Found by fuzz_professions: the JSON parser refuses -2e308 with an exception of its own.
    for (const char* file : {"professions.json", "aids.json", "catalogue.json"}) {
        std::ifstream in(std::string("data/") + file);
        std::string text{std::istreambuf_iterator<char>(in), {}};
        text.insert(text.find('{') + 1, "\"beyond\": -2e308,");
        const std::string dir = dataWith(std::string("json_overflow_") + file, file, text);
        auto r = santemap("aids --profession medecin-generaliste --commune 41143 --data " + shellQuote(dir));
        EXPECT_EQ(r.exitCode, 1) << file << ": " << r.out;
        EXPECT_NE(r.err.find(dir + "/" + file + ": cannot be read as JSON"), std::string::npos) << r.err;
        EXPECT_NE(r.err.find("-2e308"), std::string::npos) << r.err;
    }
}

TEST(CheckedNumbers, ACatalogueDecimalsBeyondAnIntIsRefusedNotWrapped) {
    std::ifstream in("data/catalogue.json");
    auto catalogue = nlohmann::json::parse(in);
    bool planted = false;
    for (auto& layer : catalogue["layers"])
        for (auto& detail : layer["details"])
            if (!planted && detail.contains("decimals")) {
                detail["decimals"] = 4294967297;
                planted = true;
            }
    ASSERT_TRUE(planted);
    const std::string dir = dataWith("checked_catalogue_decimals", "catalogue.json", catalogue.dump());
    auto r = santemap("export --layer communes --format csv --out " + shellQuote(dir + "/c.csv") + " --data " +
                      shellQuote(dir));
    EXPECT_EQ(r.exitCode, 1) << r.out;
    EXPECT_NE(r.err.find("decimals: '4294967297' is larger than 10"), std::string::npos) << r.err;
}

TEST(CheckedNumbers, ASceneSizeBeyondAnIntIsRefusedNotWrapped) {
    const std::string dir = testing_support::scratchDir("checked_scene_size");
    testing_support::writeFile(dir + "/scene.json", R"({"size": [4294967297, 500], "layers": []})");
    auto r = santemap("render " + shellQuote(dir + "/scene.json") + " --out " + shellQuote(dir + "/x.png"));
    EXPECT_EQ(r.exitCode, 1) << r.out;
    EXPECT_NE(r.err.find("size.width: '4294967297' is larger than 16384"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find(dir + "/scene.json"), std::string::npos) << r.err;
    EXPECT_FALSE(std::filesystem::exists(dir + "/x.png"));
}

TEST(CheckedNumbers, AnImportRejectsOnlyTheLinesWithBadNumbersAndSaysWhy) {
    const std::string dir = testing_support::scratchDir("checked_import");
    testing_support::writeFile(dir + "/rows.csv",
                               "category,kind,title,professions,commune_code,lon,lat,capacity,price_min_eur\n"
                               "logement,logement-interne,A,medecin-generaliste,41018,nan,47.5,2,300\n"
                               "logement,logement-interne,B,medecin-generaliste,41018,1.33,47.59,"
                               "100000000000000000000,300\n"
                               "logement,logement-interne,C,medecin-generaliste,41018,1.33,47.59,2,1e308\n"
                               "logement,logement-interne,D,medecin-generaliste,41018,1.33,47.59,2,300\n");
    auto r = santemap("listings import " + shellQuote(dir + "/rows.csv") + " --store " + shellQuote(dir + "/s.gpkg"));
    const auto j = cli_support::parse(r);
    EXPECT_EQ(j["imported"], 1);  // D, the only sound line
    std::map<int, std::string> problems;
    for (const auto& rej : j["rejected"]) problems[rej["line"].get<int>()] = rej["problems"].dump();
    ASSERT_EQ(problems.size(), 3u) << j.dump(2);
    EXPECT_NE(problems[2].find("lon : vide ou pas un nombre"), std::string::npos) << problems[2];
    EXPECT_NE(problems[3].find("capacite"), std::string::npos) << problems[3];
    EXPECT_NE(problems[3].find("dépasse 100000"), std::string::npos) << problems[3];
    EXPECT_EQ(problems[3].find("négative"), std::string::npos) << problems[3];
    EXPECT_NE(problems[4].find("loyer_min"), std::string::npos) << problems[4];
    EXPECT_NE(problems[4].find("dépasse 100000"), std::string::npos) << problems[4];
}

TEST(CheckedNumbers, AtMost256LayersInAScene) {
    const std::string dir = testing_support::scratchDir("checked_scene_layers");
    nlohmann::json scene = {{"size", {200, 100}}, {"layers", nlohmann::json::array()}};
    for (int i = 0; i < 2000; ++i) scene["layers"].push_back({{"source", "nothing.geojson"}});
    testing_support::writeFile(dir + "/scene.json", scene.dump());
    const auto t0 = std::chrono::steady_clock::now();
    auto r = santemap("render " + shellQuote(dir + "/scene.json") + " --out " + shellQuote(dir + "/x.png"));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("2000 layers, at most 256"), std::string::npos) << r.err;
    EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(), 10.0);
}

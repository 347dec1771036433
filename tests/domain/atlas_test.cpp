// `santemap atlas`: the planner's printed atlas (issue 13). Oracles: pdfinfo (pages, A4),
// pdfimages (no picture: the map is vector paths), pdffonts (the text is text), pdftotext (what
// each page says) against ogrinfo on the data pack (names, APL, population), `santemap access`
// (the model, its département mean, a scenario's answer) and `santemap aids` (the total), with
// numbers written the French way by hand.
#include <filesystem>
#include <map>
#include <regex>

#include "cli/cli_support.hpp"
#include "pdf_text.hpp"

using pdf_text::frenchDecimal;
using pdf_text::frenchThousands;
using pdf_text::pdfText;
using testing_support::run;
using testing_support::santemap;
using testing_support::shellQuote;

namespace {

// One value from the data pack by SQL (the last "name = value" ogrinfo prints).
std::string packValue(const std::string& sql) {
    auto r = run("ogrinfo -ro -q -sql " + shellQuote(sql) + " data/public-data.gpkg");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    const auto eq = r.out.rfind(" = ");
    if (eq == std::string::npos) return "";
    std::string v = r.out.substr(eq + 3);
    return v.substr(0, v.find('\n'));
}

// The names of a département's communes by code, from the data pack in one query.
std::map<std::string, std::string> packNames(const std::string& departement) {
    auto r = run("ogrinfo -ro -q -sql " +
                 shellQuote("select code, nom from indicateurs_communes where dept = '" + departement + "'") +
                 " data/public-data.gpkg");
    EXPECT_EQ(r.exitCode, 0) << r.err;
    std::map<std::string, std::string> names;
    const std::regex pair(R"(code \(String\) = (\S+)\n\s+nom \(String\) = ([^\n]+))");
    for (std::sregex_iterator it(r.out.begin(), r.out.end(), pair), end; it != end; ++it) names[(*it)[1]] = (*it)[2];
    return names;
}

int pdfPages(const std::string& pdf) {
    auto r = run("pdfinfo " + shellQuote(pdf));
    EXPECT_EQ(r.exitCode, 0) << r.err;
    EXPECT_NE(r.out.find("(A4)"), std::string::npos) << r.out;
    std::smatch m;
    return std::regex_search(r.out, m, std::regex(R"(Pages:\s+(\d+))")) ? std::stoi(m[1]) : -1;
}

// True when a line of `text` holds `label`, then the three columns' values in order.
bool tableRow(const std::string& text,
              const std::string& label,
              const std::string& commune,
              const std::string& departement,
              const std::string& region) {
    const std::regex row(label + R"([^\n]*?\s{2,})" + commune + R"(\s{2,})" + departement + R"(\s{2,})" + region +
                         R"((\s|$))");
    return std::regex_search(text, row);
}

// The population-weighted mean of `model` over a JSON of `santemap access` (every commune).
double weightedModel(const nlohmann::json& access, const char* column) {
    double sum = 0, population = 0;
    for (const auto& c : access["communes"])
        if (!c[column].is_null()) {
            sum += c["population"].get<double>() * c[column].get<double>();
            population += c["population"].get<double>();
        }
    return sum / population;
}

}  // namespace

TEST(Atlas, ADepartementIsOneA4PagePerCommuneDrawnInVectorsUnder100kBAPage) {
    const std::string dir = testing_support::scratchDir("atlas_departement");
    const std::string pdf = dir + "/atlas-45.pdf";
    auto r = santemap("atlas --departement 45 --out " + shellQuote(pdf));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.err, "") << "no progress bar when standard error is not a terminal";
    const auto names = packNames("45");
    const int communes = static_cast<int>(names.size());
    EXPECT_EQ(communes, 325) << "the Loiret's communes (COG 2026)";
    EXPECT_EQ(pdfPages(pdf), communes);
    const auto bytes = std::filesystem::file_size(pdf);
    EXPECT_LT(bytes / communes, 100000u) << bytes << " bytes";
    EXPECT_EQ(cli_support::parse(r)["bytes"].get<std::uintmax_t>(), bytes);
    // Vector: no raster image anywhere, the fonts embedded as subsets.
    auto images = run("pdfimages -list " + shellQuote(pdf));
    ASSERT_EQ(images.exitCode, 0) << images.err;
    EXPECT_EQ(std::count(images.out.begin(), images.out.end(), '\n'), 2) << "only the header:\n" << images.out;
    auto fonts = run("pdffonts " + shellQuote(pdf));
    EXPECT_NE(fonts.out.find("DejaVuSans"), std::string::npos) << fonts.out;
    // Every commune of the département has its page, in the order of the JSON.
    const std::string text = pdfText(pdf);
    const auto codes = cli_support::parse(r)["communes"];
    ASSERT_EQ(codes.size(), static_cast<std::size_t>(communes));
    for (const auto& code : codes) {
        ASSERT_TRUE(names.count(code.get<std::string>())) << code;
        const std::string& name = names.at(code.get<std::string>());
        EXPECT_NE(text.find(name + " (" + code.get<std::string>() + ")"), std::string::npos) << name;
    }
    EXPECT_NE(text.find("Page 325 / 325"), std::string::npos);
}

TEST(Atlas, APageSaysTheCommunesFiguresInFrenchFormatAsTheirSourcesDo) {
    const std::string dir = testing_support::scratchDir("atlas_communes");
    const std::string pdf = dir + "/atlas.pdf";
    auto r = santemap("atlas --communes 41143 45234 41143 --date 2026-12-03 --out " + shellQuote(pdf));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    ASSERT_EQ(pdfPages(pdf), 2) << "a commune given twice has one page";
    const std::string mondoubleau = pdfText(pdf, 1), orleans = pdfText(pdf, 2);
    EXPECT_NE(mondoubleau.find("Mondoubleau (41143)"), std::string::npos) << mondoubleau;
    EXPECT_NE(orleans.find("Orléans (45234)"), std::string::npos) << orleans;
    EXPECT_NE(orleans.find("Page 2 / 2"), std::string::npos);
    // The APL 2023 (DREES) and the population, from the data pack.
    const double apl = std::stod(packValue("select apl from indicateurs_communes where code = '41143'"));
    const long long pop = std::stoll(packValue("select pop from indicateurs_communes where code = '45234'"));
    EXPECT_EQ(frenchDecimal(apl, 2), "0,49");
    EXPECT_TRUE(
        std::regex_search(mondoubleau, std::regex("APL médecins généralistes 2023\\s+" + frenchDecimal(apl, 2))))
        << mondoubleau;
    EXPECT_TRUE(std::regex_search(orleans, std::regex("Population\\s+" + frenchThousands(pop) + "\\s"))) << orleans;
    // The model, its département's population-weighted mean, as `santemap access` gives them.
    auto access = santemap("access --departement 41");
    ASSERT_EQ(access.exitCode, 0) << access.err;
    const auto j = nlohmann::json::parse(access.out);
    double model = NAN;
    for (const auto& c : j["communes"])
        if (c["code"] == "41143") model = c["model"].get<double>();
    const std::string region = "[0-9],[0-9]{2}";  // checked against the DREES mean in access_lab_test
    EXPECT_TRUE(tableRow(mondoubleau,
                         "Accessibilité calculée",
                         frenchDecimal(model, 2),
                         frenchDecimal(weightedModel(j, "model"), 2),
                         region))
        << mondoubleau;
    EXPECT_EQ(mondoubleau.find("Simulation"), std::string::npos) << "no scenario, no simulation";
    // The aids for the profile, with their total as `santemap aids` counts it.
    auto aids = santemap("aids --profession medecin-generaliste --commune 41143 --date 2026-12-03");
    ASSERT_EQ(aids.exitCode, 0) << aids.err;
    const long long total = nlohmann::json::parse(aids.out)["total_eur_max"].get<long long>();
    EXPECT_NE(mondoubleau.find("Total maximal : " + frenchThousands(total) + " €"), std::string::npos) << mondoubleau;
    // Another profile: a student nurse's aids, counted the same way.
    auto nurse = santemap("atlas --communes 41143 --profession infirmier --student --date 2026-12-03 --out " +
                          shellQuote(dir + "/infirmier.pdf"));
    ASSERT_EQ(nurse.exitCode, 0) << nurse.err;
    auto nurseAids = santemap("aids --profession infirmier --student --commune 41143 --date 2026-12-03");
    ASSERT_EQ(nurseAids.exitCode, 0) << nurseAids.err;
    const long long nurseTotal = nlohmann::json::parse(nurseAids.out)["total_eur_max"].get<long long>();
    EXPECT_NE(pdfText(dir + "/infirmier.pdf").find("Total maximal : " + frenchThousands(nurseTotal) + " €"),
              std::string::npos);
}

TEST(Atlas, AScenarioPageSaysSimulationAndTheModelsAnswer) {
    const std::string dir = testing_support::scratchDir("atlas_scenario");
    const std::string scenario = dir + "/scenario.json", pdf = dir + "/atlas.pdf";
    testing_support::writeFile(
        scenario, R"({"name": "Départ de trente médecins", "changes": [{"commune": "45234", "delta": -30}]})");
    auto r = santemap("atlas --communes 45089 --scenario " + shellQuote(scenario) + " --out " + shellQuote(pdf));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(cli_support::parse(r)["scenario"], "Départ de trente médecins");
    auto access = santemap("access --departement 45 --scenario " + shellQuote(scenario));
    ASSERT_EQ(access.exitCode, 0) << access.err;
    const auto j = nlohmann::json::parse(access.out);
    nlohmann::json checy;
    for (const auto& c : j["communes"])
        if (c["code"] == "45089") checy = c;
    ASSERT_EQ(checy["zone_after"], "ZIP") << "Chécy falls from ZAC to ZIP (access_lab_test)";
    const std::string text = pdfText(pdf);
    EXPECT_NE(text.find("Simulation, modèle SantéMap : Départ de trente médecins — −30 Orléans (45234)"),
              std::string::npos)
        << text;
    // The zone after the scenario, and the aids of a ZIP a GP gains there.
    const std::string blocks = pdf_text::flat(pdfText(pdf, 0, 0, false));
    EXPECT_NE(blocks.find("Zone indicative après le scénario : Zone d'intervention prioritaire (ZIP)"),
              std::string::npos)
        << blocks;
    EXPECT_NE(blocks.find("Aides qui changent pour un médecin généraliste : + Aide à la première installation en ZIP"),
              std::string::npos)
        << blocks;
    const std::string region = "[0-9],[0-9]{2}";
    EXPECT_TRUE(tableRow(text,
                         "Calculée après le scénario",
                         frenchDecimal(checy["model_after"].get<double>(), 2),
                         frenchDecimal(weightedModel(j, "model_after"), 2),
                         region))
        << text;
    EXPECT_TRUE(tableRow(text,
                         R"(APL officiel \+ variation \(simulation\))",
                         frenchDecimal(checy["estimate_after"].get<double>(), 2),
                         frenchDecimal(weightedModel(j, "estimate_after"), 2),
                         region))
        << text;
}

TEST(Atlas, BadRequestsAreRefusedWithWhyAndWriteNothing) {
    const std::string dir = testing_support::scratchDir("atlas_bad");
    const std::string out = " --out " + shellQuote(dir + "/a.pdf");
    const std::string tooMany = dir + "/too-many.json";
    testing_support::writeFile(tooMany, R"({"name": "x", "changes": [{"commune": "41143", "delta": -999}]})");
    const std::tuple<std::string, int, const char*> cases[] = {
        {"atlas --communes 41143 --out " + shellQuote(dir + "/a.png"), 2, "ending in .pdf"},
        {"atlas --communes 41143 --departement 41" + out, 2, "--communes INSEE... or --departement NN"},
        {"atlas --communes 41143", 2, "--out FILE.pdf is required"},
        {"atlas --communes 41143 --first-installation maybe" + out, 2, "--first-installation wants yes or no"},
        {"atlas --communes 41143 --lang de" + out, 2, "--lang wants fr or en"},
        {"atlas --communes 41143 --profession plombier" + out, 2, "unknown profession 'plombier'"},
        {"atlas --departement 37" + out, 1, "does not cover département '37' (it covers 45, 41)"},
        {"atlas --communes 99999" + out, 1, "no commune with INSEE code '99999'"},
        {"atlas --communes 75056" + out, 1, "'75056' is outside the territory's map"},
        {"atlas --communes 41143 --scenario " + shellQuote(dir + "/none.json") + out, 1, "none.json"},
        {"atlas --communes 41143 --scenario " + shellQuote(tooMany) + out, 1, "more than it has"},
    };
    for (const auto& [args, code, why] : cases) {
        auto r = santemap(args);
        EXPECT_EQ(r.exitCode, code) << args << "\n" << r.err;
        EXPECT_NE(r.err.find(why), std::string::npos) << args << "\n" << r.err;
    }
    EXPECT_TRUE(testing_support::folderEntries(dir).size() == 1) << "only the scenario file: nothing written";
}

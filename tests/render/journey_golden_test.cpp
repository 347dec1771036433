// The "Mon stage" view as a map (issue 12), compared with a golden: `santemap stage --map` for an
// internship in Vendôme with the line to the demo studio in Mondoubleau — the 10, 20 and 30
// minute circles on their true radii, housing coloured by estimated time, the site, the line, the
// legend that says the circles are straight-line distances. The store is a fresh demo set.
#include <gtest/gtest.h>
#include <stb/stb_image.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "golden_compare.hpp"
#include "support/test_support.hpp"

using testing_support::santemap;
using testing_support::shellQuote;

namespace {

TEST(JourneyGolden, AVendomePlacementWithTheLineToMondoubleauLooksAsItsGolden) {
    const std::string dir = testing_support::scratchDir("journey_golden");
    const std::string store = dir + "/annonces.gpkg", png = dir + "/stage.png";
    const std::string query = "stage --commune 41269 --max-minutes 60 --date 2026-06-01 --store " + shellQuote(store);
    auto json = santemap(query);
    ASSERT_EQ(json.exitCode, 0) << json.err;
    std::string id;
    const auto journey = nlohmann::json::parse(json.out);
    for (const auto& h : journey["housing"])
        if (h["title"] == "Exemple fictif : studio meublé pour interne à Mondoubleau")
            id = std::to_string(h["id"].get<long long>());
    ASSERT_FALSE(id.empty()) << "the demo studio in Mondoubleau is not within 60 minutes of Vendôme: " << json.out;

    auto r = santemap(query + " --map " + shellQuote(png) + " --housing " + id);
    ASSERT_EQ(r.exitCode, 0) << r.err;
    EXPECT_EQ(r.out, json.out) << "the map changes nothing in the JSON";
    int w = 0, h = 0, n = 0;
    unsigned char* pixels = stbi_load(png.c_str(), &w, &h, &n, 4);
    ASSERT_NE(pixels, nullptr) << png;
    const std::vector<std::uint8_t> rgba(pixels, pixels + static_cast<std::size_t>(w) * h * 4);
    stbi_image_free(pixels);
    golden::expectMatches(
        std::filesystem::path(SANTEMAP_SOURCE_DIR) / "tests/render/journey/expected.png", w, h, rgba, {24, 0.0005});
}

TEST(JourneyGolden, AMapOptionThatCannotBeHonouredIsRefusedWithItsReason) {
    const std::string dir = testing_support::scratchDir("journey_refused");
    const std::string store = " --store " + shellQuote(dir + "/annonces.gpkg");
    auto pdf = santemap("stage --commune 41269 --map " + shellQuote(dir + "/x.pdf") + store);
    EXPECT_EQ(pdf.exitCode, 2);
    EXPECT_NE(pdf.err.find("ending in .png"), std::string::npos) << pdf.err;
    auto alone = santemap("stage --commune 41269 --housing 3" + store);
    EXPECT_EQ(alone.exitCode, 2);
    EXPECT_NE(alone.err.find("go with --map"), std::string::npos) << alone.err;
    // A listing that is not housing of this journey (beyond --max-minutes): no map, exit 1.
    auto far =
        santemap("stage --commune 41269 --max-minutes 5 --housing 999999 --map " + shellQuote(dir + "/y.png") + store);
    EXPECT_EQ(far.exitCode, 1);
    EXPECT_NE(far.err.find("not among the housing"), std::string::npos) << far.err;
    EXPECT_FALSE(std::filesystem::exists(dir + "/y.png"));
}

}  // namespace

// The accessibility lab's change map (issue 13) compared with a golden: `santemap access --map`
// for thirty GPs fewer in Orléans and three more in Mondoubleau — the communes that lose in reds,
// those that gain in blues, the rest white, the legend titled "simulation, modèle SantéMap".
#include <gtest/gtest.h>
#include <stb/stb_image.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "golden_compare.hpp"
#include "support/test_support.hpp"

using testing_support::santemap;
using testing_support::shellQuote;

namespace {

TEST(AccessGolden, OrleansMinus30AndMondoubleauPlus3LookAsTheirGolden) {
    const std::string dir = testing_support::scratchDir("access_golden");
    const std::string png = dir + "/change.png";
    const std::string query = "access --remove 45234:30 --add 41143:3 --communes 41143 45234";
    auto json = santemap(query);
    ASSERT_EQ(json.exitCode, 0) << json.err;
    auto r = santemap(query + " --map " + shellQuote(png) + " --name " + shellQuote("Orléans −30, Mondoubleau +3"));
    ASSERT_EQ(r.exitCode, 0) << r.err;
    // The same communes and figures with or without the map (the timings aside).
    auto a = nlohmann::json::parse(json.out), b = nlohmann::json::parse(r.out);
    EXPECT_EQ(a["communes"], b["communes"]);
    EXPECT_GT(b["communes"][0]["delta"].get<double>(), 0);
    EXPECT_LT(b["communes"][1]["delta"].get<double>(), 0);
    int w = 0, h = 0, n = 0;
    unsigned char* pixels = stbi_load(png.c_str(), &w, &h, &n, 4);
    ASSERT_NE(pixels, nullptr) << png;
    const std::vector<std::uint8_t> rgba(pixels, pixels + static_cast<std::size_t>(w) * h * 4);
    stbi_image_free(pixels);
    golden::expectMatches(std::filesystem::path(SANTEMAP_SOURCE_DIR) / "tests/render/access_change/expected.png",
                          w,
                          h,
                          rgba,
                          {24, 0.0005});
}

TEST(AccessGolden, MapOptionsThatCannotBeHonouredAreUsageErrors) {
    const std::string dir = testing_support::scratchDir("access_refused");
    for (const std::string& args : {std::string("access --view before"),
                                    "access --map " + shellQuote(dir + "/x.pdf"),
                                    "access --map " + shellQuote(dir + "/x.png") + " --view sideways"}) {
        auto r = santemap(args);
        EXPECT_EQ(r.exitCode, 2) << args;
    }
    EXPECT_FALSE(std::filesystem::exists(dir + "/x.png"));
}

}  // namespace

// `santemap render` as a user runs it: sizes with --scale, bad scenes named with their problem.
#include <gtest/gtest.h>
#include <stb/stb_image.h>

#include "support/test_support.hpp"

namespace {

using namespace testing_support;

TEST(RenderCli, ScaleTwoDoublesThePicture) {
    const std::string dir = scratchDir("render-cli");
    const std::string scene = std::string(SANTEMAP_SOURCE_DIR) + "/tests/render/cases/choropleth/case.json";
    auto r = santemap("render " + shellQuote(scene) + " --out " + dir + "/x2.png --scale 2");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    int w = 0, h = 0, n = 0;
    ASSERT_TRUE(stbi_info((dir + "/x2.png").c_str(), &w, &h, &n));
    EXPECT_EQ(w, 800);  // the case is 400 × 340
    EXPECT_EQ(h, 680);
}

TEST(RenderCli, BadScenesAreExplained) {
    const std::string dir = scratchDir("render-bad");
    writeFile(dir + "/bad.json", R"({"size": [400, 300], "layers": [{"source": "x.geojson", "fill": "green"}]})");
    auto r = santemap("render " + dir + "/bad.json --out " + dir + "/o.png");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("bad.json"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("layers[0].fill"), std::string::npos) << r.err;
    writeFile(dir + "/missing.json", R"({"layers": [{"source": "nowhere.geojson"}]})");
    auto m = santemap("render " + dir + "/missing.json --out " + dir + "/o.png");
    EXPECT_EQ(m.exitCode, 1);
    EXPECT_NE(m.err.find("nowhere.geojson"), std::string::npos) << m.err;
    EXPECT_EQ(santemap("render " + dir + "/missing.json").exitCode, 2);  // no --out
}

TEST(RenderCli, DefaultTerritoryRendersWithoutADisplay) {
    const std::string dir = scratchDir("render-territory");
    auto r = run("env -u DISPLAY " + shellQuote(SANTEMAP_BIN) + " render --default-territory --size 640x400 --out " +
                 dir + "/t.png");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    int w = 0, h = 0, n = 0;
    ASSERT_TRUE(stbi_info((dir + "/t.png").c_str(), &w, &h, &n));
    EXPECT_EQ(w, 640);
    EXPECT_EQ(h, 400);
}

}  // namespace

// Golden images: every tests/render/cases/<name>/case.json is rendered by the code path of
// `santemap render` and compared per pixel with expected.png. A pixel differs when any channel is
// off by more than `threshold`; a case fails when more than `allowed` of its pixels differ.
// On failure actual.png and diff.png are written beside expected.png. UPDATE=1 rewrites
// expected.png (look at every regenerated image before committing it).
#include <gtest/gtest.h>
#include <stb/stb_image.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "map/scene_image.hpp"
#include "render/offscreen.hpp"
#include "support/test_support.hpp"

namespace fs = std::filesystem;

namespace {

const fs::path kCases = fs::path(SANTEMAP_SOURCE_DIR) / "tests/render/cases";

std::vector<std::string> caseNames() {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(kCases))
        if (fs::exists(e.path() / "case.json")) names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

class Golden : public ::testing::TestWithParam<std::string> {};

TEST_P(Golden, MatchesExpectedImage) {
    const fs::path dir = kCases / GetParam();
    std::ifstream in(dir / "case.json");
    const auto spec = nlohmann::json::parse(in);
    const auto test = spec.value("test", nlohmann::json::object());
    const double allowed = test.value("allowed", 0.0005);
    const int threshold = test.value("threshold", 24);
    const float scale = test.value("scale", 1.0f);

    // Cases with the agencies' listings read them from a fresh default store: the demo set.
    const std::string store = testing_support::scratchDir("golden_" + GetParam()) + "/annonces.gpkg";
    setenv("SANTEMAP_STORE", store.c_str(), 1);
    auto scene = app::readScene((dir / "case.json").string());
    ASSERT_TRUE(scene.ok()) << geo::describe(scene.error());
    geo::Diagnostics diag;
    auto image = app::renderScene(scene.value(), scale, diag);
    ASSERT_TRUE(image.ok()) << geo::describe(image.error());

    const fs::path expectedPath = dir / "expected.png";
    if (const char* update = std::getenv("UPDATE"); update && std::string(update) == "1") {
        ASSERT_TRUE(render::writePng(expectedPath.string(), image->width, image->height, image->rgba).ok());
        GTEST_SKIP() << "expected.png rewritten: look at it before committing";
    }
    int w = 0, h = 0, n = 0;
    unsigned char* expected = stbi_load(expectedPath.string().c_str(), &w, &h, &n, 4);
    ASSERT_NE(expected, nullptr) << "missing " << expectedPath << " (run with UPDATE=1)";
    ASSERT_EQ(w, image->width);
    ASSERT_EQ(h, image->height);
    std::vector<std::uint8_t> diff(image->rgba.size());
    std::size_t mismatched = 0;
    for (std::size_t p = 0; p < static_cast<std::size_t>(w) * h; ++p) {
        int worst = 0;
        for (int c = 0; c < 4; ++c)
            worst = std::max(worst, std::abs(int(expected[4 * p + c]) - int(image->rgba[4 * p + c])));
        const bool bad = worst > threshold;
        mismatched += bad;
        diff[4 * p] = bad ? 255 : expected[4 * p] / 4;
        diff[4 * p + 1] = bad ? 0 : expected[4 * p + 1] / 4;
        diff[4 * p + 2] = bad ? 0 : expected[4 * p + 2] / 4;
        diff[4 * p + 3] = 255;
    }
    stbi_image_free(expected);
    const double fraction = static_cast<double>(mismatched) / (static_cast<double>(w) * h);
    if (fraction > allowed) {
        EXPECT_TRUE(render::writePng((dir / "actual.png").string(), w, h, image->rgba).ok());
        EXPECT_TRUE(render::writePng((dir / "diff.png").string(), w, h, diff).ok());
    }
    EXPECT_LE(fraction, allowed) << mismatched << " pixels differ; see " << (dir / "diff.png");
}

INSTANTIATE_TEST_SUITE_P(Cases, Golden, ::testing::ValuesIn(caseNames()), [](const auto& param) {
    return param.param;
});

}  // namespace

// Golden images: every tests/render/cases/<name>/case.json is rendered by the code path of
// `santemap render` and compared per pixel with expected.png (golden_compare.hpp: `threshold` per
// channel, `allowed` share of differing pixels, set by the case's "test" object).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "golden_compare.hpp"
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

    golden::expectMatches(dir / "expected.png", image->width, image->height, image->rgba, {threshold, allowed});
}

INSTANTIATE_TEST_SUITE_P(Cases, Golden, ::testing::ValuesIn(caseNames()), [](const auto& param) {
    return param.param;
});

}  // namespace

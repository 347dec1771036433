// Settings survive a round trip; a damaged file gives the defaults; French number format.
#include <gtest/gtest.h>
#include <sys/resource.h>

#include <csignal>

#include <fstream>

#include "domain/number_format.hpp"
#include "map/styling.hpp"
#include "support/test_support.hpp"
#include "ui/settings.hpp"

namespace {

TEST(Settings, RoundTrip) {
    const std::string path = testing_support::scratchDir("settings") + "/sub/settings.json";
    app::Settings s;
    s.language = app::Language::English;
    s.uiScale = 1.5f;
    s.view = render::View{612345.5, 6712345.25, 42.0, 1, 1};
    s.layers["Communes"] = {false, 0.5f};
    ASSERT_TRUE(app::saveSettings(path, s));
    const app::Settings r = app::loadSettings(path);
    EXPECT_EQ(r.language, app::Language::English);
    EXPECT_FLOAT_EQ(r.uiScale, 1.5f);
    ASSERT_TRUE(r.view.has_value());
    EXPECT_DOUBLE_EQ(r.view->centerX, 612345.5);
    EXPECT_DOUBLE_EQ(r.view->metresPerPixel, 42.0);
    EXPECT_FALSE(r.layers.at("Communes").shown);
    EXPECT_FLOAT_EQ(r.layers.at("Communes").opacity, 0.5f);
}

// A full disk (writes limited to 64 bytes, EFBIG) used to leave an empty settings.json: now the
// save fails, says why, and the previous settings stay.
TEST(Settings, AFailedSaveKeepsThePreviousSettings) {
    const std::string path = testing_support::scratchDir("settings-full") + "/settings.json";
    app::Settings s;
    s.language = app::Language::English;
    ASSERT_TRUE(app::saveSettings(path, s));
    s.language = app::Language::French;
    s.view = render::View{612345.5, 6712345.25, 42.0, 1, 1};
    rlimit saved{};
    getrlimit(RLIMIT_FSIZE, &saved);
    auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = saved;
    small.rlim_cur = 64;
    setrlimit(RLIMIT_FSIZE, &small);
    const geo::Status written = app::saveSettings(path, s);
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, oldHandler);
    ASSERT_FALSE(written);
    EXPECT_NE(geo::describe(written.error()).find(path), std::string::npos);
    EXPECT_EQ(app::loadSettings(path).language, app::Language::English);
    EXPECT_FALSE(app::loadSettings(path).view.has_value());
}

TEST(Settings, DamagedFileGivesDefaults) {
    const std::string path = testing_support::scratchDir("settings-bad") + "/settings.json";
    testing_support::writeFile(path, "{\"language\": \"en\", \"view\": {\"center_x\": ");
    const app::Settings r = app::loadSettings(path);
    EXPECT_EQ(r.language, app::Language::French);
    EXPECT_FALSE(r.view.has_value());
}

TEST(FrenchFormat, ThousandsAndDecimalComma) {
    EXPECT_EQ(app::formatFrench(47219), "47\u202F219");
    EXPECT_EQ(app::formatFrench(3.8, 1), "3,8");
    EXPECT_EQ(app::formatFrench(1500), "1\u202F500");
    EXPECT_EQ(app::formatFrench(-1234567.891, 2), "−1\u202F234\u202F567,89");
    EXPECT_EQ(app::formatFrench(0.0), "0");
}

TEST(Styling, ClassBoundariesGoToTheUpperClass) {
    const std::vector<double> breaks{2.5, 4};
    EXPECT_EQ(app::classOf(2.49, breaks), 0u);
    EXPECT_EQ(app::classOf(2.5, breaks), 1u);
    EXPECT_EQ(app::classOf(3.99, breaks), 1u);
    EXPECT_EQ(app::classOf(4.0, breaks), 2u);
    app::ChoroplethSpec c;
    c.breaks = breaks;
    EXPECT_EQ(app::classLabels(c), (std::vector<std::string>{"< 2,5", "2,5 – 4", "≥ 4"}));
}

}  // namespace

// Replay scripts read field by field, and the statistics' percentiles by nearest rank.
#include <gtest/gtest.h>

#include <GLFW/glfw3.h>

#include "ui/replay_script.hpp"
#include "ui/replay_stats.hpp"

namespace {

TEST(ReplayScript, TheIssuesExampleReadsAsSevenEventsInTimeOrder) {
    auto events = app::parseReplayScript(R"({"events": [
        {"t": 4.0, "type": "text", "text": "romorantin"},
        {"t": 0.5, "type": "move", "x": 800, "y": 500},
        {"t": 1.0, "type": "drag", "from": [800, 500], "to": [600, 420], "seconds": 0.4},
        {"t": 2.0, "type": "wheel", "x": 700, "y": 450, "dy": 1},
        {"t": 2.5, "type": "click", "x": 700, "y": 450, "button": "right"},
        {"t": 3.0, "type": "double_click", "x": 700, "y": 450},
        {"t": 3.5, "type": "key", "key": "F11"}]})",
                                         "example.json");
    ASSERT_TRUE(events.ok()) << geo::describe(events.error());
    ASSERT_EQ(events->size(), 7u);
    EXPECT_EQ((*events)[0].type, app::ReplayType::Move);
    EXPECT_EQ((*events)[6].type, app::ReplayType::Text);
    const auto& drag = (*events)[1];
    EXPECT_EQ(drag.from.x, 800);
    EXPECT_EQ(drag.to.y, 420);
    EXPECT_DOUBLE_EQ(drag.seconds, 0.4);
    EXPECT_TRUE((*events)[3].rightButton);
    EXPECT_EQ((*events)[5].key, GLFW_KEY_F11);
}

TEST(ReplayScript, KeyNamesAreGlfwsInAnyCase) {
    EXPECT_EQ(app::replayKeyCode("a"), GLFW_KEY_A);
    EXPECT_EQ(app::replayKeyCode("Z"), GLFW_KEY_Z);
    EXPECT_EQ(app::replayKeyCode("7"), GLFW_KEY_7);
    EXPECT_EQ(app::replayKeyCode("f12"), GLFW_KEY_F12);
    EXPECT_EQ(app::replayKeyCode("Escape"), GLFW_KEY_ESCAPE);
    EXPECT_EQ(app::replayKeyCode("backspace"), GLFW_KEY_BACKSPACE);
    EXPECT_EQ(app::replayKeyCode("MINUS"), GLFW_KEY_MINUS);
    EXPECT_EQ(app::replayKeyCode("F13"), -1);
    EXPECT_EQ(app::replayKeyCode("F01"), -1);
    EXPECT_EQ(app::replayKeyCode("CTRL"), -1);
}

TEST(ReplayScript, EachProblemIsNamedWithItsEvent) {
    auto check = [](const std::string& text, const std::string& expected) {
        auto r = app::parseReplayScript(text, "s.json");
        ASSERT_FALSE(r.ok()) << text;
        const std::string message = geo::describe(r.error());
        EXPECT_NE(message.find("s.json"), std::string::npos) << message;
        EXPECT_NE(message.find(expected), std::string::npos) << message;
    };
    check(R"([])", "expected {\"events\"");
    check(R"({"events": [{"type": "move", "x": 1, "y": 1}]})", "events[0] needs \"t\"");
    check(R"({"events": [{"t": 1, "type": "move", "x": 1}]})", "events[0] (move) needs numbers");
    check(R"({"events": [{"t": 0, "type": "move", "x": 1, "y": 1}, {"t": 1, "type": "swipe"}]})",
          "events[1]: unknown type \"swipe\"");
    check(R"({"events": [{"t": 1, "type": "drag", "from": [1, 2]}]})", "needs \"from\" and \"to\"");
    check(R"({"events": [{"t": 1, "type": "wheel", "x": 1, "y": 1}]})", "needs a number \"dy\"");
    check(R"({"events": [{"t": 1, "type": "text", "text": 5}]})", "needs a string \"text\"");
    check(R"({"events": [{"t": -1, "type": "key", "key": "A"}]})", "seconds from 0");
}

TEST(ReplayStats, PercentilesByNearestRank) {
    std::vector<double> v;
    for (int i = 20; i >= 1; --i) v.push_back(i);
    EXPECT_EQ(app::nearestRank(v, 50), 10);  // rank ceil(0.5 × 20) = 10
    EXPECT_EQ(app::nearestRank(v, 95), 19);  // rank 19
    EXPECT_EQ(app::nearestRank(v, 100), 20);
    EXPECT_EQ(app::nearestRank({7}, 95), 7);
    EXPECT_EQ(app::nearestRank({}, 50), 0);
}

}  // namespace

// `santemap --replay EVENTS.json --stats STATS.json` as CI runs it: the window under Xvfb (its own
// server, xvfb-run -a), a visitor's gestures played in, statistics written; thresholds are
// generous (CI machines are noisy, sanitizer builds slow): the README reports the real figures.
#include <gtest/gtest.h>
#include <signal.h>

#include <chrono>
#include <thread>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "support/test_support.hpp"

namespace {

using namespace testing_support;

CommandResult replay(const std::string& dir, const std::string& script, const std::string& extra = "") {
    return run("cd " + shellQuote(dir) + " && XDG_CONFIG_HOME=" + shellQuote(dir + "/config") + " XDG_CACHE_HOME=" +
               shellQuote(dir + "/cache") + " SANTEMAP_STORE=" + shellQuote(dir + "/annonces.gpkg") +
               " xvfb-run -a -s '-screen 0 1920x1200x24' " + shellQuote(SANTEMAP_BIN) + " --replay " +
               shellQuote(script) + " --stats " + shellQuote(dir + "/stats.json") + " --size 1600x1000" + extra);
}

TEST(Replay, AVisitorsGesturesAreAnsweredAndMeasured) {
    const std::string dir = scratchDir("replay-visitor");
    auto r = replay(dir, std::string(SANTEMAP_SOURCE_DIR) + "/tests/replay/visitor.json");
    ASSERT_EQ(r.exitCode, 0) << r.err;
    std::ifstream in(dir + "/stats.json");
    const auto stats = nlohmann::json::parse(in);
    const double launch = stats.at("launch_to_territory_s").get<double>();
    EXPECT_GT(launch, 0);
    EXPECT_LT(launch, 30);
    // Every event answered, in the script's order of completion, each with its latency.
    const auto& events = stats.at("events");
    ASSERT_EQ(events.size(), 8u);
    const std::vector<std::string> types = {"move", "drag", "wheel", "click", "double_click", "key", "key", "text"};
    for (std::size_t i = 0; i < events.size(); ++i) {
        EXPECT_EQ(events[i].at("type"), types[i]);
        EXPECT_GT(events[i].at("latency_ms").get<double>(), 0);
        EXPECT_LT(events[i].at("latency_ms").get<double>(), 5000) << events[i].dump();
    }
    // A frame for every event at least (a drag alone draws about 24), each with its passes.
    const auto& frames = stats.at("frames");
    ASSERT_GE(frames.size(), 10u);
    int drewFills = 0;
    for (const auto& f : frames) {
        EXPECT_GE(f.at("finish_ms").get<double>(), f.at("cpu_ms").get<double>() - 1e-6);
        EXPECT_TRUE(f.at("passes_ms").contains("ui"));
        EXPECT_TRUE(f.at("passes_ms").contains("labels"));
        drewFills += f.at("passes_ms").contains("fills");
    }
    // Frames that move the map draw the fills; still frames may reuse the smoothed ones.
    EXPECT_GT(drewFills, 5);
    const auto& summary = stats.at("summary");
    EXPECT_LE(summary.at("frame_ms").at("median").get<double>(), summary.at("frame_ms").at("p95").get<double>());
    EXPECT_LT(summary.at("frame_ms").at("median").get<double>(), 2000);
    EXPECT_LT(summary.at("latency_ms").at("p95").get<double>(), 5000);
    // The replay leaves the user's settings alone; the load's results went to the cache.
    EXPECT_FALSE(std::ifstream(dir + "/config/santemap/settings.json").good());
    int entries = 0;
    for (const auto& e : std::filesystem::directory_iterator(dir + "/cache/santemap"))
        entries += e.path().extension() == ".build";
    EXPECT_GE(entries, 4);  // communes, zoning, cantons, départements at least
}

TEST(Replay, BadScriptsAreNamedWithTheirProblem) {
    const std::string dir = scratchDir("replay-bad");
    writeFile(dir + "/unknown.json", R"({"events": [{"t": 1, "type": "pinch", "x": 1, "y": 2}]})");
    auto r = replay(dir, dir + "/unknown.json");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("unknown.json"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("events[0]"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("pinch"), std::string::npos) << r.err;
    writeFile(dir + "/key.json", R"({"events": [{"t": 1, "type": "key", "key": "F13"}]})");
    r = replay(dir, dir + "/key.json");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("F13"), std::string::npos) << r.err;
    writeFile(dir + "/broken.json", R"({"events": [)");
    r = replay(dir, dir + "/broken.json");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("broken.json"), std::string::npos) << r.err;
    r = replay(dir, dir + "/missing.json");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("missing.json"), std::string::npos) << r.err;
    EXPECT_FALSE(std::ifstream(dir + "/stats.json").good());
}

TEST(Replay, WindowOptionsAreChecked) {
    // The window's options do not hide the help.
    const auto help = santemap("--help");
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_NE(help.out.find("--replay"), std::string::npos) << help.out << help.err;
    const auto version = santemap("--version");
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_EQ(version.out.rfind("santemap ", 0), 0u) << version.out << version.err;
    EXPECT_EQ(santemap("--stats x.json").exitCode, 2);
    EXPECT_EQ(santemap("--replay x.json --size 12").exitCode, 2);
    EXPECT_EQ(santemap("--replay").exitCode, 2);
}

}  // namespace

namespace {

// Polls for a file for up to `seconds`.
bool appears(const std::string& path, double seconds) {
    for (int i = 0; i < seconds * 10; ++i) {
        if (std::filesystem::exists(path)) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return false;
}

}  // namespace

// Settings are saved when they change, not only at exit: a window ended by SIGTERM (a session
// closed, a kiosk restarted) keeps its view.
TEST(WindowSettings, AreSavedWhileTheWindowRunsSoSigtermKeepsThem) {
    const std::string dir = scratchDir("window-settings-sigterm");
    const std::string settings = dir + "/config/santemap/settings.json";
    const std::string pidFile = dir + "/pid";
    // The window in the background under its own X server; its pid kept to signal it.
    auto started = run(
        "cd " + shellQuote(dir) + " && (XDG_CONFIG_HOME=" + shellQuote(dir + "/config") +
        " XDG_CACHE_HOME=" + shellQuote(dir + "/cache") + " SANTEMAP_STORE=" + shellQuote(dir + "/annonces.gpkg") +
        " xvfb-run -a -s '-screen 0 1600x1000x24' sh -c " +
        shellQuote("echo $$ > " + shellQuote(pidFile) + "; exec " + shellQuote(SANTEMAP_BIN)) + " >/dev/null 2>&1 &)");
    ASSERT_EQ(started.exitCode, 0) << started.err;
    ASSERT_TRUE(appears(pidFile, 10));
    const bool saved = appears(settings, 60);
    std::ifstream pidIn(pidFile);
    long pid = 0;
    pidIn >> pid;
    ASSERT_GT(pid, 0);
    ::kill(static_cast<pid_t>(pid), SIGTERM);
    ASSERT_TRUE(saved) << "no settings written while the window ran";
    // The file is whole (written then renamed) and holds the view of the territory.
    std::ifstream in(settings);
    const auto j = nlohmann::json::parse(in, nullptr, false);
    ASSERT_FALSE(j.is_discarded());
    EXPECT_TRUE(j.contains("view")) << j.dump();
    EXPECT_GT(j.at("view").at("metres_per_pixel").get<double>(), 0);
}
